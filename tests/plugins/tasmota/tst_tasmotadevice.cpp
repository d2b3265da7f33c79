// A Tasmota relay driven through the in-process broker (LoopbackMqttClient) and a SimulatedClock. A small
// fake Tasmota answers on the topics its docs describe (cmnd/<t>/POWER<n> -> stat/<t>/RESULT and
// stat/<t>/POWER<n>, cmnd/<t>/STATE -> stat/<t>/RESULT), so that readings, availability and commands are seen
// end to end.
#include "tasmotadevice.h"

#include "devicetest.h"

#include <commonwatt/clock.h>
#include <commonwatt/commandtracker.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace commonwatt;
using namespace commonwatt::tasmota;
using namespace Qt::StringLiterals;
using commonwatt::testing::lastReading;
using commonwatt::testing::pump;
using commonwatt::testing::switchCommand;

namespace {

const QString kTopic = u"tasmota_9CF9D1"_s;
constexpr qint64 kStartMs = 1'717'200'000'000;

class FakeTasmota : public QObject
{
public:
    FakeTasmota(testing::LoopbackMqttClient &mqtt, QObject *parent = nullptr)
        : QObject(parent)
        , m_mqtt(mqtt)
    {
        mqtt.subscribe(u"cmnd/%1/#"_s.arg(kTopic), this, [this](const QList<MqttMessage> &messages) {
            for (const MqttMessage &message : messages)
                onCommand(message);
        });
    }

    bool relays[2] = {false, false};
    bool answer = true;
    int ignoreNext = 0;
    QList<MqttMessage> commands;

    [[nodiscard]] qsizetype powerCommands() const
    {
        return std::count_if(commands.begin(), commands.end(),
                             [](const MqttMessage &m) { return m.topic.contains(u"/POWER"_s); });
    }

private:
    static QString state(bool on) { return on ? u"ON"_s : u"OFF"_s; }

    void onCommand(const MqttMessage &message)
    {
        commands << message;
        if (ignoreNext > 0) {
            --ignoreNext;
            return;
        }
        if (!answer)
            return;
        const QString command = message.topic.section(u'/', 2);
        if (command == u"STATE"_s) {
            m_mqtt.inject(u"stat/%1/RESULT"_s.arg(kTopic),
                          u"{\"Time\":\"2024-06-01T00:00:00\",\"Uptime\":\"0T01:00:00\",\"UptimeSec\":3600,"
                          "\"POWER1\":\"%1\",\"POWER2\":\"%2\"}"_s.arg(state(relays[0]), state(relays[1]))
                              .toUtf8());
            return;
        }
        // A two-relay device names its relays POWER1 and POWER2 in replies, whatever the command said.
        const int relay = command == u"POWER"_s ? 1 : command.mid(5).toInt();
        if (relay < 1 || relay > 2)
            return;
        relays[relay - 1] = message.payload == "ON";
        m_mqtt.inject(u"stat/%1/RESULT"_s.arg(kTopic),
                      u"{\"POWER%1\":\"%2\"}"_s.arg(relay).arg(state(relays[relay - 1])).toUtf8());
        m_mqtt.inject(u"stat/%1/POWER%2"_s.arg(kTopic).arg(relay), state(relays[relay - 1]).toUtf8());
    }

    testing::LoopbackMqttClient &m_mqtt;
};

struct Rig : testing::DeviceRig
{
    explicit Rig(int relay = 1, bool controllable = true)
        : DeviceRig(kStartMs)
        , tasmota(mqtt)
    {
        TasmotaConfig config;
        config.topic = kTopic;
        config.relay = relay;
        config.name = u"Dishwasher"_s;
        config.controllable = controllable;
        config.kind = DeviceKind::Appliance; // a monitor too: it measures one load
        device = new TasmotaDevice(u"kitchen-relay%1"_s.arg(relay), config, mqtt, clock, &owner);
    }

    void sensor(double totalKwh, double powerW)
    {
        mqtt.inject(
            u"tele/%1/SENSOR"_s.arg(kTopic),
            u"{\"Time\":\"2024-06-01T12:00:00\",\"ENERGY\":{\"Total\":%1,\"Power\":%2,\"Voltage\":231,"
            "\"Current\":1.0}}"_s.arg(totalKwh)
                .arg(powerW)
                .toUtf8());
        pump();
    }

    [[nodiscard]] testing::SwitchUnderTest underTest()
    {
        return {*this, device, [this](bool answer) { tasmota.answer = answer; },
                [this] { return tasmota.powerCommands(); }};
    }

    FakeTasmota tasmota;
    TasmotaDevice *device = nullptr;
};

} // namespace

