// Home Assistant MQTT discovery for the household's sensors: one retained config per sensor on
// `<prefix>/sensor/<node_id>/<object_id>/config`, published again whenever Home Assistant announces itself
// (`<prefix>/status` "online"), and an empty retained config for a sensor that is gone, so that Home
// Assistant drops its entity. Configs a previous run left on the broker for sensors this run no longer has
// are found through the broker's retained messages and cleared the same way. docs/mqtt-api.md lists the
// sensors.
#pragma once

#include <commonwatt/mqttclient.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace commonwatt::app {

// One Home Assistant sensor. key is stable across restarts and versions: unique_id and object_id are built
// from it, and Home Assistant keeps an entity's history by them.
struct HaSensor
{
    QString key;         // [a-z0-9_]
    QString name;        // shown in Home Assistant, after the device's name
    QString stateTopic;  // absolute
    QString unit;        // unit_of_measurement; empty: none
    QString deviceClass; // "energy", "power", "battery"...; empty: none
    QString stateClass;  // "measurement", "total", "total_increasing"; empty: none

    friend bool operator==(const HaSensor &, const HaSensor &) = default;
};

struct HaDiscoverySettings
{
    QString prefix; // the discovery prefix, "homeassistant" unless Home Assistant was told otherwise
    QString nodeId; // [a-zA-Z0-9_-]: one per household
    QString deviceIdentifier;    // the device registry's identifier of the household
    QString deviceName;          // "Commonwatt home"
    QString model;               // "Household energy manager"
    QString softwareVersion;     // omitted when empty
    QString availabilityTopic;   // our status topic
    QString payloadAvailable;    // "online"
    QString payloadNotAvailable; // "offline"
};

// What a household has, for the list of its sensors.
struct HouseholdSensorInputs
{
    QString root; // the household's topic, "commonwatt/<householdId>"
    bool hasPv = false;
    bool hasBattery = false;
    bool hasBatterySoc = false;
    bool hasEv = false;
    bool hasEvSoc = false;
    bool hasCredits = false;
    QStringList counters; // lifetime energy totals published under energy/<key>
    struct DevicePower
    {
        QString level; // the device's topic level
        QString name;
    };
    QList<DevicePower> devicePower;
};

// The sensors of the MQTT API's tree (docs/mqtt-api.md): power in kW as measurements, the lifetime kWh
// counters as total_increasing energy (what the Energy dashboard takes), states of charge, credits, clean
// share and reputation, and each device's power.
[[nodiscard]] QList<HaSensor> householdSensors(const HouseholdSensorInputs &inputs);

class HomeAssistantDiscovery : public QObject
{
    Q_OBJECT
public:
    // Subscribes to Home Assistant's status and to this node's retained configs on the client; publishes
    // nothing until setSensors().
    HomeAssistantDiscovery(MqttClient &client, HaDiscoverySettings settings, QObject *parent = nullptr);
    ~HomeAssistantDiscovery() override;

    // Publishes the configs of new and changed sensors, and an empty retained config for each sensor that
    // is no longer in the list.
    void setSensors(const QList<HaSensor> &sensors);
    // Publishes every config again (Home Assistant restarted, the broker lost its retained messages).
    void publishAll();
    // Unsubscribes; the configs stay on the broker, so that the entities survive our restart.
    void stop();

    [[nodiscard]] const QList<HaSensor> &sensors() const { return m_sensors; }
    [[nodiscard]] const HaDiscoverySettings &settings() const { return m_settings; }
    [[nodiscard]] QString objectId(const HaSensor &sensor) const;
    [[nodiscard]] QString configTopic(const HaSensor &sensor) const;
    [[nodiscard]] QByteArray configPayload(const HaSensor &sensor) const;

    // Home Assistant accepts only these characters in a node_id or object_id.
    [[nodiscard]] static bool isValidId(QStringView id);

private:
    void onStatus(const QList<MqttMessage> &messages);
    void onRetainedConfigs(const QList<MqttMessage> &messages);
    void publish(const HaSensor &sensor);
    void clearStale(const QString &topic);

    MqttClient &m_client;
    HaDiscoverySettings m_settings;
    QList<HaSensor> m_sensors;
    QHash<QString, QByteArray> m_published; // config topic -> payload, as last published
    bool m_haveSensors = false;
    QSet<QString> m_earlyConfigs; // retained configs seen before the first setSensors()
    quint64 m_statusSubscription = 0;
    quint64 m_configSubscription = 0;
};

} // namespace commonwatt::app
