#include "devicesetup.h"

#include "pluginhost/crashmarker.h"

#include <QDateTime>
#include <QLoggingCategory>

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
    return raw;
}

void DeviceSetup::startInstances(Household &household)
{
    for (const config::PluginInstance &instance : enabledInstances()) {
        const pluginhost::PluginEntry *entry = m_catalog.find(instance.pluginId);
        if (!entry) {
            addProblem(tr("The device %1 needs the plugin %2, which is not installed.")
                           .arg(instance.id, instance.pluginId));
            continue;
        }
        MqttClient *mqtt = nullptr;
        if (instance.brokerId)
            mqtt = broker(*instance.brokerId);
        startHost(*entry, instance.id, instance.settings, mqtt, household);
    }
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
    for (auto &[id, client] : m_brokers)
        client->stop();
    m_brokers.clear();
}

} // namespace commonwatt::app
