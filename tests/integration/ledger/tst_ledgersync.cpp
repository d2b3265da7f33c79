// LedgerSync (backend/ledger/sync.h, docs/ledger-sync.md) among several replicas, each with its own
// PahoMqttClient, against a private mosquitto per test: live propagation, catch-up after an absence and from
// nothing, gaps, one answerer per request, a broker restart with dropped publishes, garbage and forgeries.
#include "../../support/mosquitto.h"
#include "../../unit/ledgertesthelpers.h"

#include "ledger/encoding.h"
#include "ledger/sync.h"
#include "mqtt/pahomqttclient.h"

#include <commonwatt/clock.h>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace commonwatt::ledger;
using namespace commonwatt::ledger::sync;
using commonwatt::MqttClient;
using commonwatt::SimulatedClock;
using commonwatt::mqtt::MqttBrokerSettings;
using commonwatt::mqtt::MqttClientLimits;
using commonwatt::mqtt::PahoMqttClient;
using commonwatt::testing::MosquittoBroker;

namespace {

constexpr int kTimeoutMs = 20'000;
const QString kCommunity = u"c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc"_s;
const QString kPrefix = u"commonwatt/ledger/c0ffee0011223344/"_s;

// An in-memory replica: the chain rules and the accepted entries' bytes, behind ReplicaHooks.
class MemoryReplica
{
public:
    SubmitOutcome submit(const QByteArray &bytes)
    {
        const DecodeResult decoded = decode(bytes);
        if (!decoded.entry)
            return {{RejectReason::Malformed, decoded.error.toString()}, {}};
        const ParticipantChains::Result result = m_chains.submit(*decoded.entry);
        SubmitOutcome outcome{result.verdict, {}};
        for (const Entry &entry : result.accepted) {
            auto &stored = m_bytes[entry.participant];
            stored.push_back(encode(entry));
            outcome.accepted.push_back({entry.participant, entry.sequence, entry.hash()});
        }
        return outcome;
    }

    std::vector<std::pair<PublicKey, ChainHead>> heads() const
    {
        std::vector<std::pair<PublicKey, ChainHead>> out;
        for (const auto &[participant, entries] : m_bytes)
            out.emplace_back(participant, m_chains.head(participant));
        return out;
    }

    std::vector<QByteArray> entriesAfter(const PublicKey &participant, std::uint64_t after, int limit) const
    {
        const auto it = m_bytes.find(participant);
        if (it == m_bytes.end() || after >= it->second.size())
            return {};
        const auto begin = it->second.begin() + static_cast<std::ptrdiff_t>(after);
        const auto count = std::min<std::ptrdiff_t>(limit, it->second.end() - begin);
        return {begin, begin + count};
    }

    ReplicaHooks hooks()
    {
        return {[this](const QByteArray &bytes, qint64) { return submit(bytes); }, [this] { return heads(); },
                [this](const PublicKey &p, std::uint64_t after, int limit) {
                    return entriesAfter(p, after, limit);
                }};
    }

    // participant -> (sequence, hash hex), for comparing replicas.
    std::map<QString, std::pair<std::uint64_t, QString>> headMap() const
    {
        std::map<QString, std::pair<std::uint64_t, QString>> out;
        for (const auto &[participant, head] : heads())
            out[participant.toHex()] = {head.sequence, head.hash.toHex()};
        return out;
    }

