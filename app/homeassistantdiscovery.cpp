#include "homeassistantdiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <array>
#include <utility>

Q_LOGGING_CATEGORY(lcDiscovery, "commonwatt.mqttapi.discovery")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
// Configs change rarely and a lost one leaves an entity missing until the next restart: worth QoS 1.
constexpr int kConfigQos = 1;

// "gridImport" -> "grid_import"
QString snakeCase(const QString &camel)
{
    QString snake;
    for (const QChar c : camel) {
        if (c.isUpper())
            snake += u'_' + c.toLower();
        else
            snake += c == u'-' ? u'_' : c.toLower();
    }
    return snake;
}

} // namespace

QList<HaSensor> householdSensors(const HouseholdSensorInputs &inputs)
{
    const QString &root = inputs.root;
    QList<HaSensor> sensors;
    const auto power = [&](const QString &key, const QString &name) {
        sensors.append(
            {u"power_"_s + key, name, root + u"/power/"_s + key, u"kW"_s, u"power"_s, u"measurement"_s});
    };
    power(u"grid"_s, u"Grid power"_s);
    power(u"house"_s, u"House power"_s);
    if (inputs.hasPv)
        power(u"pv"_s, u"Solar power"_s);
    if (inputs.hasBattery)
        power(u"battery"_s, u"Battery power"_s);
    if (inputs.hasEv)
        power(u"ev"_s, u"Car charging power"_s);

    const QHash<QString, QString> counterNames{
        {u"gridImport"_s, u"Grid import energy"_s},
        {u"gridExport"_s, u"Grid export energy"_s},
        {u"pv"_s, u"Solar energy"_s},
        {u"batteryCharge"_s, u"Battery charge energy"_s},
        {u"batteryDischarge"_s, u"Battery discharge energy"_s},
        {u"ev"_s, u"Car charging energy"_s},
    };
    for (const QString &key : inputs.counters) {
        sensors.append({u"energy_"_s + snakeCase(key), counterNames.value(key, key),
                        root + u"/energy/"_s + key, u"kWh"_s, u"energy"_s, u"total_increasing"_s});
    }
    if (inputs.hasBatterySoc)
        sensors.append({u"battery_soc"_s, u"Battery charge"_s, root + u"/battery/soc"_s, u"%"_s, u"battery"_s,
                        u"measurement"_s});
    if (inputs.hasEvSoc)
        sensors.append(
            {u"ev_soc"_s, u"Car charge"_s, root + u"/ev/soc"_s, u"%"_s, u"battery"_s, u"measurement"_s});

    if (inputs.hasCredits) {
        // Credits are no currency (Home Assistant's monetary class wants an ISO 4217 code), so they are plain
        // measurements; the balance is a total that goes both ways.
        sensors.append({u"credits_today"_s,
                        u"Credits today"_s,
                        root + u"/credits/today"_s,
                        u"cr"_s,
                        {},
                        u"measurement"_s});
        sensors.append({u"credits_month"_s,
                        u"Credits this month"_s,
                        root + u"/credits/month"_s,
                        u"cr"_s,
                        {},
                        u"measurement"_s});
        sensors.append({u"credits_balance"_s,
                        u"Credits balance"_s,
                        root + u"/credits/balance"_s,
                        u"cr"_s,
                        {},
                        u"total"_s});
        sensors.append({u"clean_share_today"_s,
                        u"Clean share today"_s,
                        root + u"/cleanShare/today"_s,
                        u"%"_s,
                        {},
                        u"measurement"_s});
        const std::array<std::pair<QString, QString>, 4> reputation{{
            {u"total"_s, u"Reputation"_s},
            {u"giving"_s, u"Reputation from giving"_s},
            {u"reliability"_s, u"Reputation from reliability"_s},
            {u"clean"_s, u"Reputation from clean energy"_s},
        }};
        for (const auto &[key, name] : reputation) {
            sensors.append({key == u"total" ? u"reputation"_s : u"reputation_"_s + key,
                            name,
                            root + u"/reputation/"_s + key,
                            u"points"_s,
                            {},
                            u"measurement"_s});
        }
    }
    for (const HouseholdSensorInputs::DevicePower &device : inputs.devicePower) {
        sensors.append({u"device_"_s + snakeCase(device.level) + u"_power"_s, device.name + u" power"_s,
                        root + u"/device/"_s + device.level + u"/power"_s, u"kW"_s, u"power"_s,
                        u"measurement"_s});
    }
    return sensors;
}

