// The canonical encoding (docs/ledger-encoding.md): its vectors, the decoder's refusals, and round trips.
#include "ledger/encoding.h"
#include "ledgertesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace commonwatt::ledger;
using namespace commonwatt::ledger::test;
using namespace Qt::StringLiterals;

namespace {

const QString kVectorsFile = QStringLiteral(COMMONWATT_LEDGER_DATA "/encoding-vectors.json");

Hash hashOf(const char *text)
{
    return sha256(QByteArrayView(text));
}

// A payload's fields as JSON, for readers of the vectors file: integers as decimal strings (64-bit values do
// not survive every JSON reader), hashes and bytes as hex.
struct FieldsToJson
{
    QJsonObject &out;
    void operator()(int, const char *name, const std::int64_t &v)
    {
        out[QLatin1StringView(name)] = QString::number(v);
    }
    void operator()(int, const char *name, const std::uint8_t &v) { out[QLatin1StringView(name)] = int(v); }
    void operator()(int, const char *name, const bool &v) { out[QLatin1StringView(name)] = v; }
    template<std::size_t N, typename Tag> void operator()(int, const char *name, const FixedBytes<N, Tag> &v)
    {
        out[QLatin1StringView(name)] = v.toHex();
    }
    void operator()(int, const char *name, const QString &v) { out[QLatin1StringView(name)] = v; }
    void operator()(int, const char *name, const QByteArray &v)
    {
        out[QLatin1StringView(name)] = QString::fromLatin1(v.toHex());
    }
};

struct Vector
{
    QString name = {};
    std::uint8_t seedFill = 0;
    Entry entry = {};
};

// The vectors' entries. Changing one changes the file: a deliberate format change regenerates it
// (COMMONWATT_LEDGER_WRITE_VECTORS=1) and says so in docs/ledger-encoding.md.
std::vector<Vector> vectors()
{
    std::vector<Vector> out;
    const auto add = [&out](const QString &name, std::uint8_t fill, std::uint64_t sequence,
                            const Hash &previous, Payload payload) {
        const SecretKey key = fixedKey(fill);
        out.push_back({name, fill, signedEntry(key, sequence, previous, std::move(payload))});
    };
    add(u"membership join, first entry"_s, 0x01, 1, Hash{},
        MembershipJoin{fixedKey(0x06).publicKey(), u"Lindenstraße 12, flat 3"_s, u"DE0001234567890"_s,
                       u"feeder-7"_s, u"substation-2"_s, u"region-north"_s, 17'250, 10'000, 6'000,
                       u"[{\"id\":\"battery\",\"kind\":\"battery\",\"powerW\":5000,\"capacityWh\":10000}]"_s});
    add(u"meter claim"_s, 0x01, 2, hashOf("entry 1"),
        MeterClaim{1'790'000'100'000, hashOf("sealed box"), QByteArray::fromHex("00ff10203040")});
    add(u"validation"_s, 0x02, 7, hashOf("entry 6"),
        Validation{hashOf("claim"), fixedKey(0x01).publicKey(), u"feeder-7"_s, 1'790'000'100'000, 1250, 300,
                   true, QString(), 250, 0, 100, 50, 50, 50, 0, 5, 412, 640, 310, 1});
    add(u"trade offer"_s, 0x03, 3, hashOf("entry 2"),
        TradeOffer{1'790'000'100'000, 1'790'003'700'000, 2500, 180, 3});
    add(u"contribution, negative test amount"_s, 0x03, 4, hashOf("entry 3"),
        Contribution{Contribution::RoundUp, -1});
    add(u"steward approval"_s, 0x04, 1, Hash{}, StewardApproval{hashOf("grant request"), true});
    add(u"community configuration"_s, 0x04, 2, hashOf("entry 1"),
        CommunityConfiguration{u"{\"timeZone\":\"Europe/Berlin\",\"stewardThreshold\":2}"_s,
                               1'790'640'000'000});
    add(u"membership leave"_s, 0x05, 9, hashOf("entry 8"), MembershipLeave{fixedKey(0x05).publicKey(), QString()});
    return out;
}

QJsonObject toJson(const Vector &v)
{
    QJsonObject payload;
    FieldsToJson writer{payload};
    std::visit([&writer](const auto &p) { std::decay_t<decltype(p)>::fields(p, writer); }, v.entry.payload);
    const QByteArray seed(32, static_cast<char>(v.seedFill));
    return QJsonObject{
        {u"name"_s, v.name},
        {u"seed"_s, QString::fromLatin1(seed.toHex())},
        {u"participant"_s, v.entry.participant.toHex()},
        {u"sequence"_s, QString::number(v.entry.sequence)},
        {u"previous"_s, v.entry.previous.toHex()},
        {u"timestampMs"_s, QString::number(v.entry.timestampMs)},
        {u"type"_s, static_cast<int>(v.entry.type())},
        {u"typeName"_s, entryTypeName(v.entry.type())},
        {u"payload"_s, payload},
        {u"encoding"_s, QString::fromLatin1(encode(v.entry).toHex())},
        {u"hash"_s, v.entry.hash().toHex()},
        {u"signingInput"_s, QString::fromLatin1(v.entry.signingInput().toHex())},
        {u"signature"_s, v.entry.signature.toHex()},
    };
}

// Everything before the payload field has a fixed size: version, then four fixed fields and the type.
constexpr qsizetype kPayloadTagOffset = 1 + (2 + 32) + (2 + 8) + (2 + 32) + (2 + 8) + (2 + 1);

QByteArray withRawPayload(const Entry &entry, const QByteArray &payload)
{
    QByteArray out = encodeBody(entry).left(kPayloadTagOffset);
    out.append('\x06');
    Q_ASSERT(payload.size() < 128);
    out.append(static_cast<char>(payload.size()));
    out.append(payload);
    out.append('\x07');
    out.append('\x40');
    out.append(entry.signature.view());
    return out;
}

QByteArray field(int tag, const QByteArray &value)
{
    return QByteArray(1, static_cast<char>(tag)) + QByteArray(1, static_cast<char>(value.size())) + value;
}

// Random values for every field of a payload.
struct RandomFields
{
    QRandomGenerator &random;
    void operator()(int, const char *, std::int64_t &v)
    {
        v = static_cast<std::int64_t>(random.generate64());
    }
    void operator()(int, const char *, std::uint8_t &v)
    {
        v = static_cast<std::uint8_t>(random.bounded(256));
    }
    void operator()(int, const char *, bool &v) { v = random.bounded(2) == 1; }
    template<std::size_t N, typename Tag> void operator()(int, const char *, FixedBytes<N, Tag> &v)
    {
        for (auto &b : v.bytes)
            b = static_cast<std::uint8_t>(random.bounded(256));
    }
    void operator()(int, const char *, QString &v)
    {
        static const QString pieces[] = {u"feeder"_s, u"Zähler"_s, u"☀"_s, u"𝔼"_s, u" "_s, QString()};
        v.clear();
        for (int i = random.bounded(5); i > 0; --i)
            v += pieces[random.bounded(6)];
    }
    void operator()(int, const char *, QByteArray &v)
    {
        v = QByteArray(random.bounded(80), '\0');
        for (auto &c : v)
            c = static_cast<char>(random.bounded(256));
    }
};

template<std::size_t... I> Payload randomPayload(QRandomGenerator &random, std::index_sequence<I...>)
{
    static const std::array<Payload (*)(), sizeof...(I)> makers = {
        +[]() { return Payload(std::in_place_index<I>); }...};
    Payload payload = makers[random.bounded(static_cast<quint32>(sizeof...(I)))]();
    RandomFields filler{random};
    std::visit([&filler](auto &p) { std::decay_t<decltype(p)>::fields(p, filler); }, payload);
    return payload;
}

} // namespace

class TstLedgerEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectorsFile()
    {
        QJsonArray expected;
        for (const Vector &v : vectors())
            expected.append(toJson(v));
        const QJsonObject document{{u"format"_s, u"commonwatt-ledger/2"_s},
                                   {u"hashDomain"_s, QString::fromLatin1(kHashDomain)},
                                   {u"signatureDomain"_s, QString::fromLatin1(kSignatureDomain)},
                                   {u"vectors"_s, expected}};
        if (qEnvironmentVariableIsSet("COMMONWATT_LEDGER_WRITE_VECTORS")) {
            QFile out(kVectorsFile);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
            QSKIP("vectors written");
        }
        QFile in(kVectorsFile);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(kVectorsFile));
        const QJsonObject stored = QJsonDocument::fromJson(in.readAll()).object();
        const QJsonArray storedVectors = stored[u"vectors"_s].toArray();
        QCOMPARE(storedVectors.size(), expected.size());
        QCOMPARE(stored[u"hashDomain"_s].toString(), QString::fromLatin1(kHashDomain));
        QCOMPARE(stored[u"signatureDomain"_s].toString(), QString::fromLatin1(kSignatureDomain));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject want = storedVectors[i].toObject();
            const QJsonObject got = expected[i].toObject();
            for (auto it = want.begin(); it != want.end(); ++it)
                QVERIFY2(got[it.key()] == it.value(),
                         qPrintable(want[u"name"_s].toString() + u": "_s + it.key()));
            QCOMPARE(got.keys(), want.keys());
        }
    }

    // The stored bytes decode to the same entry, whose signature verifies: an independent implementation
    // can start from the file alone.
    void vectorsDecode()
    {
        QFile in(kVectorsFile);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonArray stored = QJsonDocument::fromJson(in.readAll()).object()[u"vectors"_s].toArray();
        const std::vector<Vector> built = vectors();
        QCOMPARE(stored.size(), qsizetype(built.size()));
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const QJsonObject v = stored[i].toObject();
            const DecodeResult decoded = decode(QByteArray::fromHex(v[u"encoding"_s].toString().toLatin1()));
            QVERIFY2(decoded.entry, qPrintable(decoded.error.toString()));
            QVERIFY(*decoded.entry == built[std::size_t(i)].entry);
            QVERIFY(decoded.entry->verifySignature());
            QCOMPARE(decoded.entry->hash().toHex(), v[u"hash"_s].toString());
            // The hash is plain SHA-256 of the domain, a zero byte and the bytes before the signature field.
            const QByteArray body =
                QByteArray::fromHex(v[u"encoding"_s].toString().toLatin1()).chopped(2 + 64);
            QCOMPARE(sha256(QByteArray(QByteArray(kHashDomain) + '\0' + body)).toHex(),
                     v[u"hash"_s].toString());
        }
    }

    void refusesNonCanonical_data()
    {
        const SecretKey key = fixedKey(0x03);
        const Entry offer = chainOf(key, 1).front();
        const QByteArray good = encode(offer);
        QCOMPARE(good.size(), kPayloadTagOffset + 2 + 43 + 2 + 64);

        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << QByteArray() << u"version"_s << qsizetype(0) << u"no bytes"_s;
        QByteArray b = good;
        b[0] = 1; // the unreleased first format
        QTest::newRow("version 1") << b << u"version"_s << qsizetype(0) << u"not supported"_s;
        QTest::newRow("trailing byte") << good + QByteArray(1, '\0') << u"signature"_s << good.size()
                                       << u"1 trailing bytes: tag 0 repeated or out of order"_s;
        QTest::newRow("truncated signature") << good.chopped(1) << u"signature"_s << good.size() - 64
                                             << u"truncated: 64 bytes declared, 63 left"_s;
        QTest::newRow("truncated before signature") << good.left(kPayloadTagOffset + 2 + 43) << u"signature"_s
                                                    << kPayloadTagOffset + 2 + 43 << u"missing"_s;
        b = good;
        b.replace(2, 1, QByteArray::fromHex("a000"));
        QTest::newRow("non-minimal length") << b << u"participant"_s << qsizetype(2) << u"non-minimal"_s;
        b = good;
        b.replace(kPayloadTagOffset + 1, 1, QByteArray::fromHex("80808001"));
        QTest::newRow("four-byte length") << b << u"payload"_s << kPayloadTagOffset + 1 << u"longer than 3"_s;
        b = good;
        b.replace(kPayloadTagOffset + 1, 1, QByteArray::fromHex("818001")); // 16385
        QTest::newRow("oversized payload")
            << b << u"payload"_s << kPayloadTagOffset + 1 << u"oversized: 16385"_s;
        b = good;
        b[kPayloadTagOffset - 1] = 99;
        QTest::newRow("unknown type")
            << b << u"type"_s << kPayloadTagOffset - 1 << u"unknown entry type 99"_s;
        b[kPayloadTagOffset - 1] = 0;
        QTest::newRow("type 0") << b << u"type"_s << kPayloadTagOffset - 1 << u"unknown entry type 0"_s;
        b = good;
        b.insert(35, good.mid(1, 34)); // participant twice
        QTest::newRow("repeated field")
            << b << u"sequence"_s << qsizetype(35) << u"tag 1 repeated or out of order"_s;
        b = good;
        b.remove(35, 10); // no sequence
        QTest::newRow("missing field") << b << u"sequence"_s << qsizetype(35) << u"missing: found tag 3"_s;
        b = good;
        b[35] = 9;
        QTest::newRow("unknown tag") << b << u"sequence"_s << qsizetype(35) << u"unknown tag 9"_s;
        b = good;
        b.remove(37, 1);
        b[36] = 7;
        QTest::newRow("short integer") << b << u"sequence"_s << qsizetype(37) << u"length 7, expected 8"_s;

        const QByteArray offerPayload = good.mid(kPayloadTagOffset + 2, 43);
        b = withRawPayload(offer, offerPayload + field(9, {}));
        QTest::newRow("unknown payload tag")
            << b << u"payload"_s << kPayloadTagOffset + 2 + 43 << u"unknown tag 9 after the last field"_s;
        b = withRawPayload(offer, offerPayload.left(20) + offerPayload.mid(10, 10) + offerPayload.mid(20));
        QTest::newRow("payload field repeated") << b << u"payload.energyWh"_s << kPayloadTagOffset + 2 + 20
                                                << u"tag 2 repeated or out of order"_s;
        b = withRawPayload(offer, offerPayload.left(10) + offerPayload.mid(20));
        QTest::newRow("payload field missing")
            << b << u"payload.lastSlotMs"_s << kPayloadTagOffset + 2 + 10 << u"missing: found tag 3"_s;

        const Entry response = signedEntry(key, 1, Hash{}, GridEventResponse{hashOf("event"), true});
        b = withRawPayload(response,
                           field(1, hashOf("event").view().toByteArray()) + field(2, QByteArray(1, '\x02')));
        QTest::newRow("boolean 2") << b << u"payload.accepted"_s << kPayloadTagOffset + 2 + 34 + 2
                                   << u"a boolean is 0 or 1, found 2"_s;
        const Entry event = signedEntry(key, 1, Hash{}, GridEvent{u"e"_s, u"r"_s, 0, 0, 0});
        QByteArray eventPayload = encode(event).mid(kPayloadTagOffset + 2);
        eventPayload.chop(2 + 64);
        eventPayload[2] = '\xff';
        b = withRawPayload(event, eventPayload);
        QTest::newRow("invalid UTF-8")
            << b << u"payload.eventId"_s << kPayloadTagOffset + 2 + 2 << u"UTF-8"_s;
    }

    // Each refusal names the field and the byte at fault.
    void refusesNonCanonical()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        QFETCH(qsizetype, offset);
        QFETCH(QString, reason);
        const DecodeResult result = decode(bytes);
        QVERIFY(!result.entry);
        QCOMPARE(result.error.field, field);
        QCOMPARE(result.error.offset, offset);
        QVERIFY2(result.error.reason.contains(reason), qPrintable(result.error.reason));
        QVERIFY(result.error.toString().contains(field + u" at byte "_s + QString::number(offset)));
    }

    void roundTripOfRandomEntries()
    {
        QRandomGenerator random(8032);
        const SecretKey key = fixedKey(0x07);
        for (int i = 0; i < 500; ++i) {
            Payload payload = randomPayload(random, std::make_index_sequence<std::variant_size_v<Payload>>());
            Hash previous;
            RandomFields{random}(0, "", previous);
            const auto sequence = random.generate64() | 2; // never 1, since previous is not zero
            const Entry entry = signedEntry(key, sequence, previous, std::move(payload),
                                            static_cast<std::int64_t>(random.generate64()));
            const QByteArray bytes = encode(entry);
            const DecodeResult decoded = decode(bytes);
            QVERIFY2(decoded.entry, qPrintable(decoded.error.toString()));
            QVERIFY(*decoded.entry == entry);
            QCOMPARE(encode(*decoded.entry), bytes);
            QVERIFY(decoded.entry->verifySignature());
            // Every strict prefix is refused.
            for (qsizetype cut = 0; cut < bytes.size(); cut += 1 + random.bounded(9))
                QVERIFY(!decode(bytes.left(cut)).entry);
        }
    }

    // Canonical means one byte string per entry: whatever a changed byte string decodes to encodes back to
    // exactly those bytes, so no two byte strings carry the same entry.
    void changedBytesDecodeOnlyToThemselves()
    {
        QRandomGenerator random(25519);
        const SecretKey key = fixedKey(0x08);
        int decodedCount = 0;
        for (int i = 0; i < 3000; ++i) {
            Payload payload = randomPayload(random, std::make_index_sequence<std::variant_size_v<Payload>>());
            QByteArray bytes = encode(signedEntry(key, 3, hashOf("2"), std::move(payload)));
            const auto at = static_cast<qsizetype>(random.bounded(static_cast<quint32>(bytes.size())));
            bytes[at] = static_cast<char>(random.bounded(256));
            const DecodeResult decoded = decode(bytes);
            if (decoded.entry) {
                ++decodedCount;
                QCOMPARE(encode(*decoded.entry), bytes);
            }
        }
        QVERIFY(decodedCount > 0); // a changed value byte still decodes: the property was exercised
    }
};

QTEST_GUILESS_MAIN(TstLedgerEncoding)
#include "tst_ledgerencoding.moc"
