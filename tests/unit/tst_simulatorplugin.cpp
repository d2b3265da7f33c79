// The simulator as the app sees it: a static plugin found through QPluginLoader::staticPlugins() by its
// IID, created with settings, refusing bad settings with a message that names the field. This test links
// only the commonwatt_simulator target and never names the plugin class: linking is what imports it.
#include "domain/clock.h"

#include <commonwatt/device.h>
#include <commonwatt/deviceplugin.h>

#include <QJsonDocument>
#include <QPluginLoader>
#include <QSet>
#include <QTest>

using namespace commonwatt;
using namespace Qt::StringLiterals;

namespace {
struct Found
{
    QJsonObject metaData;
    DevicePlugin *plugin = nullptr;
    int matches = 0;
};

// What the app does: check the IID in the metadata before instance() is called.
[[nodiscard]] Found findSimulator()
{
    Found found;
    for (const QStaticPlugin &candidate : QPluginLoader::staticPlugins()) {
        const QJsonObject metaData = candidate.metaData();
        if (metaData.value(u"IID"_s).toString() != QLatin1String(CommonwattDevicePlugin_iid))
            continue;
        if (metaData.value(u"MetaData"_s).toObject().value(u"id"_s).toString() != u"simulator"_s)
            continue;
        ++found.matches;
        found.metaData = metaData;
        found.plugin = qobject_cast<DevicePlugin *>(candidate.instance());
    }
    return found;
}

[[nodiscard]] QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

[[nodiscard]] bool ownedBy(const QObject *object, const QObject *owner)
{
    for (const QObject *p = object->parent(); p; p = p->parent()) {
        if (p == owner)
            return true;
    }
    return false;
}
} // namespace

class TestSimulatorPlugin : public QObject
{
    Q_OBJECT

private slots:
    void linkingTheTargetImportsTheStaticPlugin()
    {
        const Found found = findSimulator();
        QCOMPARE(found.matches, 1);
        const QJsonObject meta = found.metaData.value(u"MetaData"_s).toObject();
        QCOMPARE(meta.value(u"name"_s).toString(), u"Household simulator"_s);
        QCOMPARE(meta.value(u"apiVersion"_s).toString(), u"2.0"_s);
        QVERIFY(found.plugin);
        QCOMPARE(found.plugin->pluginId(), u"simulator"_s);
        QVERIFY(!found.plugin->displayName().isEmpty());
        QCOMPARE(findSimulator().plugin, found.plugin); // one instance per process
    }

