// A Shelly Gen2+ switch driven through the in-process broker (LoopbackMqttClient) and a SimulatedClock: a
// small fake Shelly answers RPCs on <prefix>/rpc as the Gen2 docs describe (response frames on <src>/rpc,
// NotifyStatus on <prefix>/events/rpc), so that readings, availability and the whole life of a command
// (confirmed, retried, refused, timed out, superseded) are seen from the device's side.
#include "shellydevice.h"

#include "devicetest.h"
#include "fakeshelly.h"

#include <commonwatt/clock.h>
#include <commonwatt/commandtracker.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace commonwatt;
using namespace commonwatt::shelly;
using namespace Qt::StringLiterals;
using commonwatt::testing::lastReading;
using commonwatt::testing::pump;
using commonwatt::testing::switchCommand;

namespace {

const QString kPrefix = testing::kShellyPrefix;
const QString kSource = u"commonwatt-kitchen"_s;
constexpr qint64 kStartMs = 1'717'200'000'000; // 2024-06-01

struct Rig : testing::DeviceRig
{
    explicit Rig(DeviceKind kind = DeviceKind::Appliance, bool controllable = true, int switchId = 0)
        : DeviceRig(kStartMs)
        , shelly(mqtt)
    {
        ShellyConfig config;
        config.deviceId = kPrefix;
        config.switchId = switchId;
        config.name = u"Kettle"_s;
        config.kind = kind;
        config.controllable = controllable;
        config.maxPowerKw = 3.7;
        config.rpcSource = kSource;
        device = new ShellyDevice(u"kitchen-switch0"_s, config, mqtt, clock, &owner);
    }

    [[nodiscard]] QList<QJsonObject> setRequests() const
    {
        QList<QJsonObject> sets;
        for (const QJsonObject &request : shelly.requests) {
            if (request.value(u"method"_s).toString() == u"Switch.Set"_s)
                sets << request;
        }
        return sets;
    }

    [[nodiscard]] testing::SwitchUnderTest underTest()
    {
        return {*this, device, [this](bool answer) { shelly.answer = answer; },
                [this] { return setRequests().size(); }};
    }

    testing::FakeShelly shelly;
    ShellyDevice *device = nullptr;
};

} // namespace

