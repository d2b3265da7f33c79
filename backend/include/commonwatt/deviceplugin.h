// The device plugin interface (Qt plugin), version 2 (docs/plugins.md).
//
// A plugin is a shared library in the installation's plugin folder or the user's. Commonwatt reads its
// metadata first: the IID must be CommonwattDevicePlugin_iid and "apiVersion" must have this header's major
// version; only then is the library's instance created. Each configured instance of a plugin (one Shelly
// plug, one Tasmota socket) gets its own settings, validated against settingsSchema(), and its devices.
//
// Threading: a plugin's devices run on a worker thread of their own (createDevices() is called there), unless
// the metadata says "thread": "clock" (the simulator, whose devices are part of simulated time and must run
// in step with the clock). The host watches each worker: a plugin that blocks, throws or floods has its
// devices shown as failed with the reason; the UI and the other plugins carry on.
#pragma once

#include <commonwatt/device.h>
#include <commonwatt/settingsschema.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtPlugin>

namespace commonwatt {

class Clock;
class MqttClient;

struct PluginContext
{
    Clock *clock = nullptr;     // drives every time-dependent behaviour; never null; nowMs() is thread-safe
    MqttClient *mqtt = nullptr; // the broker the installer configured for this instance; null when none
    QString instanceId = {};    // stable id of this configured instance, e.g. "tasmota-kitchen"; prefixes device ids
};

class DevicePlugin
{
public:
    virtual ~DevicePlugin() = default;

    // A stable identifier such as "tasmota"; also the key of the plugin's settings.
    [[nodiscard]] virtual QString pluginId() const = 0;
    [[nodiscard]] virtual QString displayName() const = 0;
    // The kinds of device an instance can create (what the installer may pick it for).
    [[nodiscard]] virtual QList<DeviceKind> deviceKinds() const = 0;
    // The settings an instance needs; the installer's form is built from it.
    [[nodiscard]] virtual SettingsSchema settingsSchema() const = 0;
    // Whether an instance needs an MQTT broker (the host then refuses to start it without one).
    [[nodiscard]] virtual bool needsMqtt() const { return false; }

    // Creates an instance's devices from settings already validated against settingsSchema() (defaults
    // filled in). Every object created is owned by `parent`, which lives on the calling thread. On settings
    // that are valid but unusable, returns no devices and sets *error to a message naming the field.
    [[nodiscard]] virtual QList<Device *> createDevices(const PluginContext &context,
                                                        const QJsonObject &settings, QObject *parent,
                                                        QString *error) = 0;
};

} // namespace commonwatt

#define CommonwattDevicePlugin_iid "org.commonwatt.DevicePlugin/2.0"
// What the loader compares with a plugin's "apiVersion": plugins of another major version are refused.
#define CommonwattDevicePlugin_apiMajor 2
Q_DECLARE_INTERFACE(commonwatt::DevicePlugin, CommonwattDevicePlugin_iid)