    std::uint64_t sequenceOf(const PublicKey &participant) const
    {
        return m_chains.head(participant).sequence;
    }
    std::size_t entryCount() const
    {
        std::size_t n = 0;
        for (const auto &[p, entries] : m_bytes)
            n += entries.size();
        return n;
    }

private:
    ParticipantChains m_chains;
    std::map<PublicKey, std::vector<QByteArray>> m_bytes;
};

int g_clientCounter = 0;

struct Options
{
    std::optional<std::uint8_t> keyFill = {}; // an own key from this seed byte
    MqttClientLimits limits = {};
    int maxEntriesPerBatch = 512;
    int maxEntriesPerAnswer = 8192;
    int maxParticipantsPerRequest = 4096;
    bool relayHeads = false;
};

// One household: a replica, its broker connection, its sync and (optionally) its own key.
class Member
{
public:
    Member(const MosquittoBroker &broker, const SimulatedClock &clock, Options options)
        : random(quint32(0x5eed + g_clientCounter))
    {
        if (options.keyFill)
            key.emplace(test::fixedKey(*options.keyFill));
        MqttBrokerSettings settings;
        settings.host = broker.host();
        settings.port = broker.port();
        settings.clientId =
            u"tst-ledgersync-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++g_clientCounter);
        client = std::make_unique<PahoMqttClient>(settings, options.limits);
        LedgerSyncSettings syncSettings;
        syncSettings.communityId = kCommunity;
        if (key)
            syncSettings.ownKeys.insert(key->publicKey());
        syncSettings.relayHeads = options.relayHeads;
        syncSettings.requestDelay = 50ms;
        syncSettings.answerDelayMax = 200ms;
        syncSettings.replyTimeout = 700ms;
        syncSettings.retryMax = 1000ms;
        syncSettings.hintRounds = 2;
        syncSettings.maxEntriesPerBatch = options.maxEntriesPerBatch;
        syncSettings.maxEntriesPerAnswer = options.maxEntriesPerAnswer;
        syncSettings.maxParticipantsPerRequest = options.maxParticipantsPerRequest;
        syncSettings.random = [this](std::uint32_t bound) { return random.bounded(bound); };
        sync = std::make_unique<LedgerSync>(*client, clock, replica.hooks(), syncSettings);
        caughtUp = std::make_unique<QSignalSpy>(sync.get(), &LedgerSync::caughtUp);
        progress = std::make_unique<QSignalSpy>(sync.get(), &LedgerSync::catchupProgress);
    }

    bool start()
    {
        client->start();
        return sync->start();
    }

    // The next entry of our own chain: accepted by our replica, then published.
    Entry author()
    {
        const std::uint64_t sequence = authored.size() + 1;
        Entry entry = test::signedEntry(*key, sequence, authored.empty() ? Hash{} : authored.back().hash(),
                                        TradeOffer{0, 900'000, std::int64_t(sequence) * 10, 250, 2},
                                        1'790'000'000'000 + std::int64_t(sequence));
        authored.push_back(entry);
        const QByteArray bytes = encode(entry);
        const SubmitOutcome outcome = replica.submit(bytes);
        if (!outcome.verdict.accepted())
            qFatal("own entry refused: %s", qPrintable(outcome.verdict.text));
        sync->publishOwn(bytes);
        return entry;
    }

    [[nodiscard]] PublicKey publicKey() const { return key->publicKey(); }

    QRandomGenerator random;
    std::optional<SecretKey> key;
    std::vector<Entry> authored;
    MemoryReplica replica;
    std::unique_ptr<PahoMqttClient> client; // before sync: the sync goes first
    std::unique_ptr<LedgerSync> sync;
    std::unique_ptr<QSignalSpy> caughtUp;
    std::unique_ptr<QSignalSpy> progress;
};

using Members = std::vector<std::unique_ptr<Member>>;

bool allSame(const Members &members, std::size_t expectedParticipants, std::uint64_t expectedEntries)
{
    const auto reference = members.front()->replica.headMap();
    if (reference.size() != expectedParticipants || members.front()->replica.entryCount() != expectedEntries)
        return false;
    return std::all_of(members.begin(), members.end(),
                       [&](const auto &m) { return m->replica.headMap() == reference; });
}

QString describe(const Members &members)
{
    QStringList lines;
    for (std::size_t i = 0; i < members.size(); ++i) {
        const auto stats = members[i]->sync->statistics();
        lines << u"member %1: %2 entries, %3 rounds, %4 caught up, behind %5"_s.arg(i)
                     .arg(members[i]->replica.entryCount())
                     .arg(stats.rounds)
                     .arg(stats.caughtUpCount)
                     .arg(members[i]->sync->behindCount());
    }
    return lines.join(u"; "_s);
}

quint64 sum(const Members &members, quint64 LedgerSync::Statistics::*field, std::size_t skip = SIZE_MAX)
{
    quint64 total = 0;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i != skip)
            total += members[i]->sync->statistics().*field;
    }
    return total;
}

