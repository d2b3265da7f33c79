// A generic MQTT device driven through an in-process broker and a simulated clock: readings from JSON paths
// and plain payloads, availability, every class of bad payload (counted, reported naming topic and field,
// the last good state kept), the energy register under the plugin API's counter rule (resets, glitches, the
// maxPowerKw limit), and commands confirmed, retried and failed.
#include "genericmqttdevice.h"
#include "loopbackmqttclient.h"
#include "washersettings.h"

#include <commonwatt/clock.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using namespace commonwatt::mqttgeneric;
using commonwatt::testing::LoopbackMqttClient;
using commonwatt::testing::washerSettings;

namespace {

constexpr qint64 startMs = 1'748'779'200'000; // 2025-06-01T12:00:00Z

QJsonObject batterySettings()
{
    return {{u"name"_s, u"Battery"_s},
            {u"kind"_s, u"battery"_s},
            {u"powerTopic"_s, u"battery/power"_s},
            {u"socTopic"_s, u"battery/state"_s},
            {u"socPath"_s, u"data.values[1]"_s},
            {u"socScale"_s, 100},
            {u"setpointTopic"_s, u"battery/setpoint/set"_s}};
}

QJsonObject chargerSettings()
{
    return {{u"name"_s, u"Wallbox"_s},
            {u"kind"_s, u"ev"_s},
            {u"powerTopic"_s, u"wallbox/power"_s},
            {u"powerScale"_s, 1},
            {u"currentTopic"_s, u"wallbox/current/set"_s}};
}

// One device on an in-process broker and a simulated clock, with everything it says recorded.
struct Rig
{
    explicit Rig(const QJsonObject &settings)
    {
        QString error;
        std::optional<GenericConfig> config = configFromSettings(settings, &error);
        if (!config)
            qFatal("bad test settings: %s", qPrintable(error));
        device = new GenericMqttDevice(u"generic-1"_s, std::move(*config), mqtt, clock, {}, &owner);
        QObject::connect(device, &Device::readingsReady, &owner,
                         [this](const QList<DeviceReading> &r) { batches.append(r); });
        QObject::connect(device, &Device::badPayload, &owner, [this](const QString &r) { bad.append(r); });
        QObject::connect(device, &Device::commandConfirmed, &owner,
                         [this](const DeviceCommand &c) { confirmed.append(c.id); });
        QObject::connect(device, &Device::commandFailed, &owner,
                         [this](const DeviceCommand &c, const QString &r) {
                             failed.append(c.id);
                             failures.append(r);
                         });
    }

    void send(const QString &topic, const QByteArray &payload)
    {
        mqtt.inject(topic, payload);
        QCoreApplication::sendPostedEvents(); // the loopback delivers queued, like a broker's thread
    }
    // What was published on `topic`, in order.
    QList<QByteArray> publishedOn(const QString &topic) const
    {
        QList<QByteArray> payloads;
        for (const MqttMessage &message : mqtt.published()) {
            if (message.topic == topic)
                payloads.append(message.payload);
        }
        return payloads;
    }
    double value(const QList<DeviceReading> &batch, Reading reading) const
    {
        for (const DeviceReading &r : batch) {
            if (r.channel == device->channelOf(reading))
                return r.value;
        }
        return qQNaN();
    }

    SimulatedClock clock{startMs};
    LoopbackMqttClient mqtt;
    QObject owner;
    GenericMqttDevice *device = nullptr;
    QList<QList<DeviceReading>> batches;
    QStringList bad;
    QList<quint64> confirmed;
    QList<quint64> failed;
    QStringList failures;
};

} // namespace

