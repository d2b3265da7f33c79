// The built Shelly plugin as the app finds it: a library in the build tree's plugin folder whose metadata has
// our IID and API version (read before the library's instance is created), declaring its settings, and
// refusing unusable settings with a message that names the field.
#include "pluginloadtest.h"

#include <QJsonDocument>

using namespace commonwatt;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(commonwatt::DeviceKind)

class TestShellyPlugin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // What the host does: the metadata first, the instance only when it fits.
        testing::verifyPluginMetadata(m_loader, u"shelly"_s);
        if (!QTest::currentTestFailed())
            testing::loadPlugin(m_loader, m_plugin);
    }

    void declaresItselfAndItsSettings()
    {
        QCOMPARE(m_plugin->pluginId(), u"shelly"_s);
        QVERIFY(m_plugin->needsMqtt());
        QVERIFY(m_plugin->deviceKinds().contains(DeviceKind::Appliance));
        QVERIFY(m_plugin->deviceKinds().contains(DeviceKind::ThermalLoad));
        QVERIFY(!m_plugin->deviceKinds().contains(DeviceKind::Meter));
        const SettingsSchema schema = m_plugin->settingsSchema();
        QStringList keys;
        for (const SettingField &field : schema)
            keys << field.key;
        QCOMPARE(keys, (QStringList{u"deviceId"_s, u"switchId"_s, u"name"_s, u"kind"_s, u"maxPowerKw"_s}));
        QVERIFY(schema[0].required);
        QCOMPARE(schema[1].defaultValue.toInt(-1), 0);
        QCOMPARE(schema[3].choices, (QStringList{u"appliance"_s, u"thermal"_s, u"monitor"_s}));
        QCOMPARE(schema[4].defaultValue.toDouble(), 3.7);
        QCOMPARE(schema[4].unit, u"kW"_s);
    }

    void createsOneDevicePerInstance_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<DeviceKind>("kind");
        QTest::addColumn<bool>("switchable");
        QTest::newRow("defaults") << QByteArray(R"({"deviceId":"shellyplusplugs-a8032ab12345"})")
                                  << DeviceKind::Appliance << true;
        QTest::newRow("thermal") << QByteArray(R"({"deviceId":"shellypro1pm-30c6f7823c5c","kind":"thermal"})")
                                 << DeviceKind::ThermalLoad << true;
        // A monitor measures one load: an appliance taking no commands, not the grid connection (a Meter).
        QTest::newRow("monitor") << QByteArray(
                                        R"({"deviceId":"shellyplusplugs-a8032ab12345","kind":"monitor"})")
                                 << DeviceKind::Appliance << false;
    }

    void createsOneDevicePerInstance()
    {
        QFETCH(QByteArray, settings);
        QFETCH(DeviceKind, kind);
        QFETCH(bool, switchable);
        QList<MqttMessage> published;
        testing::verifyCreatesOneSwitch(m_plugin, QJsonDocument::fromJson(settings).object(), kind,
                                        switchable, published);
        if (QTest::currentTestFailed())
            return;
        // It asked the device for its status on the device's RPC topic.
        QCOMPARE(published.size(), 1);
        QVERIFY(published.first().topic.endsWith(u"/rpc"_s));
        QVERIFY(published.first().payload.contains("Switch.GetStatus"));
    }

    void refusesUnusableSettingsNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("field");
        QTest::newRow("no deviceId") << QByteArray(R"({"name":"Washer"})") << u"deviceId"_s;
        QTest::newRow("blank deviceId") << QByteArray(R"({"deviceId":"   "})") << u"deviceId"_s;
        // moc mistakes a # inside a raw string for a directive: a plain literal here.
        QTest::newRow("wildcard") << QByteArray("{\"deviceId\":\"shellyplusplugs-#\"}") << u"deviceId"_s;
        QTest::newRow("plus") << QByteArray(R"({"deviceId":"shellies/+/plug"})") << u"deviceId"_s;
        QTest::newRow("inner space") << QByteArray(R"({"deviceId":"shelly plug"})") << u"deviceId"_s;
        QTest::newRow("slash at end") << QByteArray(R"({"deviceId":"shellies/plug/"})") << u"deviceId"_s;
        QTest::newRow("switch negative") << QByteArray(R"({"deviceId":"s1","switchId":-1})") << u"switchId"_s;
        QTest::newRow("switch fraction")
            << QByteArray(R"({"deviceId":"s1","switchId":0.5})") << u"switchId"_s;
        QTest::newRow("unknown kind") << QByteArray(R"({"deviceId":"s1","kind":"heater"})") << u"kind"_s;
        QTest::newRow("zero power") << QByteArray(R"({"deviceId":"s1","maxPowerKw":0})") << u"maxPowerKw"_s;
        QTest::newRow("power text") << QByteArray(R"({"deviceId":"s1","maxPowerKw":"3.7"})")
                                    << u"maxPowerKw"_s;
        QTest::newRow("misspelt key") << QByteArray(R"({"deviceId":"s1","switchID":1})") << u"switchID"_s;
    }

    void refusesUnusableSettingsNamingTheField()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, field);
        testing::verifyRefused(m_plugin, QJsonDocument::fromJson(settings).object(), field + u':');
    }

    void refusesToRunWithoutABroker()
    {
        testing::verifyNeedsBroker(m_plugin, QJsonDocument::fromJson(R"({"deviceId":"s1"})").object());
    }

private:
    QPluginLoader m_loader;
    DevicePlugin *m_plugin = nullptr;
};

QTEST_GUILESS_MAIN(TestShellyPlugin)
#include "tst_shellyplugin.moc"