quint64 rejected(const LedgerSync::Statistics &stats, RejectReason reason)
{
    const auto it = stats.rejected.find(reason);
    return it == stats.rejected.end() ? 0 : it->second;
}

quint64 rejected(const Member &member, RejectReason reason)
{
    return rejected(member.sync->statistics(), reason);
}

} // namespace

class TestLedgerSync : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void livePropagation();
    void offlineReplicaCatchesUp();
    void newReplicaCatchesUpOnEverything();
    void gapFilledByRequest();
    void oneAnswererPerRequest();
    void brokerRestartLosesNothing();
    void garbageChangesNothing();
    void forgedEntriesRejected();

private:
    bool startAll(const Members &members)
    {
        for (const auto &m : members) {
            if (!m->start())
                return false;
        }
        return true;
    }
    std::unique_ptr<MosquittoBroker> m_broker;
    std::unique_ptr<SimulatedClock> m_clock;
};

void TestLedgerSync::init()
{
    m_broker = std::make_unique<MosquittoBroker>();
    QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    m_clock = std::make_unique<SimulatedClock>(1'790'000'000'000);
}

void TestLedgerSync::livePropagation()
{
    Members members;
    for (std::uint8_t i = 0; i < 5; ++i)
        members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{std::uint8_t(i + 1)}));
    QVERIFY(startAll(members));
    for (const auto &m : members)
        QTRY_VERIFY_WITH_TIMEOUT(m->caughtUp->size() >= 1, kTimeoutMs); // nobody had anything
    for (int round = 0; round < 20; ++round) {
        for (const auto &m : members)
            m->author();
    }
    QTRY_VERIFY2_WITH_TIMEOUT(allSame(members, 5, 100), qPrintable(describe(members)), kTimeoutMs);
    for (const auto &m : members) {
        // Our own entries and requests come back, and are only counted.
        QTRY_COMPARE_WITH_TIMEOUT(m->sync->statistics().ownEchoes, 20 + m->sync->statistics().requestsSent,
                                  kTimeoutMs);
        const auto stats = m->sync->statistics();
        QCOMPARE(stats.accepted, 80u); // the others' entries, each once
        QCOMPARE(stats.submitted, 80u);
        QCOMPARE(stats.entriesPublished, 20u);
        QCOMPARE(stats.malformed, 0u);
        QCOMPARE(m->replica.sequenceOf(members.front()->publicKey()), 20u);
    }

    // One more entry, measured: what it costs the publisher and the community.
    QTest::qWait(300); // heads of the last entries
    std::vector<LedgerSync::Statistics> before;
    for (const auto &m : members)
        before.push_back(m->sync->statistics());
    const QByteArray bytes = encode(members[2]->author());
    QTRY_VERIFY_WITH_TIMEOUT(allSame(members, 5, 101), kTimeoutMs);
    QTest::qWait(300);
    quint64 received = 0;
    quint64 receivedBytes = 0;
    for (std::size_t i = 0; i < members.size(); ++i) {
        received += members[i]->sync->statistics().messagesReceived - before[i].messagesReceived;
        receivedBytes += members[i]->sync->statistics().bytesReceived - before[i].bytesReceived;
    }
    const auto publisher = members[2]->sync->statistics();
    QCOMPARE(publisher.messagesPublished - before[2].messagesPublished, 2u); // the entry and its head
    QCOMPARE(publisher.bytesPublished - before[2].bytesPublished, quint64(bytes.size() + 42));
    QCOMPARE(received, 10u); // both, to each of the 5 subscribers (the publisher's own echo included)
    QCOMPARE(receivedBytes, quint64(5 * (bytes.size() + 42)));
    qInfo("live: one entry of %lld bytes = 2 publishes (%lld payload bytes), %llu deliveries to 5 members "
          "(%llu payload bytes)",
          qint64(bytes.size()), qint64(bytes.size() + 42), received, receivedBytes);
}

