#include "devicesetup.h"

#include "pluginhost/crashmarker.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDeviceSetup, "commonwatt.devices")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

DeviceSetup::DeviceSetup(config::ConfigStore &config, QString crashMarkerPath, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_crashMarkerPath(std::move(crashMarkerPath))
{}

DeviceSetup::~DeviceSetup()
{
    stop();
}

void DeviceSetup::addProblem(const QString &problem)
{
    m_problems.append(problem);
    emit problemsChanged();
}

void DeviceSetup::prepare(const QStringList &folders)
{
    m_catalog.load(folders);
    for (const pluginhost::RefusedPlugin &refused : m_catalog.refused())
        addProblem(refused.reason);

    if (const std::optional<QString> crashed = pluginhost::crashmarker::takeMarker(m_crashMarkerPath)) {
        const QString when = QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s);
        const QString reason = tr("Its plugin %1 crashed the application (found at the start on %2).").arg(*crashed, when);
        QStringList disabled;
        for (const config::PluginInstance &instance : m_config.instances()) {
            if (instance.pluginId == *crashed && instance.enabled && m_config.setEnabled(instance.id, false, reason))
                disabled << instance.id;
        }
        addProblem(disabled.isEmpty()
                       ? tr("The plugin %1 crashed the application.").arg(*crashed)
                       : tr("The plugin %1 crashed the application, so these devices were switched off: %2. An "
                            "installer can switch them on again.")
                             .arg(*crashed, disabled.join(u", "_s)));
        qCCritical(lcDeviceSetup).noquote() << "plugin" << *crashed << "crashed the last run; switched off:"
                                            << disabled.join(u", "_s);
    }
    pluginhost::crashmarker::install(m_crashMarkerPath);
}

config::ConfigSchemas configSchemas(const pluginhost::PluginCatalog &catalog)
{
    config::ConfigSchemas schemas;
    schemas.broker = mqtt::MqttBrokerSettings::schema();
    // The catalog outlives every use: the configuration is only checked while the application runs.
    schemas.plugin = [&catalog](const QString &pluginId) -> std::optional<SettingsSchema> {
        const pluginhost::PluginEntry *entry = catalog.find(pluginId);
        if (!entry)
            return std::nullopt;
        return entry->plugin->settingsSchema();
    };
    return schemas;
}

QList<config::PluginInstance> DeviceSetup::enabledInstances() const
{
    QList<config::PluginInstance> enabled;
    for (const config::PluginInstance &instance : m_config.instances()) {
        if (instance.enabled)
            enabled.append(instance);
    }
    return enabled;
}

MqttClient *DeviceSetup::broker(const QString &brokerId, const std::optional<Will> &will)
{
    const std::optional<config::Broker> configured = m_config.broker(brokerId);
    if (!configured) {
        addProblem(tr("The MQTT broker %1 is not configured.").arg(brokerId));
        return nullptr;
    }
    return connectBroker(brokerId, configured->settings, will);
}

MqttClient *DeviceSetup::connectBroker(const QString &brokerId, const QJsonObject &brokerSettings,
                                       const std::optional<Will> &will)
{
    m_sharedBrokers.insert(brokerId);
    if (const auto it = m_brokers.find(brokerId); it != m_brokers.end())
        return it->second.get();
    QString error;
    std::optional<mqtt::MqttBrokerSettings> settings = mqtt::MqttBrokerSettings::fromJson(brokerSettings, &error);
    if (!settings) {
        addProblem(tr("The MQTT broker %1 cannot be used: %2").arg(brokerId, error));
        return nullptr;
    }
    if (will) {
        settings->willTopic = will->topic;
        settings->willPayload = will->offline;
        settings->onlinePayload = will->online;
        settings->willRetain = true;
    }
    auto client = std::make_unique<mqtt::PahoMqttClient>(*settings);
    connect(client.get(), &MqttClient::stateChanged, this, [brokerId](MqttClient::State state, const QString &reason) {
        qCInfo(lcDeviceSetup).noquote() << "broker" << brokerId << state << reason;
    });
    client->start();
    MqttClient *raw = client.get();
    m_brokers.emplace(brokerId, std::move(client));
    return raw;
}

pluginhost::PluginHost *DeviceSetup::startHost(const pluginhost::PluginEntry &entry, const QString &instanceId,
                                               const QJsonObject &settings, MqttClient *mqtt, Household &household)
{
    PluginContext context;
    context.clock = &household.clock();
    context.mqtt = mqtt;
    auto host = std::make_unique<pluginhost::PluginHost>(entry, instanceId, settings, context);
    pluginhost::PluginHost *raw = host.get();
    connect(raw, &pluginhost::PluginHost::devicesReady, &household,
            [&household, raw](const QList<Device *> &devices) { household.adoptDevices(devices, raw); });
    connect(raw, &pluginhost::PluginHost::stateChanged, this,
            [this, instanceId](pluginhost::PluginHost::State state, const QString &reason) {
                if (state == pluginhost::PluginHost::State::Failed)
                    addProblem(reason);
            });
    household.notePluginSettings(entry.id, settings);
    m_hosts.push_back(std::move(host));
    raw->start();
    emit hostsChanged();
    return raw;
}

