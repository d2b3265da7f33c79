// What every bundled plugin's test checks of the built library, loaded as the app loads it: the library is in
// the build tree's plugin folder (COMMONWATT_BUILD_PLUGINDIR, PLUGIN_FILE_NAME: see
// commonwatt_add_plugin_tests), its metadata has our IID and API version and is read before the instance is
// created, and createDevices() refuses unusable settings naming the field and creates nothing. QTest checks:
// a failure ends the helper, and the test function with it when the helper is its last step (else check
// QTest::currentTestFailed()).
#pragma once

#include "loopbackmqttclient.h"

#include <commonwatt/clock.h>
#include <commonwatt/deviceplugin.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPluginLoader>
#include <QTest>

namespace commonwatt::testing {

inline QString builtPluginFile()
{
    return QDir(QStringLiteral(COMMONWATT_BUILD_PLUGINDIR)).filePath(QStringLiteral(PLUGIN_FILE_NAME));
}

// Points `loader` at the built library and checks its metadata as the host does, before any instance: our
// IID, the plugin id `id`, API version 2.0 (of our major), a name and a description, no thread of its own (a
// worker thread, like every MQTT plugin). Reading the metadata does not load the library.
inline void verifyPluginMetadata(QPluginLoader &loader, const QString &id)
{
    using namespace Qt::StringLiterals;
    loader.setFileName(builtPluginFile());
    QVERIFY2(QFileInfo::exists(loader.fileName()), qPrintable(loader.fileName()));
    const QJsonObject metaData = loader.metaData();
    QCOMPARE(metaData.value(u"IID"_s).toString(), QLatin1StringView(CommonwattDevicePlugin_iid));
    QVERIFY(!loader.isLoaded());
    const QJsonObject meta = metaData.value(u"MetaData"_s).toObject();
    QCOMPARE(meta.value(u"id"_s).toString(), id);
    const QString apiVersion = meta.value(u"apiVersion"_s).toString();
    QCOMPARE(apiVersion, u"2.0"_s);
    QCOMPARE(apiVersion.section(u'.', 0, 0).toInt(), CommonwattDevicePlugin_apiMajor);
    QVERIFY(!meta.value(u"name"_s).toString().isEmpty());
    QVERIFY(!meta.value(u"description"_s).toString().isEmpty());
    QVERIFY(!meta.contains(u"thread"_s));
}

// The library's instance as a DevicePlugin; a test failure naming the loader's error when it is none.
inline void loadPlugin(QPluginLoader &loader, DevicePlugin *&plugin)
{
    plugin = qobject_cast<DevicePlugin *>(loader.instance());
    QVERIFY2(plugin, qPrintable(loader.errorString()));
}

// createDevices() makes one switching device (a plug's or relay's output) from `settings`: owned by the
// parent given, its id starting with the instance id, of `kind`, taking Switch and StartRun when `switchable`
// and no other command, with power, energy and on channels and a name. `published` gets what it sent at once.
inline void verifyCreatesOneSwitch(DevicePlugin *plugin, const QJsonObject &settings, DeviceKind kind,
                                   bool switchable, QList<MqttMessage> &published)
{
    using namespace Qt::StringLiterals;
    QVERIFY(plugin);
    SimulatedClock clock(1'717'200'000'000);
    LoopbackMqttClient mqtt;
    QObject owner;
    QString error;
    const QList<Device *> devices =
        plugin->createDevices(PluginContext{&clock, &mqtt, u"plug-washer"_s}, settings, &owner, &error);
    QVERIFY2(devices.size() == 1, qPrintable(error));
    Device *device = devices.first();
    QVERIFY(device->id().startsWith(u"plug-washer"_s));
    QCOMPARE(device->parent(), &owner);
    QCOMPARE(device->kind(), kind);
    QCOMPARE(device->accepts(CommandKind::Switch), switchable);
    QCOMPARE(device->accepts(CommandKind::StartRun), switchable);
    for (const CommandKind other :
         {CommandKind::Automatic, CommandKind::SetPower, CommandKind::SetChargeCurrent})
        QVERIFY(!device->accepts(other));
    QVERIFY(device->channelIndex(u"power"_s) >= 0);
    QVERIFY(device->channelIndex(u"energy"_s) >= 0);
    QVERIFY(device->channelIndex(u"on"_s) >= 0);
    QVERIFY(!device->name().isEmpty());
    QCoreApplication::processEvents();
    published = mqtt.published();
}

// createDevices() refuses `settings` (with a broker and a clock): no device, nothing owned, nothing
// published, and an error that starts with `errorStart` (the field at fault and a colon, or more).
inline void verifyRefused(DevicePlugin *plugin, const QJsonObject &settings, const QString &errorStart)
{
    using namespace Qt::StringLiterals;
    QVERIFY(plugin);
    SimulatedClock clock(0);
    LoopbackMqttClient mqtt;
    QObject owner;
    QString error;
    const QList<Device *> devices =
        plugin->createDevices(PluginContext{&clock, &mqtt, u"refused"_s}, settings, &owner, &error);
    QVERIFY(devices.isEmpty());
    QVERIFY(owner.children().isEmpty());
    QVERIFY2(error.startsWith(errorStart), qPrintable(error));
    QVERIFY(mqtt.published().isEmpty());
}

// createDevices() refuses usable `settings` when no broker is configured, saying so.
inline void verifyNeedsBroker(DevicePlugin *plugin, const QJsonObject &settings)
{
    using namespace Qt::StringLiterals;
    QVERIFY(plugin);
    SimulatedClock clock(0);
    QObject owner;
    QString error;
    const QList<Device *> devices =
        plugin->createDevices(PluginContext{&clock, nullptr, u"no-broker"_s}, settings, &owner, &error);
    QVERIFY(devices.isEmpty());
    QVERIFY(owner.children().isEmpty());
    QVERIFY2(error.contains(u"MQTT broker"_s), qPrintable(error));
}

} // namespace commonwatt::testing
