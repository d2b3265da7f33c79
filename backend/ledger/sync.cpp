#include "sync.h"

#include "ledger/encoding.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <deque>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLedgerSync, "commonwatt.ledger.sync")

namespace commonwatt::ledger {

using namespace sync;

namespace {

constexpr std::size_t kRecentClaims = 256;

// The participant named by the last topic level, or nullopt.
std::optional<PublicKey> participantOfTopic(const QString &topic)
{
    const qsizetype slash = topic.lastIndexOf(u'/');
    return PublicKey::fromHex(QStringView(topic).sliced(slash + 1).toLatin1());
}

bool isLowerHex(const QString &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace

struct LedgerSync::Answer
{
    struct Chain
    {
        PublicKey participant = {};
        std::uint64_t after = 0; // sent up to here
        std::uint64_t upTo = 0;  // our head when the request came
    };
    NodeId requester = {};
    std::uint64_t requestId = 0;
    std::deque<Chain> plan = {};
    std::deque<QByteArray> fetched = {}; // of plan.front(), not yet sent
    std::uint64_t planned = 0;
    std::uint64_t sent = 0;
    std::uint32_t batch = 0;
    bool started = false;
    bool ownChainsOnly = false; // not chosen to answer in full: sends its own chains, claims nothing
    bool cancelled = false;
};

struct LedgerSync::Round
{
    struct Request
    {
        bool claimed = false;
        bool final = false;
        bool more = false;
        std::uint64_t claimedEntries = 0;
    };
    std::map<std::uint64_t, Request> requests = {};
    std::map<PublicKey, std::uint64_t> hintedAt = {}; // our sequence of each hinted participant at the start
    quint64 acceptedAtStart = 0;
    qint64 receivedAtStart = 0;
};

LedgerSync::LedgerSync(MqttClient &client, const Clock &clock, ReplicaHooks hooks,
                       LedgerSyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_hooks(std::move(hooks))
    , m_settings(std::move(settings))
{
    if (!m_settings.random)
        m_settings.random = [](std::uint32_t bound) { return QRandomGenerator::global()->bounded(bound); };
    m_nodeId = m_settings.nodeId;
    while (m_nodeId.isZero()) {
        for (auto &byte : m_nodeId.bytes)
            byte = static_cast<std::uint8_t>(m_settings.random(256));
    }
    m_prefix = u"commonwatt/ledger/%1/"_s.arg(m_settings.communityId.left(16));
    m_replyTopic = topic(u"catchup/reply/"_s + m_nodeId.toHex());
    m_requestTimer.setSingleShot(true);
    m_roundTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &LedgerSync::startRound);
    connect(&m_roundTimer, &QTimer::timeout, this, &LedgerSync::finishRound);
}

LedgerSync::~LedgerSync() = default;

QString LedgerSync::settingsProblem(const LedgerSyncSettings &settings)
{
    if (settings.communityId.size() != 64 || !isLowerHex(settings.communityId))
        return u"communityId: '%1' is not 64 lower-case hex digits (the genesis entry's hash)"_s.arg(
            settings.communityId);
    if (settings.maxEntriesPerBatch < 1 || settings.maxEntriesPerBatch > kMaxEntriesPerBatch)
        return u"maxEntriesPerBatch: %1 is not in 1..%2"_s.arg(settings.maxEntriesPerBatch)
            .arg(kMaxEntriesPerBatch);
    constexpr qsizetype minBatch = kReplyHeaderBytes + kReplyEntryOverhead + kMaxEntryBytes;
    if (settings.maxBatchBytes < minBatch || settings.maxBatchBytes > kMaxBatchBytes)
        return u"maxBatchBytes: %1 is not in %2..%3"_s.arg(settings.maxBatchBytes)
            .arg(minBatch)
            .arg(kMaxBatchBytes);
    if (settings.maxParticipantsPerRequest < 1 ||
        settings.maxParticipantsPerRequest > kMaxParticipantsPerRequest)
        return u"maxParticipantsPerRequest: %1 is not in 1..%2"_s.arg(settings.maxParticipantsPerRequest)
            .arg(kMaxParticipantsPerRequest);
    if (settings.maxEntriesPerAnswer < 1)
        return u"maxEntriesPerAnswer: %1 is below 1"_s.arg(settings.maxEntriesPerAnswer);
    if (settings.maxPendingAnswers < 1)
        return u"maxPendingAnswers: %1 is below 1"_s.arg(settings.maxPendingAnswers);
    if (settings.expectedAnswerers < 1)
        return u"expectedAnswerers: %1 is below 1"_s.arg(settings.expectedAnswerers);
    if (settings.hintRounds < 1)
        return u"hintRounds: %1 is below 1"_s.arg(settings.hintRounds);
    if (settings.requestDelay.count() < 0 || settings.answerDelayMax.count() < 0 ||
        settings.replyTimeout.count() < 1 || settings.retryMax < settings.replyTimeout)
        return u"replyTimeout: timing must be requestDelay >= 0, answerDelayMax >= 0, replyTimeout >= 1 ms "
               u"and "
               u"retryMax >= replyTimeout"_s;
    return {};
}

QString LedgerSync::topic(const QString &suffix) const
{
    return m_prefix + suffix;
}

void LedgerSync::publish(const QString &topicName, const QByteArray &payload, bool retain)
{
    ++m_stats.messagesPublished;
    m_stats.bytesPublished += static_cast<quint64>(payload.size());
    m_client.publish(topicName, payload, 1, retain);
}

bool LedgerSync::start()
{
    if (m_started)
        return true;
    if (const QString problem = settingsProblem(m_settings); !problem.isEmpty()) {
        qCWarning(lcLedgerSync).noquote() << u"Ledger sync not started: %1"_s.arg(problem);
        return false;
    }
    if (!m_hooks.submit || !m_hooks.heads || !m_hooks.entriesAfter) {
        qCWarning(lcLedgerSync) << "Ledger sync not started: a replica hook is missing";
        return false;
    }
    m_started = true;
    refreshOurHeads();
    const auto subscribe = [this](const QString &filter,
                                  void (LedgerSync::*handler)(const QList<MqttMessage> &)) {
        m_client.subscribe(filter, this, [this, handler](const QList<MqttMessage> &messages) {
            for (const MqttMessage &message : messages) {
                ++m_stats.messagesReceived;
                m_stats.bytesReceived += static_cast<quint64>(message.payload.size());
            }
            (this->*handler)(messages);
        });
    };
    subscribe(topic(u"entries/+"_s), &LedgerSync::onEntries);
    subscribe(topic(u"heads/+"_s), &LedgerSync::onHeads);
    subscribe(topic(u"catchup/request"_s), &LedgerSync::onRequests);
    subscribe(topic(u"catchup/claim/+"_s), &LedgerSync::onClaims);
    subscribe(m_replyTopic, &LedgerSync::onReplies);
    connect(&m_client, &MqttClient::stateChanged, this,
            [this](MqttClient::State state, const QString &) { onStateChanged(state); });
    if (m_client.state() == MqttClient::State::Connected)
        onConnected();
    return true;
}

void LedgerSync::onStateChanged(MqttClient::State state)
{
    if (state == MqttClient::State::Connected)
        onConnected();
}

void LedgerSync::onConnected()
{
    // A restarted broker may have lost the retained heads (and what we published while it was away):
    // announce ours again; what others miss, they will ask for.
    m_retainedHeads.clear();
    announceHeads();
    m_silentRounds = 0;
    requestCatchup(); // after the round in progress, if any: its replies may be lost with the connection
}

// ---- publishing ------------------------------------------------------------------------------------------

void LedgerSync::publishOwn(const QByteArray &bytes)
{
    const DecodeResult decoded = decode(bytes);
    if (!decoded.entry) {
        qCWarning(lcLedgerSync).noquote()
            << u"publishOwn: not a canonical entry: %1"_s.arg(decoded.error.toString());
        return;
    }
    const Entry &entry = *decoded.entry;
    m_settings.ownKeys.insert(entry.participant);
    std::uint64_t &ours = m_ourHeads[entry.participant];
    ours = std::max(ours, entry.sequence);
    const QString hex = entry.participant.toHex();
    publish(topic(u"entries/"_s + hex), bytes);
    ++m_stats.entriesPublished;
    if (entry.sequence >= ours) {
        publish(topic(u"heads/"_s + hex), encodeHead({entry.sequence, entry.hash()}), true);
        ++m_stats.headsPublished;
        m_retainedHeads[entry.participant] = entry.sequence;
    }
}

void LedgerSync::announceHeads()
{
    if (!m_started)
        return;
    const auto heads = m_hooks.heads();
    for (const auto &[participant, head] : heads) {
        if (head.sequence == 0)
            continue;
        std::uint64_t &ours = m_ourHeads[participant];
        ours = std::max(ours, head.sequence);
        const bool own = m_settings.ownKeys.contains(participant);
        if (!own && !m_settings.relayHeads)
            continue;
        const auto retained = m_retainedHeads.find(participant);
        if (!own && retained != m_retainedHeads.end() && retained->second >= head.sequence)
            continue;
        publish(topic(u"heads/"_s + participant.toHex()), encodeHead({head.sequence, head.hash}), true);
        ++m_stats.headsPublished;
        m_retainedHeads[participant] = head.sequence;
    }
}

// ---- receiving -------------------------------------------------------------------------------------------

void LedgerSync::refreshOurHeads()
{
    for (const auto &[participant, head] : m_hooks.heads()) {
        std::uint64_t &ours = m_ourHeads[participant];
        ours = std::max(ours, head.sequence);
    }
    for (auto it = m_hints.begin(); it != m_hints.end();) {
        if (ourSequence(it->first) >= it->second.sequence)
            it = m_hints.erase(it);
        else
            ++it;
    }
}

std::uint64_t LedgerSync::ourSequence(const PublicKey &participant) const
{
    const auto it = m_ourHeads.find(participant);
    return it == m_ourHeads.end() ? 0 : it->second;
}

void LedgerSync::noteHead(const PublicKey &participant, std::uint64_t sequence)
{
    if (sequence <= ourSequence(participant))
        return;
    Hint &hint = m_hints[participant];
    if (sequence <= hint.sequence)
        return;
    hint.sequence = sequence;
    hint.missedRounds = 0;
    m_silentRounds = 0; // news: ask soon rather than after the backoff
    scheduleRound();
}

void LedgerSync::submit(const QByteArray &bytes)
{
    ++m_stats.submitted;
    const SubmitOutcome outcome = m_hooks.submit(bytes, m_clock.nowMs());
    if (!outcome.verdict.accepted())
        ++m_stats.rejected[outcome.verdict.reason];
    if (!outcome.accepted.empty()) {
        m_stats.accepted += outcome.accepted.size();
        for (const SubmitOutcome::Accepted &accepted : outcome.accepted) {
            std::uint64_t &ours = m_ourHeads[accepted.participant];
            ours = std::max(ours, accepted.sequence);
            const auto hint = m_hints.find(accepted.participant);
            if (hint != m_hints.end() && hint->second.sequence <= ours)
                m_hints.erase(hint);
        }
        m_progressReceived += static_cast<qint64>(outcome.accepted.size());
        Q_EMIT entriesAccepted(static_cast<qsizetype>(outcome.accepted.size()));
    }
    if (outcome.verdict.reason == RejectReason::Gap) {
        if (const auto id = peekEntryId(bytes))
            noteHead(id->participant, id->sequence);
    }
}

void LedgerSync::onEntries(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages) {
        const auto participant = participantOfTopic(message.topic);
        const auto id = peekEntryId(message.payload);
        if (!participant || !id || id->participant != *participant) {
            ++m_stats.malformed;
            qCDebug(lcLedgerSync) << "Ignored a message on" << message.topic
                                  << "that is not one of its entries";
            continue;
        }
        if (m_settings.ownKeys.contains(*participant)) {
            ++m_stats.ownEchoes;
            continue;
        }
        submit(message.payload);
    }
}

void LedgerSync::onHeads(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages) {
        const auto participant = participantOfTopic(message.topic);
        const auto head = parseHead(message.payload);
        if (!participant || !head.value) {
            ++m_stats.malformed;
            qCDebug(lcLedgerSync).noquote() << u"Ignored a head on %1: %2"_s.arg(
                message.topic, head.value ? u"not a participant"_s : head.error.toString());
            continue;
        }
        m_retainedHeads[*participant] = head.value->sequence;
        noteHead(*participant, head.value->sequence);
    }
}

// ---- requesting ------------------------------------------------------------------------------------------

void LedgerSync::requestCatchup()
{
    m_roundWanted = true;
    scheduleRound();
}

void LedgerSync::scheduleRound()
{
    // A round in progress is followed by another when finishRound() finds a reason.
    if (!m_started || m_round)
        return;
    const auto delay = m_settings.requestDelay;
    if (!m_requestTimer.isActive() || m_requestTimer.remainingTimeAsDuration() > delay)
        m_requestTimer.start(delay);
}

void LedgerSync::startRound()
{
    if (m_round || m_client.state() != MqttClient::State::Connected)
        return; // onConnected() asks again
    refreshOurHeads();
    // A head we heard of may have been reached meanwhile (a head can overtake its entry).
    if (!m_roundWanted && m_hints.empty())
        return;
    m_roundWanted = false;
    auto round = std::make_unique<Round>();
    round->acceptedAtStart = m_stats.accepted;

    // Every participant we have or have heard of, in key order.
    std::map<PublicKey, RequestedChain> chains;
    for (const auto &[participant, sequence] : m_ourHeads)
        chains[participant] = {participant, sequence, sequence};
    qint64 missing = 0;
    for (const auto &[participant, hint] : m_hints) {
        RequestedChain &chain = chains[participant];
        chain.participant = participant;
        chain.known = std::max(chain.known, hint.sequence);
        missing += static_cast<qint64>(chain.known - chain.have);
        round->hintedAt[participant] = chain.have;
    }
    if (!m_sessionActive) {
        // A new catch-up: progress counts from here.
        m_sessionActive = true;
        m_progressReceived = 0;
        m_progressExpected = missing;
    }
    m_caughtUp = false;
    round->receivedAtStart = m_progressReceived;

    // One request per run of maxParticipantsPerRequest keys; together their ranges cover every key.
    std::vector<RequestedChain> all;
    all.reserve(chains.size());
    for (auto &[participant, chain] : chains)
        all.push_back(chain);
    const std::size_t per = static_cast<std::size_t>(m_settings.maxParticipantsPerRequest);
    std::size_t begin = 0;
    do {
        const std::size_t end = std::min(all.size(), begin + per);
        CatchupRequest request;
        request.requester = m_nodeId;
        request.requestId = m_nextRequestId++;
        if (begin > 0)
            request.rangeFirst = all[begin].participant;
        if (end < all.size()) {
            // Up to just below the next request's first key.
            request.rangeLast = all[end].participant;
            for (auto byte = request.rangeLast.bytes.rbegin(); byte != request.rangeLast.bytes.rend();
                 ++byte) {
                if ((*byte)-- != 0)
                    break;
            }
        } else {
            request.rangeLast.bytes.fill(0xff);
        }
        request.chains.assign(all.begin() + static_cast<std::ptrdiff_t>(begin),
                              all.begin() + static_cast<std::ptrdiff_t>(end));
        round->requests[request.requestId] = {};
        publish(topic(u"catchup/request"_s), encodeCatchupRequest(request));
        ++m_stats.requestsSent;
        begin = end;
    } while (begin < all.size());
    ++m_stats.rounds;
    m_round = std::move(round);
    armRoundTimer();
    emitProgress();
}

void LedgerSync::armRoundTimer()
{
    m_roundTimer.start(m_settings.replyTimeout);
}

void LedgerSync::emitProgress()
{
    Q_EMIT catchupProgress(m_progressReceived, std::max(m_progressExpected, m_progressReceived));
}

void LedgerSync::finishRound()
{
    if (!m_round)
        return;
    m_roundTimer.stop();
    const std::unique_ptr<Round> round = std::move(m_round);
    bool incomplete = false;
    for (const auto &[id, request] : round->requests) {
        incomplete = incomplete || (request.claimed && !request.final) || request.more;
    }
    const bool progressed = m_stats.accepted > round->acceptedAtStart;
    // Heads we heard of that this round did not bring us closer to: after hintRounds such rounds they are
    // forgotten (a head is a hint, not signed; a forged one must not keep us asking forever).
    for (const auto &[participant, have] : round->hintedAt) {
        const auto hint = m_hints.find(participant);
        if (hint == m_hints.end() || ourSequence(participant) > have)
            continue;
        if (++hint->second.missedRounds >= m_settings.hintRounds) {
            qCInfo(lcLedgerSync).noquote()
                << u"Nobody sent entries of %1 up to %2 after %3 rounds; asking again when it is announced again"_s
                       .arg(participant.toHex())
                       .arg(hint->second.sequence)
                       .arg(hint->second.missedRounds);
            m_hints.erase(hint);
        }
    }
    if (!incomplete && !m_roundWanted && m_hints.empty()) {
        m_caughtUp = true;
        m_sessionActive = false;
        m_silentRounds = 0;
        ++m_stats.caughtUpCount;
        m_stats.lastCaughtUpMs = m_clock.nowMs();
        m_progressExpected = std::max(m_progressExpected, m_progressReceived);
        emitProgress();
        Q_EMIT caughtUp();
        return;
    }
    if (progressed || incomplete || m_roundWanted) {
        m_silentRounds = 0;
        m_roundWanted = true;
        m_requestTimer.start(m_settings.requestDelay);
        return;
    }
    // Behind, and nobody answered: back off (the heads may belong to members who are away).
    ++m_silentRounds;
    const auto backoff = std::min<std::chrono::milliseconds>(
        m_settings.retryMax, m_settings.replyTimeout * (1LL << std::min(m_silentRounds, 10)));
    m_requestTimer.start(backoff);
}

void LedgerSync::onClaims(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages) {
        const auto claim = parseCatchupClaim(message.payload);
        if (!claim.value || message.topic != topic(u"catchup/claim/"_s + claim.value->requester.toHex())) {
            ++m_stats.malformed;
            continue;
        }
        if (claim.value->answerer == m_nodeId) {
            ++m_stats.ownEchoes;
            continue;
        }
        ++m_stats.claimsReceived;
        const auto key = std::make_pair(claim.value->requester, claim.value->requestId);
        rememberClaim(key);
        if (const auto answer = m_answers.find(key);
            answer != m_answers.end() && !answer->second->started && !answer->second->ownChainsOnly) {
            answer->second->cancelled = true;
            m_answers.erase(answer);
            ++m_stats.requestsStoodDown;
        }
        if (claim.value->requester == m_nodeId && m_round) {
            const auto request = m_round->requests.find(claim.value->requestId);
            if (request == m_round->requests.end())
                continue;
            request->second.claimed = true;
            request->second.claimedEntries = std::max(request->second.claimedEntries, claim.value->entries);
            qint64 claimed = 0;
            for (const auto &[id, r] : m_round->requests)
                claimed += static_cast<qint64>(r.claimedEntries);
            m_progressExpected = std::max(m_progressExpected, m_round->receivedAtStart + claimed);
            armRoundTimer();
            emitProgress();
        }
    }
}

