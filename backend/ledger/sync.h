// Keeps one ledger replica in step with the community through the broker (docs/ledger-sync.md): live entries
// and retained heads, and catch-up by request that any member may answer. Owns no storage: it reaches the
// replica through ReplicaHooks, and every entry it receives is judged there.
#pragma once

#include "ledger/chain.h"
#include "ledger/syncmessages.h"

#include <commonwatt/clock.h>
#include <commonwatt/mqttclient.h>

#include <QObject>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <utility>
#include <vector>

namespace commonwatt::ledger {

// What the replica made of one submitted entry.
struct SubmitOutcome
{
    struct Accepted
    {
        PublicKey participant = {};
        std::uint64_t sequence = 0;
        Hash hash = {};
    };
    Verdict verdict = {};
    // The entry, when accepted, then any held entries it released, in chain order.
    std::vector<Accepted> accepted = {};
};

// The replica, as the sync sees it. All three are called on the LedgerSync's thread.
struct ReplicaHooks
{
    // Judges and (when accepted) stores canonical entry bytes received at receivedAtMs (the injected clock).
    std::function<SubmitOutcome(const QByteArray &bytes, qint64 receivedAtMs)> submit = {};
    // Every participant's head (sequence >= 1).
    std::function<std::vector<std::pair<PublicKey, ChainHead>>()> heads = {};
    // Canonical bytes of the participant's accepted entries after `after`, in order, at most `limit`.
    std::function<std::vector<QByteArray>(const PublicKey &participant, std::uint64_t after, int limit)>
        entriesAfter = {};
};

struct LedgerSyncSettings
{
    QString communityId = {};         // the genesis entry's hash in hex; topics use its first 16 characters
    sync::NodeId nodeId = {};         // zero: random (settings.random)
    std::set<PublicKey> ownKeys = {}; // participants whose entries this replica writes (publishOwn)
    // announceHeads() also publishes the heads of every other participant this replica knows (the
    // distributor's validator does; a household does not).
    bool relayHeads = false;

    // Timing; tests shorten it.
    std::chrono::milliseconds requestDelay{200};   // collects a burst of gaps into one request
    std::chrono::milliseconds answerDelayMax{500}; // an answerer waits a random 0..max before claiming
    std::chrono::milliseconds replyTimeout{5000};  // silence after which a round is over
    std::chrono::milliseconds retryMax{60'000};    // backoff cap while behind and nobody answers
    int hintRounds = 3; // rounds without an answer after which a head we heard of is forgotten

    // Sizes (bounded by the sync::kMax* limits).
    int maxEntriesPerBatch = sync::kMaxEntriesPerBatch;
    qsizetype maxBatchBytes = sync::kMaxBatchBytes;
    int maxEntriesPerAnswer = 8192;
    int maxParticipantsPerRequest = sync::kMaxParticipantsPerRequest;
    int maxPendingAnswers = 16;
    // How many members, on average, answer a request for chains that are not their own: each answers with
    // probability expectedAnswerers / (participants it knows). A chain's author and a relay always answer.
    // A request nobody answers is asked again after replyTimeout.
    int expectedAnswerers = 3;

    // A random number in [0, bound); empty: QRandomGenerator::global().
    std::function<std::uint32_t(std::uint32_t bound)> random = {};
};

class LedgerSync : public QObject
{
    Q_OBJECT
public:
    struct Statistics
    {
        // Submissions, by verdict (every entry received, live or by catch-up).
        quint64 submitted = 0;
        quint64 accepted = 0; // entries the replica accepted, including held ones released by a submission
        std::map<RejectReason, quint64> rejected = {}; // by reason; Gap counts entries held or dropped
        // Messages refused before the replica saw them.
        quint64 malformed = 0; // unparseable sync messages and entry bytes, wrong topics
        quint64 ownEchoes = 0; // our own entries, claims and requests coming back
        // Traffic, by this replica.
        quint64 entriesPublished = 0;
        quint64 headsPublished = 0;
        quint64 requestsSent = 0;
        quint64 claimsSent = 0;
        quint64 replyBatchesSent = 0;
        quint64 replyEntriesSent = 0;
        quint64 requestsReceived = 0;
        quint64 requestsAnswered = 0;
        quint64 requestsStoodDown = 0; // another member claimed first
        quint64 requestsNothingToSend = 0;
        quint64 requestsNotChosen = 0; // could have answered, left it to others (expectedAnswerers)
        quint64 requestsDropped = 0; // too many answers pending
        quint64 claimsReceived = 0;
        quint64 replyBatchesReceived = 0;
        quint64 messagesPublished = 0;
        quint64 bytesPublished = 0; // payload bytes
        quint64 messagesReceived = 0;
        quint64 bytesReceived = 0;
        quint64 rounds = 0;        // catch-up rounds started
        quint64 caughtUpCount = 0; // caughtUp() emissions
        qint64 lastCaughtUpMs = 0; // clock time
    };