bool DeviceSetup::startStored(const config::PluginInstance &instance, Household &household, QString *error)
{
    const pluginhost::PluginEntry *entry = m_catalog.find(instance.pluginId);
    if (!entry) {
        *error = tr("The device %1 needs the plugin %2, which is not installed.")
                     .arg(instance.id, instance.pluginId);
        return false;
    }
    MqttClient *mqtt = nullptr;
    if (instance.brokerId) {
        const bool shared = m_sharedBrokers.count(*instance.brokerId) > 0;
        mqtt = broker(*instance.brokerId);
        if (!shared)
            m_sharedBrokers.erase(*instance.brokerId); // opened for instances, not for the MQTT API
        if (mqtt)
            m_hostBrokers[instance.id] = *instance.brokerId;
    }
    startHost(*entry, instance.id, instance.settings, mqtt, household);
    return true;
}

void DeviceSetup::startInstances(Household &household)
{
    for (const config::PluginInstance &instance : enabledInstances()) {
        QString error;
        if (!startStored(instance, household, &error))
            addProblem(error);
    }
}

bool DeviceSetup::startInstance(const QString &instanceId, Household &household, QString *error)
{
    const std::optional<config::PluginInstance> instance = m_config.instance(instanceId);
    if (!instance) {
        *error = tr("The device %1 is not configured.").arg(instanceId);
        return false;
    }
    if (!instance->enabled) {
        *error = tr("The device %1 is switched off.").arg(instanceId);
        return false;
    }
    if (host(instanceId)) {
        *error = tr("The device %1 is already running.").arg(instanceId);
        return false;
    }
    if (!startStored(*instance, household, error))
        return false;
    qCInfo(lcDeviceSetup).noquote() << "started" << instanceId;
    return true;
}

void DeviceSetup::stopInstance(const QString &instanceId, Household &household)
{
    const auto it = std::find_if(m_hosts.begin(), m_hosts.end(),
                                 [&](const auto &host) { return host->instanceId() == instanceId; });
    if (it == m_hosts.end())
        return;
    std::unique_ptr<pluginhost::PluginHost> stopping = std::move(*it);
    m_hosts.erase(it);
    household.releaseDevices(stopping.get());
    stopping->stop();
    stopping.reset();
    qCInfo(lcDeviceSetup).noquote() << "stopped" << instanceId;

    if (const auto used = m_hostBrokers.find(instanceId); used != m_hostBrokers.end()) {
        const QString brokerId = used->second;
        m_hostBrokers.erase(used);
        const bool stillUsed = std::any_of(m_hostBrokers.begin(), m_hostBrokers.end(),
                                           [&](const auto &entry) { return entry.second == brokerId; });
        if (!stillUsed && !m_sharedBrokers.count(brokerId)) {
            if (const auto client = m_brokers.find(brokerId); client != m_brokers.end()) {
                client->second->stop();
                m_brokers.erase(client);
            }
        }
    }
    emit hostsChanged();
}

pluginhost::PluginHost *DeviceSetup::host(const QString &instanceId) const
{
    for (const auto &host : m_hosts) {
        if (host->instanceId() == instanceId)
            return host.get();
    }
    return nullptr;
}

MqttClient *DeviceSetup::openBroker(const QString &brokerId) const
{
    const auto it = m_brokers.find(brokerId);
    return it == m_brokers.end() ? nullptr : it->second.get();
}

bool DeviceSetup::startSimulator(Household &household, const QJsonObject &settings, QString *error)
{
    const pluginhost::PluginEntry *entry = m_catalog.find(u"simulator"_s);
    if (!entry) {
        *error = tr("The household simulator is not built into this Commonwatt.");
        return false;
    }
    pluginhost::PluginHost *host = startHost(*entry, u"simulator"_s, settings, nullptr, household);
    // The simulator runs on the clock's thread, so its devices exist as soon as start() returns.
    if (host->state() != pluginhost::PluginHost::State::Running) {
        *error = host->reason();
        return false;
    }
    return true;
}

void DeviceSetup::stop()
{
    for (const auto &host : m_hosts)
        host->stop();
    m_hosts.clear();
    m_hostBrokers.clear();
    for (auto &[id, client] : m_brokers)
        client->stop();
    m_brokers.clear();
}

} // namespace commonwatt::app
