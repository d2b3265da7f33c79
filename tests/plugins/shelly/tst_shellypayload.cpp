// The Shelly Gen2+ payload parser against the message shapes of the Shelly Gen2 API docs (Switch component
// status, NotifyStatus / NotifyFullStatus / NotifyEvent frames, RPC response frames, the online last will)
// and against every kind of broken message: each must be refused with an error naming the field, never
// half-read.
#include "shellypayload.h"

#include <QTest>

#include <cmath>

using namespace commonwatt::shelly;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(commonwatt::shelly::TopicKind)

namespace {

// Switch.GetStatus of a Plus Plug S, as in the docs' Switch component page (status section).
const QByteArray kDocStatus =
    R"({"id":0,"source":"timer","output":false,"apower":0,"voltage":225.9,"current":0,)"
    R"("aenergy":{"total":11.679,"by_minute":[0,0,0],"minute_ts":1654511100},"temperature":{"tC":53.3,"tF":127.9}})";

// A kettle running on a Plus 1PM.
const QByteArray kLoadedStatus =
    R"({"id":0,"source":"WS_in","output":true,"apower":2043.7,"voltage":229.6,"freq":50.0,"current":8.911,)"
    R"("aenergy":{"total":48316.062,"by_minute":[33861.572,34056.210,34012.003],"minute_ts":1700000040},)"
    R"("temperature":{"tC":47.9,"tF":118.2}})";

// The docs' NotifyStatus example (Notifications page): only what changed.
const QByteArray kDocNotifyOutput =
    R"({"src":"shellypro4pm-f008d1d8b8b8","dst":"user_1","method":"NotifyStatus",)"
    R"("params":{"ts":1631266595.43,"switch:0":{"id":0,"output":true,"source":"button"}}})";

// The minute-by-minute energy update a metering switch sends with nothing else.
const QByteArray kNotifyEnergy =
    R"({"src":"shellyplus1pm-a8032ab12345","dst":"shellyplus1pm-a8032ab12345/events","method":"NotifyStatus",)"
    R"("params":{"ts":1654511160.01,"switch:0":{"id":0,"aenergy":{"by_minute":[0.000,0.000,0.000],)"
    R"("minute_ts":1654511159,"total":11.679}}}})";

const QByteArray kDocNotifyEvent =
    R"({"src":"shellypro4pm-f008d1d8b8b8","dst":"user_1","method":"NotifyEvent","params":{"ts":1631266595.44,)"
    R"("events":[{"component":"input:0","id":0,"event":"single_push","ts":1631266595.44}]}})";

const QByteArray kNotifyOtherComponent =
    R"({"src":"shellyplus1pm-a8032ab12345","dst":"shellyplus1pm-a8032ab12345/events","method":"NotifyStatus",)"
    R"("params":{"ts":1654511170.20,"sys":{"available_updates":{"stable":{"version":"1.0.8"}}}}})";

const QByteArray kNotifyFullStatus =
    R"({"src":"shellyplus1pm-a8032ab12345","dst":"shellyplus1pm-a8032ab12345/events","method":"NotifyFullStatus",)"
    R"("params":{"ts":1654511180.00,"ble":{},"cloud":{"connected":false},"input:0":{"id":0,"state":false},)"
    R"("mqtt":{"connected":true},"switch:0":{"id":0,"source":"init","output":false,"apower":0.0,"voltage":231.4,)"
    R"("current":0.000,"aenergy":{"total":11.679,"by_minute":[0.000,0.000,0.000],"minute_ts":1654511179},)"
    R"("temperature":{"tC":41.2,"tF":106.2}},"sys":{"mac":"A8032AB12345","restart_required":false}}})";

// RPC channel docs: the response frame to Switch.Set, and an error frame.
const QByteArray kDocSetReply =
    R"({"id":7,"src":"shellyplus1pm-a8032ab12345","dst":"commonwatt-kitchen","result":{"was_on":true}})";
const QByteArray kErrorReply = R"({"id":8,"src":"shellyplus1pm-a8032ab12345","dst":"commonwatt-kitchen",)"
                               R"("error":{"code":-105,"message":"Argument 'id', value 1 not found!"}})";

ParseOptions options(double maxPowerW = 3700.0, int switchId = 0)
{
    return ParseOptions{switchId, maxPowerW};
}

} // namespace

