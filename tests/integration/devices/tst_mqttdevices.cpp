// A Shelly and a Tasmota device, read and switched through the bundled plugins over a real mosquitto; the
// broker killed and restarted mid-test; bad payloads and a flood sent at them. The test peers speak the
// payload shapes of the devices' public documentation.
#include "devicepeers.h"
#include "mosquitto.h"

#include "household.h"
#include "mqtt/pahomqttclient.h"
#include "pluginhost/exceptionguard.h"
#include "pluginhost/plugincatalog.h"
#include "pluginhost/pluginhost.h"
#include "storage/readingsstore.h"

#include <commonwatt/clock.h>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using namespace commonwatt::testing;

namespace {

constexpr int kTimeoutMs = 30'000;

// What the test sees of one device, counted on the test's thread.
struct Observed
{
    Device *device = nullptr;
    int confirmed = 0;
    int failed = 0;
    int badPayloads = 0;
    QString lastFailure;
    double lastPowerKw = -1.0;
    qint64 lastReadingMs = 0;
    int readings = 0;
};

} // namespace

class TestMqttDevices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MosquittoBroker> m_broker;
    std::unique_ptr<ShellyPeer> m_shellyPeer;
    std::unique_ptr<TasmotaPeer> m_tasmotaPeer;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<storage::ReadingsStore> m_store;
    std::unique_ptr<app::Household> m_household;
    std::unique_ptr<commonwatt::mqtt::PahoMqttClient> m_client;
    pluginhost::PluginCatalog m_catalog;
    std::vector<std::unique_ptr<pluginhost::PluginHost>> m_hosts;
    Observed m_shelly;
    Observed m_tasmota;

    void startHost(const QString &pluginId, const QString &instanceId, const QJsonObject &settings,
                   Observed &observed)
    {
        const pluginhost::PluginEntry *entry = m_catalog.find(pluginId);
        QVERIFY2(entry, qPrintable(pluginId));
        PluginContext context;
        context.clock = m_clock.get();
        context.mqtt = m_client.get();
        auto host = std::make_unique<pluginhost::PluginHost>(*entry, instanceId, settings, context);
        pluginhost::PluginHost *raw = host.get();
        connect(raw, &pluginhost::PluginHost::devicesReady, this, [this, raw, &observed](const QList<Device *> &devices) {
            m_household->adoptDevices(devices, raw);
            observed.device = devices.first();
            connect(observed.device, &Device::commandConfirmed, this, [&observed] { ++observed.confirmed; });
            connect(observed.device, &Device::commandFailed, this, [&observed](const DeviceCommand &, const QString &reason) {
                ++observed.failed;
                observed.lastFailure = reason;
            });
            connect(observed.device, &Device::badPayload, this, [&observed] { ++observed.badPayloads; });
        });
        // The host as the context: readings still queued when a host is destroyed are dropped with it.
        connect(raw, &pluginhost::PluginHost::readingsReady, raw,
                [&observed](Device *device, const QList<DeviceReading> &readings) {
                    const qint32 power = device->channelIndex(u"power"_s);
                    for (const DeviceReading &reading : readings) {
                        ++observed.readings;
                        observed.lastReadingMs = std::max(observed.lastReadingMs, reading.timestampMs);
                        if (reading.channel == power)
                            observed.lastPowerKw = reading.value;
                    }
                });
        raw->start();
        m_hosts.push_back(std::move(host));
        QTRY_VERIFY_WITH_TIMEOUT(observed.device, kTimeoutMs);
    }

    static void switchTo(const Observed &observed, bool on)
    {
        DeviceCommand command;
        command.kind = CommandKind::Switch;
        command.on = on;
        observed.device->sendCommand(command);
    }

