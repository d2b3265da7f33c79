#include "feederprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QThreadPool>

#include <sodium.h>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFeeder, "commonwatt.feeder")

namespace commonwatt::coordination {

namespace {

constexpr char kMagic[4] = {'C', 'W', 'F', 'P'};
constexpr unsigned char kVersion = 1;
constexpr int kMaxSlots = 2016; // scheduling.md's longest horizon
constexpr int kHeader = 4 + 1 + 8 + 2 + 32 + 2;

void putLe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

quint64 getLe(const unsigned char *in, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= quint64(in[i]) << (8 * i);
    return value;
}

QByteArray hexId(const MemberId &member)
{
    return QByteArray(reinterpret_cast<const char *>(member.data()), int(member.size())).toHex();
}

std::vector<double> toKw(const std::vector<qint64> &watts)
{
    std::vector<double> kw;
    kw.reserve(watts.size());
    for (qint64 w : watts)
        kw.push_back(double(w) / 1000.0);
    return kw;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

AggregatorKeys AggregatorKeys::generate()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    AggregatorKeys keys;
    keys.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                       reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    return keys;
}

std::vector<qint32> proposalWatts(const std::vector<double> &netKw)
{
    std::vector<qint32> watts;
    watts.reserve(netKw.size());
    for (double kw : netKw)
        watts.push_back(qint32(std::lround(kw * 1000.0)));
    return watts;
}

QByteArray sealProposal(const Proposal &proposal, const QByteArray &aggregatorPublicKey)
{
    QByteArray plain;
    plain.reserve(kHeader + 4 * int(proposal.netW.size()));
    plain.append(kMagic, 4);
    plain.append(char(kVersion));
    putLe(plain, quint64(proposal.session), 8);
    putLe(plain, quint64(proposal.round), 2);
    plain.append(reinterpret_cast<const char *>(proposal.member.data()), int(proposal.member.size()));
    putLe(plain, quint64(proposal.netW.size()), 2);
    for (qint32 w : proposal.netW)
        putLe(plain, quint64(quint32(w)), 4);
    if (aggregatorPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(plain.size() + int(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                    reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
                    reinterpret_cast<const unsigned char *>(aggregatorPublicKey.constData()));
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    return sealed;
}

std::optional<Proposal> openProposal(const QByteArray &sealed, const AggregatorKeys &keys, QString *error)
{
    if (sealed.size() < int(crypto_box_SEALBYTES) + kHeader) {
        fail(error, u"proposal: %1 bytes, too short"_s.arg(sealed.size()));
        return std::nullopt;
    }
    QByteArray plain(sealed.size() - int(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()),
                             reinterpret_cast<const unsigned char *>(keys.publicKey.constData()),
                             reinterpret_cast<const unsigned char *>(keys.secretKey.constData())) != 0) {
        fail(error, u"proposal: not sealed to this aggregator, or altered"_s);
        return std::nullopt;
    }
    const auto *in = reinterpret_cast<const unsigned char *>(plain.constData());
    if (std::memcmp(in, kMagic, 4) != 0 || in[4] != kVersion) {
        fail(error, u"proposal: unknown format or version"_s);
        return std::nullopt;
    }
    Proposal p;
    p.session = qint64(getLe(in + 5, 8));
    p.round = int(getLe(in + 13, 2));
    std::memcpy(p.member.data(), in + 15, 32);
    const int slotCount = int(getLe(in + 47, 2));
    if (slotCount == 0 || slotCount > kMaxSlots || plain.size() != kHeader + 4 * slotCount) {
        fail(error, u"proposal: %1 slots do not match its %2 bytes"_s.arg(slotCount).arg(plain.size()));
        return std::nullopt;
    }
    p.netW.reserve(std::size_t(slotCount));
    for (int t = 0; t < slotCount; ++t)
        p.netW.push_back(qint32(quint32(getLe(in + kHeader + 4 * t, 4))));
    return p;
}

QByteArray encodeAnnouncement(const RoundAnnouncement &a)
{
    QJsonArray aggregate;
    for (qint64 w : a.aggregateW)
        aggregate.append(double(w));
    QJsonObject o{{u"format"_s, u"commonwatt-feeder-round/1"_s},
                  {u"session"_s, double(a.session)},
                  {u"round"_s, a.round},
                  {u"households"_s, a.households},
                  {u"aggregateW"_s, aggregate},
                  {u"final"_s, a.final}};
    if (!a.countedEarlier.isEmpty()) {
        QJsonObject earlier;
        for (auto it = a.countedEarlier.cbegin(); it != a.countedEarlier.cend(); ++it)
            earlier.insert(QString::fromLatin1(it.key()), it.value());
        o.insert(u"countedEarlier"_s, earlier);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<RoundAnnouncement> decodeAnnouncement(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        fail(error, u"round: not a JSON object (%1)"_s.arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toString() != u"commonwatt-feeder-round/1"_s) {
        fail(error, u"round.format: not commonwatt-feeder-round/1"_s);
        return std::nullopt;
    }
    RoundAnnouncement a;
    a.session = qint64(o.value(u"session"_s).toDouble(-1));
    a.round = o.value(u"round"_s).toInt(-1);
    a.households = o.value(u"households"_s).toInt(-1);
    a.final = o.value(u"final"_s).toBool();
    if (a.session < 0 || a.round < 0 || a.households < 0) {
        fail(error, u"round: session, round and households must be whole numbers >= 0"_s);
        return std::nullopt;
    }
    const QJsonArray aggregate = o.value(u"aggregateW"_s).toArray();
    if (aggregate.isEmpty() || aggregate.size() > kMaxSlots) {
        fail(error, u"round.aggregateW: between 1 and %1 values"_s.arg(kMaxSlots));
        return std::nullopt;
    }
    for (const QJsonValue &v : aggregate) {
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
            fail(error, u"round.aggregateW: whole watts only"_s);
            return std::nullopt;
        }
        a.aggregateW.push_back(qint64(v.toDouble()));
    }
    const QJsonObject earlier = o.value(u"countedEarlier"_s).toObject();
    for (auto it = earlier.begin(); it != earlier.end(); ++it)
        a.countedEarlier.insert(it.key().toLatin1(), it.value().toInt(-1));
    return a;
}

QString FeederTopics::proposal(const MemberId &member) const
{
    return prefix + u"/proposal/"_s + QString::fromLatin1(hexId(member).left(16));
}

// ---------------------------------------------------------------------------------------------------------

FeederAggregator::FeederAggregator(MqttClient &mqtt, FeederTopics topics, AggregatorKeys keys,
                                   AggregatorOptions options, QObject *parent)
    : QObject(parent)
    , m_mqtt(mqtt)
    , m_topics(std::move(topics))
    , m_keys(std::move(keys))
    , m_options(options)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a deadline households are told about
    connect(&m_deadline, &QTimer::timeout, this, &FeederAggregator::closeRound);
}

void FeederAggregator::start(qint64 session, int slotCount)
{
    m_session = session;
    m_slots = slotCount;
    m_round = 0;
    m_done = false;
    m_latest.clear();
    m_counted.clear();
    m_rounds.clear();
    m_arrivedThisRound = 0;
    m_waitingFor.clear();
    m_mqtt.subscribe(m_topics.proposals(), this, [this](const QList<MqttMessage> &messages) { onMessages(messages); });
    m_roundClock.start();
    m_deadline.start(m_options.roundTimeoutMs);
}

void FeederAggregator::onMessages(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages) {
        if (m_done)
            return;
        QString error;
        const std::optional<Proposal> p = openProposal(message.payload, m_keys, &error);
        if (p && (p->session != m_session || int(p->netW.size()) != m_slots || p->round > m_round))
            error = u"proposal: for another session, horizon or round"_s;
        const QByteArray id = p ? hexId(p->member) : QByteArray();
        if (p && error.isEmpty() && !message.topic.endsWith(QString::fromLatin1(id.left(16))))
            error = u"proposal: member does not match its topic"_s;
        if (!error.isEmpty()) {
            ++m_rejected;
            qCDebug(lcFeeder).noquote() << message.topic << error;
            continue;
        }
        Counted &latest = m_latest[id];
        if (p->round < latest.round)
            continue; // an older round's proposal that arrived late
        const bool forThisRound = p->round == m_round && latest.round != m_round;
        latest.round = p->round;
        latest.netW = p->netW;
        if (forThisRound) {
            ++m_arrivedThisRound;
            m_waitingFor.remove(id);
        }
    }
    maybeCloseEarly();
}

void FeederAggregator::maybeCloseEarly()
{
    if (m_done)
        return;
    const bool allIn = m_round == 0
                           ? m_options.expectedHouseholds > 0 && m_arrivedThisRound >= m_options.expectedHouseholds
                           : m_expectedThisRound > 0 && m_waitingFor.isEmpty();
    if (allIn)
        closeRound();
}

void FeederAggregator::closeRound()
{
    if (m_done)
        return;
    m_deadline.stop();
    // Every household's latest proposal counts: this round's where it came in time, its last one otherwise.
    std::vector<qint64> aggregate(std::size_t(m_slots), 0);
    int moved = 0;
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it) {
        for (std::size_t t = 0; t < aggregate.size(); ++t)
            aggregate[t] += it->netW[t];
        const Counted before = m_counted.value(it.key());
        if (before.netW != it->netW)
            ++moved;
    }
    m_counted = m_latest;
    // The next round closes once every household that answered this one in time has answered again: a
    // household that missed a deadline costs one deadline, not one per round.
    m_waitingFor.clear();
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it)
        if (it->round == m_round)
            m_waitingFor.insert(it.key());
    RoundRecord record;
    record.round = m_round;
    record.aggregateKw = toKw(aggregate);
    record.stats = feederStats(record.aggregateKw);
    record.moved = m_round == 0 ? 0 : moved;
    record.ms = double(m_roundClock.nsecsElapsed()) / 1e6;
    const double before = m_rounds.empty() ? 0.0 : m_rounds.back().stats.sumSquares;
    m_rounds.push_back(record);
    Q_EMIT roundClosed(record);

