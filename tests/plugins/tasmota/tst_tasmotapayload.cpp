// The Tasmota payload parser against the message shapes of the Tasmota docs (tele STATE and SENSOR with an
// ENERGY block, multi-channel arrays, stat RESULT and POWER, the LWT) and against every kind of broken
// message.
#include "tasmotapayload.h"

#include <QTest>

using namespace commonwatt::tasmota;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(commonwatt::tasmota::TopicKind)

namespace {

const QByteArray kState =
    R"({"Time":"2024-02-24T22:20:38","Uptime":"0T00:10:11","UptimeSec":611,"Heap":24,"SleepMode":"Dynamic",)"
    R"("Sleep":50,"LoadAvg":19,"MqttCount":1,"POWER":"OFF","Wifi":{"AP":1,"SSId":"ESP-Network",)"
    R"("BSSId":"E6:8D:8C:4B:BE:F7","Channel":3,"Mode":"11n","RSSI":44,"Signal":-78,"LinkCount":1,)"
    R"("Downtime":"0T00:00:05"}})";

// The Energy docs' SENSOR example, and the same plug with a load.
const QByteArray kSensorIdle =
    R"({"Time":"2019-06-30T18:01:36","ENERGY":{"TotalStartTime":"2019-06-30T10:55:47","Total":0.015,)"
    R"("Yesterday":0.000,"Today":0.015,"Period":0,"Power":0,"ApparentPower":0,"ReactivePower":0,"Factor":0.00,)"
    R"("Voltage":0,"Current":0.000}})";
const QByteArray kSensorLoaded =
    R"({"Time":"2024-06-01T12:00:00","ENERGY":{"TotalStartTime":"2023-11-02T09:12:40","Total":412.738,)"
    R"("Yesterday":2.104,"Today":1.377,"Period":17,"Power":1180,"ApparentPower":1192,"ReactivePower":168,)"
    R"("Factor":0.99,"Voltage":231,"Current":5.131}})";

// A two-channel device (a Shelly 2.5 running Tasmota): one value per channel.
const QByteArray kSensorTwoChannels =
    R"({"Time":"2021-01-01T12:00:00","Switch1":"OFF","Switch2":"OFF","ANALOG":{"Temperature":44.8},)"
    R"("ENERGY":{"TotalStartTime":"2020-12-20T11:00:02","Total":2.376,"Yesterday":0.117,"Today":0.051,)"
    R"("Period":[0,0],"Power":[25,640],"ApparentPower":[39,650],"ReactivePower":[30,110],"Factor":[0.64,0.98],)"
    R"("Voltage":231,"Current":[0.170,2.790]},"TempUnit":"C"})";

const QByteArray kSensorNoEnergy = R"({"Time":"2024-02-24T22:20:38","Switch1":"ON"})";

ParseOptions options(int relay = 1, double maxPowerW = 3700.0)
{
    return ParseOptions{relay, maxPowerW};
}

} // namespace

class TestTasmotaPayload : public QObject
{
    Q_OBJECT

private slots:
    void readsTheRelayStateFromStateAndResult()
    {
        const ParseResult state = parse(TopicKind::State, kState, options());
        QVERIFY2(state.message, qPrintable(state.error));
        QCOMPARE(state.message->readings.on, std::optional<bool>(false));
        QVERIFY(!state.message->readings.powerW);

        const ParseResult result = parse(TopicKind::Result, R"({"POWER":"ON"})", options());
        QVERIFY2(result.message, qPrintable(result.error));
        QCOMPARE(result.message->readings.on, std::optional<bool>(true));
        // SetOption26, or several relays: relay 1 is POWER1.
        QCOMPARE(parse(TopicKind::Result, R"({"POWER1":"OFF"})", options()).message->readings.on,
                 std::optional<bool>(false));
        QCOMPARE(parse(TopicKind::Result, R"({"POWER2":"ON"})", options(2)).message->readings.on,
                 std::optional<bool>(true));
        // An answer to another command, or about another relay, says nothing about ours.
        QVERIFY(parse(TopicKind::Result, R"({"POWER2":"ON"})", options(1)).message->readings.isEmpty());
        QVERIFY(parse(TopicKind::Result, R"({"TelePeriod":300})", options()).message->readings.isEmpty());
    }

    void readsTheEnergyBlock()
    {
        const ParseResult idle = parse(TopicKind::Sensor, kSensorIdle, options());
        QVERIFY2(idle.message, qPrintable(idle.error));
        QCOMPARE(*idle.message->readings.energyKwh, 0.015);
        QCOMPARE(*idle.message->readings.powerW, 0.0);

        const Readings loaded = parse(TopicKind::Sensor, kSensorLoaded, options()).message->readings;
        QCOMPARE(*loaded.powerW, 1180.0);
        QCOMPARE(*loaded.energyKwh, 412.738);
        QCOMPARE(*loaded.voltageV, 231.0);
        QCOMPARE(*loaded.currentA, 5.131);
        QVERIFY(!loaded.on);
    }

