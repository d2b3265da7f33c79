#include "tasmotaplugin.h"

#include "settingfields.h"
#include "tasmotadevice.h"

#include <commonwatt/clock.h>
#include <commonwatt/mqttclient.h>

using namespace Qt::StringLiterals;

namespace commonwatt::tasmota {

namespace {

const QString kTopic = u"topic"_s;
const QString kName = u"name"_s;
const QString kKind = u"kind"_s;
const QString kRelay = u"relay"_s;
const QString kMaxPower = u"maxPowerKw"_s;

} // namespace

QString TasmotaPlugin::pluginId() const
{
    return u"tasmota"_s;
}

QString TasmotaPlugin::displayName() const
{
    return tr("Tasmota");
}

QList<DeviceKind> TasmotaPlugin::deviceKinds() const
{
    return {DeviceKind::Appliance, DeviceKind::ThermalLoad};
}

SettingsSchema TasmotaPlugin::settingsSchema() const
{
    using plugins::Field;
    return {Field::text(kTopic, tr("Device topic"))
                .required()
                .help(tr("The device's Topic, such as tasmota_9CF9D1 (Configuration > Configure MQTT).")),
            Field::text(kName, tr("Name")).help(tr("What Commonwatt calls the device, such as Dishwasher.")),
            plugins::switchKindField(),
            Field::integer(kRelay, tr("Relay"), 1, 32)
                .defaultValue(1)
                .help(tr("Which relay of a device with several: 1 for the first (POWER or POWER1).")),
            plugins::plugMaxPowerField()};
}

QList<Device *> TasmotaPlugin::createDevices(const PluginContext &context, const QJsonObject &settings,
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

    TasmotaConfig config;
    config.topic = valid->value(kTopic).toString().trimmed();
    // Tasmota's %topic% is one topic level.
    problem = plugins::deviceTopicProblem(
        config.topic, plugins::TopicSlashes::Forbidden,
        tr("\"%1\" must be the device's Topic (one level, no /), as in Configure > MQTT"));
    if (!problem.isEmpty())
        return plugins::refuse(error, u"%1: %2"_s.arg(kTopic, problem));
    config.relay = valid->value(kRelay).toInt();
    config.maxPowerKw = valid->value(kMaxPower).toDouble();
    const plugins::KindChoice kind =
        *plugins::findKind(plugins::kSwitchKinds, valid->value(kKind).toString());
    config.kind = kind.kind;
    config.controllable = kind.controllable;
    config.name = valid->value(kName).toString().trimmed();
    if (config.name.isEmpty())
        config.name = tr("Tasmota %1").arg(config.topic);

    const QString id = u"%1-relay%2"_s.arg(context.instanceId).arg(config.relay);
    return {new TasmotaDevice(id, std::move(config), *context.mqtt, *context.clock, parent)};
}

} // namespace commonwatt::tasmota
