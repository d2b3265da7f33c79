// The ledger sync's message formats (backend/ledger/syncmessages.h, docs/ledger-sync.md): exact bytes, round
// trips, each refusal with its field, and random damage that must never crash or parse into something else.
#include "ledgertesthelpers.h"

#include "ledger/encoding.h"
#include "ledger/syncmessages.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commonwatt::ledger;
using namespace commonwatt::ledger::sync;

namespace {

PublicKey keyOf(std::uint8_t fill)
{
    PublicKey key;
    key.bytes.fill(fill);
    return key;
}

NodeId nodeOf(std::uint8_t fill)
{
    NodeId id;
    id.bytes.fill(fill);
    return id;
}

CatchupRequest sampleRequest()
{
    CatchupRequest request;
    request.requester = nodeOf(0x11);
    request.requestId = 0x0102030405060708ULL;
    request.rangeFirst = keyOf(0x00);
    request.rangeLast = keyOf(0xff);
    request.chains = {{keyOf(0x10), 3, 3}, {keyOf(0x20), 0, 7}, {keyOf(0x30), 5, 9}};
    return request;
}

CatchupReply sampleReply()
{
    const SecretKey key = test::fixedKey(7);
    CatchupReply reply;
    reply.requestId = 42;
    reply.answerer = nodeOf(0x22);
    reply.batch = 3;
    reply.flags = CatchupReply::Final | CatchupReply::More;
    for (const Entry &entry : test::chainOf(key, 3))
        reply.entries.push_back(encode(entry));
    return reply;
}

} // namespace

class TestLedgerSyncMessages : public QObject
{
    Q_OBJECT
private slots:
    void headBytes();
    void requestRoundTrip();
    void requestRefusals_data();
    void requestRefusals();
    void claimRoundTrip();
    void replyRoundTrip();
    void replyRefusals_data();
    void replyRefusals();
    void kindsAreNotInterchangeable();
    void peekEntry();
    void randomDamage();
};

void TestLedgerSyncMessages::headBytes()
{
    HeadMessage head{0x0a0b, {}};
    head.hash.bytes.fill(0xab);
    const QByteArray bytes = encodeHead(head);
    QCOMPARE(bytes.toHex(), QByteArray("0101"
                                       "0000000000000a0b") +
                                QByteArray("ab").repeated(32));
    QCOMPARE(bytes.size(), 42);
    QCOMPARE(parseHead(bytes).value, head);
    QCOMPARE(parseHead(bytes.left(41)).error.field, u"hash"_s);
    QCOMPARE(parseHead(QByteArray(bytes + 'x')).error.field, u"end"_s);
    QByteArray zero = bytes;
    zero.replace(2, 8, QByteArray(8, '\0'));
    QCOMPARE(parseHead(zero).error.field, u"sequence"_s);
    QByteArray version = bytes;
    version[0] = 2;
    QCOMPARE(parseHead(version).error.toString(), u"version at byte 0: is 2, expected 1"_s);
    QVERIFY(!parseHead({}).value);
}

void TestLedgerSyncMessages::requestRoundTrip()
{
    const CatchupRequest request = sampleRequest();
    const QByteArray bytes = encodeCatchupRequest(request);
    QCOMPARE(bytes.size(), 86 + 48 * 3);
    QCOMPARE(catchupRequestSize(3), bytes.size());
    // requester at 2, requestId at 10, ranges at 18 and 50, count at 82, chains from 86.
    QCOMPARE(bytes.mid(10, 8).toHex(), QByteArray("0102030405060708"));
    QCOMPARE(bytes.mid(82, 4).toHex(), QByteArray("00000003"));
    QCOMPARE(bytes.mid(86 + 48 + 32, 16).toHex(), QByteArray("00000000000000000000000000000007"));
    const auto parsed = parseCatchupRequest(bytes);
    QVERIFY2(parsed.value, qPrintable(parsed.error.toString()));
    QCOMPARE(*parsed.value, request);

    CatchupRequest empty = request;
    empty.chains.clear();
    QCOMPARE(parseCatchupRequest(encodeCatchupRequest(empty)).value, empty);
    // The largest request fits a broker message with room to spare.
    QVERIFY(catchupRequestSize(kMaxParticipantsPerRequest) < kMaxBatchBytes);
}