void LedgerSync::onReplies(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages) {
        auto reply = parseCatchupReply(message.payload);
        if (!reply.value) {
            ++m_stats.malformed;
            qCDebug(lcLedgerSync).noquote() << u"Ignored a catch-up reply: %1"_s.arg(reply.error.toString());
            continue;
        }
        ++m_stats.replyBatchesReceived;
        // Every entry is judged on its own: a reply to an older request is as good as any.
        for (const QByteArray &bytes : std::as_const(reply.value->entries))
            submit(bytes);
        if (!m_round)
            continue;
        const auto request = m_round->requests.find(reply.value->requestId);
        if (request == m_round->requests.end())
            continue;
        request->second.claimed = true;
        if (reply.value->isFinal() && !request->second.final) {
            request->second.final = true;
            request->second.more = reply.value->hasMore();
        }
        emitProgress();
        const bool done = std::all_of(m_round->requests.begin(), m_round->requests.end(),
                                      [](const auto &r) { return r.second.final; });
        if (done)
            finishRound();
        else
            armRoundTimer();
    }
}

// ---- answering -------------------------------------------------------------------------------------------

void LedgerSync::onRequests(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages) {
        auto request = parseCatchupRequest(message.payload);
        if (!request.value) {
            ++m_stats.malformed;
            qCDebug(lcLedgerSync).noquote()
                << u"Ignored a catch-up request: %1"_s.arg(request.error.toString());
            continue;
        }
        if (request.value->requester == m_nodeId) {
            ++m_stats.ownEchoes;
            continue;
        }
        ++m_stats.requestsReceived;
        considerRequest(*request.value);
    }
}

