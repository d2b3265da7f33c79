// Grid-signal documents (docs/plugins-generic-gridfeed.md, "Grid-signal documents"): the one time format,
// a valid document read in full, and every way a document can be wrong, refused naming the field.
#include "signaldocument.h"
#include "utctime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commonwatt::gridfeed;

namespace {

constexpr qint64 noonMs = 1'748'779'200'000; // 2025-06-01T12:00:00Z

QJsonObject validDocument()
{
    return {{u"region"_s, u"NL-North"_s},
            {u"start"_s, u"2025-06-01T12:00:00Z"_s},
            {u"slotMinutes"_s, 15},
            {u"g"_s, QJsonArray{300, 250.5, 0}},
            {u"s"_s, QJsonArray{0.5, -1, 1}},
            {u"r"_s, QJsonArray{0.4, 0.5, 1}},
            {u"kind"_s, u"forecast"_s},
            {u"issuedAt"_s, u"2025-06-01T11:50:00.250Z"_s},
            {u"events"_s, QJsonArray{QJsonObject{{u"id"_s, u"ev-1"_s},
                                                 {u"start"_s, u"2025-06-01T12:20:00Z"_s},
                                                 {u"end"_s, u"2025-06-01T12:40:00Z"_s},
                                                 {u"level"_s, 2}}}},
            {u"signature"_s, u"ed25519:AAAA"_s}};
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QJsonObject withEvent(const QString &key, const QJsonValue &value)
{
    QJsonObject event = validDocument().value(u"events"_s).toArray().at(0).toObject();
    event.insert(key, value);
    return with(validDocument(), u"events"_s, QJsonArray{event});
}

} // namespace

class TestSignalDocument : public QObject
{
    Q_OBJECT
private slots:
    void utcTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: refused
        QTest::newRow("plain") << u"2025-06-01T12:00:00Z"_s << noonMs;
        QTest::newRow("offset zero") << u"2025-06-01T12:00:00+00:00"_s << noonMs;
        QTest::newRow("millis") << u"2025-06-01T12:00:00.250Z"_s << noonMs + 250;
        QTest::newRow("one digit fraction") << u"2025-06-01T12:00:00.5Z"_s << noonMs + 500;
        QTest::newRow("nanos cut") << u"2025-06-01T12:00:00.123456789Z"_s << noonMs + 123;
        QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << qint64(0);
        QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << qint64(1'709'164'800'000);
        QTest::newRow("no leap day") << u"2025-02-29T00:00:00Z"_s << qint64(-1);
        QTest::newRow("2100 no leap") << u"2100-02-29T00:00:00Z"_s << qint64(-1);
        QTest::newRow("local time") << u"2025-06-01T12:00:00"_s << qint64(-1);
        QTest::newRow("other offset") << u"2025-06-01T14:00:00+02:00"_s << qint64(-1);
        QTest::newRow("date only") << u"2025-06-01"_s << qint64(-1);
        QTest::newRow("epoch ms") << u"1748779200000"_s << qint64(-1);
        QTest::newRow("hour 24") << u"2025-06-01T24:00:00Z"_s << qint64(-1);
        QTest::newRow("leap second") << u"2025-06-30T23:59:60Z"_s << qint64(-1);
        QTest::newRow("month 13") << u"2025-13-01T00:00:00Z"_s << qint64(-1);
        QTest::newRow("before 1970") << u"1969-12-31T23:59:59Z"_s << qint64(-1);
        QTest::newRow("empty fraction") << u"2025-06-01T12:00:00.Z"_s << qint64(-1);
        QTest::newRow("ten digit fraction") << u"2025-06-01T12:00:00.1234567890Z"_s << qint64(-1);
        QTest::newRow("lowercase z") << u"2025-06-01T12:00:00z"_s << qint64(-1);
        QTest::newRow("space") << u"2025-06-01 12:00:00Z"_s << qint64(-1);
        QTest::newRow("trailing") << u"2025-06-01T12:00:00Zx"_s << qint64(-1);
    }
    void utcTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const std::optional<qint64> parsed = parseUtcTime(text);
        QCOMPARE(parsed.has_value(), ms >= 0);
        if (ms >= 0) {
            QCOMPARE(*parsed, ms);
            // Agrees with Qt's own reading of the same instant.
            QCOMPARE(QDateTime::fromString(text.left(19) + u"Z"_s, Qt::ISODate).toMSecsSinceEpoch(),
                     ms - ms % 1000);
        }
    }

    void readsAValidDocument()
    {
        const ParseResult result = parseSignalDocument(bytes(validDocument()));
        QVERIFY2(result.document, qPrintable(result.error));
        const SignalDocument &doc = *result.document;
        QCOMPARE(doc.region, u"NL-North"_s);
        QCOMPARE(doc.startMs, noonMs);
        QCOMPARE(doc.slotMinutes, 15);
        QCOMPARE(doc.slotMs(), 900'000);
        QCOMPARE(doc.g, (QList<double>{300, 250.5, 0}));
        QCOMPARE(doc.s, (QList<double>{0.5, -1, 1}));
        QCOMPARE(*doc.r, (QList<double>{0.4, 0.5, 1}));
        QCOMPARE(doc.kind, SignalKind::Forecast);
        QCOMPARE(doc.issuedAtMs, noonMs - 600'000 + 250);
        QCOMPARE(doc.events.size(), 1);
        QCOMPARE(doc.events[0].id, u"ev-1"_s);
        QCOMPARE(doc.events[0].level, 2);
        QCOMPARE(doc.signature, u"ed25519:AAAA"_s); // kept, not checked
        QCOMPARE(doc.endMs(), noonMs + 3 * 900'000);
        // The event 12:20-12:40 overlaps the second and third slots, not the first.
        QCOMPARE(doc.eventLevel(noonMs, noonMs + 900'000), 0);
        QCOMPARE(doc.eventLevel(noonMs + 900'000, noonMs + 1'800'000), 2);
        QCOMPARE(doc.eventLevel(noonMs + 1'800'000, noonMs + 2'700'000), 2);
    }

    void optionalFields()
    {
        QJsonObject bare =
            with(with(validDocument(), u"r"_s, QJsonValue::Undefined), u"events"_s, QJsonValue::Undefined);
        bare = with(bare, u"kind"_s, u"actual"_s);
        bare = with(bare, u"futureField"_s, u"ignored"_s); // newer feeds may add fields
        const ParseResult result = parseSignalDocument(bytes(bare));
        QVERIFY2(result.document, qPrintable(result.error));
        QVERIFY(!result.document->r);
        QVERIFY(result.document->events.isEmpty());
        QCOMPARE(result.document->kind, SignalKind::Actual);
        QVERIFY(parseSignalDocument(bytes(with(validDocument(), u"r"_s, QJsonValue::Null))).document);
        // Every divisor of 60 is a slot length.
        for (int minutes : {1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60}) {
            const ParseResult r =
                parseSignalDocument(bytes(with(validDocument(), u"slotMinutes"_s, minutes)));
            QVERIFY2(r.document, qPrintable(r.error));
        }
    }

    void refusesNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("error"); // the start of the error
        const QJsonObject v = validDocument();
        QTest::newRow("not JSON") << QByteArray("signals!") << u"not JSON"_s;
        QTest::newRow("truncated") << bytes(v).left(60) << u"not JSON"_s;
        QTest::newRow("NaN literal") << QByteArray("{\"g\":[NaN]}") << u"not JSON"_s;
        QTest::newRow("array document") << QByteArray("[1,2]") << u"not a JSON object"_s;
        QByteArray huge = bytes(with(v, u"pad"_s, QString(1024 * 1024, u'x')));
        QTest::newRow("1 MB") << huge << u"the document is 1048"_s;
        QTest::newRow("no region") << bytes(with(v, u"region"_s, QJsonValue::Undefined))
                                   << u"region: missing"_s;
        QTest::newRow("region number") << bytes(with(v, u"region"_s, 7)) << u"region: must be text"_s;
        QTest::newRow("empty region")
            << bytes(with(v, u"region"_s, u" "_s)) << u"region: must not be empty"_s;
        QTest::newRow("epoch start") << bytes(with(v, u"start"_s, 1748779200000.0))
                                     << u"start: must be an ISO 8601"_s;
        QTest::newRow("local start") << bytes(with(v, u"start"_s, u"2025-06-01T12:00:00"_s))
                                     << u"start: \"2025-06-01T12:00:00\" is not an ISO 8601 UTC time"_s;
        QTest::newRow("unaligned start")
            << bytes(with(v, u"start"_s, u"2025-06-01T12:05:00Z"_s))
            << u"start: 2025-06-01T12:05:00Z is not at the start of a 15-minute slot"_s;
        QTest::newRow("slot 7") << bytes(with(v, u"slotMinutes"_s, 7))
                                << u"slotMinutes: 7 does not divide 60"_s;
        QTest::newRow("slot 90") << bytes(with(v, u"slotMinutes"_s, 90)) << u"slotMinutes: 90 is above 60"_s;
        QTest::newRow("slot 0") << bytes(with(v, u"slotMinutes"_s, 0)) << u"slotMinutes: 0 is below 1"_s;
        QTest::newRow("slot fraction")
            << bytes(with(v, u"slotMinutes"_s, 7.5)) << u"slotMinutes: 7.5 is not a whole"_s;
        QTest::newRow("slot text") << bytes(with(v, u"slotMinutes"_s, u"15"_s))
                                   << u"slotMinutes: must be a number"_s;
        QTest::newRow("g missing") << bytes(with(v, u"g"_s, QJsonValue::Undefined)) << u"g: missing"_s;
        QTest::newRow("g not array") << bytes(with(v, u"g"_s, 300)) << u"g: must be an array"_s;
        QTest::newRow("g empty") << bytes(with(v, u"g"_s, QJsonArray()))
                                 << u"g: must have at least one slot"_s;
        QTest::newRow("g negative") << bytes(with(v, u"g"_s, QJsonArray{1, -5, 3}))
                                    << u"g[1]: -5 is below 0"_s;
        QTest::newRow("g text") << bytes(with(v, u"g"_s, QJsonArray{1, 2, u"3"_s}))
                                << u"g[2]: must be a number"_s;
        QTest::newRow("g null") << bytes(with(v, u"g"_s, QJsonArray{QJsonValue::Null, 2, 3}))
                                << u"g[0]: must be a number, not null"_s;
        QTest::newRow("g absurd") << bytes(with(v, u"g"_s, QJsonArray{1, 2, 1e6}))
                                  << u"g[2]: 1e+06 is above 5000"_s;
        QTest::newRow("s out of range")
            << bytes(with(v, u"s"_s, QJsonArray{0, 1.5, 0})) << u"s[1]: 1.5 is above 1"_s;
        QTest::newRow("s short") << bytes(with(v, u"s"_s, QJsonArray{0, 1})) << u"s: 2 slots, but g has 3"_s;
        QTest::newRow("r out of range")
            << bytes(with(v, u"r"_s, QJsonArray{0, -0.1, 0})) << u"r[1]: -0.1 is below 0"_s;
        QTest::newRow("r long") << bytes(with(v, u"r"_s, QJsonArray{0, 0, 0, 0}))
                                << u"r: 4 slots, but g has 3"_s;
        QTest::newRow("r object") << bytes(with(v, u"r"_s, QJsonObject())) << u"r: must be an array"_s;
        QJsonArray tooMany;
        for (int i = 0; i < 2881; ++i)
            tooMany.append(1);
        QTest::newRow("too many slots")
            << bytes(with(v, u"g"_s, tooMany)) << u"g: 2881 slots, more than the 2880"_s;
        QTest::newRow("kind") << bytes(with(v, u"kind"_s, u"guess"_s)) << u"kind: \"guess\" is neither"_s;
        QTest::newRow("no issuedAt") << bytes(with(v, u"issuedAt"_s, QJsonValue::Undefined))
                                     << u"issuedAt: missing"_s;
        QTest::newRow("issuedAt offset") << bytes(with(v, u"issuedAt"_s, u"2025-06-01T13:50:00+02:00"_s))
                                         << u"issuedAt: \"2025-06-01T13:50:00+02:00\" is not"_s;
        QTest::newRow("events object")
            << bytes(with(v, u"events"_s, QJsonObject())) << u"events: must be an array"_s;
        QTest::newRow("event not object")
            << bytes(with(v, u"events"_s, QJsonArray{1})) << u"events[0]: must be an object"_s;
        QTest::newRow("event level 4")
            << bytes(withEvent(u"level"_s, 4)) << u"events[0].level: 4 is above 3"_s;
        QTest::newRow("event level 0")
            << bytes(withEvent(u"level"_s, 0)) << u"events[0].level: 0 is below 1"_s;
        QTest::newRow("event no id") << bytes(withEvent(u"id"_s, QString()))
                                     << u"events[0].id: must not be empty"_s;
        QTest::newRow("event backwards") << bytes(withEvent(u"end"_s, u"2025-06-01T12:10:00Z"_s))
                                         << u"events[0].end: 2025-06-01T12:10:00Z is not after its start"_s;
        QTest::newRow("event bad time")
            << bytes(withEvent(u"start"_s, u"noon"_s)) << u"events[0].start: \"noon\""_s;
        QTest::newRow("no signature")
            << bytes(with(v, u"signature"_s, QJsonValue::Undefined)) << u"signature: missing"_s;
        QTest::newRow("signature number")
            << bytes(with(v, u"signature"_s, 1)) << u"signature: must be text"_s;
    }
    void refusesNamingTheField()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, error);
        const ParseResult result = parseSignalDocument(payload);
        QVERIFY(!result.document);
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
        QVERIFY(result.error.size() < 300);
    }

    void deepNestingIsRefused()
    {
        QByteArray deep = "{\"region\":";
        deep += QByteArray(100'000, '[');
        const ParseResult result = parseSignalDocument(deep);
        QVERIFY(!result.document);
        QVERIFY2(result.error.startsWith(u"not JSON"_s), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestSignalDocument)
#include "tst_signaldocument.moc"