void TestLedgerSyncMessages::requestRefusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    const CatchupRequest good = sampleRequest();
    const QByteArray bytes = encodeCatchupRequest(good);
    auto with = [&](auto change) {
        CatchupRequest request = good;
        change(request);
        return encodeCatchupRequest(request);
    };
    QTest::newRow("truncated") << bytes.left(bytes.size() - 1) << u"count"_s;
    QTest::newRow("extra") << QByteArray(bytes + '\0') << u"count"_s;
    QTest::newRow("header only") << bytes.left(60) << u"rangeLast"_s;
    QTest::newRow("range reversed") << with([](CatchupRequest &r) { std::swap(r.rangeFirst, r.rangeLast); })
                                    << u"rangeLast"_s;
    QTest::newRow("unsorted") << with([](CatchupRequest &r) { std::swap(r.chains[0], r.chains[1]); })
                              << u"chains[1].participant"_s;
    QTest::newRow("duplicate") << with([](CatchupRequest &r) { r.chains[1] = r.chains[0]; })
                               << u"chains[1].participant"_s;
    QTest::newRow("outside range") << with([](CatchupRequest &r) { r.rangeLast = keyOf(0x25); })
                                   << u"chains[2].participant"_s;
    QTest::newRow("known below have")
        << with([](CatchupRequest &r) { r.chains[2].known = 4; }) << u"chains[2].known"_s;
    QByteArray huge = bytes;
    huge.replace(82, 4, QByteArray::fromHex("00001001")); // 4097
    QTest::newRow("too many") << huge << u"count"_s;
    QByteArray wrongCount = bytes;
    wrongCount.replace(82, 4, QByteArray::fromHex("00000002"));
    QTest::newRow("count mismatch") << wrongCount << u"count"_s;
}

void TestLedgerSyncMessages::requestRefusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    const auto parsed = parseCatchupRequest(bytes);
    QVERIFY(!parsed.value);
    QCOMPARE(parsed.error.field, field);
}

void TestLedgerSyncMessages::claimRoundTrip()
{
    const CatchupClaim claim{nodeOf(1), 9, nodeOf(2), 1234};
    const QByteArray bytes = encodeCatchupClaim(claim);
    QCOMPARE(bytes.size(), 34);
    QCOMPARE(bytes.toHex(), QByteArray("0103"
                                       "0101010101010101"
                                       "0000000000000009"
                                       "0202020202020202"
                                       "00000000000004d2"));
    QCOMPARE(parseCatchupClaim(bytes).value, claim);
    QCOMPARE(parseCatchupClaim(bytes.left(33)).error.field, u"entries"_s);
}

void TestLedgerSyncMessages::replyRoundTrip()
{
    const CatchupReply reply = sampleReply();
    const QByteArray bytes = encodeCatchupReply(reply);
    qsizetype expected = kReplyHeaderBytes;
    for (const QByteArray &entry : reply.entries)
        expected += 4 + entry.size();
    QCOMPARE(bytes.size(), expected);
    QCOMPARE(bytes.mid(18, 7).toHex(), QByteArray("00000003"
                                                  "03"
                                                  "0003"));
    const auto parsed = parseCatchupReply(bytes);
    QVERIFY2(parsed.value, qPrintable(parsed.error.toString()));
    QCOMPARE(*parsed.value, reply);
    QVERIFY(parsed.value->isFinal() && parsed.value->hasMore());

    CatchupReply empty = reply;
    empty.entries.clear();
    empty.flags = CatchupReply::Final;
    QCOMPARE(parseCatchupReply(encodeCatchupReply(empty)).value, empty);

    // The largest batch: 512 entries within 256 KiB.
    CatchupReply full = reply;
    full.entries.assign(kMaxEntriesPerBatch, QByteArray((kMaxBatchBytes - kReplyHeaderBytes) / 512 - 4, 'e'));
    const QByteArray fullBytes = encodeCatchupReply(full);
    QVERIFY(fullBytes.size() <= kMaxBatchBytes);
    QCOMPARE(parseCatchupReply(fullBytes).value, full);
}

