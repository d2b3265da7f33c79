// The generic MQTT plugin: one device per configured instance, read and commanded over topics and JSON paths
// that the installer maps (genericconfig.h, docs/plugins-generic-gridfeed.md).
#pragma once

#include <commonwatt/deviceplugin.h>

#include <QObject>

namespace commonwatt::mqttgeneric {

class MqttGenericPlugin final : public QObject, public DevicePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommonwattDevicePlugin_iid FILE "mqttgeneric.json")
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

} // namespace commonwatt::mqttgeneric
