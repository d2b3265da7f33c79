// The MQTT API's state tree: the household's values under commonwatt/<household>/, retained, QoS 0, plain
// numbers with fixed decimals, published only on change and at most once per interval per topic; the status
// topic and the will it pairs with; lifetime energy counters that never count a device twice or too little.
#include "mqttapifixture.h"

#include <QSignalSpy>

#include <algorithm>
#include <cmath>

using namespace commonwatt;
using namespace commonwatt::testing;
using namespace Qt::StringLiterals;

namespace {
const QString kRoot = u"commonwatt/home/"_s;
constexpr qint64 kMinuteMs = 60'000;
} // namespace

class TestMqttApiState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<ApiHousehold<CountersPlugin>>();
        QVERIFY(m_home->open());
    }
    void cleanup() { m_home.reset(); }

    void statusAndWill()
    {
        const app::MqttAvailability will = app::MqttApi::availability(u"home"_s);
        QCOMPARE(will.topic, kRoot + u"status"_s);
        QCOMPARE(will.online, QByteArray("online"));
        QCOMPARE(will.offline, QByteArray("offline"));
        QVERIFY(will.retained);
        QCOMPARE(will.qos, 1);

        QVERIFY(m_home->makeApi());
        RecordingMqttClient &client = m_home->client;
        QCOMPARE(client.on(will.topic).size(), 1);
        QCOMPARE(client.on(will.topic).constFirst().payload, will.online);
        QVERIFY(client.on(will.topic).constFirst().retained);
        m_home->api->stop();
        QCOMPARE(client.retained(will.topic), will.offline);
        m_home->api->stop(); // idempotent
        QCOMPARE(client.on(will.topic).size(), 2);
    }

    void badHouseholdIdIsRefused()
    {
        app::MqttApiSettings settings = ApiHousehold<CountersPlugin>::settings();
        settings.householdId = u"home/#"_s;
        app::MqttApi api(m_home->client, *m_home->household, m_home->store, nullptr, nullptr, settings);
        QString error;
        QVERIFY(!api.start(&error));
        QVERIFY2(error.contains(u"home/#"_s), qPrintable(error));
        QVERIFY(m_home->client.publishes().isEmpty());
    }

    void powerFlowAndDevices()
    {
        QVERIFY(m_home->makeApi());
        CountersPlugin &p = m_home->plugin;
        const qint64 t = m_home->clock->nowMs();
        emit p.meter->readingsReady({{0, t, -1.25}});
        emit p.roof->readingsReady({{0, t, 2.0}});
        emit p.garage->readingsReady({{0, t, 0.5}});
        emit p.battery->readingsReady({{0, t, 0.5}, {1, t, 64.25}});
        emit p.ev->readingsReady({{0, t, 0.0}, {1, t, 40.0}, {2, t, 1.0}});
        emit p.washer->readingsReady({{0, t - 1000, 2.2}, {0, t, 0.3}, {0, t - 2000, 1.9}});
        RecordingMqttClient &client = m_home->client;
        QTRY_COMPARE(client.retained(kRoot + u"power/house"_s), QByteArray("0.750"));
        // House: pv + grid - battery - ev = 2.5 - 1.25 - 0.5 - 0.
        QCOMPARE(client.retained(kRoot + u"power/pv"_s), QByteArray("2.500"));
        QCOMPARE(client.retained(kRoot + u"power/grid"_s), QByteArray("-1.250"));
        QCOMPARE(client.retained(kRoot + u"power/battery"_s), QByteArray("0.500"));
        QCOMPARE(client.retained(kRoot + u"power/ev"_s), QByteArray("0.000"));
        QCOMPARE(client.retained(kRoot + u"battery/soc"_s), QByteArray("64.3")); // 64.25 rounds half up
        QCOMPARE(client.retained(kRoot + u"ev/soc"_s), QByteArray("40.0"));
        QCOMPARE(client.retained(kRoot + u"ev/plugged"_s), QByteArray("true"));
        // Each device's own power: its newest reading, whatever order a batch has.
        QCOMPARE(client.retained(kRoot + u"device/washer/power"_s), QByteArray("0.300"));
        QCOMPARE(client.retained(kRoot + u"device/pv-roof/power"_s), QByteArray("2.000"));
        // An id with a character that is no friend of topics gets a level that is.
        QCOMPARE(client.retained(kRoot + u"device/pv_garage/power"_s), QByteArray("0.500"));
        QCOMPARE(client.retained(kRoot + u"device/pv_garage/name"_s), QByteArray("Garage solar"));
        QCOMPARE(client.retained(kRoot + u"device/washer/availability"_s), QByteArray("unknown"));

        p.battery->setAvailability(Availability::Failed, u"no answer on Modbus"_s);
        QTRY_COMPARE(client.retained(kRoot + u"device/battery/availability"_s), QByteArray("failed"));
        QCOMPARE(client.retained(kRoot + u"device/battery/availabilityReason"_s),
                 QByteArray("no answer on Modbus"));

        // Every state publish is retained and QoS 0; nothing is ever published outside our tree but the
        // discovery configs.
        for (const RecordingMqttClient::Publish &publish : client.publishes()) {
            if (publish.topic.startsWith(u"homeassistant/"_s))
                continue;
            QVERIFY2(publish.topic.startsWith(kRoot), qPrintable(publish.topic));
            QVERIFY2(publish.retained, qPrintable(publish.topic));
            QCOMPARE(publish.qos, publish.topic == kRoot + u"status"_s ? 1 : 0);
        }
        // Numbers are plain text with fixed decimals, never NaN.
        emit p.washer->readingsReady({{0, t + 1000, std::nan("")}});
        emit p.washer->readingsReady({{0, t + 2000, -0.0001}});
        QTRY_COMPARE(client.retained(kRoot + u"device/washer/power"_s), QByteArray("0.000"));
    }

    void onlyOnChange()
    {
        QVERIFY(m_home->makeApi());
        CountersPlugin &p = m_home->plugin;
        RecordingMqttClient &client = m_home->client;
        const qint64 t = m_home->clock->nowMs();
        emit p.meter->readingsReady({{0, t, 1.0}});
        QTRY_COMPARE(client.on(kRoot + u"power/grid"_s).size(), 1);
        // Today's totals follow the store's writes on their own timer; everything else is counted.
        const auto counted = [&client] {
            return std::count_if(
                client.publishes().cbegin(), client.publishes().cend(),
                [](const auto &publish) { return !publish.topic.startsWith(kRoot + u"today/"_s); });
        };
        const qsizetype before = counted();
        // The same values again, later: nothing new to say.
        for (int i = 1; i <= 5; ++i)
            emit p.meter->readingsReady({{0, t + i * 1000, 1.0}});
        // A marker reading on another device, to know the meter's readings were all handled before looking.
        emit p.washer->readingsReady({{0, t, 0.7}});
        QTRY_COMPARE(client.retained(kRoot + u"device/washer/power"_s), QByteArray("0.700"));
        QCOMPARE(client.on(kRoot + u"power/grid"_s).size(), 1);
        QCOMPARE(client.on(kRoot + u"power/house"_s).size(), 1);
        QCOMPARE(counted(), before + 1);
    }

    void coalescedToOncePerInterval()
    {
        app::MqttApiSettings settings = ApiHousehold<CountersPlugin>::settings();
        settings.minInterval = std::chrono::milliseconds(1500);
        QVERIFY(m_home->makeApi(settings));
        RecordingMqttClient &client = m_home->client;
        Device *washer = m_home->plugin.washer;
        const QString topic = kRoot + u"device/washer/power"_s;
        const qint64 t = m_home->clock->nowMs();

        // The first value goes out at once; the burst after it is coalesced into its last value.
        emit washer->readingsReady({{0, t, 1.0}});
        QTRY_COMPARE(client.on(topic).size(), 1);
        for (int i = 1; i <= 20; ++i)
            emit washer->readingsReady({{0, t + i, 1.0 + i}});
        QTRY_COMPARE_WITH_TIMEOUT(client.on(topic).size(), 2, 10000);
        QCOMPARE(client.on(topic).constLast().payload, QByteArray("21.000"));
        const QList<RecordingMqttClient::Publish> sent = client.on(topic);
        QVERIFY2(sent[1].atMs - sent[0].atMs >= 1500 - 50,
                 qPrintable(QString::number(sent[1].atMs - sent[0].atMs)));

        // Changed and changed back within the interval: nothing to publish.
        emit washer->readingsReady({{0, t + 100, 5.0}});
        emit washer->readingsReady({{0, t + 101, 21.0}});
        // Another topic still goes out at once: the interval is per topic.
        emit m_home->plugin.meter->readingsReady({{0, t, 3.0}});
        QTRY_COMPARE(client.retained(kRoot + u"power/grid"_s), QByteArray("3.000"));
        QTest::qWait(2000); // real time, for the coalescing timer: nothing must come of the reverted change
        QCOMPARE(client.on(topic).size(), 2);
    }

    void lifetimeCountersWaitForEveryDevice()
    {
        QVERIFY(m_home->makeApi());
        CountersPlugin &p = m_home->plugin;
        RecordingMqttClient &client = m_home->client;
        const qint64 t = m_home->clock->nowMs();
        emit p.roof->readingsReady({{1, t, 1000.0}});
        emit p.meter->readingsReady({{1, t, 5123.4567}, {2, t, 2000.0}});
        QTRY_COMPARE(client.retained(kRoot + u"energy/gridImport"_s), QByteArray("5123.457"));
        QCOMPARE(client.retained(kRoot + u"energy/gridExport"_s), QByteArray("2000.000"));
        // Solar has two inverters and only one has reported: its sum would be too small, then jump.
        QVERIFY(client.on(kRoot + u"energy/pv"_s).isEmpty());
        emit p.garage->readingsReady({{1, t, 250.5}});
        QTRY_COMPARE(client.retained(kRoot + u"energy/pv"_s), QByteArray("1250.500"));
        emit p.roof->readingsReady({{1, t + kMinuteMs, 1000.25}});
        QTRY_COMPARE(client.retained(kRoot + u"energy/pv"_s), QByteArray("1250.750"));
        emit p.battery->readingsReady({{2, t, 300.0}, {3, t, 280.0}});
        emit p.ev->readingsReady({{3, t, 900.0}});
        QTRY_COMPARE(client.retained(kRoot + u"energy/batteryCharge"_s), QByteArray("300.000"));
        QCOMPARE(client.retained(kRoot + u"energy/batteryDischarge"_s), QByteArray("280.000"));
        QCOMPARE(client.retained(kRoot + u"energy/ev"_s), QByteArray("900.000"));
    }

    void lifetimeCountersResumeFromTheStore()
    {
        // A restart: the garage inverter reported yesterday and is silent so far today. Its stored register
        // stands in for it, so that the total is complete as soon as the roof reports.
        const qint64 yesterday = m_home->clock->nowMs() - 20 * 3600 * 1000;
        const storage::ChannelId garage = m_home->store.channel(u"pv.garage"_s, u"energy"_s, u"kWh"_s);
        m_home->store.append({garage, yesterday, 240.0});
        m_home->store.append({garage, yesterday + kMinuteMs, 250.5});
        QVERIFY(m_home->store.waitForFlushed());
        QVERIFY(m_home->makeApi());
        emit m_home->plugin.roof->readingsReady({{1, m_home->clock->nowMs(), 1000.0}});
        QTRY_COMPARE(m_home->client.retained(kRoot + u"energy/pv"_s), QByteArray("1250.500"));
        // Once the garage reports, its own reading counts, not the stored one.
        emit m_home->plugin.garage->readingsReady({{1, m_home->clock->nowMs(), 251.0}});
        QTRY_COMPARE(m_home->client.retained(kRoot + u"energy/pv"_s), QByteArray("1251.000"));
    }

    void todayTotalsAndCredits()
    {
        QVERIFY(m_home->makeApi());
        CountersPlugin &p = m_home->plugin;
        SimulatedClock &clock = *m_home->clock;
        // An hour of 5-minute counter readings: 0.1 kWh imported and 0.2 kWh produced each time.
        for (int i = 0; i <= 12; ++i) {
            clock.advanceBy(5 * kMinuteMs);
            const qint64 t = clock.nowMs();
            emit p.meter->readingsReady({{1, t, 100.0 + 0.1 * i}, {2, t, 50.0}});
            emit p.roof->readingsReady({{1, t, 10.0 + 0.2 * i}});
            emit p.garage->readingsReady({{1, t, 20.0}});
        }
        QVERIFY(m_home->store.waitForFlushed());
        m_home->household->refreshTotals();
        RecordingMqttClient &client = m_home->client;
        QTRY_COMPARE(client.retained(kRoot + u"today/gridImport"_s), QByteArray("1.200"));
        QCOMPARE(client.retained(kRoot + u"today/pv"_s), QByteArray("2.400"));
        QCOMPARE(client.retained(kRoot + u"today/house"_s), QByteArray("3.600"));

        QSignalSpy summary(m_home->credits.get(), &app::CreditsService::summaryChanged);
        m_home->credits->refresh();
        QTRY_VERIFY(m_home->credits->summary().valid);
        QTRY_VERIFY(!client.on(kRoot + u"credits/balance"_s).isEmpty());
        const app::CreditsSummary &s = m_home->credits->summary();
        const auto milli = [](std::int64_t v) { return QByteArray::number(double(v) / 1000.0, 'f', 3); };
        QTRY_COMPARE(client.retained(kRoot + u"credits/today"_s), milli(s.today.value()));
        QCOMPARE(client.retained(kRoot + u"credits/month"_s), milli(s.month.value()));
        QCOMPARE(client.retained(kRoot + u"credits/balance"_s), milli(s.total.value()));
        QCOMPARE(client.retained(kRoot + u"reputation/total"_s), milli(s.reputation.total));
        QCOMPARE(client.retained(kRoot + u"reputation/giving"_s), milli(s.reputation.givingPart));
        QCOMPARE(client.retained(kRoot + u"reputation/reliability"_s), milli(s.reputation.reliabilityPart));
        QCOMPARE(client.retained(kRoot + u"reputation/clean"_s), milli(s.reputation.cleanPart));
        QVERIFY(s.cleanShareToday.has_value()); // there was load
        QCOMPARE(client.retained(kRoot + u"cleanShare/today"_s),
                 QByteArray::number(double(*s.cleanShareToday) / 1e4, 'f', 1));
        // The parts add up to the total, as published.
        const double parts = client.retained(kRoot + u"reputation/giving"_s).toDouble() +
                             client.retained(kRoot + u"reputation/reliability"_s).toDouble() +
                             client.retained(kRoot + u"reputation/clean"_s).toDouble();
        QVERIFY(std::abs(parts - client.retained(kRoot + u"reputation/total"_s).toDouble()) < 1e-9);
    }

    void reconnectRepublishesTheTree()
    {
        QVERIFY(m_home->makeApi());
        RecordingMqttClient &client = m_home->client;
        emit m_home->plugin.meter->readingsReady({{0, m_home->clock->nowMs(), 1.5}});
        QTRY_COMPARE(client.retained(kRoot + u"power/grid"_s), QByteArray("1.500"));
        client.setState(MqttClient::State::Disconnected);
        client.clear();
        // A broker that restarted without persistence has forgotten every retained value.
        client.setState(MqttClient::State::Connected);
        QTRY_COMPARE(client.retained(kRoot + u"power/grid"_s), QByteArray("1.500"));
        QCOMPARE(client.retained(kRoot + u"status"_s), QByteArray("online"));
        QCOMPARE(client.retained(kRoot + u"device/washer/name"_s), QByteArray("Washer"));
        QVERIFY(!client.retained(u"homeassistant/sensor/commonwatt_home/commonwatt_home_power_grid/config"_s)
                     .isEmpty());
    }

private:
    std::unique_ptr<ApiHousehold<CountersPlugin>> m_home;
};

QTEST_GUILESS_MAIN(TestMqttApiState)
#include "tst_mqttapistate.moc"
