#include "shellyplugin.h"

#include "settingfields.h"
#include "shellydevice.h"

#include <commonwatt/clock.h>
#include <commonwatt/mqttclient.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commonwatt::shelly {

namespace {

const QString kDeviceId = u"deviceId"_s;
const QString kSwitchId = u"switchId"_s;
const QString kName = u"name"_s;
const QString kKind = u"kind"_s;
const QString kMaxPower = u"maxPowerKw"_s;

} // namespace

QString ShellyPlugin::pluginId() const
{
    return u"shelly"_s;
}

QString ShellyPlugin::displayName() const
{
    return tr("Shelly Gen2+");
}

QList<DeviceKind> ShellyPlugin::deviceKinds() const
{
    return {DeviceKind::Appliance, DeviceKind::ThermalLoad};
}

SettingsSchema ShellyPlugin::settingsSchema() const
{
    using plugins::Field;
    return {
        Field::text(kDeviceId, tr("Device id"))
            .required()
            .help(tr("The device's MQTT topic prefix, such as shellyplusplugs-a8032ab12345 (Settings > "
                     "MQTT).")),
        Field::integer(kSwitchId, tr("Switch"), 0, 15)
            .defaultValue(0)
            .help(tr("Which output of a device with several: 0 for the first.")),
        Field::text(kName, tr("Name")).help(tr("What Commonwatt calls the device, such as Washing machine.")),
        plugins::switchKindField(), plugins::plugMaxPowerField()};
}

QList<Device *> ShellyPlugin::createDevices(const PluginContext &context, const QJsonObject &settings,
                                            QObject *parent, QString *error)
{
    QString problem;
    const std::optional<QJsonObject> valid = validateSettings(settingsSchema(), settings, &problem);
    if (!valid)
        return plugins::refuse(error, problem);
    problem = plugins::contextProblem(context, parent, pluginId(),
                                      {plugins::Need::Mqtt, plugins::Need::Clock, plugins::Need::InstanceId});
    if (!problem.isEmpty())
        return plugins::refuse(error, problem);

    ShellyConfig config;
    config.deviceId = valid->value(kDeviceId).toString().trimmed();
    problem = plugins::deviceTopicProblem(config.deviceId, plugins::TopicSlashes::Inside);
    if (!problem.isEmpty())
        return plugins::refuse(error, u"%1: %2"_s.arg(kDeviceId, problem));
    config.switchId = valid->value(kSwitchId).toInt();
    config.maxPowerKw = valid->value(kMaxPower).toDouble();
    const plugins::KindChoice kind =
        *plugins::findKind(plugins::kSwitchKinds, valid->value(kKind).toString());
    config.kind = kind.kind;
    config.controllable = kind.controllable;
    config.name = valid->value(kName).toString().trimmed();
    if (config.name.isEmpty())
        config.name = tr("Shelly %1").arg(config.deviceId);
    // Our JSON-RPC src names the topic the device answers on; keep it to characters that are safe in a topic.
    QString source = context.instanceId;
    source.replace(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), u"_"_s);
    config.rpcSource = u"commonwatt-"_s + source;

    const QString id = u"%1-switch%2"_s.arg(context.instanceId).arg(config.switchId);
    return {new ShellyDevice(id, std::move(config), *context.mqtt, *context.clock, parent)};
}

} // namespace commonwatt::shelly