    // Does not subscribe or publish until start(). client and clock must outlive this.
    LedgerSync(MqttClient &client, const Clock &clock, ReplicaHooks hooks, LedgerSyncSettings settings,
               QObject *parent = nullptr);
    ~LedgerSync() override;

    // Empty, or what is wrong with settings (the field named).
    [[nodiscard]] static QString settingsProblem(const LedgerSyncSettings &settings);

    // Subscribes, and on every connection: announces heads and asks for what it misses. False (and a
    // warning) when settingsProblem() finds something.
    bool start();

    // An entry the replica has just accepted from one of its own keys: publishes it and its new head.
    void publishOwn(const QByteArray &bytes);
    // Publishes (retained) the heads of our own keys, and with relayHeads those of everyone we know that are
    // beyond what the broker holds.
    void announceHeads();
    // Starts a catch-up round soon (one already running is followed by another).
    void requestCatchup();

    [[nodiscard]] Statistics statistics() const { return m_stats; }
    // The last round ended with nothing missing, and nothing new was heard of since.
    [[nodiscard]] bool isCaughtUp() const { return m_caughtUp && !m_round && m_hints.empty(); }
    [[nodiscard]] const sync::NodeId &nodeId() const { return m_nodeId; }
    [[nodiscard]] QString topicPrefix() const { return m_prefix; }
    // Participants we have heard of (retained heads, gaps) whose head we do not yet reach.
    [[nodiscard]] std::size_t behindCount() const { return m_hints.size(); }

signals:
    // A catch-up round ended with nothing known to be missing.
    void caughtUp();
    // During catch-up: entries accepted since it began, and how many were announced (claims, known heads).
    void catchupProgress(qint64 received, qint64 expected);
    // Entries the replica accepted through the sync, for whoever recomputes derived state.
    void entriesAccepted(qsizetype count);

private:
    struct Answer;
    struct Round;

    [[nodiscard]] QString topic(const QString &suffix) const;
    void publish(const QString &topic, const QByteArray &payload, bool retain = false);
    void onStateChanged(MqttClient::State state);
    void onConnected();

    // Receiving.
    void onEntries(const QList<MqttMessage> &messages);
    void onHeads(const QList<MqttMessage> &messages);
    void onRequests(const QList<MqttMessage> &messages);
    void onClaims(const QList<MqttMessage> &messages);
    void onReplies(const QList<MqttMessage> &messages);
    void submit(const QByteArray &bytes);
    void noteHead(const PublicKey &participant, std::uint64_t sequence);
    [[nodiscard]] std::uint64_t ourSequence(const PublicKey &participant) const;
    void refreshOurHeads();

    // Requesting.
    void scheduleRound();
    void startRound();
    void finishRound();
    void armRoundTimer();
    void emitProgress();

    // Answering.
    void considerRequest(const sync::CatchupRequest &request);
    void claimAndAnswer(const std::shared_ptr<Answer> &answer);
    void sendNextBatch(const std::shared_ptr<Answer> &answer);
    void rememberClaim(const std::pair<sync::NodeId, std::uint64_t> &request);

    MqttClient &m_client;
    const Clock &m_clock;
    ReplicaHooks m_hooks;
    LedgerSyncSettings m_settings;
    sync::NodeId m_nodeId;
    QString m_prefix;
    QString m_replyTopic;
    bool m_started = false;
    Statistics m_stats;

    // Our heads (a cache of hooks.heads(), kept current from accepted entries) and the heads we heard of
    // beyond them, with the rounds that failed to reach them.
    std::map<PublicKey, std::uint64_t> m_ourHeads;
    struct Hint
    {
        std::uint64_t sequence = 0;
        int missedRounds = 0;
    };
    std::map<PublicKey, Hint> m_hints;
    // What the broker's retained head topics hold, as far as we have seen (relayHeads publishes beyond it).
    std::map<PublicKey, std::uint64_t> m_retainedHeads;

    // The catch-up round in progress.
    std::unique_ptr<Round> m_round;
    bool m_roundWanted = false; // a round was asked for (start, reconnect, an unfinished answer)
    bool m_caughtUp = false;
    bool m_sessionActive = false; // from the first round to caughtUp(): what progress counts
    int m_silentRounds = 0;       // consecutive rounds nobody answered while behind: the backoff
    std::uint64_t m_nextRequestId = 1;
    QTimer m_requestTimer; // requestDelay, or the backoff
    QTimer m_roundTimer;   // replyTimeout of silence
    qint64 m_progressReceived = 0;
    qint64 m_progressExpected = 0;

    // Answers waiting for their delay or sending, by (requester, requestId).
    std::map<std::pair<sync::NodeId, std::uint64_t>, std::shared_ptr<Answer>> m_answers;
    // Requests recently claimed (by anyone), so that a late or repeated request is not answered twice.
    std::deque<std::pair<sync::NodeId, std::uint64_t>> m_recentClaims;
    std::set<std::pair<sync::NodeId, std::uint64_t>> m_recentClaimSet;
};

} // namespace commonwatt::ledger