void TestLedgerSync::offlineReplicaCatchesUp()
{
    Options small;
    small.maxEntriesPerBatch = 64;
    small.maxEntriesPerAnswer = 128; // 200 entries: two answers, the first ending with More
    Members members;
    small.keyFill = 1;
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, small));
    small.keyFill.reset();
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, small));
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, small));
    QVERIFY(startAll(members));
    Member &away = *members[2];
    QTRY_VERIFY_WITH_TIMEOUT(away.caughtUp->size() == 1, kTimeoutMs);
    away.client->stop();
    QTRY_COMPARE_WITH_TIMEOUT(away.client->state(), MqttClient::State::Disconnected, kTimeoutMs);
    for (int i = 0; i < 200; ++i)
        members[0]->author();
    QTRY_COMPARE_WITH_TIMEOUT(members[1]->replica.entryCount(), 200u, kTimeoutMs);
    QCOMPARE(away.replica.entryCount(), 0u);

    const auto othersBefore = std::make_pair(sum(members, &LedgerSync::Statistics::messagesPublished, 2),
                                             sum(members, &LedgerSync::Statistics::bytesPublished, 2));
    const auto awayBefore = away.sync->statistics();
    away.progress->clear();
    away.client->start();
    QTRY_VERIFY_WITH_TIMEOUT(away.caughtUp->size() == 2, kTimeoutMs);
    QVERIFY(allSame(members, 1, 200));
    const auto stats = away.sync->statistics();
    QCOMPARE(stats.accepted, 200u);
    QCOMPARE(stats.replyBatchesReceived - awayBefore.replyBatchesReceived >= 4, true); // 64+64 | 64+8
    QVERIFY(stats.requestsSent - awayBefore.requestsSent >= 2);
    // Progress ends at 200 of 200.
    QVERIFY(!away.progress->isEmpty());
    QCOMPARE(away.progress->last().at(0).toLongLong(), 200);
    QCOMPARE(away.progress->last().at(1).toLongLong(), 200);
    QTest::qWait(300);
    qInfo("catch-up of 200 entries: the requester published %llu messages (%llu bytes) and received %llu "
          "(%llu bytes); the others published %llu messages (%llu bytes)",
          stats.messagesPublished - awayBefore.messagesPublished,
          stats.bytesPublished - awayBefore.bytesPublished,
          stats.messagesReceived - awayBefore.messagesReceived,
          stats.bytesReceived - awayBefore.bytesReceived,
          sum(members, &LedgerSync::Statistics::messagesPublished, 2) - othersBefore.first,
          sum(members, &LedgerSync::Statistics::bytesPublished, 2) - othersBefore.second);
}

void TestLedgerSync::newReplicaCatchesUpOnEverything()
{
    Members members;
    for (std::uint8_t i = 0; i < 3; ++i)
        members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{std::uint8_t(i + 1)}));
    QVERIFY(startAll(members));
    for (int round = 0; round < 50; ++round) {
        for (const auto &m : members)
            m->author();
    }
    QTRY_VERIFY2_WITH_TIMEOUT(allSame(members, 3, 150), qPrintable(describe(members)), kTimeoutMs);

    Options fresh;
    fresh.maxParticipantsPerRequest = 1; // one request per participant it knows, ranges covering all keys
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, fresh));
    Member &newcomer = *members.back();
    QVERIFY(newcomer.start());
    QTRY_VERIFY_WITH_TIMEOUT(newcomer.caughtUp->size() >= 1, kTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(allSame(members, 3, 150), qPrintable(describe(members)), kTimeoutMs);
    QCOMPARE(newcomer.sync->statistics().accepted, 150u);
    QVERIFY(newcomer.sync->isCaughtUp());
    QCOMPARE(newcomer.sync->behindCount(), 0u);
}

