// Home Assistant MQTT discovery, checked against what Home Assistant documents
// (home-assistant.io/integrations/mqtt, "MQTT discovery"; /integrations/sensor.mqtt; /integrations/sensor,
// "device class"; /docs/energy): the discovery topic's form and characters, the sensor's required
// state_topic, unique_id as the registry's key (duplicates are refused), a device block with identifiers,
// availability_topic never together with an availability list, units that fit each device class, and what
// the Energy dashboard takes: device_class energy with state_class total or total_increasing in an energy
// unit. Also: retained configs, the birth message, removal by an empty retained config, and stable ids.
#include "mqttapifixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace commonwatt;
using namespace commonwatt::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinuteMs = 60'000;

struct Config
{
    QString topic;
    QString objectIdInTopic;
    QJsonObject json;
};

// The configs a subscriber to the discovery prefix would be given now: the last retained non-empty one per
// topic.
QList<Config> currentConfigs(const RecordingMqttClient &client, const QString &prefix = u"homeassistant"_s)
{
    static const QRegularExpression topicForm(
        u"^([^/]+)/([^/]+)/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)/config$"_s);
    QHash<QString, QByteArray> latest;
    for (const RecordingMqttClient::Publish &p : client.publishes()) {
        if (p.topic.startsWith(prefix + u'/') && p.topic.endsWith(u"/config"_s))
            latest.insert(p.topic, p.payload);
    }
    QList<Config> configs;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (it->isEmpty())
            continue;
        const QRegularExpressionMatch match = topicForm.match(it.key());
        configs.append({it.key(), match.hasMatch() ? match.captured(4) : QString(), jsonObject(*it)});
    }
    return configs;
}

// Feeds every device an hour of readings, so that every sensor has a value.
void feedAnHour(ApiHousehold<CountersPlugin> &home)
{
    CountersPlugin &p = home.plugin;
    for (int i = 0; i <= 12; ++i) {
        home.clock->advanceBy(5 * kMinuteMs);
        const qint64 t = home.clock->nowMs();
        emit p.meter->readingsReady({{0, t, 0.4}, {1, t, 100.0 + 0.1 * i}, {2, t, 50.0 + 0.05 * i}});
        emit p.roof->readingsReady({{0, t, 2.0}, {1, t, 10.0 + 0.2 * i}});
        emit p.garage->readingsReady({{0, t, 1.0}, {1, t, 20.0 + 0.1 * i}});
        emit p.battery->readingsReady({{0, t, 0.5}, {1, t, 50.0 + i}, {2, t, 5.0 + 0.04 * i}, {3, t, 4.0}});
        emit p.ev->readingsReady({{0, t, 1.0}, {1, t, 30.0 + i}, {2, t, 1.0}, {3, t, 700.0 + 0.08 * i}});
        emit p.washer->readingsReady({{0, t, 0.2}});
    }
}

} // namespace

class TestHomeAssistantDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<ApiHousehold<CountersPlugin>>();
        QVERIFY(m_home->open());
    }
    void cleanup() { m_home.reset(); }

    void everyConfigMeetsTheDocumentedRequirements()
    {
        QVERIFY(m_home->makeApi());
        const QList<Config> configs = currentConfigs(m_home->client);
        QVERIFY(configs.size() >= 20);
        const app::MqttAvailability status = app::MqttApi::availability(u"home"_s);
        const QSet<QString> stateClasses{u"measurement"_s, u"total"_s, u"total_increasing"_s};
        QSet<QString> uniqueIds;
        for (const Config &c : configs) {
            const QJsonObject &j = c.json;
            const auto text = [&j](const char *key) { return j.value(QLatin1StringView(key)).toString(); };
            QVERIFY2(!c.objectIdInTopic.isEmpty(),
                     qPrintable(u"not <prefix>/sensor/<node_id>/<object_id>/config: "_s + c.topic));
            QVERIFY2(c.topic.startsWith(u"homeassistant/sensor/commonwatt_home/"_s), qPrintable(c.topic));
            QVERIFY2(!j.isEmpty(), qPrintable(c.topic));
            // Every discovery publish was retained, so that a restarted Home Assistant finds it.
            for (const RecordingMqttClient::Publish &p : m_home->client.on(c.topic))
                QVERIFY2(p.retained, qPrintable(c.topic));

            // state_topic is the one required option of an MQTT sensor; ours are in our tree.
            const QString stateTopic = text("state_topic");
            QVERIFY2(stateTopic.startsWith(u"commonwatt/home/"_s), qPrintable(c.topic));
            QVERIFY2(!stateTopic.contains(u'+') && !stateTopic.contains(u'#'), qPrintable(stateTopic));
            QVERIFY2(!text("name").isEmpty(), qPrintable(c.topic));

            const QString uniqueId = text("unique_id");
            QVERIFY2(!uniqueId.isEmpty(), qPrintable(c.topic));
            QVERIFY2(!uniqueIds.contains(uniqueId), qPrintable(uniqueId));
            uniqueIds.insert(uniqueId);
            QCOMPARE(text("object_id"), c.objectIdInTopic);

            // The device registry needs identifiers (or connections) and works only with a unique_id.
            const QJsonObject device = j.value(u"device"_s).toObject();
            const QJsonArray identifiers = device.value(u"identifiers"_s).toArray();
            QCOMPARE(identifiers.size(), 1);
            QCOMPARE(identifiers[0].toString(), u"commonwatt_home"_s);
            QCOMPARE(device.value(u"manufacturer"_s).toString(), u"Commonwatt"_s);
            QCOMPARE(device.value(u"name"_s).toString(), u"Commonwatt home"_s);
            QVERIFY(!device.value(u"model"_s).toString().isEmpty());
            QCOMPARE(device.value(u"sw_version"_s).toString(), u"1.2.3"_s);

            // availability_topic with our status payloads, never together with an availability list.
            QCOMPARE(text("availability_topic"), status.topic);
            QCOMPARE(text("payload_available"), QString::fromLatin1(status.online));
            QCOMPARE(text("payload_not_available"), QString::fromLatin1(status.offline));
            QVERIFY(!j.contains(u"availability"_s));

            const QString deviceClass = text("device_class");
            const QString stateClass = text("state_class");
            const QString unit = text("unit_of_measurement");
            if (j.contains(u"state_class"_s))
                QVERIFY2(stateClasses.contains(stateClass), qPrintable(c.topic));
            if (deviceClass == u"energy") {
                QCOMPARE(unit, u"kWh"_s);
                QCOMPARE(stateClass, u"total_increasing"_s);
                QVERIFY2(stateTopic.contains(u"/energy/"_s), qPrintable(stateTopic));
            } else if (deviceClass == u"power") {
                QVERIFY2(unit == u"kW" || unit == u"W", qPrintable(c.topic));
                QCOMPARE(stateClass, u"measurement"_s);
            } else if (deviceClass == u"battery") {
                QCOMPARE(unit, u"%"_s);
                QCOMPARE(stateClass, u"measurement"_s);
            } else if (deviceClass == u"monetary") {
                QVERIFY(stateClass != u"measurement");
            } else {
                QVERIFY2(deviceClass.isEmpty(), qPrintable(deviceClass));
                // A unit that belongs to a device class must come with it.
                QVERIFY2(unit != u"kWh" && unit != u"kW", qPrintable(c.topic));
            }
        }

        // The Energy dashboard's five: grid in and out, solar, battery in and out.
        QHash<QString, QJsonObject> byState;
        for (const Config &c : configs)
            byState.insert(c.json.value(u"state_topic"_s).toString(), c.json);
        for (const char *key :
             {"gridImport", "gridExport", "pv", "batteryCharge", "batteryDischarge", "ev"}) {
            const QJsonObject j = byState.value(u"commonwatt/home/energy/"_s + QLatin1StringView(key));
            QVERIFY2(!j.isEmpty(), key);
            QCOMPARE(j.value(u"device_class"_s).toString(), u"energy"_s);
        }
        for (const char *key : {"grid", "house", "pv", "battery", "ev"})
            QVERIFY2(byState.contains(u"commonwatt/home/power/"_s + QLatin1StringView(key)), key);
        for (const char *key : {"credits/today", "credits/month", "credits/balance", "cleanShare/today",
                                "reputation/total", "battery/soc", "ev/soc", "device/washer/power"})
            QVERIFY2(byState.contains(u"commonwatt/home/"_s + QLatin1StringView(key)), key);
    }

    void everyStateTopicGetsANumber()
    {
        QVERIFY(m_home->makeApi());
        feedAnHour(*m_home);
        QVERIFY(m_home->store.waitForFlushed());
        m_home->household->refreshTotals();
        m_home->credits->refresh();
        QTRY_VERIFY(m_home->credits->summary().valid);
        for (const Config &c : currentConfigs(m_home->client)) {
            const QString topic = c.json.value(u"state_topic"_s).toString();
            QTRY_VERIFY2(!m_home->client.retained(topic).isEmpty(), qPrintable(topic));
            bool ok = false;
            const double value = m_home->client.retained(topic).toDouble(&ok);
            QVERIFY2(ok && std::isfinite(value),
                     qPrintable(topic + u' ' + QString::fromUtf8(m_home->client.retained(topic))));
        }
    }

    void idsAreStableAcrossRestarts()
    {
        QVERIFY(m_home->makeApi());
        const auto ids = [](const QList<Config> &configs) {
            QStringList list;
            for (const Config &c : configs)
                list.append(c.json.value(u"unique_id"_s).toString() + u' ' + c.topic);
            list.sort();
            return list;
        };
        const QStringList first = ids(currentConfigs(m_home->client));
        m_home->api.reset();
        m_home->client.clear();
        QVERIFY(m_home->makeApi());
        QCOMPARE(ids(currentConfigs(m_home->client)), first);

        // Another household on the same broker shares none of them.
        app::MqttApiSettings other = ApiHousehold<CountersPlugin>::settings();
        other.householdId = u"next-door"_s;
        m_home->api.reset();
        m_home->client.clear();
        QVERIFY(m_home->makeApi(other));
        const QStringList theirs = ids(currentConfigs(m_home->client));
        QCOMPARE(theirs.size(), first.size());
        for (const QString &id : theirs)
            QVERIFY2(!first.contains(id), qPrintable(id));
    }

    void republishedWhenHomeAssistantIsBorn()
    {
        QVERIFY(m_home->makeApi());
        const qsizetype sensors = m_home->api->discovery()->sensors().size();
        m_home->client.clear();
        m_home->client.inject(u"homeassistant/status"_s, "offline", true);
        QTest::qWait(20);
        QCOMPARE(currentConfigs(m_home->client).size(), 0);
        m_home->client.inject(u"homeassistant/status"_s, "online", true);
        QTRY_COMPARE(currentConfigs(m_home->client).size(), sensors);
    }

    void prefixIsConfigurable()
    {
        app::MqttApiSettings settings = ApiHousehold<CountersPlugin>::settings();
        settings.discoveryPrefix = u"ha-test"_s;
        QVERIFY(m_home->makeApi(settings));
        QVERIFY(currentConfigs(m_home->client).isEmpty());
        const qsizetype sensors = currentConfigs(m_home->client, u"ha-test"_s).size();
        QCOMPARE(sensors, m_home->api->discovery()->sensors().size());
        m_home->client.clear();
        m_home->client.inject(u"homeassistant/status"_s, "online");
        m_home->client.inject(u"ha-test/status"_s, "online");
        QTRY_COMPARE(currentConfigs(m_home->client, u"ha-test"_s).size(), sensors);
        QVERIFY(currentConfigs(m_home->client).isEmpty());
    }

    void discoveryCanBeOff()
    {
        app::MqttApiSettings settings = ApiHousehold<CountersPlugin>::settings();
        settings.homeAssistantDiscovery = false;
        QVERIFY(m_home->makeApi(settings));
        QVERIFY(m_home->api->discovery() == nullptr);
        for (const RecordingMqttClient::Publish &p : m_home->client.publishes())
            QVERIFY2(p.topic.startsWith(u"commonwatt/home/"_s), qPrintable(p.topic));
    }

    void removedSensorGetsAnEmptyRetainedConfig()
    {
        app::HomeAssistantDiscovery discovery(m_home->client, {u"homeassistant"_s,
                                                               u"node"_s,
                                                               u"node"_s,
                                                               u"Node"_s,
                                                               u"Model"_s,
                                                               {},
                                                               u"t/status"_s,
                                                               u"online"_s,
                                                               u"offline"_s});
        const app::HaSensor a{u"a"_s, u"A"_s, u"t/a"_s, u"kW"_s, u"power"_s, u"measurement"_s};
        const app::HaSensor b{u"b"_s, u"B"_s, u"t/b"_s, u"kWh"_s, u"energy"_s, u"total_increasing"_s};
        discovery.setSensors({a, b});
        QCOMPARE(m_home->client.publishes().size(), 2);
        // The same list again changes nothing.
        discovery.setSensors({a, b});
        QCOMPARE(m_home->client.publishes().size(), 2);
        discovery.setSensors({a});
        QCOMPARE(m_home->client.publishes().size(), 3);
        const RecordingMqttClient::Publish removal = m_home->client.publishes().constLast();
        QCOMPARE(removal.topic, discovery.configTopic(b));
        QVERIFY(removal.payload.isEmpty());
        QVERIFY(removal.retained);
        // Invalid and duplicate keys never reach Home Assistant.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"sensor key .* skipped"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"sensor key .* skipped"_s));
        const app::HaSensor bad{u"a/b"_s, u"Bad"_s, u"t/x"_s, {}, {}, {}};
        discovery.setSensors({a, bad, a});
        QCOMPARE(discovery.sensors().size(), 1);
    }

    void configsLeftByAnEarlierRunAreCleared()
    {
        QVERIFY(m_home->makeApi());
        const QString stale =
            u"homeassistant/sensor/commonwatt_home/commonwatt_home_heat_pump_power/config"_s;
        const QString ours = u"homeassistant/sensor/commonwatt_home/commonwatt_home_power_grid/config"_s;
        const QString foreign = u"homeassistant/sensor/someone_else/someone_else_power/config"_s;
        m_home->client.clear();
        // What the broker kept from before, delivered as retained messages.
        m_home->client.inject(stale, R"({"name":"Heat pump power"})", true);
        m_home->client.inject(ours, R"({"name":"Grid power, old"})", true);
        m_home->client.inject(foreign, R"({"name":"Not ours"})", true);
        QTRY_COMPARE(m_home->client.on(stale).size(), 1);
        QVERIFY(m_home->client.on(stale).constFirst().payload.isEmpty());
        QVERIFY(m_home->client.on(stale).constFirst().retained);
        QVERIFY(m_home->client.on(ours).isEmpty());
        QVERIFY(m_home->client.on(foreign).isEmpty());
    }

private:
    std::unique_ptr<ApiHousehold<CountersPlugin>> m_home;
};

QTEST_GUILESS_MAIN(TestHomeAssistantDiscovery)
#include "tst_homeassistantdiscovery.moc"
