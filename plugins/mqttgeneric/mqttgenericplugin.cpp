#include "mqttgenericplugin.h"

#include "genericconfig.h"
#include "genericmqttdevice.h"
#include "settingfields.h"

using namespace Qt::StringLiterals;

namespace commonwatt::mqttgeneric {

QString MqttGenericPlugin::pluginId() const
{
    return u"mqtt-generic"_s;
}

QString MqttGenericPlugin::displayName() const
{
    return tr("Generic MQTT device");
}

QList<DeviceKind> MqttGenericPlugin::deviceKinds() const
{
    return {DeviceKind::Meter,     DeviceKind::PvInverter, DeviceKind::Battery,
            DeviceKind::EvCharger, DeviceKind::Appliance,  DeviceKind::ThermalLoad};
}

SettingsSchema MqttGenericPlugin::settingsSchema() const
{
    return genericSettingsSchema();
}

QList<Device *> MqttGenericPlugin::createDevices(const PluginContext &context, const QJsonObject &settings,
                                                 QObject *parent, QString *error)
{
    QString problem = plugins::contextProblem(
        context, parent, pluginId(), {plugins::Need::Clock, plugins::Need::Mqtt, plugins::Need::Parent});
    if (!problem.isEmpty())
        return plugins::refuse(error, problem);
    std::optional<GenericConfig> config = configFromSettings(settings, &problem);
    if (!config)
        return plugins::refuse(error, problem);
    const QString id = context.instanceId.isEmpty() ? pluginId() : context.instanceId;
    return {new GenericMqttDevice(id, std::move(*config), *context.mqtt, *context.clock, {}, parent)};
}

} // namespace commonwatt::mqttgeneric