HomeAssistantDiscovery::HomeAssistantDiscovery(MqttClient &client, HaDiscoverySettings settings,
                                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(std::move(settings))
{
    m_statusSubscription =
        m_client.subscribe(m_settings.prefix + u"/status"_s, this,
                           [this](const QList<MqttMessage> &messages) { onStatus(messages); });
    m_configSubscription =
        m_client.subscribe(m_settings.prefix + u"/sensor/"_s + m_settings.nodeId + u"/+/config"_s, this,
                           [this](const QList<MqttMessage> &messages) { onRetainedConfigs(messages); });
}

HomeAssistantDiscovery::~HomeAssistantDiscovery() = default;

void HomeAssistantDiscovery::stop()
{
    if (m_statusSubscription)
        m_client.unsubscribe(m_statusSubscription);
    if (m_configSubscription)
        m_client.unsubscribe(m_configSubscription);
    m_statusSubscription = m_configSubscription = 0;
}

bool HomeAssistantDiscovery::isValidId(QStringView id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QString HomeAssistantDiscovery::objectId(const HaSensor &sensor) const
{
    return m_settings.nodeId + u'_' + sensor.key;
}

QString HomeAssistantDiscovery::configTopic(const HaSensor &sensor) const
{
    return m_settings.prefix + u"/sensor/"_s + m_settings.nodeId + u'/' + objectId(sensor) + u"/config"_s;
}

QByteArray HomeAssistantDiscovery::configPayload(const HaSensor &sensor) const
{
    QJsonObject device{
        {u"identifiers"_s, QJsonArray{m_settings.deviceIdentifier}},
        {u"name"_s, m_settings.deviceName},
        {u"manufacturer"_s, u"Commonwatt"_s},
        {u"model"_s, m_settings.model},
    };
    if (!m_settings.softwareVersion.isEmpty())
        device.insert(u"sw_version"_s, m_settings.softwareVersion);
    // unique_id and object_id are the same stable string: the entity keeps its history across our restarts,
    // and its entity id reads "sensor.commonwatt_home_grid_import_energy" rather than a translated name.
    QJsonObject config{
        {u"name"_s, sensor.name},
        {u"unique_id"_s, objectId(sensor)},
        {u"object_id"_s, objectId(sensor)},
        {u"state_topic"_s, sensor.stateTopic},
        {u"availability_topic"_s, m_settings.availabilityTopic},
        {u"payload_available"_s, m_settings.payloadAvailable},
        {u"payload_not_available"_s, m_settings.payloadNotAvailable},
        {u"device"_s, device},
    };
    if (!sensor.unit.isEmpty())
        config.insert(u"unit_of_measurement"_s, sensor.unit);
    if (!sensor.deviceClass.isEmpty())
        config.insert(u"device_class"_s, sensor.deviceClass);
    if (!sensor.stateClass.isEmpty())
        config.insert(u"state_class"_s, sensor.stateClass);
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

void HomeAssistantDiscovery::setSensors(const QList<HaSensor> &sensors)
{
    QList<HaSensor> accepted;
    QSet<QString> keys;
    for (const HaSensor &sensor : sensors) {
        if (!isValidId(sensor.key) || keys.contains(sensor.key)) {
            qCWarning(lcDiscovery).noquote()
                << "sensor key" << sensor.key << "is invalid or used twice; skipped";
            continue;
        }
        keys.insert(sensor.key);
        accepted.append(sensor);
    }
    QSet<QString> topics;
    for (const HaSensor &sensor : std::as_const(accepted))
        topics.insert(configTopic(sensor));
    for (auto it = m_published.begin(); it != m_published.end();) {
        if (topics.contains(it.key())) {
            ++it;
            continue;
        }
        qCInfo(lcDiscovery).noquote() << "removing" << it.key();
        m_client.publish(it.key(), QByteArray(), kConfigQos, true);
        it = m_published.erase(it);
    }
    m_sensors = accepted;
    for (const HaSensor &sensor : std::as_const(m_sensors)) {
        if (m_published.value(configTopic(sensor)) != configPayload(sensor))
            publish(sensor);
    }
    m_haveSensors = true;
    for (const QString &topic : std::exchange(m_earlyConfigs, {}))
        clearStale(topic);
}

void HomeAssistantDiscovery::clearStale(const QString &topic)
{
    if (m_published.contains(topic))
        return;
    qCInfo(lcDiscovery).noquote() << "removing" << topic << "left by an earlier run";
    m_client.publish(topic, QByteArray(), kConfigQos, true);
}

void HomeAssistantDiscovery::publishAll()
{
    for (const HaSensor &sensor : std::as_const(m_sensors))
        publish(sensor);
}

void HomeAssistantDiscovery::publish(const HaSensor &sensor)
{
    const QString topic = configTopic(sensor);
    QByteArray payload = configPayload(sensor);
    m_client.publish(topic, payload, kConfigQos, true);
    m_published.insert(topic, std::move(payload));
}

void HomeAssistantDiscovery::onStatus(const QList<MqttMessage> &messages)
{
    // Home Assistant's birth message: it may have lost what it knew (a restart without the retained configs
    // reaching it, a broker without persistence), so everything is announced again.
    for (const MqttMessage &message : messages) {
        if (message.payload.trimmed() == "online") {
            qCInfo(lcDiscovery) << "Home Assistant is online: publishing" << m_sensors.size()
                                << "sensor configs";
            publishAll();
            return;
        }
    }
}

void HomeAssistantDiscovery::onRetainedConfigs(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages) {
        // Only what the broker kept from before matters; the empty configs that removed a sensor echo back.
        if (!message.retained || message.payload.isEmpty())
            continue;
        // Before the first list of sensors, nothing can be told stale yet.
        if (!m_haveSensors)
            m_earlyConfigs.insert(message.topic);
        else
            clearStale(message.topic);
    }
}

} // namespace commonwatt::app
