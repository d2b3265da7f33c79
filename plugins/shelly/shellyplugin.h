// Shelly Gen2+ as a Commonwatt device plugin: one configured instance is one Switch component of one device,
// reached through the MQTT broker the device publishes to.
#pragma once

#include <commonwatt/deviceplugin.h>

#include <QObject>

namespace commonwatt::shelly {

class ShellyPlugin final : public QObject, public DevicePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommonwattDevicePlugin_iid FILE "shelly.json")
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

} // namespace commonwatt::shelly
