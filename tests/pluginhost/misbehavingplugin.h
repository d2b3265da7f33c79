// A device plugin for testing the plugin host: one switchable device that, when switched on, does what its
// "mode" setting says: behave, block its thread, throw, flood readings or crash the process. Built twice:
// as "misbehaving", and with COMMONWATT_TEST_NEIGHBOUR as "neighbour", a second plugin with a thread of its
// own, to show that one plugin's trouble stays with it.
#pragma once

#include <commonwatt/deviceplugin.h>

#include <QObject>

namespace commonwatt::testing {

class MisbehavingPlugin final : public QObject, public DevicePlugin
{
    Q_OBJECT
#ifdef COMMONWATT_TEST_NEIGHBOUR
    Q_PLUGIN_METADATA(IID CommonwattDevicePlugin_iid FILE "neighbour.json")
#else
    Q_PLUGIN_METADATA(IID CommonwattDevicePlugin_iid FILE "misbehaving.json")
#endif
    Q_INTERFACES(commonwatt::DevicePlugin)
public:
    [[nodiscard]] QString pluginId() const override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QList<DeviceKind> deviceKinds() const override;
    [[nodiscard]] SettingsSchema settingsSchema() const override;
    [[nodiscard]] QList<Device *> createDevices(const PluginContext &context, const QJsonObject &settings,
                                                QObject *parent, QString *error) override;
};

} // namespace commonwatt::testing
