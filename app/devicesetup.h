// The household's devices as the installer configured them: the plugin catalog, the MQTT brokers and one
// plugin host per enabled plugin instance (or the simulated household when nothing is configured). It also
// handles the crash marker: the instances of a plugin that crashed the last run are disabled, with the
// reason, before anything starts.
#pragma once

#include "household.h"

#include "config/configstore.h"
#include "mqtt/pahomqttclient.h"
#include "pluginhost/plugincatalog.h"
#include "pluginhost/pluginhost.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <memory>
#include <set>
#include <vector>

namespace commonwatt::app {

// The schemas a configuration is checked against: the catalog's plugins' and the MQTT broker's.
[[nodiscard]] config::ConfigSchemas configSchemas(const pluginhost::PluginCatalog &catalog);

class DeviceSetup : public QObject
{
    Q_OBJECT
public:
    // The configuration must stay open for the life of this object.
    DeviceSetup(config::ConfigStore &config, QString crashMarkerPath, QObject *parent = nullptr);
    ~DeviceSetup() override;

    // Reads the plugins in `folders` (and the built-in ones), then disables the instances of a plugin that
    // crashed the previous run and arms the crash marker for this one.
    void prepare(const QStringList &folders);

    [[nodiscard]] const pluginhost::PluginCatalog &catalog() const { return m_catalog; }
    // The schemas the configuration is checked against: the loaded plugins' and the broker's.
    [[nodiscard]] config::ConfigSchemas schemas() const { return configSchemas(m_catalog); }
    [[nodiscard]] QList<config::PluginInstance> enabledInstances() const;

    // Starts every enabled instance; their devices join the household as their hosts create them.
    void startInstances(Household &household);
    // Starts the simulated household with `settings` (not stored: the demo is not configuration).
    [[nodiscard]] bool startSimulator(Household &household, const QJsonObject &settings, QString *error);

    // The connection to a configured broker, created and started on first use; `will` (topic, payloads)
    // applies when this call creates it. Null, with the reason in problems(), when it is not configured.
    struct Will
    {
        QString topic;
        QByteArray offline = "offline";
        QByteArray online = "online";
    };
    [[nodiscard]] MqttClient *broker(const QString &brokerId, const std::optional<Will> &will = std::nullopt);
    // The same for a broker that is not in the configuration (the command line's --mqtt-api), by its settings.
    [[nodiscard]] MqttClient *connectBroker(const QString &brokerId, const QJsonObject &brokerSettings,
                                            const std::optional<Will> &will = std::nullopt);

    // One instance as the installer changes it while the household runs. startInstance() starts the stored,
    // enabled instance's host (false, with *error naming the instance, when it is disabled, not stored, already
    // running or its plugin is not installed); stopInstance() has the household let go of its devices, then
    // stops its host, and drops its broker's connection when nothing else uses it, so that the next start
    // reads the broker's settings again. Neither needs a restart of the application.
    [[nodiscard]] bool startInstance(const QString &instanceId, Household &household, QString *error);
    void stopInstance(const QString &instanceId, Household &household);
    // The running host of an instance, or null.
    [[nodiscard]] pluginhost::PluginHost *host(const QString &instanceId) const;
    // The open connection to a broker, or null (never opens one).
    [[nodiscard]] MqttClient *openBroker(const QString &brokerId) const;

    [[nodiscard]] const std::vector<std::unique_ptr<pluginhost::PluginHost>> &hosts() const { return m_hosts; }
    // What went wrong at start-up or since, for people: refused plugin files, a disabled instance, a broker
    // that is not configured, an instance that failed.
    [[nodiscard]] const QStringList &problems() const { return m_problems; }

    // Stops the instances (each deletes its devices on its own thread), then the broker connections.
    void stop();

signals:
    void problemsChanged();
    // A host was started or stopped.
    void hostsChanged();

private:
    void addProblem(const QString &problem);
    [[nodiscard]] bool startStored(const config::PluginInstance &instance, Household &household, QString *error);
    pluginhost::PluginHost *startHost(const pluginhost::PluginEntry &entry, const QString &instanceId,
                                      const QJsonObject &settings, MqttClient *mqtt, Household &household);

    config::ConfigStore &m_config;
    QString m_crashMarkerPath;
    pluginhost::PluginCatalog m_catalog;
    std::map<QString, std::unique_ptr<mqtt::PahoMqttClient>> m_brokers;
    std::vector<std::unique_ptr<pluginhost::PluginHost>> m_hosts;
    std::map<QString, QString> m_hostBrokers; // instance id -> broker id, for instances on a broker
    std::set<QString> m_sharedBrokers;        // brokers others asked for (the MQTT API): kept open
    QStringList m_problems;
};

} // namespace commonwatt::app
