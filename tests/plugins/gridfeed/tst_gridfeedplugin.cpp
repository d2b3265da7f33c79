// The built grid-signal plugin library, loaded the way the app loads it: metadata first (IID, apiVersion),
// then the instance; its settings refused naming the field; a device created through it follows the feed.
#include "pluginloadtest.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using commonwatt::testing::LoopbackMqttClient;

class TestGridFeedPlugin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<DeviceReading>>();
        m_loader.setFileName(testing::builtPluginFile());
        QVERIFY2(QFile::exists(m_loader.fileName()), qPrintable(m_loader.fileName()));
    }

    void metadataIsCheckedBeforeInstance() { testing::verifyPluginMetadata(m_loader, u"gridfeed"_s); }

    void instanceDescribesThePlugin()
    {
        DevicePlugin *plugin = qobject_cast<DevicePlugin *>(m_loader.instance());
        QVERIFY2(plugin, qPrintable(m_loader.errorString()));
        QCOMPARE(plugin->pluginId(), u"gridfeed"_s);
        QVERIFY(plugin->needsMqtt());
        QCOMPARE(plugin->deviceKinds(), QList<DeviceKind>{DeviceKind::GridSignal});
        QStringList keys;
        for (const SettingField &field : plugin->settingsSchema())
            keys << field.key;
        QCOMPARE(keys, (QStringList{u"region"_s, u"topic"_s, u"maxAgeMinutes"_s}));
    }

    void badSettingsNameTheField_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("message");
        QTest::newRow("no region") << QJsonObject() << u"region: required"_s;
        QTest::newRow("blank region") << QJsonObject{{u"region"_s, u"  "_s}} << u"region: required"_s;
        QTest::newRow("region with slash")
            << QJsonObject{{u"region"_s, u"NL/North"_s}} << u"region: a region cannot contain"_s;
        QTest::newRow("bad filter") << QJsonObject{{u"region"_s, u"NL"_s}, {u"topic"_s, u"signals/#/x"_s}}
                                    << u"topic: # may only stand alone"_s;
        QTest::newRow("bad plus") << QJsonObject{{u"region"_s, u"NL"_s}, {u"topic"_s, u"signals/a+"_s}}
                                  << u"topic: + may only stand alone"_s;
        QTest::newRow("max age too short") << QJsonObject{{u"region"_s, u"NL"_s}, {u"maxAgeMinutes"_s, 1}}
                                           << u"maxAgeMinutes: 1 is below the minimum 15"_s;
        QTest::newRow("max age fraction") << QJsonObject{{u"region"_s, u"NL"_s}, {u"maxAgeMinutes"_s, 20.5}}
                                          << u"maxAgeMinutes: must be a whole number"_s;
        QTest::newRow("unknown key") << QJsonObject{{u"region"_s, u"NL"_s}, {u"regoin"_s, u"NL"_s}}
                                     << u"regoin: not a setting of this plugin"_s;
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
                                   {{u"region"_s, u"NL"_s}});
    }

    void createdDeviceFollowsTheDefaultTopic()
    {
        DevicePlugin *plugin = qobject_cast<DevicePlugin *>(m_loader.instance());
        QVERIFY(plugin);
        const qint64 noonMs = 1'748'779'200'000;
        SimulatedClock clock(noonMs + 60'000);
        LoopbackMqttClient mqtt;
        QObject parent;
        QString error;
        const QList<Device *> devices = plugin->createDevices(
            {&clock, &mqtt, u"community-signals"_s}, {{u"region"_s, u"NL-North"_s}}, &parent, &error);
        QCOMPARE(devices.size(), 1);
        Device *device = devices.first();
        QVERIFY(device->id().startsWith(u"community-signals"_s));
        QCOMPARE(device->kind(), DeviceKind::GridSignal);
        QList<DeviceReading> seen;
        connect(device, &Device::readingsReady, this, [&seen](const QList<DeviceReading> &r) { seen = r; });
        mqtt.inject(u"commonwatt/community/signals/NL-North"_s,
                    "{\"region\":\"NL-North\",\"start\":\"2025-06-01T12:00:00Z\",\"slotMinutes\":15,"
                    "\"g\":[321],\"s\":[0.1],\"kind\":\"forecast\",\"issuedAt\":\"2025-06-01T11:00:00Z\","
                    "\"signature\":\"x\"}");
        QCoreApplication::sendPostedEvents();
        QCOMPARE(device->badPayloadCount(), 0u);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.first().value, 321.0);
        QCOMPARE(seen.first().timestampMs, noonMs);
    }

private:
    QPluginLoader m_loader;
};

QTEST_GUILESS_MAIN(TestGridFeedPlugin)
#include "tst_gridfeedplugin.moc"
