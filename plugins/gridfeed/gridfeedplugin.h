// The grid-signal plugin: one GridSignal device per configured instance, following the community feed of a
// region (gridfeeddevice.h, docs/plugins-generic-gridfeed.md).
#pragma once

#include <commonwatt/deviceplugin.h>

#include <QObject>

namespace commonwatt::gridfeed {

class GridFeedPlugin final : public QObject, public DevicePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommonwattDevicePlugin_iid FILE "gridfeed.json")
    Q_INTERFACES(commonwatt::DevicePlugin)
public:
    [[nodiscard]] QString pluginId() const override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QList<DeviceKind> deviceKinds() const override;
    [[nodiscard]] SettingsSchema settingsSchema() const override;
    [[nodiscard]] bool needsMqtt() const override { return true; }
    [[nodiscard]] QList<Device *> createDevices(const PluginContext &context, const QJsonObject &settings,
                                                QObject *parent, QString *error) override;
};

} // namespace commonwatt::gridfeed
