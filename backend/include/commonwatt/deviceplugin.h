// The device plugin interface (Qt plugin). A plugin is loaded, its metadata's IID checked, and then asked
// for devices. Version 1.0 is the minimal interface: create devices from settings, on the injected clock.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtPlugin>

namespace commonwatt {

class Clock;
class Device;

struct PluginContext
{
    Clock *clock = nullptr; // drives every time-dependent behaviour; never null
};

class DevicePlugin
{
public:
    virtual ~DevicePlugin() = default;

    // A stable identifier such as "simulator"; also the key of the plugin's settings.
    [[nodiscard]] virtual QString pluginId() const = 0;
    [[nodiscard]] virtual QString displayName() const = 0;

    // Creates the plugin's devices. Every object created is owned by `parent`. On bad settings the plugin
    // returns no devices and sets *error to a message naming the offending field.
    [[nodiscard]] virtual QList<Device *> createDevices(const PluginContext &context,
                                                        const QJsonObject &settings, QObject *parent,
                                                        QString *error) = 0;
};

} // namespace commonwatt

#define CommonwattDevicePlugin_iid "org.commonwatt.DevicePlugin/1.0"
Q_DECLARE_INTERFACE(commonwatt::DevicePlugin, CommonwattDevicePlugin_iid)
