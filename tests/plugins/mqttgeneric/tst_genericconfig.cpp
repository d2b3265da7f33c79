// The generic MQTT plugin's settings: the schema the installer's form is built from, and every setting the
// schema alone cannot refuse, each refused with a message that names the field.
#include "genericconfig.h"
#include "washersettings.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using namespace commonwatt::mqttgeneric;

namespace {

QJsonObject plug()
{
    return testing::washerSettings();
}

QJsonObject with(QJsonObject settings, const QString &key, const QJsonValue &value)
{
    settings.insert(key, value);
    return settings;
}

} // namespace

class TestGenericConfig : public QObject
{
    Q_OBJECT
private slots:
    void schemaIsFlatAndComplete()
    {
        const SettingsSchema schema = genericSettingsSchema();
        QStringList keys;
        for (const SettingField &field : schema)
            keys << field.key;
        for (const QString &reading : {u"power"_s, u"energy"_s, u"soc"_s, u"on"_s}) {
            QVERIFY(keys.contains(reading + u"Topic"_s));
            QVERIFY(keys.contains(reading + u"Path"_s));
        }
        for (const QString &key :
             {u"name"_s, u"kind"_s, u"powerScale"_s, u"energyScale"_s, u"socScale"_s, u"availabilityTopic"_s,
              u"payloadOnline"_s, u"payloadOffline"_s, u"switchTopic"_s, u"payloadOn"_s, u"payloadOff"_s,
              u"setpointTopic"_s, u"setpointScale"_s, u"currentTopic"_s, u"maxPowerKw"_s})
            QVERIFY2(keys.contains(key), qPrintable(key));
        QCOMPARE(keys.removeDuplicates(), 0);
        const auto kind =
            std::find_if(schema.begin(), schema.end(), [](const auto &f) { return f.key == u"kind"; });
        QCOMPARE(kind->choices,
                 (QStringList{u"meter"_s, u"pv"_s, u"battery"_s, u"ev"_s, u"appliance"_s, u"thermal"_s}));
        // The energy register's plausibility limit (docs/plugins.md, "Energy counters").
        const auto maxPower =
            std::find_if(schema.begin(), schema.end(), [](const auto &f) { return f.key == u"maxPowerKw"; });
        QCOMPARE(maxPower->type, SettingType::Number);
        QCOMPARE(maxPower->unit, u"kW"_s);
        QCOMPARE(maxPower->defaultValue.toDouble(), 50.0);
        QCOMPARE(maxPower->minimum.value_or(-1.0), 0.1);
        QCOMPARE(maxPower->maximum.value_or(-1.0), 1000.0);
        QVERIFY(!maxPower->help.isEmpty());
        // Every field can be shown: a label, and a default wherever an empty form must still be valid.
        for (const SettingField &field : schema) {
            QVERIFY2(!field.label.isEmpty(), qPrintable(field.key));
            QVERIFY2(!field.defaultValue.isUndefined(), qPrintable(field.key));
        }
    }