    void readsOurChannelOfAMultiChannelMeter()
    {
        const Readings first = parse(TopicKind::Sensor, kSensorTwoChannels, options(1)).message->readings;
        QCOMPARE(*first.powerW, 25.0);
        QCOMPARE(*first.currentA, 0.170);
        QCOMPARE(*first.energyKwh, 2.376); // one Total for both
        const Readings second = parse(TopicKind::Sensor, kSensorTwoChannels, options(2)).message->readings;
        QCOMPARE(*second.powerW, 640.0);
        QCOMPARE(*second.currentA, 2.790);
        const ParseResult third = parse(TopicKind::Sensor, kSensorTwoChannels, options(3));
        QVERIFY(!third.message);
        QVERIFY2(third.error.contains(u"ENERGY.Power"_s) && third.error.contains(u"relay 3"_s),
                 qPrintable(third.error));
    }

    void sensorMessagesWithoutEnergyAreNotErrors()
    {
        const ParseResult result = parse(TopicKind::Sensor, kSensorNoEnergy, options());
        QVERIFY2(result.message, qPrintable(result.error));
        QVERIFY(result.message->readings.isEmpty());
    }

    void readsPlainTextTopics()
    {
        QCOMPARE(parse(TopicKind::Power, "ON", options()).message->readings.on, std::optional<bool>(true));
        QCOMPARE(parse(TopicKind::Power, "OFF", options()).message->readings.on, std::optional<bool>(false));
        QCOMPARE(parse(TopicKind::Lwt, "Online", options()).message->online, std::optional<bool>(true));
        QCOMPARE(parse(TopicKind::Lwt, "Offline", options()).message->online, std::optional<bool>(false));
        QCOMPARE(powerKey(1), u"POWER"_s);
        QCOMPARE(powerKey(3), u"POWER3"_s);
    }

    void refusesBrokenMessages_data()
    {
        QTest::addColumn<TopicKind>("kind");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("named");
        const auto sensor = TopicKind::Sensor;
        QTest::newRow("not JSON") << sensor << QByteArray("ENERGY 12 W") << u"not JSON"_s;
        QTest::newRow("truncated") << sensor << kSensorLoaded.left(70) << u"not JSON"_s;
        QTest::newRow("array") << sensor << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("NaN") << sensor << QByteArray(R"({"ENERGY":{"Power":NaN}})") << u"not JSON"_s;
        QTest::newRow("ENERGY text") << sensor << QByteArray(R"({"ENERGY":"none"})") << u"ENERGY"_s;
        QTest::newRow("Power text") << sensor << QByteArray(R"({"ENERGY":{"Power":"1180"}})")
                                    << u"ENERGY.Power"_s;
        QTest::newRow("Power beyond limit")
            << sensor << QByteArray(R"({"ENERGY":{"Power":12000}})") << u"ENERGY.Power"_s;
        QTest::newRow("Power array element")
            << sensor << QByteArray(R"({"ENERGY":{"Power":["x",25]}})") << u"ENERGY.Power[0]"_s;
        QTest::newRow("Total negative")
            << sensor << QByteArray(R"({"ENERGY":{"Total":-0.5}})") << u"ENERGY.Total"_s;
        QTest::newRow("Total null") << sensor << QByteArray(R"({"ENERGY":{"Total":null}})")
                                    << u"ENERGY.Total"_s;
        QTest::newRow("Voltage absurd")
            << sensor << QByteArray(R"({"ENERGY":{"Voltage":2300}})") << u"ENERGY.Voltage"_s;
        QTest::newRow("Current negative")
            << sensor << QByteArray(R"({"ENERGY":{"Current":-2}})") << u"ENERGY.Current"_s;
        QTest::newRow("too large") << sensor << QByteArray(kMaxPayloadBytes + 1, '{') << u"larger"_s;
        QTest::newRow("STATE power number") << TopicKind::State << QByteArray(R"({"POWER":1})") << u"POWER"_s;
        QTest::newRow("RESULT power word")
            << TopicKind::Result << QByteArray(R"({"POWER":"TOGGLE"})") << u"POWER"_s;
        QTest::newRow("STATE truncated") << TopicKind::State << kState.left(40) << u"not JSON"_s;
        QTest::newRow("POWER garbage") << TopicKind::Power << QByteArray("maybe") << u"POWER"_s;
        QTest::newRow("POWER JSON") << TopicKind::Power << QByteArray(R"({"POWER":"ON"})") << u"POWER"_s;
        QTest::newRow("LWT lowercase") << TopicKind::Lwt << QByteArray("online") << u"LWT"_s;
        QTest::newRow("LWT long") << TopicKind::Lwt << QByteArray(1000, 'O') << u"LWT"_s;
    }

    void refusesBrokenMessages()
    {
        QFETCH(TopicKind, kind);
        QFETCH(QByteArray, payload);
        QFETCH(QString, named);
        const ParseResult result = parse(kind, payload, options(1));
        QVERIFY2(!result.message, "a broken message was read");
        QVERIFY2(result.error.contains(named),
                 qPrintable(u"\"%1\" does not name %2"_s.arg(result.error, named)));
        QVERIFY(result.error.size() < 300);
        for (const QChar c : result.error)
            QVERIFY(c.isPrint());
    }
};

QTEST_GUILESS_MAIN(TestTasmotaPayload)
#include "tst_tasmotapayload.moc"