    const bool converged = m_round > 0 && (moved == 0 || std::abs(before - record.stats.sumSquares) <=
                                                             m_options.tolerance * before);
    RoundAnnouncement a;
    a.session = m_session;
    a.round = m_round + 1;
    a.households = int(m_counted.size());
    a.aggregateW = aggregate;
    a.final = converged || m_round >= m_options.maxRounds;
    if (a.final) {
        a.round = m_round;
        for (auto it = m_counted.cbegin(); it != m_counted.cend(); ++it)
            if (it->round != m_round)
                a.countedEarlier.insert(it.key(), it->round);
        m_done = true;
    }
    m_mqtt.publish(m_topics.round(), encodeAnnouncement(a), 1, true);
    if (a.final) {
        Q_EMIT finished(a);
        return;
    }
    ++m_round;
    m_arrivedThisRound = 0;
    m_expectedThisRound = int(m_waitingFor.size()); // 0: nobody answered in time; wait for the deadline
    m_roundClock.start();
    m_deadline.start(m_options.roundTimeoutMs);
}

// ---------------------------------------------------------------------------------------------------------

struct FeederParticipant::Mailbox
{
    QMutex mutex;
    FeederParticipant *owner = nullptr;
};

FeederParticipant::FeederParticipant(MqttClient &mqtt, FeederTopics topics, QByteArray aggregatorPublicKey,
                                     MemberId member, CoordinatedHousehold household,
                                     ValleyFillingOptions options, QObject *parent)
    : QObject(parent)
    , m_mqtt(mqtt)
    , m_topics(std::move(topics))
    , m_aggregatorKey(std::move(aggregatorPublicKey))
    , m_member(member)
    , m_household(std::move(household))
    , m_options(std::move(options))
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->owner = this;
}