class TestGenericMqttDevice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<DeviceReading>>();
        qRegisterMetaType<DeviceCommand>();
        qRegisterMetaType<Availability>();
    }

    void channelsFollowTheMapping()
    {
        Rig washer(washerSettings());
        QCOMPARE(washer.device->kind(), DeviceKind::Appliance);
        QCOMPARE(washer.device->name(), u"Washer plug"_s);
        const QList<ChannelSpec> &channels = washer.device->channels();
        QCOMPARE(channels.size(), 3);
        QCOMPARE(channels[0].name, u"power"_s);
        QCOMPARE(channels[0].unit, u"kW"_s);
        QCOMPARE(channels[1].name, u"energy"_s);
        QCOMPARE(channels[1].quantity, Quantity::EnergyCounter);
        QCOMPARE(channels[2].name, u"on"_s);
        QCOMPARE(channels[2].quantity, Quantity::Flag);
        QCOMPARE(washer.device->channelOf(Reading::Soc), -1);

        QJsonObject meter = washerSettings();
        meter.insert(u"kind"_s, u"meter"_s);
        Rig grid(meter);
        // A meter's register is what the household settles as grid import.
        QCOMPARE(grid.device->channels()[grid.device->channelOf(Reading::Energy)].name, u"import_energy"_s);
    }

    void readsJsonPathsAndPlainValues()
    {
        Rig rig(washerSettings());
        rig.clock.advanceBy(1234);
        rig.send(u"tele/washer/SENSOR"_s, R"({"Time":"x","ENERGY":{"Total":12.5,"Power":230}})");
        QCOMPARE(rig.batches.size(), 1);
        const QList<DeviceReading> &batch = rig.batches.first();
        QCOMPARE(batch.size(), 2);
        QCOMPARE(rig.value(batch, Reading::Power), 0.23); // W scaled to kW
        QCOMPARE(rig.value(batch, Reading::Energy), 12.5);
        for (const DeviceReading &reading : batch)
            QCOMPARE(reading.timestampMs, startMs + 1234); // the clock's time at arrival
        rig.send(u"stat/washer/POWER"_s, "ON");
        QCOMPARE(rig.batches.size(), 2);
        QCOMPARE(rig.value(rig.batches.last(), Reading::On), 1.0);
        rig.send(u"stat/washer/POWER"_s, "off");
        QCOMPARE(rig.value(rig.batches.last(), Reading::On), 0.0);
        // Topics it does not map never reach it.
        rig.send(u"tele/dryer/SENSOR"_s, R"({"ENERGY":{"Power":1}})");
        QCOMPARE(rig.batches.size(), 3);
        QVERIFY(rig.bad.isEmpty());

        Rig battery(batterySettings());
        battery.send(u"battery/power"_s, "-1500");
        QCOMPARE(battery.value(battery.batches.last(), Reading::Power), -1.5);
        battery.send(u"battery/state"_s, R"({"data":{"values":[3.1, 0.625, 7]}})");
        QCOMPARE(battery.value(battery.batches.last(), Reading::Soc), 62.5);
    }

    void availabilityFollowsTheDevice()
    {
        Rig rig(washerSettings());
        QCOMPARE(rig.device->availability(), Availability::Unknown);
        // With an availability topic, readings alone do not make the device online.
        rig.send(u"tele/washer/SENSOR"_s, R"({"ENERGY":{"Total":1,"Power":2}})");
        QCOMPARE(rig.device->availability(), Availability::Unknown);
        rig.send(u"tele/washer/LWT"_s, "Online");
        QCOMPARE(rig.device->availability(), Availability::Online);
        rig.send(u"tele/washer/LWT"_s, "Offline");
        QCOMPARE(rig.device->availability(), Availability::Offline);
        QVERIFY2(rig.device->availabilityReason().contains(u"tele/washer/LWT"_s),
                 qPrintable(rig.device->availabilityReason()));
        rig.send(u"tele/washer/LWT"_s, "maybe");
        QCOMPARE(rig.device->availability(), Availability::Offline); // the last word stands
        QCOMPARE(rig.bad.size(), 1);
        QVERIFY2(rig.bad.last().startsWith(u"tele/washer/LWT: availabilityTopic: \"maybe\""_s),
                 qPrintable(rig.bad.last()));

        // Without one, the first good reading says it is there.
        Rig plain(batterySettings());
        plain.send(u"battery/power"_s, "oops");
        QCOMPARE(plain.device->availability(), Availability::Unknown);
        plain.send(u"battery/power"_s, "100");
        QCOMPARE(plain.device->availability(), Availability::Online);
    }

    void brokerLossFailsTheDevice()
    {
        Rig rig(batterySettings());
        rig.send(u"battery/power"_s, "100");
        QCOMPARE(rig.device->availability(), Availability::Online);
        rig.mqtt.setState(MqttClient::State::Disconnected, u"connection refused"_s);
        QCOMPARE(rig.device->availability(), Availability::Failed);
        QVERIFY(rig.device->availabilityReason().contains(u"connection refused"_s));
        rig.mqtt.setState(MqttClient::State::Connected);
        QCOMPARE(rig.device->availability(), Availability::Unknown);
        rig.send(u"battery/power"_s, "100");
        QCOMPARE(rig.device->availability(), Availability::Online);
    }

    void badPayloadsKeepTheLastGoodState_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason"); // the start of the reported reason
        const QString sensor = u"tele/washer/SENSOR"_s;
        QTest::newRow("not JSON") << sensor << QByteArray("hello")
                                  << u"tele/washer/SENSOR: powerPath ENERGY.Power: not JSON"_s;
        QTest::newRow("truncated") << sensor << QByteArray("{\"ENERGY\":{\"Power\":2")
                                   << u"tele/washer/SENSOR: powerPath ENERGY.Power: not JSON"_s;
        QTest::newRow("wrong type")
            << sensor << QByteArray(R"({"ENERGY":{"Power":"high","Total":[1]}})")
            << u"tele/washer/SENSOR: powerPath ENERGY.Power: ENERGY.Power: the text"_s;
        QTest::newRow("missing key") << sensor << QByteArray(R"({"ENERGY":{}})")
                                     << u"tele/washer/SENSOR: powerPath ENERGY.Power: no key \"Power\""_s;
        QTest::newRow("NaN plain")
            << u"stat/washer/POWER"_s << QByteArray("NaN")
            << u"stat/washer/POWER: onTopic (a plain value): the payload \"NaN\" is none of"_s;
        QTest::newRow("negative energy")
            << sensor << QByteArray(R"({"ENERGY":{"Power":5,"Total":-3}})")
            << u"tele/washer/SENSOR: energyPath ENERGY.Total: -3 kWh is negative"_s;
        QTest::newRow("absurd power") << sensor << QByteArray(R"({"ENERGY":{"Power":1e12,"Total":7}})")
                                      << u"tele/washer/SENSOR: powerPath ENERGY.Power: 1e+09 kW is beyond"_s;
        QByteArray large = "{\"ENERGY\":{\"Power\":5,\"Total\":3},\"pad\":\"";
        large += QByteArray(100 * 1024, 'p') + "\"}";
        QTest::newRow("100 kB") << sensor << large
                                << u"tele/washer/SENSOR: powerPath ENERGY.Power: the payload is 102"_s;
    }
    void badPayloadsKeepTheLastGoodState()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        Rig rig(washerSettings());
        rig.send(u"tele/washer/SENSOR"_s, R"({"ENERGY":{"Power":100,"Total":7}})");
        rig.send(u"stat/washer/POWER"_s, "ON");
        QCOMPARE(rig.batches.size(), 2);
        const qsizetype goodBatches = rig.batches.size();

        rig.send(topic, payload);
        QVERIFY(rig.device->badPayloadCount() >= 1);
        QCOMPARE(rig.device->badPayloadCount(), quint64(rig.bad.size()));
        QVERIFY2(rig.bad.first().startsWith(reason), qPrintable(rig.bad.first()));
        // Nothing wrong was reported as a reading; the device carries on with the next good payload.
        for (qsizetype i = goodBatches; i < rig.batches.size(); ++i) {
            for (const DeviceReading &r : rig.batches[i])
                QVERIFY(std::isfinite(r.value) && std::abs(r.value) < 1e5 && r.value >= 0.0);
        }
        rig.clock.advanceBy(60'000); // half a kWh in a minute is plausible at 50 kW, not in no time at all
        rig.send(u"tele/washer/SENSOR"_s, R"({"ENERGY":{"Power":200,"Total":7.5}})");
        QCOMPARE(rig.value(rig.batches.last(), Reading::Power), 0.2);
        QCOMPARE(rig.value(rig.batches.last(), Reading::Energy), 7.5);
    }

    void oneBadFieldDoesNotLoseTheOthers()
    {
        Rig rig(washerSettings());
        rig.send(u"tele/washer/SENSOR"_s, R"({"ENERGY":{"Power":300,"Total":"n/a"}})");
        QCOMPARE(rig.batches.size(), 1);
        QCOMPARE(rig.batches[0].size(), 1);
        QCOMPARE(rig.value(rig.batches[0], Reading::Power), 0.3);
        QCOMPARE(rig.bad.size(), 1);
        QVERIFY(rig.bad[0].contains(u"energyPath ENERGY.Total"_s));
    }

    void oversizedMessagesNeverArrive()
    {
        // The client drops what is larger than its limit before any plugin sees it; the device is untouched.
        Rig rig(washerSettings());
        QByteArray huge =
            "{\"ENERGY\":{\"Power\":5,\"Total\":3},\"pad\":\"" + QByteArray(1024 * 1024, 'p') + "\"}";
        rig.send(u"tele/washer/SENSOR"_s, huge);
        QCOMPARE(rig.mqtt.statistics().droppedOversize, 1u);
        QVERIFY(rig.batches.isEmpty());
        QVERIFY(rig.bad.isEmpty());
    }

    // The register rule is the plugin API's EnergyCounter (docs/plugins.md, "Energy counters"), tested on its
    // own in tests/unit/tst_energycounter; these check that the device applies it.
    void anEnergyRegisterResetIsHeldBackThenStitched()
    {
        Rig rig(washerSettings());
        const auto sendTotal = [&rig](const char *total) {
            rig.clock.advanceBy(60'000);
            rig.send(u"tele/washer/SENSOR"_s,
                     "{\"ENERGY\":{\"Power\":300,\"Total\":" + QByteArray(total) + "}}");
            return rig.value(rig.batches.last(), Reading::Energy);
        };
        QCOMPARE(sendTotal("100.0"), 100.0);
        QCOMPARE(sendTotal("100.4"), 100.4);
        QCOMPARE(sendTotal("100.395"), 100.4); // rounding noise repeats the last value
        QVERIFY(rig.bad.isEmpty());

        // The device restarted its register: the first value after it is held back, reported, and no reading.
        QVERIFY(qIsNaN(sendTotal("0.1")));
        QCOMPARE(rig.value(rig.batches.last(), Reading::Power), 0.3); // the message's other readings count
        QCOMPARE(rig.bad.size(), 1);
        QVERIFY2(
            rig.bad.last().startsWith(u"tele/washer/SENSOR: energyPath ENERGY.Total: energy counter went "
                                      u"back from 100.400 to 0.100 kWh"_s),
            qPrintable(rig.bad.last()));
        // The next value continues from it: the register really restarted. The published counter carries on
        // from where it was with what the device counted since, never stepping back.
        QCOMPARE(sendTotal("0.6"), 100.4 + 0.5);
        QCOMPARE(sendTotal("0.7"), 100.4 + 0.6);
        QCOMPARE(rig.bad.size(), 1);
    }

    void anEnergyGlitchIsForgotten()
    {
        Rig rig(washerSettings());
        const auto sendTotal = [&rig](const char *total) {
            rig.clock.advanceBy(60'000);
            rig.send(u"tele/washer/SENSOR"_s,
                     "{\"ENERGY\":{\"Power\":300,\"Total\":" + QByteArray(total) + "}}");
            return rig.value(rig.batches.last(), Reading::Energy);
        };
        QCOMPARE(sendTotal("250.0"), 250.0);
        QVERIFY(qIsNaN(sendTotal("0"))); // one garbage value
        QCOMPARE(rig.bad.size(), 1);
        // The next value continues from the last good one: the zero was a glitch, not a reset.
        QCOMPARE(sendTotal("250.02"), 250.02);
        QCOMPARE(sendTotal("250.04"), 250.04);
        QCOMPARE(rig.bad.size(), 1);
        // Nothing but the good values was ever reported.
        for (const QList<DeviceReading> &batch : std::as_const(rig.batches)) {
            const double energy = rig.value(batch, Reading::Energy);
            QVERIFY(qIsNaN(energy) || energy >= 250.0);
        }
    }

    void anEnergyLeapBeyondMaxPowerIsRefused()
    {
        QJsonObject settings = washerSettings();
        settings.insert(u"maxPowerKw"_s, 2.0);
        Rig rig(settings);
        rig.send(u"tele/washer/SENSOR"_s, R"({"ENERGY":{"Power":100,"Total":12}})");
        // 2 kW for 10 minutes is a third of a kWh: 40 kWh more is a broken message.
        rig.clock.advanceBy(10 * 60'000);
        rig.send(u"tele/washer/SENSOR"_s, R"({"ENERGY":{"Power":100,"Total":52}})");
        QVERIFY(qIsNaN(rig.value(rig.batches.last(), Reading::Energy)));
        QCOMPARE(rig.bad.size(), 1);
        QVERIFY2(rig.bad.last().contains(u"plausibility limit of 2 kW"_s), qPrintable(rig.bad.last()));
        rig.clock.advanceBy(10 * 60'000);
        rig.send(u"tele/washer/SENSOR"_s, R"({"ENERGY":{"Power":100,"Total":12.3}})");
        QCOMPARE(rig.value(rig.batches.last(), Reading::Energy), 12.3);
        QCOMPARE(rig.bad.size(), 1);
    }

    void switchIsConfirmedByTheState()
    {
        Rig rig(washerSettings());
        QVERIFY(rig.device->accepts(CommandKind::Switch));
        QVERIFY(rig.device->accepts(CommandKind::StartRun));
        QVERIFY(!rig.device->accepts(CommandKind::SetPower));
        QVERIFY(!rig.device->accepts(CommandKind::Automatic));
        DeviceCommand on;
        on.kind = CommandKind::Switch;
        on.on = true;
        const quint64 id = rig.device->sendCommand(on);
        QCOMPARE(rig.publishedOn(u"cmnd/washer/POWER"_s), (QList<QByteArray>{"ON"}));
        // A state that does not show it confirms nothing.
        rig.send(u"stat/washer/POWER"_s, "OFF");
        QVERIFY(rig.confirmed.isEmpty());
        rig.send(u"stat/washer/POWER"_s, "ON");
        QCOMPARE(rig.confirmed, QList<quint64>{id});
        // Confirmed: no more retries however long the clock runs.
        rig.clock.advanceBy(120'000);
        QCOMPARE(rig.publishedOn(u"cmnd/washer/POWER"_s).size(), 1);
        QVERIFY(rig.failed.isEmpty());

        DeviceCommand start;
        start.kind = CommandKind::StartRun;
        rig.device->sendCommand(start);
        QCOMPARE(rig.publishedOn(u"cmnd/washer/POWER"_s).last(), QByteArray("ON"));
        rig.send(u"stat/washer/POWER"_s, "ON");
        QCOMPARE(rig.confirmed.size(), 2);
    }

    void unconfirmedCommandIsRetriedThenFails()
    {
        Rig rig(washerSettings());
        DeviceCommand off;
        off.kind = CommandKind::Switch;
        off.on = false;
        const quint64 id = rig.device->sendCommand(off);
        for (int second = 1; second <= 10; ++second)
            rig.clock.advanceBy(1000);
        // Sent at 0, then after each 3 s retry interval: 3, 6, 9 s.
        QCOMPARE(rig.publishedOn(u"cmnd/washer/POWER"_s), (QList<QByteArray>{"OFF", "OFF", "OFF", "OFF"}));
        QVERIFY(rig.failed.isEmpty());
        rig.clock.advanceBy(60'000);
        QCOMPARE(rig.failed, QList<quint64>{id});
        QVERIFY2(rig.failures.first().contains(u"Washer plug did not confirm"_s),
                 qPrintable(rig.failures.first()));
        QVERIFY(rig.confirmed.isEmpty());
        // A late state changes nothing: the command is over.
        rig.send(u"stat/washer/POWER"_s, "OFF");
        QVERIFY(rig.confirmed.isEmpty());
    }

    void setpointIsSentScaledAndConfirmedWithinTolerance()
    {
        Rig rig(batterySettings());
        QVERIFY(rig.device->accepts(CommandKind::SetPower));
        QVERIFY(!rig.device->accepts(CommandKind::Switch));
        DeviceCommand charge;
        charge.kind = CommandKind::SetPower;
        charge.valueKw = 2.5;
        const quint64 id = rig.device->sendCommand(charge);
        QCOMPARE(rig.publishedOn(u"battery/setpoint/set"_s), (QList<QByteArray>{"2500"}));
        // Tolerance max(0.05 kW, 5 %): 0.125 kW here.
        QCOMPARE(GenericMqttDevice::powerToleranceKw(2.5), 0.125);
        rig.send(u"battery/power"_s, "2300");
        QVERIFY(rig.confirmed.isEmpty());
        rig.send(u"battery/power"_s, "2390");
        QCOMPARE(rig.confirmed, QList<quint64>{id});

        DeviceCommand discharge;
        discharge.kind = CommandKind::SetPower;
        discharge.valueKw = -0.75;
        rig.device->sendCommand(discharge);
        QCOMPARE(rig.publishedOn(u"battery/setpoint/set"_s).last(), QByteArray("-750"));
        rig.send(u"battery/power"_s, "-790");
        QCOMPARE(rig.confirmed.size(), 2);

        DeviceCommand zero;
        zero.kind = CommandKind::SetPower;
        zero.valueKw = -0.0;
        rig.device->sendCommand(zero);
        QCOMPARE(rig.publishedOn(u"battery/setpoint/set"_s).last(), QByteArray("0"));
    }

    void chargingCurrentIsConfirmedByPower()
    {
        Rig rig(chargerSettings());
        QVERIFY(rig.device->accepts(CommandKind::SetChargeCurrent));
        DeviceCommand amps;
        amps.kind = CommandKind::SetChargeCurrent;
        amps.amps = 16;
        const quint64 id = rig.device->sendCommand(amps);
        QCOMPARE(rig.publishedOn(u"wallbox/current/set"_s), (QList<QByteArray>{"16"}));
        rig.send(u"wallbox/power"_s, "0");
        QVERIFY(rig.confirmed.isEmpty());
        rig.send(u"wallbox/power"_s, "11.0");
        QCOMPARE(rig.confirmed, QList<quint64>{id});

        DeviceCommand pause;
        pause.kind = CommandKind::SetChargeCurrent;
        pause.amps = 0;
        rig.device->sendCommand(pause);
        rig.send(u"wallbox/power"_s, "0.01");
        QCOMPARE(rig.confirmed.size(), 2);
    }

    void impossibleCommandsFailAtOnce()
    {
        Rig rig(batterySettings());
        const auto expectFailure = [&rig](const DeviceCommand &command, const QString &words) {
            const qsizetype before = rig.failed.size();
            const quint64 id = rig.device->sendCommand(command);
            QCOMPARE(rig.failed.size(), before + 1);
            QCOMPARE(rig.failed.last(), id);
            QVERIFY2(rig.failures.last().contains(words), qPrintable(rig.failures.last()));
        };
        DeviceCommand switchOn;
        switchOn.kind = CommandKind::Switch;
        switchOn.on = true;
        expectFailure(switchOn, u"does not accept"_s); // no switch topic configured
        DeviceCommand automatic;
        expectFailure(automatic, u"does not accept"_s);
        DeviceCommand nan;
        nan.kind = CommandKind::SetPower;
        nan.valueKw = qQNaN();
        expectFailure(nan, u"not a finite number"_s);
        DeviceCommand expired;
        expired.kind = CommandKind::SetPower;
        expired.valueKw = 1.0;
        expired.validUntilMs = startMs - 1;
        expectFailure(expired, u"ran out"_s);
        QVERIFY(rig.publishedOn(u"battery/setpoint/set"_s).isEmpty());

        Rig charger(chargerSettings());
        DeviceCommand negative;
        negative.kind = CommandKind::SetChargeCurrent;
        negative.amps = -6;
        charger.device->sendCommand(negative);
        QCOMPARE(charger.failed.size(), 1);
        QVERIFY(charger.publishedOn(u"wallbox/current/set"_s).isEmpty());
    }

    void deletedDeviceHearsNothing()
    {
        Rig rig(washerSettings());
        delete rig.device;
        rig.device = nullptr;
        rig.send(u"tele/washer/SENSOR"_s, R"({"ENERGY":{"Power":100,"Total":7}})");
        QVERIFY(rig.batches.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGenericMqttDevice)
#include "tst_genericmqttdevice.moc"
