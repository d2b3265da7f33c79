// The simulator as a Commonwatt device plugin. Built as a static Qt plugin: linking the
// commonwatt_simulator target imports it, so QPluginLoader::staticPlugins() lists it.
#pragma once

#include <commonwatt/deviceplugin.h>

#include <QObject>

namespace commonwatt::simulator {

class SimulatorPlugin final : public QObject, public DevicePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommonwattDevicePlugin_iid FILE "simulator.json")
    Q_INTERFACES(commonwatt::DevicePlugin)
public:
    [[nodiscard]] QString pluginId() const override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QList<DeviceKind> deviceKinds() const override;
    [[nodiscard]] SettingsSchema settingsSchema() const override;
    [[nodiscard]] QList<Device *> createDevices(const PluginContext &context, const QJsonObject &settings,
                                                QObject *parent, QString *error) override;
};

} // namespace commonwatt::simulator