FeederParticipant::~FeederParticipant()
{
    QMutexLocker lock(&m_mailbox->mutex);
    m_mailbox->owner = nullptr;
}

void FeederParticipant::start(qint64 session)
{
    m_session = session;
    m_planByRound = {m_household.plan()};
    m_mqtt.subscribe(m_topics.round(), this, [this](const QList<MqttMessage> &messages) { onAnnouncement(messages); });
    propose(0);
}

const scheduler::Plan &FeederParticipant::plan() const
{
    if (m_settled && m_settledRound >= 0 && m_settledRound < int(m_planByRound.size()))
        return m_planByRound[std::size_t(m_settledRound)];
    return m_household.plan();
}

void FeederParticipant::propose(int round)
{
    Proposal p;
    p.session = m_session;
    p.round = round;
    p.member = m_member;
    p.netW = proposalWatts(m_household.netKw());
    m_proposedRound = round;
    m_mqtt.publish(m_topics.proposal(m_member), sealProposal(p, m_aggregatorKey), 1, false);
}

void FeederParticipant::onAnnouncement(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages) {
        const std::optional<RoundAnnouncement> a = decodeAnnouncement(message.payload);
        if (!a || a->session != m_session || m_settled)
            continue;
        if (a->final) {
            const int counted = a->countedEarlier.value(hexId(m_member), m_proposedRound);
            m_settledRound = std::clamp(counted, 0, int(m_planByRound.size()) - 1);
            m_settled = true;
            Q_EMIT settledChanged();
            return;
        }
        if (a->round <= m_proposedRound)
            continue; // already answered (a retained repeat)
        if (m_computing)
            m_pending = *a;
        else
            computeFor(*a);
    }
}

void FeederParticipant::computeFor(const RoundAnnouncement &announcement)
{
    m_computing = true;
    const int round = announcement.round;
    const int households = announcement.households;
    std::vector<double> aggregateKw = toKw(announcement.aggregateW);
    QThreadPool::globalInstance()->start([mailbox = m_mailbox, household = m_household, options = m_options,
                                          aggregateKw = std::move(aggregateKw), round, households]() mutable {
        household.respond(aggregateKw, households, options);
        QMutexLocker lock(&mailbox->mutex);
        if (!mailbox->owner)
            return;
        QMetaObject::invokeMethod(
            mailbox->owner,
            [owner = mailbox->owner, household = std::move(household), round]() mutable {
                owner->m_household = std::move(household);
                owner->m_computing = false;
                if (owner->m_settled)
                    return;
                if (int(owner->m_planByRound.size()) <= round)
                    owner->m_planByRound.resize(std::size_t(round) + 1, owner->m_household.plan());
                owner->m_planByRound[std::size_t(round)] = owner->m_household.plan();
                owner->propose(round);
                if (owner->m_pending) {
                    const RoundAnnouncement next = *owner->m_pending;
                    owner->m_pending.reset();
                    if (next.round > owner->m_proposedRound)
                        owner->computeFor(next);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace commonwatt::coordination