void LedgerSync::considerRequest(const CatchupRequest &request)
{
    const auto key = std::make_pair(request.requester, request.requestId);
    if (m_answers.contains(key) || m_recentClaimSet.contains(key)) {
        ++m_stats.requestsStoodDown;
        return;
    }
    if (m_answers.size() >= static_cast<std::size_t>(m_settings.maxPendingAnswers)) {
        ++m_stats.requestsDropped;
        return;
    }
    auto answer = std::make_shared<Answer>();
    answer->requester = request.requester;
    answer->requestId = request.requestId;
    for (const auto &[participant, head] : m_hooks.heads()) {
        if (participant < request.rangeFirst || request.rangeLast < participant)
            continue;
        const auto listed =
            std::lower_bound(request.chains.begin(), request.chains.end(), participant,
                             [](const RequestedChain &c, const PublicKey &p) { return c.participant < p; });
        const std::uint64_t have =
            listed != request.chains.end() && listed->participant == participant ? listed->have : 0;
        if (head.sequence <= have)
            continue;
        answer->plan.push_back({participant, have, head.sequence});
        answer->planned += head.sequence - have;
    }
    if (answer->plan.empty()) {
        ++m_stats.requestsNothingToSend;
        return;
    }
    // In a large community everyone could answer; only a few do, so that a request costs a few answers, not
    // one per member: a relay answers in full, a member chosen with probability expectedAnswerers / known
    // answers in full, and any other member sends only its own chains (which nobody can have before it).
    const auto known = static_cast<std::uint64_t>(std::max<std::size_t>(m_ourHeads.size(), 1));
    const auto expected = static_cast<std::uint64_t>(m_settings.expectedAnswerers);
    if (!m_settings.relayHeads && known > expected) {
        constexpr std::uint32_t kScale = 1'000'000;
        if (std::uint64_t(m_settings.random(kScale)) * known >= std::uint64_t(kScale) * expected) {
            std::erase_if(answer->plan, [this](const auto &item) {
                return !m_settings.ownKeys.contains(item.participant);
            });
            if (answer->plan.empty()) {
                ++m_stats.requestsNotChosen;
                return;
            }
            answer->planned = 0;
            for (const auto &item : answer->plan)
                answer->planned += item.upTo - item.after;
            answer->ownChainsOnly = true;
        }
    }
    answer->planned =
        std::min<std::uint64_t>(answer->planned, static_cast<std::uint64_t>(m_settings.maxEntriesPerAnswer));
    m_answers[key] = answer;
    const auto maxDelay = static_cast<std::uint32_t>(m_settings.answerDelayMax.count());
    const int delay = maxDelay == 0 ? 0 : static_cast<int>(m_settings.random(maxDelay + 1));
    QTimer::singleShot(delay, this, [this, answer] { claimAndAnswer(answer); });
}