void TestLedgerSync::gapFilledByRequest()
{
    Members members;
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{std::uint8_t(1)}));
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{}));
    QVERIFY(startAll(members));
    Member &author = *members[0];
    Member &reader = *members[1];
    QTRY_VERIFY_WITH_TIMEOUT(reader.caughtUp->size() == 1, kTimeoutMs);
    for (int i = 0; i < 5; ++i)
        author.author();
    QTRY_COMPARE_WITH_TIMEOUT(reader.replica.sequenceOf(author.publicKey()), 5u, kTimeoutMs);
    QTest::qWait(200);

    // Entry 6 reaches only the author's replica; entry 7 reaches the others alone, without a new head.
    const std::uint64_t requestsBefore = reader.sync->statistics().requestsSent;
    Entry sixth =
        test::signedEntry(*author.key, 6, author.authored.back().hash(), TradeOffer{0, 900'000, 60, 250, 2});
    author.authored.push_back(sixth);
    QVERIFY(author.replica.submit(encode(sixth)).verdict.accepted());
    Entry seventh = test::signedEntry(*author.key, 7, sixth.hash(), TradeOffer{0, 900'000, 70, 250, 2});
    author.authored.push_back(seventh);
    QVERIFY(author.replica.submit(encode(seventh)).verdict.accepted());
    QVERIFY(m_broker->publish(kPrefix + u"entries/"_s + author.publicKey().toHex(), encode(seventh)));

    QTRY_COMPARE_WITH_TIMEOUT(reader.replica.sequenceOf(author.publicKey()), 7u, kTimeoutMs);
    QCOMPARE(rejected(reader, RejectReason::Gap), 1u);
    QVERIFY(reader.sync->statistics().requestsSent > requestsBefore);
    QCOMPARE(author.sync->statistics().requestsAnswered, 1u);
    QVERIFY(allSame(members, 1, 7));
    QTRY_VERIFY_WITH_TIMEOUT(reader.sync->isCaughtUp(), kTimeoutMs);
}

void TestLedgerSync::oneAnswererPerRequest()
{
    Members members;
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{std::uint8_t(1)}));
    for (int i = 0; i < 4; ++i)
        members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{}));
    QVERIFY(startAll(members));
    Member &late = *members[4];
    QTRY_VERIFY_WITH_TIMEOUT(late.caughtUp->size() == 1, kTimeoutMs);
    late.client->stop();
    QTRY_COMPARE_WITH_TIMEOUT(late.client->state(), MqttClient::State::Disconnected, kTimeoutMs);
    for (int i = 0; i < 100; ++i)
        members[0]->author();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(members.begin(), members.end() - 1,
                                         [](const auto &m) { return m->replica.entryCount() == 100; }),
                             kTimeoutMs);

    // Four members can answer each of the late one's requests.
    const quint64 answeredBefore = sum(members, &LedgerSync::Statistics::requestsAnswered, 4);
    const quint64 stoodDownBefore = sum(members, &LedgerSync::Statistics::requestsStoodDown, 4);
    const quint64 batchesBefore = sum(members, &LedgerSync::Statistics::replyBatchesSent, 4);
    const quint64 requestsBefore = late.sync->statistics().requestsSent;
    late.client->start();
    QTRY_VERIFY_WITH_TIMEOUT(late.caughtUp->size() == 2, kTimeoutMs);
    QVERIFY(allSame(members, 1, 100));
    QTest::qWait(500); // any late answer
    const quint64 requests = late.sync->statistics().requestsSent - requestsBefore;
    const quint64 answered = sum(members, &LedgerSync::Statistics::requestsAnswered, 4) - answeredBefore;
    const quint64 stoodDown = sum(members, &LedgerSync::Statistics::requestsStoodDown, 4) - stoodDownBefore;
    const quint64 batches = sum(members, &LedgerSync::Statistics::replyBatchesSent, 4) - batchesBefore;
    qInfo("%llu request(s): %llu answer(s) (%llu batches), %llu stood down", requests, answered, batches,
          stoodDown);
    QVERIFY(requests >= 1);
    QVERIFY2(answered >= 1 && answered <= requests + 1, qPrintable(QString::number(answered)));
    QVERIFY2(stoodDown >= 3 * requests - 1, qPrintable(QString::number(stoodDown)));
    QCOMPARE(late.sync->statistics().accepted, 100u);
    QCOMPARE(rejected(late, RejectReason::Replay),
             (answered - 1) * 100); // duplicates only from a second answer
}