    void readsAFullConfiguration()
    {
        QString error;
        const std::optional<GenericConfig> config = configFromSettings(plug(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->name, u"Washer plug"_s);
        QCOMPARE(config->kind, DeviceKind::Appliance);
        QCOMPARE(config->reading(Reading::Power)->path.toString(), u"ENERGY.Power"_s);
        QCOMPARE(config->reading(Reading::Power)->scale, 0.001); // W by default
        QCOMPARE(config->reading(Reading::Energy)->scale, 1.0);  // kWh by default
        QVERIFY(config->reading(Reading::On)->path.isEmpty());
        QVERIFY(!config->reading(Reading::Soc));
        QCOMPARE(config->payloadOn, QByteArray("ON"));
        QCOMPARE(config->payloadOff, QByteArray("OFF"));
        QVERIFY(config->setpointTopic.isEmpty());
        QCOMPARE(config->maxPowerKw, 50.0);
        QCOMPARE(configFromSettings(with(plug(), u"maxPowerKw"_s, 11), &error).value().maxPowerKw, 11.0);
    }

    void kindsMapToDeviceKinds()
    {
        const QList<std::pair<QString, DeviceKind>> kinds{
            {u"meter"_s, DeviceKind::Meter},         {u"pv"_s, DeviceKind::PvInverter},
            {u"battery"_s, DeviceKind::Battery},     {u"ev"_s, DeviceKind::EvCharger},
            {u"appliance"_s, DeviceKind::Appliance}, {u"thermal"_s, DeviceKind::ThermalLoad}};
        for (const auto &[choice, kind] : kinds) {
            QString error;
            const auto config = configFromSettings(with(plug(), u"kind"_s, choice), &error);
            QVERIFY2(config, qPrintable(error));
            QCOMPARE(config->kind, kind);
        }
    }

    void refusesNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("message"); // the start of the error
        QTest::newRow("malformed path") << with(plug(), u"powerPath"_s, u"ENERGY..Power"_s)
                                        << u"powerPath: position 8: expected a key after '.'"_s;
        QTest::newRow("unclosed index") << with(plug(), u"energyPath"_s, u"data.values[2"_s)
                                        << u"energyPath: position 14: expected ']'"_s;
        QTest::newRow("path without topic")
            << with(plug(), u"socPath"_s, u"battery.soc"_s) << u"socPath: set, but socTopic is empty"_s;
        QTest::newRow("wildcard topic") << with(plug(), u"powerTopic"_s, u"tele/+/SENSOR"_s)
                                        << u"powerTopic: a topic cannot contain + or #"_s;
        QTest::newRow("broker topic")
            << with(plug(), u"onTopic"_s, u"$SYS/x"_s) << u"onTopic: topics starting with $"_s;
        QTest::newRow("wildcard command")
            << with(plug(), u"switchTopic"_s, u"cmnd/#"_s) << u"switchTopic: a topic cannot contain"_s;
        QTest::newRow("zero scale") << with(plug(), u"powerScale"_s, 0) << u"powerScale: must not be 0"_s;
        QTest::newRow("scale not a number")
            << with(plug(), u"powerScale"_s, u"W"_s) << u"powerScale: must be a number"_s;
        QTest::newRow("max power too small")
            << with(plug(), u"maxPowerKw"_s, 0) << u"maxPowerKw: 0 is below the minimum 0.1"_s;
        QTest::newRow("max power too large")
            << with(plug(), u"maxPowerKw"_s, 5000) << u"maxPowerKw: 5000 is above the maximum 1000"_s;
        QTest::newRow("unknown kind") << with(plug(), u"kind"_s, u"toaster"_s) << u"kind: must be one of"_s;
        QTest::newRow("unknown key") << with(plug(), u"powerTopik"_s, u"x"_s)
                                     << u"powerTopik: not a setting of this plugin"_s;
        QTest::newRow("empty name") << with(plug(), u"name"_s, u" "_s) << u"name: required"_s;
        QJsonObject nothing = plug();
        for (const QString &key :
             {u"powerTopic"_s, u"powerPath"_s, u"energyTopic"_s, u"energyPath"_s, u"onTopic"_s})
            nothing.remove(key);
        nothing.remove(u"switchTopic"_s);
        QTest::newRow("no reading") << nothing << u"powerTopic: no reading is mapped"_s;
        QJsonObject noOn = plug();
        noOn.remove(u"onTopic"_s);
        QTest::newRow("switch without state") << noOn << u"switchTopic: needs onTopic"_s;
        QTest::newRow("same switch payloads")
            << with(plug(), u"payloadOff"_s, u"ON"_s) << u"payloadOff: must differ from payloadOn"_s;
        QTest::newRow("empty online payload") << with(plug(), u"payloadOnline"_s, QString())
                                              << u"payloadOnline: required with an availability topic"_s;
        QTest::newRow("same availability payloads") << with(plug(), u"payloadOffline"_s, u"Online"_s)
                                                    << u"payloadOffline: must differ from payloadOnline"_s;
        QJsonObject noPower = with(plug(), u"setpointTopic"_s, u"battery/set"_s);
        noPower.remove(u"powerTopic"_s);
        noPower.remove(u"powerPath"_s);
        QTest::newRow("setpoint without power") << noPower << u"setpointTopic: needs powerTopic"_s;
        QTest::newRow("zero setpoint scale")
            << with(with(plug(), u"setpointTopic"_s, u"b/set"_s), u"setpointScale"_s, 0)
            << u"setpointScale: must not be 0"_s;
        QTest::newRow("current for appliance") << with(plug(), u"currentTopic"_s, u"wallbox/amps/set"_s)
                                               << u"currentTopic: only an EV charger"_s;
    }
    void refusesNamingTheField()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!configFromSettings(settings, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void evTakesACurrent()
    {
        QJsonObject ev = with(with(plug(), u"kind"_s, u"ev"_s), u"currentTopic"_s, u"wallbox/amps/set"_s);
        QString error;
        const auto config = configFromSettings(ev, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->currentTopic, u"wallbox/amps/set"_s);
    }
};

QTEST_GUILESS_MAIN(TestGenericConfig)
#include "tst_genericconfig.moc"
