// Commonwatt's own MQTT API (evcc's convention): the household's state as a flat tree of retained topics
// under `commonwatt/<householdId>/`, one plain value per topic (JSON only for the plan and a device's
// request), commands on `.../set` topics, and Home Assistant MQTT discovery for the sensors. The topics, the
// payloads and the commands are documented in docs/mqtt-api.md.
//
// Wiring (the composition root does this): create it on the main thread once the household's devices exist,
// with the client of the broker the household talks to; put availability() into that client's last will
// (retained), then call start(). Call stop() before the client disconnects on a clean shut-down, so that
// "offline" is published by us rather than left to the will. rescanDevices() after devices are added or
// removed at run time. The client, household, store, credits and planner must outlive this object.
#pragma once

#include "homeassistantdiscovery.h"

#include <commonwatt/device.h>
#include <commonwatt/mqttclient.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace commonwatt::storage {
class ReadingsStore;
}

namespace commonwatt::app {

class CreditsService;
class Household;
class Planner;

struct MqttApiSettings
{
    QString householdId;   // one topic level: letters, digits, '_' and '-'
    QString householdName; // Home Assistant's name of the device; "Commonwatt <householdId>" when empty
    QString softwareVersion;
    bool homeAssistantDiscovery = true;
    QString discoveryPrefix = QStringLiteral("homeassistant");
    // A topic is published at most once per this much real time; changes in between are coalesced into the
    // latest value. Real time, not the household's clock: it protects the broker, and a simulation running
    // at 3600x must not publish 3600 times as often.
    std::chrono::milliseconds minInterval{1000};
};

// The availability topic and its payloads. The client's last will must be the offline payload on this topic,
// retained, so that the broker says "offline" for us when we vanish.
struct MqttAvailability
{
    QString topic;
    QByteArray online;
    QByteArray offline;
    int qos = 1;
    bool retained = true;
};

class MqttApi : public QObject
{
    Q_OBJECT
public:
    // credits and planner may be null: then no credits (or plan and commands) are published.
    MqttApi(MqttClient &client, Household &household, storage::ReadingsStore &store,
            const CreditsService *credits, Planner *planner, MqttApiSettings settings,
            QObject *parent = nullptr);
    ~MqttApi() override;

    // The household's root topic, `commonwatt/<householdId>`.
    [[nodiscard]] static QString rootTopic(const QString &householdId);
    [[nodiscard]] static MqttAvailability availability(const QString &householdId);
    [[nodiscard]] static bool isValidHouseholdId(QStringView householdId);

    // Publishes "online", subscribes to the command topics (and Home Assistant's status) and publishes the
    // state as it is. False, with *error in words, when the settings cannot work (a bad household id).
    [[nodiscard]] bool start(QString *error);
    // Publishes "offline" and unsubscribes. Idempotent.
    void stop();
    // Re-reads the household's devices: their topics, subscriptions to their readings and the sensors.
    void rescanDevices();

    [[nodiscard]] QString topic(QStringView relative) const;
    [[nodiscard]] const HomeAssistantDiscovery *discovery() const { return m_discovery.get(); }
    // Commands refused since start (bad payload, unknown device, the planner said no).
    [[nodiscard]] quint64 rejectedCommands() const { return m_rejected; }

signals:
    void commandRejected(const QString &topic, const QString &reason);

private:
    struct Counter;
    struct DeviceEntry;

    // The coalescing, only-on-change retained tree.
    void setValue(const QString &relative, const QByteArray &value);
    void setNumber(const QString &relative, double value, int decimals);
    void flush();
    void publishNow(const QString &relative);
    void republishAll();

    void onClientState(MqttClient::State state);
    void updateFlow();
    void updateTotals();
    void updateCredits();
    void updatePlan();
    void updateRequests();
    void onDeviceReadings(const DeviceEntry *device, const QList<DeviceReading> &readings);
    void onDeviceAvailability(const DeviceEntry *device, Availability availability, const QString &reason);
    void seedCounters();
    void publishCounters();
    void updateSensors();

    void onCommands(const QList<MqttMessage> &messages);
    void handleCommand(const MqttMessage &message);
    [[nodiscard]] bool applyRequest(const QString &deviceId, const QByteArray &payload, QString *error);
    void reject(const MqttMessage &message, const QString &reason);

    MqttClient &m_client;
    Household &m_household;
    storage::ReadingsStore &m_store;
    const CreditsService *m_credits;
    Planner *m_planner;
    MqttApiSettings m_settings;
    QString m_root;
    bool m_started = false;

    struct TopicState
    {
        QByteArray published;
        QByteArray pending;
        bool hasPublished = false;
        bool hasPending = false;
        qint64 lastPublishedMs = 0; // real time, from m_realTime
    };
    QHash<QString, TopicState> m_topics; // by relative topic
    QElapsedTimer m_realTime;
    QTimer m_flushTimer;

    QList<std::shared_ptr<DeviceEntry>> m_devices;
    QHash<QString, QString> m_deviceByLevel; // topic level -> device id
    QList<std::shared_ptr<Counter>> m_counters;
    QList<QMetaObject::Connection> m_deviceConnections;

    std::unique_ptr<HomeAssistantDiscovery> m_discovery;
    quint64 m_commandSubscription = 0;
    quint64 m_rejected = 0;
    qint64 m_errorWindowMs = -1;
    int m_errorsInWindow = 0;
};

} // namespace commonwatt::app
