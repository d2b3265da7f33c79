// The built Tasmota plugin as the app finds it: a library in the build tree's plugin folder whose metadata
// has our IID and API version (read before the library's instance is created), declaring its settings, and
// refusing unusable settings with a message that names the field.
#include "pluginloadtest.h"

#include <QJsonDocument>

using namespace commonwatt;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(commonwatt::DeviceKind)

class TestTasmotaPlugin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // What the host does: the metadata first, the instance only when it fits.
        testing::verifyPluginMetadata(m_loader, u"tasmota"_s);
        if (!QTest::currentTestFailed())
            testing::loadPlugin(m_loader, m_plugin);
    }

    void declaresItselfAndItsSettings()
    {
        QCOMPARE(m_plugin->pluginId(), u"tasmota"_s);
        QVERIFY(m_plugin->needsMqtt());
        QVERIFY(m_plugin->deviceKinds().contains(DeviceKind::Appliance));
        QVERIFY(m_plugin->deviceKinds().contains(DeviceKind::ThermalLoad));
        QVERIFY(!m_plugin->deviceKinds().contains(DeviceKind::Meter));
        const SettingsSchema schema = m_plugin->settingsSchema();
        QStringList keys;
        for (const SettingField &field : schema)
            keys << field.key;
        QCOMPARE(keys, (QStringList{u"topic"_s, u"name"_s, u"kind"_s, u"relay"_s, u"maxPowerKw"_s}));
        QVERIFY(schema[0].required);
        QCOMPARE(schema[3].defaultValue.toInt(-1), 1);
        QCOMPARE(schema[2].choices, (QStringList{u"appliance"_s, u"thermal"_s, u"monitor"_s}));
        QCOMPARE(schema[4].defaultValue.toDouble(), 3.7);
        QCOMPARE(schema[4].unit, u"kW"_s);
    }

    void createsOneDevicePerInstance_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<DeviceKind>("kind");
        QTest::addColumn<bool>("switchable");
        QTest::newRow("defaults") << QByteArray(R"({"topic":"tasmota_9CF9D1"})") << DeviceKind::Appliance
                                  << true;
        QTest::newRow("thermal") << QByteArray(R"({"topic":"sonoff_pow_r2","kind":"thermal","relay":1})")
                                 << DeviceKind::ThermalLoad << true;
        // A monitor measures one load: an appliance taking no commands, not the grid connection (a Meter).
        QTest::newRow("monitor") << QByteArray(R"({"topic":"athom_plug_7","kind":"monitor"})")
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
        // It asked the device for its state at once.
        QCOMPARE(published.size(), 1);
        QVERIFY(published.first().topic.startsWith(u"cmnd/"_s));
        QVERIFY(published.first().topic.endsWith(u"/STATE"_s));
    }

    void refusesUnusableSettingsNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("field");
        QTest::newRow("no topic") << QByteArray(R"({"name":"Dishwasher"})") << u"topic"_s;
        QTest::newRow("blank topic") << QByteArray(R"({"topic":" "})") << u"topic"_s;
        // moc mistakes a # inside a raw string for a directive: a plain literal here.
        QTest::newRow("wildcard") << QByteArray("{\"topic\":\"tasmota_#\"}") << u"topic"_s;
        QTest::newRow("plus") << QByteArray(R"({"topic":"tasmota_+"})") << u"topic"_s;
        QTest::newRow("full topic") << QByteArray(R"({"topic":"tele/tasmota_9CF9D1/"})") << u"topic"_s;
        QTest::newRow("inner space") << QByteArray(R"({"topic":"my plug"})") << u"topic"_s;
        QTest::newRow("relay 0") << QByteArray(R"({"topic":"t1","relay":0})") << u"relay"_s;
        QTest::newRow("relay 33") << QByteArray(R"({"topic":"t1","relay":33})") << u"relay"_s;
        QTest::newRow("relay text") << QByteArray(R"({"topic":"t1","relay":"POWER2"})") << u"relay"_s;
        QTest::newRow("unknown kind") << QByteArray(R"({"topic":"t1","kind":"boiler"})") << u"kind"_s;
        QTest::newRow("negative power") << QByteArray(R"({"topic":"t1","maxPowerKw":-1})") << u"maxPowerKw"_s;
        QTest::newRow("misspelt key") << QByteArray(R"({"Topic":"t1"})") << u"Topic"_s;
    }

    void refusesUnusableSettingsNamingTheField()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, field);
        testing::verifyRefused(m_plugin, QJsonDocument::fromJson(settings).object(), field + u':');
    }

    void refusesToRunWithoutABroker()
    {
        testing::verifyNeedsBroker(m_plugin, QJsonDocument::fromJson(R"({"topic":"t1"})").object());
    }

private:
    QPluginLoader m_loader;
    DevicePlugin *m_plugin = nullptr;
};

QTEST_GUILESS_MAIN(TestTasmotaPlugin)
#include "tst_tasmotaplugin.moc"