void TestLedgerSync::brokerRestartLosesNothing()
{
    Options author;
    author.keyFill = 1;
    author.limits.offlinePublishes = 5; // most of what is published while the broker is away is dropped
    Members members;
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, author));
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{std::uint8_t(2)}));
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{}));
    QVERIFY(startAll(members));
    for (const auto &m : members)
        QTRY_VERIFY_WITH_TIMEOUT(m->client->state() == MqttClient::State::Connected, kTimeoutMs);
    for (int i = 0; i < 30; ++i) {
        members[0]->author();
        if (i % 3 == 0)
            members[1]->author();
    }
    m_broker->kill();
    for (const auto &m : members)
        QTRY_VERIFY_WITH_TIMEOUT(m->client->state() == MqttClient::State::Disconnected, kTimeoutMs);
    for (int i = 0; i < 40; ++i)
        members[0]->author();
    members[1]->author();
    QVERIFY2(m_broker->restart(), qPrintable(m_broker->errorString()));
    for (int i = 0; i < 30; ++i) {
        members[0]->author();
        QTest::qWait(5);
    }
    QTRY_VERIFY2_WITH_TIMEOUT(allSame(members, 2, 100 + 11), qPrintable(describe(members)), kTimeoutMs);
    QVERIFY(members[0]->client->statistics().droppedPublishes > 0);
    QTRY_VERIFY_WITH_TIMEOUT(members[2]->sync->isCaughtUp(), kTimeoutMs);
}