class TestTasmotaDevice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing::registerDeviceMetaTypes(); }

    void asksForItsStateAtStart()
    {
        Rig rig;
        rig.tasmota.relays[0] = true;
        QSignalSpy readings(rig.device, &Device::readingsReady);
        pump();
        QCOMPARE(rig.tasmota.commands.size(), 1);
        QCOMPARE(rig.tasmota.commands.first().topic, u"cmnd/%1/STATE"_s.arg(kTopic));
        QVERIFY(rig.tasmota.commands.first().payload.isEmpty());
        const auto on = lastReading(readings, rig.device->channelIndex(u"on"_s));
        QVERIFY(on);
        QCOMPARE(on->value, 1.0);
        QCOMPARE(on->timestampMs, kStartMs);
        QCOMPARE(rig.device->availability(), Availability::Online);
    }

    void sensorGivesPowerAndEnergy()
    {
        Rig rig;
        pump();
        QSignalSpy readings(rig.device, &Device::readingsReady);
        rig.clock.advanceBy(300'000);
        rig.sensor(412.738, 1180);
        QCOMPARE(readings.size(), 1);
        const auto power = lastReading(readings, rig.device->channelIndex(u"power"_s));
        QCOMPARE(power->value, 1.18);
        QCOMPARE(power->timestampMs, kStartMs + 300'000);
        QCOMPARE(lastReading(readings, rig.device->channelIndex(u"energy"_s))->value, 412.738);
        QVERIFY(!lastReading(readings, rig.device->channelIndex(u"on"_s)));

        rig.mqtt.inject(u"tele/%1/STATE"_s.arg(kTopic), R"({"Time":"2024-06-01T12:05:00","POWER":"ON"})");
        pump();
        QCOMPARE(lastReading(readings, rig.device->channelIndex(u"on"_s))->value, 1.0);
    }

    void availabilityFollowsTheLwtAndTheBroker()
    {
        Rig rig;
        rig.tasmota.answer = false;
        pump();
        QCOMPARE(rig.device->availability(), Availability::Unknown);
        rig.mqtt.inject(u"tele/%1/STATE"_s.arg(kTopic), R"({"POWER":"ON"})", true);
        pump();
        QCOMPARE(rig.device->availability(), Availability::Unknown); // retained: proves nothing
        rig.mqtt.inject(u"tele/%1/LWT"_s.arg(kTopic), "Online", true);
        pump();
        QCOMPARE(rig.device->availability(), Availability::Online);
        rig.mqtt.inject(u"tele/%1/LWT"_s.arg(kTopic), "Offline", true);
        pump();
        QCOMPARE(rig.device->availability(), Availability::Offline);
        QVERIFY(rig.device->availabilityReason().contains(kTopic));
        rig.mqtt.setState(MqttClient::State::Disconnected, u"broker went away"_s);
        pump();
        QCOMPARE(rig.device->availability(), Availability::Failed);
        QVERIFY(rig.device->availabilityReason().contains(u"broker went away"_s));
        rig.tasmota.answer = true;
        rig.mqtt.setState(MqttClient::State::Connected);
        pump();
        QCOMPARE(rig.tasmota.commands.last().topic, u"cmnd/%1/STATE"_s.arg(kTopic));
        QCOMPARE(rig.device->availability(), Availability::Online);
    }

    void badPayloadsAreReportedAndTheLastGoodStateKept_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("field");
        const QString sensor = u"tele/%1/SENSOR"_s.arg(kTopic);
        QTest::newRow("not JSON") << sensor << QByteArray("garbage") << u"not JSON"_s;
        QTest::newRow("truncated") << sensor << QByteArray(R"({"ENERGY":{"Total":4)") << u"not JSON"_s;
        QTest::newRow("wrong type") << sensor << QByteArray(R"({"ENERGY":{"Power":"a lot"}})")
                                    << u"ENERGY.Power"_s;
        QTest::newRow("NaN") << sensor << QByteArray(R"({"ENERGY":{"Power":NaN}})") << u"not JSON"_s;
        QTest::newRow("beyond limit")
            << sensor << QByteArray(R"({"ENERGY":{"Power":50000}})") << u"ENERGY.Power"_s;
        QTest::newRow("negative total")
            << sensor << QByteArray(R"({"ENERGY":{"Total":-1}})") << u"ENERGY.Total"_s;
        QTest::newRow("STATE") << u"tele/%1/STATE"_s.arg(kTopic) << QByteArray(R"({"POWER":true})")
                               << u"POWER"_s;
        QTest::newRow("POWER") << u"stat/%1/POWER"_s.arg(kTopic) << QByteArray("2") << u"POWER"_s;
        QTest::newRow("LWT") << u"tele/%1/LWT"_s.arg(kTopic) << QByteArray("gone") << u"LWT"_s;
    }

    void badPayloadsAreReportedAndTheLastGoodStateKept()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(QString, field);
        Rig rig;
        pump();
        rig.sensor(10.0, 100);
        const std::optional<bool> on = rig.device->lastOn();
        const Availability availability = rig.device->availability();
        QSignalSpy readings(rig.device, &Device::readingsReady);
        QSignalSpy bad(rig.device, &Device::badPayload);
        rig.mqtt.inject(topic, payload);
        pump();
        QCOMPARE(bad.size(), 1);
        const QString reason = bad.first().first().toString();
        QVERIFY2(reason.startsWith(topic + u": "_s) && reason.contains(field), qPrintable(reason));
        QCOMPARE(readings.size(), 0);
        QCOMPARE(rig.device->lastOn(), on);
        QCOMPARE(rig.device->availability(), availability);
    }

    void aRestoredOlderTotalNeverStepsTheEnergyBackwards()
    {
        Rig rig;
        pump();
        QSignalSpy readings(rig.device, &Device::readingsReady);
        QSignalSpy bad(rig.device, &Device::badPayload);
        const qint32 energy = rig.device->channelIndex(u"energy"_s);
        rig.sensor(500.0, 1000);
        rig.clock.advanceBy(3'600'000);
        rig.sensor(501.0, 1000);
        rig.clock.advanceBy(300'000);
        rig.sensor(500.1, 1000); // restarted after a power cut: the total it saved an hour ago
        QCOMPARE(bad.size(), 1);
        QVERIFY2(bad.first().first().toString().contains(u"ENERGY.Total"_s),
                 qPrintable(bad.first().first().toString()));
        QCOMPARE(lastReading(readings, energy)->value, 501.0);
        rig.clock.advanceBy(300'000);
        rig.sensor(500.18, 1000);
        QCOMPARE(bad.size(), 1);
        QCOMPARE(lastReading(readings, energy)->value, 501.0 + 0.08);
    }

    void aSwitchCommandIsPublishedAndConfirmedByTheResult()
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
        const MqttMessage sent = rig.tasmota.commands.last();
        QCOMPARE(sent.topic, u"cmnd/%1/POWER"_s.arg(kTopic));
        QCOMPARE(sent.payload, QByteArray("ON"));
        QVERIFY(rig.tasmota.relays[0]);
        rig.device->sendCommand(switchCommand(false));
        pump();
        QVERIFY(!rig.tasmota.relays[0]);
        rig.device->sendCommand(switchCommand(false, CommandKind::StartRun));
        pump();
        QVERIFY(rig.tasmota.relays[0]);
        QCOMPARE(confirmed.size(), 3);
        QCOMPARE(rig.tasmota.powerCommands(), 3);
    }

    void theSecondRelayHasItsOwnTopics()
    {
        Rig rig(2);
        rig.tasmota.relays[0] = true;
        QSignalSpy readings(rig.device, &Device::readingsReady);
        pump();
        QCOMPARE(lastReading(readings, rig.device->channelIndex(u"on"_s))->value, 0.0); // POWER2, not POWER1
        QSignalSpy confirmed(rig.device, &Device::commandConfirmed);
        rig.device->sendCommand(switchCommand(true));
        pump();
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(rig.tasmota.commands.last().topic, u"cmnd/%1/POWER2"_s.arg(kTopic));
        QVERIFY(rig.tasmota.relays[1]);
        QVERIFY(rig.tasmota.relays[0]);
    }

    void anUnansweredCommandIsRetriedUntilConfirmed()
    {
        Rig rig;
        pump();
        rig.tasmota.ignoreNext = 2;
        QSignalSpy confirmed(rig.device, &Device::commandConfirmed);
        rig.device->sendCommand(switchCommand(true));
        rig.advance(2'000);
        QCOMPARE(confirmed.size(), 0);
        QCOMPARE(rig.tasmota.powerCommands(), 1);
        rig.advance(10'000);
        QCOMPARE(confirmed.size(), 1);
        QCOMPARE(rig.tasmota.powerCommands(), 3);
        rig.advance(20'000);
        QCOMPARE(rig.tasmota.powerCommands(), 3);
    }

    void aCommandFailsAfterTheTimeout()
    {
        Rig rig;
        testing::verifyACommandFailsAfterTheTimeout(rig.underTest(), u"Dishwasher"_s);
    }

    void aNewerCommandSupersedesAPendingOne()
    {
        Rig rig;
        testing::verifyANewerCommandSupersedesAPendingOne(rig.underTest());
    }

    void aMonitorTakesNoCommands()
    {
        Rig rig(1, false);
        testing::verifyAMonitorTakesNoCommands(rig.underTest());
    }
};

QTEST_GUILESS_MAIN(TestTasmotaDevice)
#include "tst_tasmotadevice.moc"