class TestShellyDevice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing::registerDeviceMetaTypes(); }

    void asksForItsStatusAtStartAndReadsTheReply()
    {
        Rig rig;
        QSignalSpy readings(rig.device, &Device::readingsReady);
        pump();
        QCOMPARE(rig.shelly.requests.size(), 1);
        const QJsonObject request = rig.shelly.requests.first();
        QCOMPARE(request.value(u"method"_s).toString(), u"Switch.GetStatus"_s);
        QCOMPARE(request.value(u"src"_s).toString(), kSource);
        QCOMPARE(request.value(u"params"_s).toObject().value(u"id"_s).toInt(-1), 0);
        QVERIFY(request.value(u"id"_s).isDouble());

        QCOMPARE(readings.size(), 1);
        const auto batch = readings.first().first().value<QList<DeviceReading>>();
        QCOMPARE(batch.size(), 3); // power, energy, on
        for (const DeviceReading &reading : batch)
            QCOMPARE(reading.timestampMs, kStartMs);
        QCOMPARE(lastReading(readings, rig.device->channelIndex(u"energy"_s))->value, 48.316062);
        QCOMPARE(lastReading(readings, rig.device->channelIndex(u"power"_s))->value, 0.0);
        QCOMPARE(lastReading(readings, rig.device->channelIndex(u"on"_s))->value, 0.0);
        QCOMPARE(rig.device->availability(), Availability::Online);
    }

    void statusTopicGivesReadingsStampedByTheClock()
    {
        Rig rig;
        pump();
        QSignalSpy readings(rig.device, &Device::readingsReady);
        rig.clock.advanceBy(90'000);
        rig.mqtt.inject(
            kPrefix + u"/status/switch:0"_s,
            R"({"id":0,"source":"button","output":true,"apower":2043.7,"voltage":229.6,"current":8.911,)"
            R"("aenergy":{"total":48316.562,"by_minute":[0,0,0],"minute_ts":1717200060},)"
            R"("temperature":{"tC":47.9,"tF":118.2}})");
        pump();
        QCOMPARE(readings.size(), 1);
        const auto power = lastReading(readings, rig.device->channelIndex(u"power"_s));
        QCOMPARE(power->value, 2.0437);
        QCOMPARE(power->timestampMs, kStartMs + 90'000);
        QCOMPARE(lastReading(readings, rig.device->channelIndex(u"on"_s))->value, 1.0);
        QCOMPARE(lastReading(readings, rig.device->channelIndex(u"energy"_s))->value, 48.316562);
    }

    void notificationsAreMergedAndReportOnlyWhatTheyCarry()
    {
        Rig rig;
        pump();
        QSignalSpy readings(rig.device, &Device::readingsReady);
        rig.mqtt.inject(kPrefix + u"/events/rpc"_s,
                        R"({"src":"shellyplus1pm-a8032ab12345","dst":"shellyplus1pm-a8032ab12345/events",)"
                        R"("method":"NotifyStatus","params":{"ts":1717200060.01,"switch:0":{"id":0,)"
                        R"("aenergy":{"by_minute":[0,0,0],"minute_ts":1717200059,"total":48316.900}}}})");
        pump();
        QCOMPARE(readings.size(), 1);
        const auto batch = readings.first().first().value<QList<DeviceReading>>();
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().channel, rig.device->channelIndex(u"energy"_s));
        // The rest of the last full status stands.
        QCOMPARE(*rig.device->lastStatus().voltageV, 229.8);
        QCOMPARE(rig.device->lastStatus().output, std::optional<bool>(false));
        QCOMPARE(*rig.device->lastStatus().energyWh, 48316.9);

        // Events about other components are not ours, and not errors either.
        rig.mqtt.inject(
            kPrefix + u"/events/rpc"_s,
            R"({"src":"shellyplus1pm-a8032ab12345","method":"NotifyEvent","params":{"ts":1717200061.0,)"
            R"("events":[{"component":"input:0","id":0,"event":"single_push","ts":1717200061.0}]}})");
        pump();
        QCOMPARE(readings.size(), 1);
        QCOMPARE(rig.device->badPayloadCount(), 0u);
    }

    void availabilityFollowsTheLastWillAndTheBroker()
    {
        Rig rig;
        rig.shelly.answer = false;
        pump();
        QCOMPARE(rig.device->availability(), Availability::Unknown);

        // A retained status may be all that is left of a device that died.
        rig.mqtt.inject(kPrefix + u"/status/switch:0"_s, rig.shelly.statusJson(0), true);
        pump();
        QCOMPARE(rig.device->availability(), Availability::Unknown);

        rig.mqtt.inject(kPrefix + u"/online"_s, "true", true);
        pump();
        QCOMPARE(rig.device->availability(), Availability::Online);

        rig.mqtt.inject(kPrefix + u"/online"_s, "false", true);
        pump();
        QCOMPARE(rig.device->availability(), Availability::Offline);
        QVERIFY(rig.device->availabilityReason().contains(kPrefix));

        rig.mqtt.setState(MqttClient::State::Disconnected, u"connection refused"_s);
        pump();
        QCOMPARE(rig.device->availability(), Availability::Failed);
        QVERIFY(rig.device->availabilityReason().contains(u"connection refused"_s));

        // Back on the broker: the device asks for the status again rather than trusting what it saw before.
        rig.shelly.answer = true;
        const qsizetype before = rig.shelly.requests.size();
        rig.mqtt.setState(MqttClient::State::Connected);
        pump();
        QCOMPARE(rig.shelly.requests.size(), before + 1);
        QCOMPARE(rig.shelly.requests.last().value(u"method"_s).toString(), u"Switch.GetStatus"_s);
        QCOMPARE(rig.device->availability(), Availability::Online);
    }

    void badPayloadsAreReportedAndTheLastGoodStateKept_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("field");
        const QString status = kPrefix + u"/status/switch:0"_s;
        const QString events = kPrefix + u"/events/rpc"_s;
        QTest::newRow("not JSON") << status << QByteArray("<html>502</html>") << u"not JSON"_s;
        QTest::newRow("truncated") << status << QByteArray(R"({"id":0,"output":true,"apower":12)")
                                   << u"not JSON"_s;
        QTest::newRow("wrong type") << status << QByteArray(R"({"id":0,"output":"on","apower":12})")
                                    << u"output"_s;
        QTest::newRow("NaN") << status << QByteArray(R"({"id":0,"apower":NaN})") << u"not JSON"_s;
        QTest::newRow("beyond limit")
            << status << QByteArray(R"({"id":0,"output":true,"apower":9999})") << u"apower"_s;
        QTest::newRow("negative energy")
            << status << QByteArray(R"({"id":0,"aenergy":{"total":-5}})") << u"aenergy.total"_s;
        QTest::newRow("bad notification")
            << events << QByteArray(R"({"method":"NotifyStatus","params":{"switch:0":{"output":1}}})")
            << u"params.switch:0.output"_s;
        QTest::newRow("online garbage")
            << kPrefix + u"/online"_s << QByteArray("maybe") << u"true or false"_s;
        QTest::newRow("reply garbage") << kSource + u"/rpc"_s << QByteArray("{}") << u"id"_s;
    }

    void badPayloadsAreReportedAndTheLastGoodStateKept()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(QString, field);
        Rig rig;
        pump();
        const SwitchStatus before = rig.device->lastStatus();
        const Availability availability = rig.device->availability();
        QSignalSpy readings(rig.device, &Device::readingsReady);
        QSignalSpy bad(rig.device, &Device::badPayload);
        rig.mqtt.inject(topic, payload);
        pump();
        QCOMPARE(bad.size(), 1);
        QCOMPARE(rig.device->badPayloadCount(), 1u);
        const QString reason = bad.first().first().toString();
        QVERIFY2(reason.startsWith(topic + u": "_s), qPrintable(reason));
        QVERIFY2(reason.contains(field), qPrintable(reason));
        QCOMPARE(readings.size(), 0);
        QCOMPARE(rig.device->lastStatus().output, before.output);
        QCOMPARE(rig.device->lastStatus().powerW, before.powerW);
        QCOMPARE(rig.device->lastStatus().energyWh, before.energyWh);
        QCOMPARE(rig.device->availability(), availability);
    }

    void aCounterResetNeverStepsTheEnergyBackwards()
    {
        Rig rig;
        pump(); // 48.316062 kWh from the status reply
        QSignalSpy readings(rig.device, &Device::readingsReady);
        QSignalSpy bad(rig.device, &Device::badPayload);
        const qint32 energy = rig.device->channelIndex(u"energy"_s);
        const auto report = [&](double totalWh) {
            rig.clock.advanceBy(60'000);
            rig.mqtt.inject(
                kPrefix + u"/status/switch:0"_s,
                u"{\"id\":0,\"output\":true,\"apower\":1500,\"aenergy\":{\"total\":%1}}"_s.arg(totalWh)
                    .toUtf8());
            pump();
        };
        report(3.0); // Switch.ResetCounters, or a replaced plug
        QCOMPARE(bad.size(), 1);
        QVERIFY2(bad.first().first().toString().contains(u"aenergy.total"_s),
                 qPrintable(bad.first().first().toString()));
        // The message's other fields still count: only the register was in doubt.
        QCOMPARE(lastReading(readings, rig.device->channelIndex(u"power"_s))->value, 1.5);
        QVERIFY(!lastReading(readings, energy));

        report(28.0);
        QCOMPARE(bad.size(), 1);
        QCOMPARE(lastReading(readings, energy)->value, 48.316062 + 0.025);
    }

    void aSwitchCommandIsSentAsSwitchSetAndConfirmedByTheNotification()
    {
        Rig rig;
        pump();
        QSignalSpy confirmed(rig.device, &Device::commandConfirmed);
        QSignalSpy failed(rig.device, &Device::commandFailed);
        const quint64 id = rig.device->sendCommand(switchCommand(true));
        pump();
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(confirmed.first().first().value<DeviceCommand>().id, id);
        QCOMPARE(failed.size(), 0);
        QVERIFY(rig.shelly.output);
        const QList<QJsonObject> sets = rig.setRequests();
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().value(u"params"_s).toObject(), (QJsonObject{{u"id"_s, 0}, {u"on"_s, true}}));
        QCOMPARE(sets.first().value(u"src"_s).toString(), kSource);
        QVERIFY(!rig.device->commandTracker().pending());

        // Off again; StartRun means on.
        rig.device->sendCommand(switchCommand(false));
        pump();
        QVERIFY(!rig.shelly.output);
        rig.device->sendCommand(switchCommand(false, CommandKind::StartRun));
        pump();
        QVERIFY(rig.shelly.output);
        QCOMPARE(confirmed.size(), 3);
        // Every send is a fresh JSON-RPC id, so that a late reply is never taken for a newer request's.
        QSet<int> ids;
        for (const QJsonObject &request : rig.shelly.requests)
            ids.insert(request.value(u"id"_s).toInt());
        QCOMPARE(ids.size(), rig.shelly.requests.size());
    }

    void withNotificationsOffTheOutputIsReadBack()
    {
        Rig rig;
        rig.shelly.notify = false;
        pump();
        QSignalSpy confirmed(rig.device, &Device::commandConfirmed);
        rig.device->sendCommand(switchCommand(true));
        pump();
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(rig.shelly.requests.last().value(u"method"_s).toString(), u"Switch.GetStatus"_s);
    }

    void anUnansweredCommandIsRetriedUntilConfirmed()
    {
        Rig rig;
        pump();
        rig.shelly.ignoreNext = 2;
        QSignalSpy confirmed(rig.device, &Device::commandConfirmed);
        rig.device->sendCommand(switchCommand(true));
        pump();
        QCOMPARE(confirmed.size(), 0);
        rig.advance(2'000);
        QCOMPARE(rig.setRequests().size(), 1); // not before the retry interval
        rig.advance(10'000);
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(rig.setRequests().size(), 3);
        QCOMPARE(rig.device->commandTracker().attempts(), 3);
        // Absolute commands: sent three times, applied as one state.
        QVERIFY(rig.shelly.output);
        rig.advance(30'000);
        QCOMPARE(rig.setRequests().size(), 3);
    }

    void aCommandFailsAfterTheTimeout()
    {
        Rig rig;
        testing::verifyACommandFailsAfterTheTimeout(rig.underTest(), u"Kettle"_s);
    }

    void aNewerCommandSupersedesAPendingOne()
    {
        Rig rig;
        testing::verifyANewerCommandSupersedesAPendingOne(rig.underTest());
        QVERIFY(!rig.shelly.output);
    }

    void aRefusedSwitchSetFailsAtOnceWithTheDevicesReason()
    {
        Rig rig;
        pump();
        rig.shelly.refuseSetWith = u"Output is locked by the overpower protection"_s;
        QSignalSpy failed(rig.device, &Device::commandFailed);
        rig.device->sendCommand(switchCommand(true));
        pump();
        QCOMPARE(failed.size(), 1);
        const QString reason = failed.first().at(1).toString();
        QVERIFY2(reason.contains(u"Switch.Set"_s) && reason.contains(u"overpower"_s), qPrintable(reason));
        QVERIFY(!rig.device->commandTracker().pending());
        rig.advance(20'000);
        QCOMPARE(rig.setRequests().size(), 1);
        QCOMPARE(failed.size(), 1);

        // The device still takes the next command.
        rig.shelly.refuseSetWith.clear();
        QSignalSpy confirmed(rig.device, &Device::commandConfirmed);
        rig.device->sendCommand(switchCommand(true));
        pump();
        QCOMPARE(confirmed.size(), 1);
    }

    void aSwitchTheDeviceDoesNotHaveFailsTheDevice()
    {
        Rig rig(DeviceKind::Appliance, true, 1);
        pump();
        QCOMPARE(rig.device->availability(), Availability::Failed);
        QVERIFY2(rig.device->availabilityReason().contains(u"switch 1"_s),
                 qPrintable(rig.device->availabilityReason()));
        QVERIFY(rig.device->availabilityReason().contains(u"not found"_s));
    }

    void aMonitorTakesNoCommands()
    {
        Rig rig(DeviceKind::Appliance, false);
        testing::verifyAMonitorTakesNoCommands(rig.underTest());
    }

    void destroyingTheDeviceEndsItsSubscriptions()
    {
        Rig rig;
        pump();
        delete rig.device;
        rig.device = nullptr;
        const quint64 delivered = rig.mqtt.statistics().delivered;
        // Nothing is delivered to a dead device, and nothing crashes.
        rig.mqtt.inject(kPrefix + u"/status/switch:0"_s, rig.shelly.statusJson(0));
        rig.mqtt.inject(kSource + u"/rpc"_s, R"({"id":1,"result":{"was_on":false}})");
        pump();
        QCOMPARE(rig.mqtt.statistics().delivered, delivered);
    }
};

QTEST_GUILESS_MAIN(TestShellyDevice)
#include "tst_shellydevice.moc"