void TestLedgerSync::garbageChangesNothing()
{
    Members members;
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{std::uint8_t(1)}));
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{}));
    QVERIFY(startAll(members));
    Member &author = *members[0];
    Member &reader = *members[1];
    for (int i = 0; i < 10; ++i)
        author.author();
    QTRY_VERIFY_WITH_TIMEOUT(allSame(members, 1, 10), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(reader.sync->isCaughtUp(), kTimeoutMs);
    const auto heads = reader.replica.headMap();
    const auto before = reader.sync->statistics();

    const QString hex = author.publicKey().toHex();
    const QString other = test::fixedKey(9).publicKey().toHex();
    const QString replyTopic = kPrefix + u"catchup/reply/"_s + reader.sync->nodeId().toHex();
    const QByteArray entry = encode(author.authored.back());
    const QByteArray noise = QByteArray::fromHex("00ff13370102030405060708090a0b0c0d0e0f");
    CatchupRequest reversed;
    reversed.rangeFirst.bytes.fill(0xff);
    CatchupReply badLength;
    badLength.flags = CatchupReply::Final;
    QByteArray badLengthBytes = encodeCatchupReply(badLength);
    badLengthBytes[kReplyHeaderBytes - 1] = 1; // one entry announced, none there
    // Refused before the replica sees them: counted as malformed.
    const QList<std::pair<QString, QByteArray>> malformed{
        {kPrefix + u"entries/"_s + hex, noise},
        {kPrefix + u"entries/"_s + hex, entry.left(30)},
        {kPrefix + u"entries/"_s + other, entry}, // a real entry on another participant's topic
        {kPrefix + u"entries/not-a-key"_s, entry},
        {kPrefix + u"heads/"_s + hex, noise},
        {kPrefix + u"heads/"_s + hex, encodeHead({3, {}}).left(41)},
        {kPrefix + u"heads/zz"_s, encodeHead({3, {}})},
        {kPrefix + u"catchup/request"_s, noise},
        {kPrefix + u"catchup/request"_s, encodeCatchupRequest(reversed)},
        {kPrefix + u"catchup/claim/0011223344556677"_s, noise},
        {kPrefix + u"catchup/claim/0011223344556677"_s, encodeCatchupClaim({})}, // topic is not its requester
        {replyTopic, noise},
        {replyTopic, badLengthBytes},
        {replyTopic, encodeHead({3, {}})},
    };
    for (const auto &[topic, payload] : malformed)
        QVERIFY2(m_broker->publish(topic, payload), qPrintable(m_broker->errorString()));
    // Well-formed messages with bad contents: the replica judges (and refuses) the entries.
    CatchupReply garbageEntries;
    garbageEntries.flags = CatchupReply::Final;
    garbageEntries.entries = {noise, entry.left(entry.size() - 1), QByteArray(500, 'x')};
    QVERIFY(m_broker->publish(replyTopic, encodeCatchupReply(garbageEntries)));
    QVERIFY(m_broker->publish(kPrefix + u"entries/"_s + hex, entry + QByteArray(1, 'x'))); // trailing byte
    QVERIFY(m_broker->publish(kPrefix + u"entries/"_s + hex, entry));                      // a replay

    const quint64 expectedMalformed = before.malformed + quint64(malformed.size());
    QTRY_COMPARE_WITH_TIMEOUT(reader.sync->statistics().malformed, expectedMalformed, kTimeoutMs);
    // (Replays may have come before: the first round's answer and the live entries overlap.)
    QTRY_COMPARE_WITH_TIMEOUT(rejected(reader, RejectReason::Malformed),
                              rejected(before, RejectReason::Malformed) + 4, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(rejected(reader, RejectReason::Replay),
                              rejected(before, RejectReason::Replay) + 1, kTimeoutMs);
    QCOMPARE(reader.replica.headMap(), heads);
    QCOMPARE(reader.sync->statistics().accepted, before.accepted);

    // A forged head far beyond the chain: asked for, nobody has it, forgotten after hintRounds rounds.
    const int caughtUpBefore = int(reader.caughtUp->size());
    QVERIFY(m_broker->publish(kPrefix + u"heads/"_s + hex, encodeHead({1000, {}})));
    QTRY_COMPARE_WITH_TIMEOUT(reader.sync->behindCount(), 1u, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(reader.caughtUp->size() > caughtUpBefore, kTimeoutMs);
    QCOMPARE(reader.sync->behindCount(), 0u);
    QCOMPARE(reader.replica.headMap(), heads);
    QCOMPARE(reader.sync->statistics().malformed, expectedMalformed);
    // And the sync still works.
    author.author();
    QTRY_VERIFY_WITH_TIMEOUT(allSame(members, 1, 11), kTimeoutMs);
}

void TestLedgerSync::forgedEntriesRejected()
{
    Members members;
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{std::uint8_t(1)}));
    members.push_back(std::make_unique<Member>(*m_broker, *m_clock, Options{}));
    QVERIFY(startAll(members));
    Member &author = *members[0];
    Member &reader = *members[1];
    for (int i = 0; i < 3; ++i)
        author.author();
    QTRY_VERIFY_WITH_TIMEOUT(allSame(members, 1, 3), kTimeoutMs);
    const auto heads = reader.replica.headMap();

    // Entry 4 in the author's name, signed by someone else.
    const SecretKey forger = test::fixedKey(66);
    Entry forged =
        test::signedEntry(forger, 4, author.authored.back().hash(), TradeOffer{0, 900'000, 1, 1, 1});
    forged.participant = author.publicKey();
    // Entry 4 really signed by the author, but linked to entry 2: a broken chain.
    const Entry unlinked =
        test::signedEntry(*author.key, 4, author.authored[1].hash(), TradeOffer{0, 900'000, 2, 2, 2});
    CatchupReply reply;
    reply.flags = CatchupReply::Final;
    reply.entries = {encode(forged), encode(unlinked)};
    QVERIFY(m_broker->publish(kPrefix + u"catchup/reply/"_s + reader.sync->nodeId().toHex(),
                              encodeCatchupReply(reply)));
    QVERIFY(m_broker->publish(kPrefix + u"entries/"_s + author.publicKey().toHex(), encode(forged)));
    QTRY_COMPARE_WITH_TIMEOUT(rejected(reader, RejectReason::BadSignature), 2u, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(rejected(reader, RejectReason::BrokenChain), 1u, kTimeoutMs);
    QCOMPARE(reader.replica.headMap(), heads);
    // The real entry 4 still goes through.
    author.author();
    QTRY_COMPARE_WITH_TIMEOUT(reader.replica.sequenceOf(author.publicKey()), 4u, kTimeoutMs);
    QVERIFY(allSame(members, 1, 4));
}

QTEST_GUILESS_MAIN(TestLedgerSync)
#include "tst_ledgersync.moc"