class TestShellyPayload : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDocsSwitchStatus()
    {
        const ParseResult result = parse(TopicKind::SwitchStatus, kDocStatus, options());
        QVERIFY2(result.message, qPrintable(result.error));
        const SwitchStatus &s = *result.message->status;
        QCOMPARE(s.output, std::optional<bool>(false));
        QCOMPARE(*s.powerW, 0.0);
        QCOMPARE(*s.voltageV, 225.9);
        QCOMPARE(*s.currentA, 0.0);
        QCOMPARE(*s.energyWh, 11.679);
        QCOMPARE(*s.temperatureC, 53.3);

        const ParseResult loaded = parse(TopicKind::SwitchStatus, kLoadedStatus, options());
        QVERIFY2(loaded.message, qPrintable(loaded.error));
        QCOMPARE(*loaded.message->status->powerW, 2043.7);
        QCOMPARE(*loaded.message->status->energyWh, 48316.062);
        QCOMPARE(loaded.message->status->output, std::optional<bool>(true));
    }

    void readsOnlyWhatANotificationCarries()
    {
        const ParseResult output = parse(TopicKind::Events, kDocNotifyOutput, options());
        QVERIFY2(output.message, qPrintable(output.error));
        QVERIFY(output.message->status);
        QCOMPARE(output.message->status->output, std::optional<bool>(true));
        QVERIFY(!output.message->status->powerW);
        QVERIFY(!output.message->status->energyWh);

        const ParseResult energy = parse(TopicKind::Events, kNotifyEnergy, options());
        QVERIFY2(energy.message, qPrintable(energy.error));
        QCOMPARE(*energy.message->status->energyWh, 11.679);
        QVERIFY(!energy.message->status->output);

        const ParseResult full = parse(TopicKind::Events, kNotifyFullStatus, options());
        QVERIFY2(full.message, qPrintable(full.error));
        QCOMPARE(full.message->status->output, std::optional<bool>(false));
        QCOMPARE(*full.message->status->voltageV, 231.4);
    }

    void mergeOverlaysOnlyTheFieldsCarried()
    {
        SwitchStatus known = *parse(TopicKind::SwitchStatus, kLoadedStatus, options()).message->status;
        known.merge(*parse(TopicKind::Events, kDocNotifyOutput, options()).message->status);
        QCOMPARE(known.output, std::optional<bool>(true));
        QCOMPARE(*known.powerW, 2043.7); // untouched
        known.merge(*parse(TopicKind::Events, kNotifyEnergy, options()).message->status);
        QCOMPARE(*known.energyWh, 11.679);
        QCOMPARE(*known.voltageV, 229.6);
    }

    void notificationsAboutOtherComponentsCarryNoStatus()
    {
        for (const QByteArray &payload : {kDocNotifyEvent, kNotifyOtherComponent}) {
            const ParseResult result = parse(TopicKind::Events, payload, options());
            QVERIFY2(result.message, qPrintable(result.error));
            QVERIFY(!result.message->status);
        }
        // The same notification is about us when we are that switch, and not when we are another.
        QVERIFY(!parse(TopicKind::Events, kDocNotifyOutput, options(3700.0, 1)).message->status);
    }

    void readsRpcRepliesAndErrors()
    {
        const ParseResult set = parse(TopicKind::RpcReply, kDocSetReply, options());
        QVERIFY2(set.message, qPrintable(set.error));
        QCOMPARE(set.message->rpcId, std::optional<qint64>(7));
        QVERIFY(set.message->rpcError.isEmpty());
        QVERIFY(!set.message->status); // was_on is the past, not a status

        const QByteArray statusReply =
            R"({"id":9,"src":"shellyplus1pm-a8032ab12345","dst":"commonwatt-kitchen","result":)" +
            kDocStatus + "}";
        const ParseResult status = parse(TopicKind::RpcReply, statusReply, options());
        QVERIFY2(status.message, qPrintable(status.error));
        QCOMPARE(status.message->rpcId, std::optional<qint64>(9));
        QCOMPARE(*status.message->status->energyWh, 11.679);

        const ParseResult error = parse(TopicKind::RpcReply, kErrorReply, options());
        QVERIFY2(error.message, qPrintable(error.error));
        QCOMPARE(error.message->rpcId, std::optional<qint64>(8));
        QVERIFY(error.message->rpcError.contains(u"-105"_s));
        QVERIFY(error.message->rpcError.contains(u"not found"_s));
    }

    void readsTheOnlineLastWill()
    {
        QCOMPARE(parse(TopicKind::Online, "true", options()).message->online, std::optional<bool>(true));
        QCOMPARE(parse(TopicKind::Online, "false", options()).message->online, std::optional<bool>(false));
        QCOMPARE(parse(TopicKind::Online, "true\n", options()).message->online, std::optional<bool>(true));
    }

    void refusesBrokenMessages_data()
    {
        QTest::addColumn<TopicKind>("kind");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("named"); // what the error must name

        const auto status = TopicKind::SwitchStatus;
        QTest::newRow("not JSON") << status << QByteArray("switch is on") << u"not JSON"_s;
        QTest::newRow("truncated") << status << kDocStatus.left(kDocStatus.size() / 2) << u"not JSON"_s;
        QTest::newRow("empty") << status << QByteArray() << u"not JSON"_s;
        QTest::newRow("array") << status << QByteArray("[1,2]") << u"not a JSON object"_s;
        QTest::newRow("NaN literal") << status << QByteArray(R"({"id":0,"apower":NaN})") << u"not JSON"_s;
        QTest::newRow("huge number") << status << QByteArray(R"({"id":0,"apower":1e999})") << u"apower"_s;
        QTest::newRow("output text") << status << QByteArray(R"({"id":0,"output":"on"})") << u"output"_s;
        QTest::newRow("apower text") << status << QByteArray(R"({"id":0,"apower":"12.5"})") << u"apower"_s;
        QTest::newRow("apower beyond limit")
            << status << QByteArray(R"({"id":0,"apower":5200.0})") << u"apower"_s;
        QTest::newRow("apower below -limit")
            << status << QByteArray(R"({"id":0,"apower":-4000})") << u"apower"_s;
        QTest::newRow("voltage absurd")
            << status << QByteArray(R"({"id":0,"voltage":23000})") << u"voltage"_s;
        QTest::newRow("current negative") << status << QByteArray(R"({"id":0,"current":-1})") << u"current"_s;
        QTest::newRow("aenergy number") << status << QByteArray(R"({"id":0,"aenergy":12})") << u"aenergy"_s;
        QTest::newRow("aenergy negative")
            << status << QByteArray(R"({"id":0,"aenergy":{"total":-3.5}})") << u"aenergy.total"_s;
        QTest::newRow("aenergy text")
            << status << QByteArray(R"({"id":0,"aenergy":{"total":"11.6"}})") << u"aenergy.total"_s;
        QTest::newRow("temperature text")
            << status << QByteArray(R"({"id":0,"temperature":{"tC":"hot"}})") << u"temperature.tC"_s;
        QTest::newRow("another switch") << status << QByteArray(R"({"id":2,"output":true})") << u"id"_s;
        QTest::newRow("too large") << status << QByteArray(kMaxPayloadBytes + 1, ' ') << u"larger"_s;

        const auto events = TopicKind::Events;
        QTest::newRow("event without method") << events << QByteArray(R"({"params":{}})") << u"method"_s;
        QTest::newRow("event params array")
            << events << QByteArray(R"({"method":"NotifyStatus","params":[]})") << u"params"_s;
        QTest::newRow("event switch not object")
            << events << QByteArray(R"({"method":"NotifyStatus","params":{"switch:0":true}})")
            << u"switch:0"_s;
        QTest::newRow("event bad field")
            << events << QByteArray(R"({"method":"NotifyStatus","params":{"switch:0":{"apower":"x"}}})")
            << u"params.switch:0.apower"_s;
        QTest::newRow("event truncated") << events << kDocNotifyOutput.left(60) << u"not JSON"_s;

        QTest::newRow("online yes") << TopicKind::Online << QByteArray("yes") << u"true or false"_s;
        QTest::newRow("online JSON") << TopicKind::Online << QByteArray(R"({"online":true})")
                                     << u"true or false"_s;

        const auto reply = TopicKind::RpcReply;
        QTest::newRow("reply id text") << reply << QByteArray(R"({"id":"7","result":{}})") << u"id"_s;
        QTest::newRow("reply id fraction") << reply << QByteArray(R"({"id":7.5,"result":{}})") << u"id"_s;
        QTest::newRow("reply without result") << reply << QByteArray(R"({"id":7})") << u"result"_s;
        QTest::newRow("reply bad error") << reply << QByteArray(R"({"id":7,"error":"no"})") << u"error"_s;
        QTest::newRow("reply bad status")
            << reply << QByteArray(R"({"id":7,"result":{"output":1}})") << u"result.output"_s;
    }

    void refusesBrokenMessages()
    {
        QFETCH(TopicKind, kind);
        QFETCH(QByteArray, payload);
        QFETCH(QString, named);
        const ParseResult result = parse(kind, payload, options());
        QVERIFY2(!result.message, "a broken message was read");
        QVERIFY2(result.error.contains(named),
                 qPrintable(u"\"%1\" does not name %2"_s.arg(result.error, named)));
        // Error messages go to logs: short, printable, whatever came in.
        QVERIFY(result.error.size() < 300);
        for (const QChar c : result.error)
            QVERIFY(c.isPrint());
    }

    void thePlausibilityLimitIsTheInstallersSetting()
    {
        const QByteArray payload = R"({"id":0,"apower":5200.0})";
        QVERIFY(!parse(TopicKind::SwitchStatus, payload, options(3700.0)).message);
        const ParseResult heater = parse(TopicKind::SwitchStatus, payload, options(6000.0));
        QVERIFY2(heater.message, qPrintable(heater.error));
        QCOMPARE(*heater.message->status->powerW, 5200.0);
        // The limit is inclusive.
        QVERIFY(parse(TopicKind::SwitchStatus, R"({"apower":3700})", options(3700.0)).message);
    }

    void everyNumberReadIsFinite()
    {
        // Whatever the parser accepts must be usable as a reading.
        for (const QByteArray &payload : {kDocStatus, kLoadedStatus}) {
            const SwitchStatus s = *parse(TopicKind::SwitchStatus, payload, options()).message->status;
            for (const std::optional<double> &v :
                 {s.powerW, s.voltageV, s.currentA, s.energyWh, s.temperatureC})
                QVERIFY(!v || std::isfinite(*v));
        }
    }

    void topicSuffixesFollowTheDocs()
    {
        QCOMPARE(topicSuffix(TopicKind::SwitchStatus, 0), u"status/switch:0"_s);
        QCOMPARE(topicSuffix(TopicKind::SwitchStatus, 2), u"status/switch:2"_s);
        QCOMPARE(topicSuffix(TopicKind::Events, 0), u"events/rpc"_s);
        QCOMPARE(topicSuffix(TopicKind::Online, 0), u"online"_s);
    }
};

QTEST_GUILESS_MAIN(TestShellyPayload)
#include "tst_shellypayload.moc"
