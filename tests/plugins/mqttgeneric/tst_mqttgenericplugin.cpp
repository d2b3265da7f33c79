// The built generic MQTT plugin library, loaded the way the app loads it: metadata first (IID, apiVersion),
// then the instance; its settings refused naming the field; a device created through it reads over MQTT.
#include "pluginloadtest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using commonwatt::testing::LoopbackMqttClient;

class TestMqttGenericPlugin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_loader.setFileName(testing::builtPluginFile());
        QVERIFY2(QFile::exists(m_loader.fileName()), qPrintable(m_loader.fileName()));
    }

    void metadataIsCheckedBeforeInstance() { testing::verifyPluginMetadata(m_loader, u"mqtt-generic"_s); }

    void instanceDescribesThePlugin()
    {
        DevicePlugin *plugin = qobject_cast<DevicePlugin *>(m_loader.instance());
        QVERIFY2(plugin, qPrintable(m_loader.errorString()));
        QCOMPARE(plugin->pluginId(),
                 m_loader.metaData().value(u"MetaData"_s).toObject().value(u"id"_s).toString());
        QVERIFY(plugin->needsMqtt());
        QCOMPARE(plugin->deviceKinds().size(), 6);
        QVERIFY(!plugin->deviceKinds().contains(DeviceKind::GridSignal));
        const SettingsSchema schema = plugin->settingsSchema();
        QVERIFY(schema.size() >= 20);
        // The form can be built from defaults alone, except for a reading to map.
        QString error;
        QVERIFY(validateSettings(schema, {}, &error));
    }

    void badSettingsNameTheField_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("message");
        const QJsonObject base{{u"powerTopic"_s, u"meter/power"_s}};
        QJsonObject badPath = base;
        badPath.insert(u"powerPath"_s, u"a[b]"_s);
        QTest::newRow("path") << badPath << u"powerPath: position 3:"_s;
        QJsonObject badKind = base;
        badKind.insert(u"kind"_s, u"fridge"_s);
        QTest::newRow("kind") << badKind << u"kind: must be one of"_s;
        QJsonObject badScale = base;
        badScale.insert(u"powerScale"_s, 1e9);
        QTest::newRow("scale") << badScale << u"powerScale: 1000000000 is above the maximum"_s;
        QTest::newRow("nothing mapped") << QJsonObject() << u"powerTopic: no reading is mapped"_s;
    }
    void badSettingsNameTheField()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QString, message);
        testing::verifyRefused(qobject_cast<DevicePlugin *>(m_loader.instance()), settings, message);
    }

    void refusesWithoutABroker()
    {
        testing::verifyNeedsBroker(qobject_cast<DevicePlugin *>(m_loader.instance()),
                                   {{u"powerTopic"_s, u"p"_s}});
    }

    void createdDeviceReadsOverMqtt()
    {
        DevicePlugin *plugin = qobject_cast<DevicePlugin *>(m_loader.instance());
        QVERIFY(plugin);
        SimulatedClock clock(1'000'000);
        LoopbackMqttClient mqtt;
        QObject parent;
        QString error;
        const QJsonObject settings{{u"name"_s, u"Grid meter"_s}, {u"powerTopic"_s, u"meter/sensor"_s},
                                   {u"powerPath"_s, u"p"_s},     {u"energyTopic"_s, u"meter/sensor"_s},
                                   {u"energyPath"_s, u"e"_s},    {u"energyScale"_s, 0.001}};
        const QList<Device *> devices =
            plugin->createDevices({&clock, &mqtt, u"meter-1"_s}, settings, &parent, &error);
        QCOMPARE(devices.size(), 1);
        Device *device = devices.first();
        QVERIFY(device->id().startsWith(u"meter-1"_s));
        QCOMPARE(device->parent(), &parent);
        QCOMPARE(device->kind(), DeviceKind::Meter);
        QList<DeviceReading> seen;
        connect(device, &Device::readingsReady, this, [&seen](const QList<DeviceReading> &r) { seen = r; });
        mqtt.inject(u"meter/sensor"_s, R"({"p": 1200, "e": 3500})");
        QCoreApplication::sendPostedEvents();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].value, 1.2);
        QCOMPARE(seen[1].value, 3.5);
        QCOMPARE(seen[0].timestampMs, 1'000'000);
        QCOMPARE(device->availability(), Availability::Online);
    }

private:
    QPluginLoader m_loader;
};

QTEST_GUILESS_MAIN(TestMqttGenericPlugin)
#include "tst_mqttgenericplugin.moc"