void LedgerSync::claimAndAnswer(const std::shared_ptr<Answer> &answer)
{
    if (answer->cancelled)
        return;
    answer->started = true;
    // Sending only its own chains, a member does not claim the request: the others still answer the rest.
    if (!answer->ownChainsOnly) {
        rememberClaim({answer->requester, answer->requestId});
        publish(topic(u"catchup/claim/"_s + answer->requester.toHex()),
                encodeCatchupClaim({answer->requester, answer->requestId, m_nodeId, answer->planned}));
        ++m_stats.claimsSent;
    }
    ++m_stats.requestsAnswered;
    sendNextBatch(answer);
}

void LedgerSync::rememberClaim(const std::pair<NodeId, std::uint64_t> &request)
{
    if (!m_recentClaimSet.insert(request).second)
        return;
    m_recentClaims.push_back(request);
    if (m_recentClaims.size() > kRecentClaims) {
        m_recentClaimSet.erase(m_recentClaims.front());
        m_recentClaims.pop_front();
    }
}

void LedgerSync::sendNextBatch(const std::shared_ptr<Answer> &answer)
{
    const qsizetype maxBytes = std::min<qsizetype>(m_settings.maxBatchBytes, m_client.maxPayloadBytes());
    const auto limit = static_cast<std::uint64_t>(m_settings.maxEntriesPerAnswer);
    CatchupReply reply;
    reply.requestId = answer->requestId;
    reply.answerer = m_nodeId;
    reply.batch = answer->batch++;
    qsizetype bytes = kReplyHeaderBytes;
    while (!answer->plan.empty() && answer->sent < limit &&
           reply.entries.size() < static_cast<std::size_t>(m_settings.maxEntriesPerBatch)) {
        Answer::Chain &chain = answer->plan.front();
        if (answer->fetched.empty()) {
            const std::uint64_t room = std::min<std::uint64_t>(
                {chain.upTo - chain.after, limit - answer->sent,
                 static_cast<std::uint64_t>(m_settings.maxEntriesPerBatch) - reply.entries.size()});
            const auto fetched =
                room == 0 ? std::vector<QByteArray>{}
                          : m_hooks.entriesAfter(chain.participant, chain.after, static_cast<int>(room));
            if (fetched.empty()) {
                answer->plan.pop_front();
                continue;
            }
            answer->fetched.assign(fetched.begin(), fetched.end());
        }
        const QByteArray &next = answer->fetched.front();
        const auto id = peekEntryId(next);
        if (!id || id->participant != chain.participant || next.size() > kMaxEntryBytes) {
            qCWarning(lcLedgerSync) << "The replica returned something that is not an entry of"
                                    << chain.participant.toHex() << "after" << chain.after << "; not sent";
            answer->fetched.clear();
            answer->plan.pop_front();
            continue;
        }
        if (bytes + kReplyEntryOverhead + next.size() > maxBytes)
            break; // the next batch starts with it
        bytes += kReplyEntryOverhead + next.size();
        reply.entries.push_back(next);
        answer->fetched.pop_front();
        chain.after = id->sequence;
        ++answer->sent;
        if (chain.after >= chain.upTo) {
            answer->fetched.clear();
            answer->plan.pop_front();
        }
    }
    const bool final = answer->plan.empty() || answer->sent >= limit;
    if (final)
        reply.flags = CatchupReply::Final | (answer->plan.empty() ? 0 : CatchupReply::More);
    publish(m_prefix + u"catchup/reply/"_s + answer->requester.toHex(), encodeCatchupReply(reply));
    ++m_stats.replyBatchesSent;
    m_stats.replyEntriesSent += reply.entries.size();
    if (final) {
        m_answers.erase({answer->requester, answer->requestId});
        return;
    }
    // One batch per pass of the event loop, so that receiving goes on while an answer is sent.
    QTimer::singleShot(0, this, [this, answer] { sendNextBatch(answer); });
}

} // namespace commonwatt::ledger