private slots:
    void init()
    {
        m_broker = std::make_unique<MosquittoBroker>();
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
        m_shellyPeer = std::make_unique<ShellyPeer>(m_broker->port(), "shellyplusplugs-a8032ab12345");
        m_tasmotaPeer = std::make_unique<TasmotaPeer>(m_broker->port(), "kitchen_plug");
        m_shellyPeer->setLoadWatts(1800.0);
        m_tasmotaPeer->setLoadWatts(650.0);
        m_shellyPeer->start();
        m_tasmotaPeer->start();

        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<SystemClock>(std::chrono::milliseconds(100));
        m_store = std::make_unique<storage::ReadingsStore>();
        QVERIFY(m_store->open(m_dir->filePath(u"commonwatt.db"_s)));
        m_household = std::make_unique<app::Household>(*m_clock, *m_store, QTimeZone::utc());

        QString error;
        auto settings = commonwatt::mqtt::MqttBrokerSettings::fromJson(
            QJsonObject{{u"host"_s, m_broker->host()}, {u"port"_s, m_broker->port()}}, &error);
        QVERIFY2(settings, qPrintable(error));
        m_client = std::make_unique<commonwatt::mqtt::PahoMqttClient>(*settings);
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), MqttClient::State::Connected, kTimeoutMs);

        m_catalog = {};
        m_catalog.load({QStringLiteral(COMMONWATT_PLUGINS)});
        m_shelly = {};
        m_tasmota = {};
        startHost(u"shelly"_s, u"shelly-washer"_s,
                  QJsonObject{{u"deviceId"_s, u"shellyplusplugs-a8032ab12345"_s}, {u"kind"_s, u"appliance"_s}},
                  m_shelly);
        startHost(u"tasmota"_s, u"tasmota-kettle"_s,
                  QJsonObject{{u"topic"_s, u"kitchen_plug"_s}, {u"kind"_s, u"appliance"_s}}, m_tasmota);
    }

    void cleanup()
    {
        for (const auto &host : m_hosts)
            host->stop();
        m_hosts.clear();
        m_household.reset();
        if (m_client)
            m_client->stop();
        m_client.reset();
        m_shellyPeer.reset();
        m_tasmotaPeer.reset();
        if (m_store)
            m_store->close();
        m_store.reset();
        m_clock.reset();
        m_broker.reset();
    }

    void readsAndSwitchesBothDevices()
    {
        // Off at first: the peers report 0 W, periodically.
        // (A device's first message may carry only its switch state: wait for a power reading.)
        QTRY_COMPARE_WITH_TIMEOUT(m_shelly.lastPowerKw, 0.0, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasmota.lastPowerKw, 0.0, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_shelly.device->availability(), Availability::Online, kTimeoutMs);

        switchTo(m_shelly, true);
        switchTo(m_tasmota, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_shelly.confirmed, 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasmota.confirmed, 1, kTimeoutMs);
        QVERIFY(m_shellyPeer->isOn());
        QVERIFY(m_tasmotaPeer->isOn());
        QTRY_COMPARE_WITH_TIMEOUT(m_shelly.lastPowerKw, 1.8, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasmota.lastPowerKw, 0.65, kTimeoutMs);
        QCOMPARE(m_shelly.failed, 0);
        QCOMPARE(m_tasmota.failed, 0);

        // And the readings reach the store's rows through the household.
        m_store->flush();
        qint64 stored = 0;
        QEventLoop loop;
        m_store->queryLatestTimestamp(this, [&](qint64 latest) {
            stored = latest;
            loop.quit();
        });
        loop.exec();
        QVERIFY(stored > 0);
    }

    void survivesABrokerRestartWithoutLosingOrRepeatingCommands()
    {
        switchTo(m_shelly, true);
        switchTo(m_tasmota, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_shelly.confirmed, 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasmota.confirmed, 1, kTimeoutMs);

        m_broker->kill();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->state() != MqttClient::State::Connected, kTimeoutMs);
        // Commands given while the broker is away.
        switchTo(m_shelly, false);
        switchTo(m_tasmota, false);
        QTest::qWait(1500);
        QVERIFY(m_shellyPeer->isOn()); // nothing can have arrived
        const qint64 restartedMs = m_clock->nowMs();
        QVERIFY2(m_broker->restart(), qPrintable(m_broker->errorString()));

        QTRY_COMPARE_WITH_TIMEOUT(m_shelly.confirmed, 2, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasmota.confirmed, 2, kTimeoutMs);
        QVERIFY(!m_shellyPeer->isOn());
        QVERIFY(!m_tasmotaPeer->isOn());
        // Each command changed the device's state exactly once (on, then off), however often it was sent.
        QCOMPARE(m_shellyPeer->transitions(), 2);
        QCOMPARE(m_tasmotaPeer->transitions(), 2);
        QVERIFY(m_shellyPeer->commandsReceived() >= 2);
        QCOMPARE(m_shelly.failed, 0);
        QCOMPARE(m_tasmota.failed, 0);
        // Readings resume.
        QTRY_VERIFY_WITH_TIMEOUT(m_shelly.lastReadingMs > restartedMs && m_tasmota.lastReadingMs > restartedMs,
                                 kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_shelly.lastPowerKw, 0.0, kTimeoutMs);
        QVERIFY(m_client->statistics().reconnects >= 1);
    }

    void anEnergyRegisterRestartedWhileWeWereAwayContinuesFromTheStore()
    {
        // 12.345 kWh on the plug's register, stored.
        QTRY_VERIFY_WITH_TIMEOUT(m_tasmota.readings > 2, kTimeoutMs);
        const QString deviceId = m_tasmota.device->id();
        const storage::ChannelId energy = m_store->channel(deviceId, u"energy"_s, u"kWh"_s);
        const auto latestStored = [this, energy] {
            m_store->flush();
            std::optional<double> value;
            QEventLoop loop;
            m_store->queryLatestValues({energy}, this, [&](const QHash<storage::ChannelId, double> &values) {
                if (values.contains(energy))
                    value = values.value(energy);
                loop.quit();
            });
            loop.exec();
            return value;
        };
        QTRY_VERIFY_WITH_TIMEOUT(latestStored().value_or(0.0) > 12.0, kTimeoutMs);
        const double before = *latestStored();

        // We stop; meanwhile the plug reboots and counts from 0.5 kWh again; we start on the same store.
        m_hosts.back()->stop();
        m_hosts.pop_back();
        m_household = std::make_unique<app::Household>(*m_clock, *m_store, QTimeZone::utc());
        m_tasmotaPeer->setEnergyWh(500.0);
        m_tasmota = {};
        startHost(u"tasmota"_s, u"tasmota-kettle"_s,
                  QJsonObject{{u"topic"_s, u"kitchen_plug"_s}, {u"kind"_s, u"appliance"_s}}, m_tasmota);
        QTRY_VERIFY_WITH_TIMEOUT(m_tasmota.readings > 2, kTimeoutMs);
        QTest::qWait(500);
        const std::optional<double> after = latestStored();
        QVERIFY(after);
        // Without the carried-over offset the store would now hold 0.5 kWh: a 11.8 kWh step backwards.
        QVERIFY2(*after >= before - 0.011, qPrintable(u"%1 after %2"_s.arg(*after).arg(before)));
        QVERIFY(*after < before + 0.1);
    }

    void badPayloadsAreCountedAndNeverStopAnything()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_shelly.readings > 0 && m_tasmota.readings > 0, kTimeoutMs);
        const QString shellyStatus = u"shellyplusplugs-a8032ab12345/status/switch:0"_s;
        const QString tasmotaSensor = u"tele/kitchen_plug/SENSOR"_s;
        QVERIFY(m_broker->publish(shellyStatus, "this is not JSON"));
        QVERIFY(m_broker->publish(shellyStatus, R"({"id":0,"output":"maybe","apower":"lots"})"));
        QVERIFY(m_broker->publish(tasmotaSensor, R"({"ENERGY":{"Power":NaN,"Total":1.0}})"));
        QVERIFY(m_broker->publish(tasmotaSensor, R"({"ENERGY":{"Power":1e308,"Total":1.0}})"));
        QVERIFY(m_broker->publish(tasmotaSensor, R"({"ENERGY":{"Power":)"));
        const quint64 oversizeBefore = m_client->statistics().droppedOversize;
        QVERIFY(m_broker->publish(tasmotaSensor, QByteArray(1024 * 1024, '{')));
        QTRY_VERIFY_WITH_TIMEOUT(m_shelly.badPayloads >= 2, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_tasmota.badPayloads >= 3, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->statistics().droppedOversize > oversizeBefore, kTimeoutMs);

        // A flood at the plug's sensor topic: this thread's event loop keeps turning meanwhile.
        QByteArray lines;
        for (int i = 0; i < 30'000; ++i)
            lines += R"({"ENERGY":{"Total":12.345,"Power":)" + QByteArray::number(i % 700) + "}}\n";
        qint64 longestGapMs = 0;
        QElapsedTimer sinceLastTick;
        sinceLastTick.start();
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGapMs = std::max(longestGapMs, sinceLastTick.restart());
        });
        ticker.start(10);
        QVERIFY(m_broker->publishLines(tasmotaSensor, lines));
        const int readingsBefore = m_tasmota.readings;
        QTRY_VERIFY_WITH_TIMEOUT(m_tasmota.readings > readingsBefore, kTimeoutMs);
        QTest::qWait(500);
        ticker.stop();
        QVERIFY2(longestGapMs < 1000, qPrintable(QString::number(longestGapMs)));

        // The devices still work.
        switchTo(m_shelly, true);
        switchTo(m_tasmota, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_shelly.confirmed, 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasmota.confirmed, 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_shelly.lastPowerKw, 1.8, kTimeoutMs);
    }
};

int main(int argc, char **argv)
{
    pluginhost::GuardedApplication<QCoreApplication> app(argc, argv);
    TestMqttDevices test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mqttdevices.moc"
