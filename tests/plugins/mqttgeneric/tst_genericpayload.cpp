// Reading one value out of a generic device's payload: plain numbers and on/off words, values at JSON paths,
// and every class of bad payload. (The energy register's rule is the plugin API's EnergyCounter, tested in
// tests/unit/tst_energycounter and through the device in tst_genericmqttdevice.)
#include "payloadvalue.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace commonwatt::mqttgeneric;

namespace {

JsonPath path(const QString &text)
{
    QString error;
    return JsonPath::parse(text, &error).value();
}

ValueResult read(const QByteArray &payload, const QString &pathText, ValueKind kind = ValueKind::Number)
{
    return Payload(payload).read(path(pathText), kind);
}

} // namespace

class TestGenericPayload : public QObject
{
    Q_OBJECT
private slots:
    void plainNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << u"230"_s << true << 230.0;
        QTest::newRow("negative") << u"-1.5"_s << true << -1.5;
        QTest::newRow("plus") << u"+2"_s << true << 2.0;
        QTest::newRow("exponent") << u"2.5e3"_s << true << 2500.0;
        QTest::newRow("blanks") << u" 12.25\n"_s << true << 12.25;
        QTest::newRow("leading point") << u".5"_s << true << 0.5;
        QTest::newRow("trailing point") << u"5."_s << true << 5.0;
        QTest::newRow("nan") << u"nan"_s << false << 0.0;
        QTest::newRow("NaN") << u"NaN"_s << false << 0.0;
        QTest::newRow("inf") << u"inf"_s << false << 0.0;
        QTest::newRow("overflow") << u"1e400"_s << false << 0.0;
        QTest::newRow("hex") << u"0x10"_s << false << 0.0;
        QTest::newRow("comma decimal") << u"1,5"_s << false << 0.0;
        QTest::newRow("unit") << u"230 W"_s << false << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("sign only") << u"-"_s << false << 0.0;
        QTest::newRow("exponent only") << u"1e"_s << false << 0.0;
        QTest::newRow("two numbers") << u"1 2"_s << false << 0.0;
    }
    void plainNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const std::optional<double> parsed = parseNumberText(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, value);
        // The payload route agrees with the text route.
        const ValueResult result = read(text.toUtf8(), QString());
        QCOMPARE(result.ok(), valid);
        if (!valid)
            QVERIFY2(result.error.contains(u"is not a finite number"_s), qPrintable(result.error));
    }

    void flags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::newRow("ON") << u"ON"_s << 1;
        QTest::newRow("off") << u"off"_s << 0;
        QTest::newRow("True") << u"True"_s << 1;
        QTest::newRow("false") << u"false"_s << 0;
        QTest::newRow("1") << u"1"_s << 1;
        QTest::newRow("0 with newline") << u"0\n"_s << 0;
        QTest::newRow("toggle") << u"TOGGLE"_s << -1;
        QTest::newRow("2") << u"2"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void flags()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const ValueResult result = read(text.toUtf8(), QString(), ValueKind::Flag);
        QCOMPARE(result.ok(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(*result.value, double(expected));
        else
            QVERIFY2(result.error.contains(u"none of ON, OFF"_s), qPrintable(result.error));
    }

    void jsonValues()
    {
        const QByteArray tasmota =
            R"({"POWER":"ON","ENERGY":{"Power":230,"Total":"12.5","Flag":true,"Zero":0}})";
        QCOMPARE(*read(tasmota, u"ENERGY.Power"_s).value, 230.0);
        // Devices that send numbers as text are read too.
        QCOMPARE(*read(tasmota, u"ENERGY.Total"_s).value, 12.5);
        QCOMPARE(*read(tasmota, u"POWER"_s, ValueKind::Flag).value, 1.0);
        QCOMPARE(*read(tasmota, u"ENERGY.Flag"_s, ValueKind::Flag).value, 1.0);
        QCOMPARE(*read(tasmota, u"ENERGY.Zero"_s, ValueKind::Flag).value, 0.0);
    }

    void badPayloads_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("pathText");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        const int number = int(ValueKind::Number);
        const int flag = int(ValueKind::Flag);
        QTest::newRow("plain number for a path") << QByteArray("230") << u"a"_s << number << u"not JSON"_s;
        QTest::newRow("garbage") << QByteArray("{oops") << u"a"_s << number << u"not JSON"_s;
        QTest::newRow("truncated") << QByteArray("{\"ENERGY\":{\"Power\":23") << u"ENERGY.Power"_s << number
                                   << u"not JSON"_s;
        QTest::newRow("NaN literal") << QByteArray(R"({"a":NaN})") << u"a"_s << number << u"not JSON"_s;
        QTest::newRow("string not number") << QByteArray(R"({"a":"high"})") << u"a"_s << number
                                           << u"a: the text \"high\" is not a finite number"_s;
        QTest::newRow("bool for number")
            << QByteArray(R"({"a":true})") << u"a"_s << number << u"a: true is not a number"_s;
        QTest::newRow("null") << QByteArray(R"({"a":null})") << u"a"_s << number
                              << u"a: null is not a number"_s;
        QTest::newRow("object") << QByteArray(R"({"a":{}})") << u"a"_s << number
                                << u"a: an object is not a number"_s;
        QTest::newRow("array") << QByteArray(R"({"a":[1]})") << u"a"_s << number
                               << u"a: an array is not a number"_s;
        QTest::newRow("missing") << QByteArray(R"({"b":1})") << u"a"_s << number << u"no key \"a\""_s;
        QTest::newRow("flag 2") << QByteArray(R"({"a":2})") << u"a"_s << flag
                                << u"a: 2 is not an on/off value"_s;
        QTest::newRow("flag word") << QByteArray(R"({"a":"TOGGLE"})") << u"a"_s << flag
                                   << u"none of ON, OFF"_s;
        QTest::newRow("plain JSON object")
            << QByteArray(R"({"a":1})") << QString() << number << u"is not a finite number"_s;
        QTest::newRow("invalid UTF-8")
            << QByteArray("\xff\xfe") << QString() << number << u"is not a finite number"_s;
        QByteArray big = "{\"a\":\"";
        big += QByteArray(1024 * 1024, 'x');
        big += "\"}";
        QTest::newRow("1 MB") << big << u"a"_s << number << u"more than the 65536 accepted"_s;
        QTest::newRow("1 MB plain") << QByteArray(1024 * 1024, '1') << QString() << number
                                    << u"more than the 65536 accepted"_s;
        QTest::newRow("deep nesting") << QByteArray(5000, '[') << u"[0]"_s << number << u"not JSON"_s;
    }
    void badPayloads()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, pathText);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const ValueResult result = read(payload, pathText, ValueKind(kind));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(words), qPrintable(result.error));
        QVERIFY(result.error.size() < 300); // a message for a log line, never the payload itself
    }

    void jsonParsedOnceForManyReadings()
    {
        const Payload payload(R"({"ENERGY":{"Power":230,"Total":12.5}})");
        QCOMPARE(*payload.read(path(u"ENERGY.Power"_s), ValueKind::Number).value, 230.0);
        QCOMPARE(*payload.read(path(u"ENERGY.Total"_s), ValueKind::Number).value, 12.5);
        const Payload broken("{");
        QVERIFY(!broken.read(path(u"a"_s), ValueKind::Number).ok());
        QVERIFY(broken.read(path(u"b"_s), ValueKind::Number).error.contains(u"not JSON"_s));
    }

    void excerptIsShortAndPrintable()
    {
        QCOMPARE(excerpt("abc"), u"abc"_s);
        QCOMPARE(excerpt(QByteArray("a\x01\nb")), u"a??b"_s);
        const QString longText = excerpt(QByteArray(1000, 'y'));
        QCOMPARE(longText.size(), 40);
        QVERIFY(longText.endsWith(u"..."_s));
    }
};

QTEST_GUILESS_MAIN(TestGenericPayload)
#include "tst_genericpayload.moc"