void TestLedgerSyncMessages::replyRefusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    const CatchupReply good = sampleReply();
    const QByteArray bytes = encodeCatchupReply(good);
    auto with = [&](auto change) {
        CatchupReply reply = good;
        change(reply);
        return encodeCatchupReply(reply);
    };
    QTest::newRow("truncated") << bytes.left(bytes.size() - 1) << u"entries[2]"_s;
    QTest::newRow("extra") << QByteArray(bytes + 'x') << u"end"_s;
    QTest::newRow("unknown flag") << with([](CatchupReply &r) { r.flags = 4; }) << u"flags"_s;
    QTest::newRow("more without final")
        << with([](CatchupReply &r) { r.flags = CatchupReply::More; }) << u"flags"_s;
    QTest::newRow("empty entry") << with([](CatchupReply &r) { r.entries[1].clear(); })
                                 << u"entries[1].length"_s;
    QTest::newRow("entry too long") << with([](CatchupReply &r) {
        r.entries[0] = QByteArray(kMaxEntryBytes + 1, 'x');
    }) << u"entries[0].length"_s;
    QTest::newRow("too many") << with([](CatchupReply &r) {
        r.entries.assign(kMaxEntriesPerBatch + 1, QByteArray("x"));
    }) << u"count"_s;
    QTest::newRow("too big") << with([](CatchupReply &r) {
        r.entries.assign(20, QByteArray(kMaxEntryBytes, 'x'));
    }) << u"size"_s;
    QByteArray hugeLength = bytes;
    hugeLength.replace(kReplyHeaderBytes, 4, QByteArray::fromHex("ffffffff"));
    QTest::newRow("length beyond") << hugeLength << u"entries[0].length"_s;
}

void TestLedgerSyncMessages::replyRefusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    const auto parsed = parseCatchupReply(bytes);
    QVERIFY(!parsed.value);
    QCOMPARE(parsed.error.field, field);
}

void TestLedgerSyncMessages::kindsAreNotInterchangeable()
{
    const QByteArray head = encodeHead({1, {}});
    const QByteArray claim = encodeCatchupClaim({nodeOf(1), 1, nodeOf(2), 1});
    QCOMPARE(parseCatchupClaim(head).error.field, u"kind"_s);
    QCOMPARE(parseHead(claim).error.field, u"kind"_s);
    QCOMPARE(parseCatchupRequest(claim).error.field, u"kind"_s);
    QCOMPARE(parseCatchupReply(claim).error.field, u"kind"_s);
}

void TestLedgerSyncMessages::peekEntry()
{
    const SecretKey key = test::fixedKey(3);
    const auto chain = test::chainOf(key, 300);
    const QByteArray bytes = encode(chain.back());
    const auto id = peekEntryId(bytes);
    QVERIFY(id);
    QCOMPARE(id->participant, key.publicKey());
    QCOMPARE(id->sequence, 300u);
    QVERIFY(!peekEntryId(bytes.left(44)));
    QVERIFY(peekEntryId(bytes.left(45))); // the rest is the decoder's business
    QByteArray other = bytes;
    other[0] = 1;
    QVERIFY(!peekEntryId(other));
    QVERIFY(!peekEntryId(encodeHead({1, {}})));
    QVERIFY(!peekEntryId({}));
}

void TestLedgerSyncMessages::randomDamage()
{
    QRandomGenerator random(20240611);
    const QList<QByteArray> samples{encodeHead({77, {}}), encodeCatchupRequest(sampleRequest()),
                                    encodeCatchupClaim({nodeOf(3), 5, nodeOf(4), 6}),
                                    encodeCatchupReply(sampleReply())};
    int parsedAfterDamage = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray bytes = samples.at(round % samples.size());
        const int changes = 1 + int(random.bounded(4));
        for (int i = 0; i < changes; ++i) {
            switch (random.bounded(3)) {
            case 0:
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
                break;
            case 1:
                bytes.truncate(random.bounded(int(bytes.size())));
                break;
            default:
                bytes.insert(random.bounded(int(bytes.size()) + 1), char(random.bounded(256)));
                break;
            }
            if (bytes.isEmpty())
                break;
        }
        // Whatever parses must encode back to exactly the same bytes: one meaning per byte string.
        if (const auto v = parseHead(bytes).value; v && ++parsedAfterDamage)
            QCOMPARE(encodeHead(*v), bytes);
        if (const auto v = parseCatchupRequest(bytes).value; v && ++parsedAfterDamage)
            QCOMPARE(encodeCatchupRequest(*v), bytes);
        if (const auto v = parseCatchupClaim(bytes).value; v && ++parsedAfterDamage)
            QCOMPARE(encodeCatchupClaim(*v), bytes);
        if (const auto v = parseCatchupReply(bytes).value; v && ++parsedAfterDamage)
            QCOMPARE(encodeCatchupReply(*v), bytes);
    }
    QVERIFY(parsedAfterDamage > 0); // value changes in fixed fields still parse
}

QTEST_GUILESS_MAIN(TestLedgerSyncMessages)
#include "tst_ledgersyncmessages.moc"
