#include "gridfeedplugin.h"

#include "gridfeedconfig.h"
#include "gridfeeddevice.h"
#include "settingfields.h"

using namespace Qt::StringLiterals;

namespace commonwatt::gridfeed {

QString GridFeedPlugin::pluginId() const
{
    return u"gridfeed"_s;
}

QString GridFeedPlugin::displayName() const
{
    return tr("Grid signals");
}

QList<DeviceKind> GridFeedPlugin::deviceKinds() const
{
    return {DeviceKind::GridSignal};
}

SettingsSchema GridFeedPlugin::settingsSchema() const
{
    return gridFeedSettingsSchema();
}

QList<Device *> GridFeedPlugin::createDevices(const PluginContext &context, const QJsonObject &settings,
                                              QObject *parent, QString *error)
{
    QString problem = plugins::contextProblem(
        context, parent, pluginId(), {plugins::Need::Clock, plugins::Need::Mqtt, plugins::Need::Parent});
    if (!problem.isEmpty())
        return plugins::refuse(error, problem);
    std::optional<GridFeedConfig> config = configFromSettings(settings, &problem);
    if (!config)
        return plugins::refuse(error, problem);
    const QString id = context.instanceId.isEmpty() ? pluginId() : context.instanceId;
    return {new GridFeedDevice(id, std::move(*config), *context.mqtt, *context.clock, parent)};
}

} // namespace commonwatt::gridfeed