    void createsTheHouseholdsDevices()
    {
        DevicePlugin *plugin = findSimulator().plugin;
        QVERIFY(plugin);
        SimulatedClock clock(1'717'200'000'000); // 2024-06-01
        QObject owner;
        QString error;
        const QList<Device *> devices = plugin->createDevices({.clock = &clock}, {}, &owner, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList ids;
        for (const Device *device : devices) {
            ids.append(device->id());
            QVERIFY(ownedBy(device, &owner));
        }
        QCOMPARE(ids, (QStringList{u"grid"_s, u"pv"_s, u"battery"_s, u"ev"_s, u"washer"_s, u"dishwasher"_s,
                                   u"dryer"_s, u"water-heater"_s, u"grid-signals"_s}));

        // They report on the clock: a minute at 5-second samples.
        QHash<QString, int> samples;
        for (Device *device : devices)
            connect(device, &Device::readingsReady, this,
                    [&samples, device](const QList<DeviceReading> &readings) {
                        QCOMPARE(readings.size(), device->channels().size());
                        QCOMPARE(readings.first().timestampMs % 5000, 0);
                        ++samples[device->id()];
                    });
        clock.advanceBy(60'000);
        for (const QString &id : ids) {
            // Both ends of the minute are sample boundaries; grid signals report once per 15-minute slot,
            // and the clock starts on a slot start.
            QCOMPARE(samples.value(id), id == u"grid-signals"_s ? 1 : 13);
        }
    }

    void settingsAreApplied()
    {
        DevicePlugin *plugin = findSimulator().plugin;
        QVERIFY(plugin);
        SimulatedClock clock(1'717'200'000'000);
        QObject owner;
        QString error;
        const QJsonObject settings = json(R"({"seed": 9, "latitude": -33.9, "longitude": 18.4,
            "timeZone": "Africa/Johannesburg", "pvPeakKw": 4.5, "batteryCapacityKwh": 0, "evCapacityKwh": 0,
            "evChargerKw": 11, "sampleSeconds": 60})");
        const QList<Device *> devices = plugin->createDevices({.clock = &clock}, settings, &owner, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> ids;
        for (const Device *device : devices)
            ids.insert(device->id());
        QVERIFY(!ids.contains(u"battery"_s)); // 0 kWh: no battery
        QVERIFY(!ids.contains(u"ev"_s));      // 0 kWh: no car
        QCOMPARE(ids.size(), 7);              // with grid signals
        QList<qint64> timestamps;
        connect(devices.first(), &Device::readingsReady, this,
                [&timestamps](const QList<DeviceReading> &readings) {
                    timestamps.append(readings.first().timestampMs);
                });
        clock.advanceBy(180'000);
        QCOMPARE(timestamps.size(), 4);
        for (qint64 t : timestamps)
            QCOMPARE(t % 60'000, 0);
    }

    void badSettingsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("allowed");
        QTest::newRow("unknown field") << QByteArray(R"({"colour": "red"})") << u"colour"_s << u"seed"_s;
        QTest::newRow("latitude too far north")
            << QByteArray(R"({"latitude": 70})") << u"latitude"_s << u"from -66 to 66"_s;
        QTest::newRow("latitude as text")
            << QByteArray(R"({"latitude": "52"})") << u"latitude"_s << u"from -66 to 66"_s;
        QTest::newRow("latitude null") << QByteArray(R"({"latitude": null})") << u"latitude"_s << u"number"_s;
        QTest::newRow("longitude") << QByteArray(R"({"longitude": -181})") << u"longitude"_s
                                   << u"from -180 to 180"_s;
        QTest::newRow("seed fraction") << QByteArray(R"({"seed": 1.5})") << u"seed"_s << u"whole number"_s;
        QTest::newRow("seed negative") << QByteArray(R"({"seed": -1})") << u"seed"_s << u"from 0 to"_s;
        QTest::newRow("unknown time zone")
            << QByteArray(R"({"timeZone": "Mars/Olympus_Mons"})") << u"timeZone"_s << u"IANA"_s;
        QTest::newRow("time zone as number")
            << QByteArray(R"({"timeZone": 1})") << u"timeZone"_s << u"IANA"_s;
        QTest::newRow("PV too big") << QByteArray(R"({"pvPeakKw": 51})") << u"pvPeakKw"_s
                                    << u"from 0 to 50"_s;
        QTest::newRow("battery negative")
            << QByteArray(R"({"batteryCapacityKwh": -1})") << u"batteryCapacityKwh"_s << u"from 0 to 100"_s;
        QTest::newRow("EV too big") << QByteArray(R"({"evCapacityKwh": 250})") << u"evCapacityKwh"_s
                                    << u"from 0 to 200"_s;
        QTest::newRow("charger too small")
            << QByteArray(R"({"evChargerKw": 0.5})") << u"evChargerKw"_s << u"from 1 to 22"_s;
        QTest::newRow("sample zero") << QByteArray(R"({"sampleSeconds": 0})") << u"sampleSeconds"_s
                                     << u"from 1 to 300"_s;
        QTest::newRow("sample fraction")
            << QByteArray(R"({"sampleSeconds": 2.5})") << u"sampleSeconds"_s << u"whole number"_s;
        QTest::newRow("sample too long")
            << QByteArray(R"({"sampleSeconds": 301})") << u"sampleSeconds"_s << u"from 1 to 300"_s;
        QTest::newRow("sample as boolean")
            << QByteArray(R"({"sampleSeconds": true})") << u"sampleSeconds"_s << u"from 1 to 300"_s;
    }
    void badSettingsNameTheField()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, field);
        QFETCH(QString, allowed);
        DevicePlugin *plugin = findSimulator().plugin;
        QVERIFY(plugin);
        SimulatedClock clock(1'717'200'000'000);
        QObject owner;
        QString error;
        const QJsonObject object = QJsonDocument::fromJson(settings).object();
        QVERIFY(!object.isEmpty());
        QVERIFY(plugin->createDevices({.clock = &clock}, object, &owner, &error).isEmpty());
        QVERIFY2(error.startsWith(u"simulator: "_s), qPrintable(error));
        QVERIFY2(error.contains(u'"' + field + u'"'), qPrintable(error));
        QVERIFY2(error.contains(allowed), qPrintable(error));
        QVERIFY(owner.children().isEmpty()); // nothing half-made is left behind
    }

    void theDocumentedMessage()
    {
        SimulatedClock clock(0);
        QObject owner;
        QString error;
        QVERIFY(findSimulator()
                    .plugin->createDevices({.clock = &clock}, json(R"({"latitude": 90})"), &owner, &error)
                    .isEmpty());
        QCOMPARE(error, uR"(simulator: "latitude" must be a number from -66 to 66)"_s);
    }

    void needsAClockAndAnOwner()
    {
        DevicePlugin *plugin = findSimulator().plugin;
        QVERIFY(plugin);
        SimulatedClock clock(0);
        QObject owner;
        QString error;
        QVERIFY(plugin->createDevices({.clock = nullptr}, {}, &owner, &error).isEmpty());
        QVERIFY(error.contains(u"clock"_s));
        error.clear();
        QVERIFY(plugin->createDevices({.clock = &clock}, {}, nullptr, &error).isEmpty());
        QVERIFY(error.contains(u"parent"_s));
        // And a null error pointer is allowed.
        QVERIFY(plugin->createDevices({.clock = &clock}, json(R"({"seed": "x"})"), &owner, nullptr).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimulatorPlugin)
#include "tst_simulatorplugin.moc"
