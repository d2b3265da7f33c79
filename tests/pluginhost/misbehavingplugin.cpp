#include "misbehavingplugin.h"

#include <commonwatt/clock.h>
#include <commonwatt/device.h>

#include <QThread>

#include <csignal>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace commonwatt::testing {

QString MisbehavingPlugin::pluginId() const
{
#ifdef COMMONWATT_TEST_NEIGHBOUR
    return u"neighbour"_s;
#else
    return u"misbehaving"_s;
#endif
}

QString MisbehavingPlugin::displayName() const
{
    return u"Misbehaving test plugin"_s;
}

QList<DeviceKind> MisbehavingPlugin::deviceKinds() const
{
    return {DeviceKind::Appliance};
}

SettingsSchema MisbehavingPlugin::settingsSchema() const
{
    SettingField mode;
    mode.key = u"mode"_s;
    mode.label = u"What to do when switched on"_s;
    mode.type = SettingType::Choice;
    mode.choices = {u"behave"_s, u"throwOnCreate"_s, u"block"_s, u"throw"_s, u"flood"_s, u"crash"_s};
    mode.defaultValue = u"behave"_s;
    SettingField blockMs;
    blockMs.key = u"blockMs"_s;
    blockMs.label = u"How long to block"_s;
    blockMs.type = SettingType::Integer;
    blockMs.unit = u"ms"_s;
    blockMs.minimum = 0;
    blockMs.maximum = 60000;
    blockMs.defaultValue = 3000;
    return {mode, blockMs};
}

QList<Device *> MisbehavingPlugin::createDevices(const PluginContext &context, const QJsonObject &settings,
                                                 QObject *parent, QString *error)
{
    Q_UNUSED(error)
    const QString mode = settings.value(u"mode"_s).toString();
    if (mode == u"throwOnCreate")
        throw std::runtime_error("the device table is missing");
    auto *device = new Device(context.instanceId + u"-plug"_s, u"Test plug"_s, DeviceKind::Appliance,
                              {{u"power"_s, Quantity::Power, u"kW"_s}}, parent);
    device->setAcceptedCommands({CommandKind::Switch});
    Clock *clock = context.clock;
    const int blockMs = settings.value(u"blockMs"_s).toInt();
    QObject::connect(device, &Device::commandRequested, device, [=](const DeviceCommand &command) {
        if (!command.on) {
            device->reportCommandConfirmed(command);
            return;
        }
        if (mode == u"block") {
            QThread::msleep(static_cast<unsigned long>(blockMs));
        } else if (mode == u"throw") {
            throw std::runtime_error("relay driver lost");
        } else if (mode == u"flood") {
            for (int i = 0; i < 100000; ++i)
                emit device->readingsReady({DeviceReading{0, clock->nowMs(), 1.0}});
        } else if (mode == u"crash") {
            std::raise(SIGSEGV);
        }
        emit device->readingsReady({DeviceReading{0, clock->nowMs(), 2.0}});
        device->reportCommandConfirmed(command);
    });
    return {device};
}

} // namespace commonwatt::testing
