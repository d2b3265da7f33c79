// Export and import of the configuration as JSON: no secret ever in an export, a round trip keeps everything
// (secrets too, over the same store), a bad document is refused as a whole with its JSON path, and merge and
// replace do what they say.
#include "configtesthelpers.h"

#include "config/configstore.h"

#include <commonwatt/clock.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace commonwatt;
using namespace commonwatt::config;
using namespace configtest;

namespace {

const QString kBrokerPassword = u"Broker-Pw-7731"_s;
const QString kPlugToken = u"Plug-Token-4410"_s;

QJsonObject parse(const std::optional<QByteArray> &json)
{
    return json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// Sets a value at a path of (object key | array index) steps, returning the changed document.
QJsonValue setAt(QJsonValue node, QList<QVariant> path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[step.toInt()] = setAt(array.at(step.toInt()), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object.insert(step.toString(), setAt(object.value(step.toString()), path, value));
    return object;
}

QList<QString> ids(const QList<PluginInstance> &instances)
{
    QList<QString> result;
    for (const PluginInstance &instance : instances)
        result.append(instance.id);
    return result;
}

} // namespace

using Mutation = std::function<QByteArray(QJsonObject)>;
Q_DECLARE_METATYPE(Mutation)

class TestConfigExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportIsVersionedAndHasNoSecrets();
    void exportRedactsEvenWithoutThePlugin();
    void roundTripOverTheSameStoreKeepsSecrets();
    void roundTripIntoAFreshStore();
    void badImportLeavesStoreUnchanged_data();
    void badImportLeavesStoreUnchanged();
    void mergeKeepsWhatTheDocumentLacks();
    void replaceLeavesExactlyTheDocument();
    void replaceCannotKeepAnUnlistedBroker();
    void fieldsWithoutDefaultRoundTrip();
    void deviceOnlySiteSettingsStayOnTheDevice();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<ConfigStore> m_store;
};

void TestConfigExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<SimulatedClock>(kStartMs);
    m_store = std::make_unique<ConfigStore>(*m_clock);
    QVERIFY2(m_store->open(m_dir->path()), qPrintable(m_store->errorString()));

    QVERIFY(m_store->putBroker(broker(u"home"_s, kBrokerPassword), brokerSchema()));
    QVERIFY(m_store->putBroker(broker(u"spare"_s), brokerSchema()));
    PluginInstance meter;
    meter.id = u"garage-meter"_s;
    meter.pluginId = u"test.meter"_s;
    meter.name = u"Garage meter"_s;
    meter.settings = {{u"device_id"_s, u"shellypro3em-a1"_s}, {u"inverted"_s, true}};
    QVERIFY(m_store->putInstance(meter, lookup));
    m_clock->advanceBy(1000);
    QVERIFY(m_store->putInstance(plug(u"kitchen-plug"_s, kPlugToken, u"home"_s), lookup));
    QVERIFY(m_store->putInstance(plug(u"living-plug"_s, {}, u"spare"_s), lookup));
    QVERIFY(m_store->setEnabled(u"living-plug"_s, false, u"crashed the application on 2026-11-26 04:10"_s));
    QVERIFY(m_store->putSiteSetting(sitekey::householdId, u"hh-7"_s));
    QVERIFY(m_store->putSiteSetting(sitekey::gridRegion, u"DE"_s));
    m_clock->advanceBy(3'600'000);
}

void TestConfigExport::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestConfigExport::exportIsVersionedAndHasNoSecrets()
{
    const std::optional<QByteArray> exported = m_store->exportJson(schemas());
    QVERIFY2(exported, qPrintable(m_store->errorString()));
    QVERIFY(!exported->contains(kBrokerPassword.toUtf8()));
    QVERIFY(!exported->contains(kPlugToken.toUtf8()));
    // The secrets are still stored: the export left them out, not the store.
    QCOMPARE(m_store->instance(u"kitchen-plug"_s)->settings.value(u"token"_s).toString(), kPlugToken);

    const QJsonObject document = parse(exported);
    QCOMPARE(document.value(u"format"_s).toString(), u"commonwatt-config"_s);
    QCOMPARE(document.value(u"version"_s).toInt(), 1);
    QCOMPARE(document.value(u"site"_s).toObject().value(u"household_id"_s).toString(), u"hh-7"_s);
    const QJsonArray brokers = document.value(u"brokers"_s).toArray();
    QCOMPARE(brokers.size(), 2);
    QCOMPARE(brokers.at(0)[u"settings"_s][u"password"_s].toString(), QString(kRedacted));
    QVERIFY(!brokers.at(1)[u"settings"_s].toObject().contains(u"password"_s)); // none set: none shown
    const QJsonArray instances = document.value(u"instances"_s).toArray();
    QCOMPARE(instances.size(), 3);
    QCOMPARE(instances.at(1)[u"id"_s].toString(), u"kitchen-plug"_s);
    QCOMPARE(instances.at(1)[u"settings"_s][u"token"_s].toString(), QString(kRedacted));
    QCOMPARE(instances.at(1)[u"settings"_s][u"topic"_s].toString(), u"tele/kitchen-plug"_s);
    QCOMPARE(instances.at(1)[u"brokerId"_s].toString(), u"home"_s);
    QCOMPARE(instances.at(0)[u"brokerId"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(instances.at(2)[u"enabled"_s].toBool(), false);
    QCOMPARE(instances.at(2)[u"disabledReason"_s].toString(),
             u"crashed the application on 2026-11-26 04:10"_s);
}

void TestConfigExport::exportRedactsEvenWithoutThePlugin()
{
    const ConfigSchemas nothingInstalled{[](const QString &) { return std::optional<SettingsSchema>(); }, {}};
    const std::optional<QByteArray> exported = m_store->exportJson(nothingInstalled);
    QVERIFY(exported);
    QVERIFY(!exported->contains(kBrokerPassword.toUtf8()));
    QVERIFY(!exported->contains(kPlugToken.toUtf8()));
    QVERIFY(exported->contains(QByteArray(kRedacted.data(), kRedacted.size())));
}

void TestConfigExport::roundTripOverTheSameStoreKeepsSecrets()
{
    const QList<Broker> brokers = m_store->brokers();
    const QList<PluginInstance> instances = m_store->instances();
    const QJsonObject site = m_store->siteSettings();
    const std::optional<QByteArray> exported = m_store->exportJson(schemas());
    QVERIFY(exported);

    for (const ImportMode mode : {ImportMode::Replace, ImportMode::Merge}) {
        QVERIFY2(m_store->importJson(*exported, schemas(), mode), qPrintable(m_store->errorString()));
        QCOMPARE(m_store->brokers(), brokers);
        QCOMPARE(m_store->siteSettings(), site);
        const QList<PluginInstance> after = m_store->instances();
        QCOMPARE(after.size(), instances.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            PluginInstance expected = instances.at(i);
            expected.updatedMs = m_clock->nowMs(); // an import is a change
            QCOMPARE(after.at(i), expected);
        }
        QCOMPARE(m_store->broker(u"home"_s)->settings.value(u"password"_s).toString(), kBrokerPassword);
    }
}

void TestConfigExport::roundTripIntoAFreshStore()
{
    const std::optional<QByteArray> exported = m_store->exportJson(schemas());
    QVERIFY(exported);
    QTemporaryDir otherDir;
    ConfigStore fresh(*m_clock);
    QVERIFY(fresh.open(otherDir.path()));

    // No stored secret to keep: the first redacted one is named, and nothing is written.
    QVERIFY(!fresh.importJson(*exported, schemas(), ImportMode::Merge));
    QCOMPARE(fresh.errorString(),
             u"brokers[0].settings.password: is redacted (\"<secret>\") and no secret is "
             "stored here to keep; enter it again"_s);
    QVERIFY(fresh.brokers().isEmpty());
    QVERIFY(fresh.siteSettings().isEmpty());

    QJsonObject document = parse(exported);
    document = setAt(document, {u"brokers"_s, 0, u"settings"_s, u"password"_s}, kBrokerPassword).toObject();
    QVERIFY(!fresh.importJson(bytes(document), schemas(), ImportMode::Merge));
    QVERIFY2(fresh.errorString().startsWith(u"instances[1].settings.token: is redacted"_s),
             qPrintable(fresh.errorString()));

    document = setAt(document, {u"instances"_s, 1, u"settings"_s, u"token"_s}, kPlugToken).toObject();
    QVERIFY2(fresh.importJson(bytes(document), schemas(), ImportMode::Merge),
             qPrintable(fresh.errorString()));
    QCOMPARE(fresh.brokers(), m_store->brokers());
    QCOMPARE(fresh.siteSettings(), m_store->siteSettings());
    const QList<PluginInstance> original = m_store->instances();
    const QList<PluginInstance> restored = fresh.instances();
    QCOMPARE(restored.size(), original.size());
    for (qsizetype i = 0; i < restored.size(); ++i) {
        PluginInstance expected = original.at(i);
        expected.updatedMs = m_clock->nowMs();
        QCOMPARE(restored.at(i), expected); // createdMs came from the document
    }
}

void TestConfigExport::badImportLeavesStoreUnchanged_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("error");
    const auto set = [](QList<QVariant> path, QJsonValue value) -> Mutation {
        return [=](QJsonObject document) { return bytes(setAt(document, path, value).toObject()); };
    };

    QTest::newRow("not JSON") << Mutation([](QJsonObject) { return QByteArray("{\"format\": "); })
                              << u"The configuration file is not valid JSON: "_s;
    QTest::newRow("not an object") << Mutation([](QJsonObject) { return QByteArray("[1, 2]"); })
                                   << u"The configuration file holds no JSON object"_s;
    QTest::newRow("other format")
        << set({u"format"_s}, u"evcc-templates"_s)
        << u"format: this is not a Commonwatt configuration (expected \"commonwatt-config\", "
           "found \"evcc-templates\")"_s;
    QTest::newRow("newer version")
        << set({u"version"_s}, 2)
        << u"version: 2 is newer than this build of Commonwatt reads (up to 1); update "
           "Commonwatt first"_s;
    QTest::newRow("port above maximum") << set({u"instances"_s, 2, u"settings"_s, u"port"_s}, 70000)
                                        << u"instances[2].settings.port: 70000 is above the maximum 65535"_s;
    QTest::newRow("duplicate id") << set({u"instances"_s, 2, u"id"_s}, u"kitchen-plug"_s)
                                  << u"instances[2].id: \"kitchen-plug\" is already used by instances[1]"_s;
    QTest::newRow("misspelt field") << set({u"instances"_s, 0, u"brokerID"_s}, u"home"_s)
                                    << u"instances[0].brokerID: not a field of a plugin instance"_s;
    QTest::newRow("missing broker") << set({u"instances"_s, 2, u"brokerId"_s}, u"attic"_s)
                                    << u"instances[2].brokerId: no broker \"attic\" is configured"_s;
    QTest::newRow("unknown plugin")
        << set({u"instances"_s, 2, u"pluginId"_s}, u"org.example.gone"_s)
        << u"instances[2].pluginId: no plugin \"org.example.gone\" is installed"_s;
    QTest::newRow("bad id") << set({u"instances"_s, 2, u"id"_s}, u"Living Plug"_s)
                            << u"instances[2].id: \"Living Plug\" is not a valid id"_s;
    QTest::newRow("broker setting of wrong type")
        << set({u"brokers"_s, 1, u"settings"_s, u"port"_s}, u"1883"_s)
        << u"brokers[1].settings.port: must be a number"_s;
    QTest::newRow("broker not an object") << set({u"brokers"_s, 0}, 7) << u"brokers[0]: must be an object"_s;
    QTest::newRow("instances not a list")
        << set({u"instances"_s}, QJsonObject()) << u"instances: must be a list"_s;
    QTest::newRow("negative time") << set({u"instances"_s, 0, u"createdMs"_s}, -5)
                                   << u"instances[0].createdMs: must be a time in milliseconds"_s;
    QTest::newRow("bad site key") << set({u"site"_s, u"Grid Region"_s}, u"DE"_s)
                                  << u"site.Grid Region: not a valid key"_s;
    QTest::newRow("secret for a new id")
        << set({u"instances"_s, 1, u"id"_s}, u"new-plug"_s) << u"instances[1].settings.token: is redacted"_s;
}

void TestConfigExport::badImportLeavesStoreUnchanged()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, error);
    const std::optional<QByteArray> before = m_store->exportJson(schemas());
    QVERIFY(before);
    const QList<PluginInstance> instancesBefore = m_store->instances();
    const QByteArray document = mutation(parse(before));

    for (const ImportMode mode : {ImportMode::Replace, ImportMode::Merge}) {
        QVERIFY(!m_store->importJson(document, schemas(), mode));
        QVERIFY2(m_store->errorString().startsWith(error), qPrintable(m_store->errorString()));
        QCOMPARE(m_store->exportJson(schemas()), before);
        QCOMPARE(m_store->instances(), instancesBefore); // secrets and timestamps too
    }
}

void TestConfigExport::mergeKeepsWhatTheDocumentLacks()
{
    const QJsonObject document{
        {u"format"_s, u"commonwatt-config"_s},
        {u"version"_s, 1},
        {u"site"_s, QJsonObject{{u"grid_region"_s, u"FR"_s}}},
        {u"brokers"_s,
         QJsonArray{QJsonObject{
             {u"id"_s, u"home"_s},
             {u"name"_s, u"Home"_s},
             {u"settings"_s, QJsonObject{{u"host"_s, u"10.0.0.2"_s}, {u"password"_s, QString(kRedacted)}}}}}},
        {u"instances"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"kitchen-plug"_s},
                                {u"pluginId"_s, u"test.plug"_s},
                                {u"name"_s, u"Kettle"_s},
                                {u"brokerId"_s, u"home"_s},
                                {u"settings"_s, QJsonObject{{u"topic"_s, u"tele/kettle"_s},
                                                            {u"token"_s, QString(kRedacted)}}}},
                    QJsonObject{{u"id"_s, u"porch-plug"_s},
                                {u"pluginId"_s, u"test.plug"_s},
                                {u"name"_s, u"Porch"_s},
                                {u"brokerId"_s, u"spare"_s},
                                {u"settings"_s, QJsonObject{{u"topic"_s, u"tele/porch"_s}}}}}}};
    QVERIFY2(m_store->importJson(bytes(document), schemas(), ImportMode::Merge),
             qPrintable(m_store->errorString()));

    QCOMPARE(ids(m_store->instances()),
             (QList<QString>{u"garage-meter"_s, u"kitchen-plug"_s, u"living-plug"_s, u"porch-plug"_s}));
    const PluginInstance kitchen = *m_store->instance(u"kitchen-plug"_s);
    QCOMPARE(kitchen.name, u"Kettle"_s);
    QCOMPARE(kitchen.settings.value(u"token"_s).toString(), kPlugToken);
    QCOMPARE(kitchen.settings.value(u"topic"_s).toString(), u"tele/kettle"_s);
    QCOMPARE(kitchen.createdMs, kStartMs + 1000);
    QCOMPARE(m_store->instance(u"porch-plug"_s)->createdMs, m_clock->nowMs());
    QCOMPARE(m_store->brokers().size(), 2);
    QCOMPARE(m_store->broker(u"home"_s)->settings.value(u"password"_s).toString(), kBrokerPassword);
    QCOMPARE(m_store->broker(u"home"_s)->settings.value(u"host"_s).toString(), u"10.0.0.2"_s);
    QCOMPARE(m_store->siteSettings(),
             (QJsonObject{{u"household_id"_s, u"hh-7"_s}, {u"grid_region"_s, u"FR"_s}}));
}

void TestConfigExport::replaceLeavesExactlyTheDocument()
{
    QJsonObject document = parse(m_store->exportJson(schemas()));
    QJsonArray instances = document.value(u"instances"_s).toArray();
    instances.removeAt(2); // living-plug, the only user of "spare"
    instances.removeAt(0); // garage-meter
    document.insert(u"instances"_s, instances);
    QJsonArray brokers = document.value(u"brokers"_s).toArray();
    brokers.removeAt(1); // spare
    document.insert(u"brokers"_s, brokers);
    document.insert(u"site"_s, QJsonObject{{u"grid_region"_s, u"FR"_s}});

    QVERIFY2(m_store->importJson(bytes(document), schemas(), ImportMode::Replace),
             qPrintable(m_store->errorString()));
    QCOMPARE(ids(m_store->instances()), (QList<QString>{u"kitchen-plug"_s}));
    QCOMPARE(m_store->instance(u"kitchen-plug"_s)->settings.value(u"token"_s).toString(), kPlugToken);
    QCOMPARE(m_store->brokers().size(), 1);
    QCOMPARE(m_store->brokers().at(0).id, u"home"_s);
    QCOMPARE(m_store->siteSettings(), (QJsonObject{{u"grid_region"_s, u"FR"_s}}));

    // An empty document of the right format empties the store.
    QVERIFY(m_store->importJson(R"({"format": "commonwatt-config", "version": 1})", schemas(),
                                ImportMode::Replace));
    QVERIFY(m_store->instances().isEmpty());
    QVERIFY(m_store->brokers().isEmpty());
    QVERIFY(m_store->siteSettings().isEmpty());
}

void TestConfigExport::replaceCannotKeepAnUnlistedBroker()
{
    // living-plug uses "spare", which the document leaves out: replacing would remove a broker still in use.
    QJsonObject document = parse(m_store->exportJson(schemas()));
    QJsonArray brokers = document.value(u"brokers"_s).toArray();
    brokers.removeAt(1);
    document.insert(u"brokers"_s, brokers);
    const QByteArray json = bytes(document);

    QVERIFY(!m_store->importJson(json, schemas(), ImportMode::Replace));
    QCOMPARE(m_store->errorString(), u"instances[2].brokerId: no broker \"spare\" is configured"_s);
    QCOMPARE(m_store->brokers().size(), 2);
    // A merge keeps "spare", so the same document is fine.
    QVERIFY2(m_store->importJson(json, schemas(), ImportMode::Merge), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->brokers().size(), 2);
}

void TestConfigExport::fieldsWithoutDefaultRoundTrip()
{
    // A default-constructed defaultValue makes the validator fill in null; an unset secret must still read as
    // unset, or its export would carry a marker that no stored secret backs.
    PluginInstance bare;
    bare.id = u"bare"_s;
    bare.pluginId = u"test.careless"_s;
    bare.name = u"Bare"_s;
    QVERIFY2(m_store->putInstance(bare, lookup), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->instance(u"bare"_s)->settings, QJsonObject());
    PluginInstance withSecret = bare;
    withSecret.id = u"with-secret"_s;
    withSecret.settings = {{u"password"_s, u"Careless-Pw-3"_s}};
    QVERIFY(m_store->putInstance(withSecret, lookup));

    const std::optional<QByteArray> exported = m_store->exportJson(schemas());
    QVERIFY(exported);
    QVERIFY(!exported->contains("Careless-Pw-3"));
    const QList<PluginInstance> before = m_store->instances();
    QVERIFY2(m_store->importJson(*exported, schemas(), ImportMode::Replace),
             qPrintable(m_store->errorString()));
    QCOMPARE(m_store->instance(u"bare"_s)->settings, QJsonObject());
    QCOMPARE(m_store->instance(u"with-secret"_s)->settings.value(u"password"_s).toString(),
             u"Careless-Pw-3"_s);
    QCOMPARE(m_store->instances().size(), before.size());
}

void TestConfigExport::deviceOnlySiteSettingsStayOnTheDevice()
{
    const QJsonObject lockout{{u"failures"_s, 2}, {u"lockedUntilMs"_s, 0}};
    QVERIFY(m_store->putSiteSetting(sitekey::installerPinHash, u"$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"_s));
    QVERIFY(m_store->putSiteSetting(sitekey::installerPinLockout, lockout));
    QVERIFY(isDeviceOnlySiteKey(sitekey::installerPinHash));
    QVERIFY(!isDeviceOnlySiteKey(sitekey::householdId));
    QVERIFY(!isDeviceOnlySiteKey(sitekey::kioskDimAfterSeconds));

    const QJsonObject exported = parse(m_store->exportJson(schemas()));
    const QJsonObject site = exported.value(u"site"_s).toObject();
    QCOMPARE(site.keys(), (QStringList{u"grid_region"_s, u"household_id"_s}));

    // A replacing import keeps them; a document that names one is refused as a whole.
    QJsonObject document = exported;
    document.insert(u"site"_s, QJsonObject{{u"household_id"_s, u"hh-8"_s}});
    QVERIFY2(m_store->importJson(bytes(document), schemas(), ImportMode::Replace),
             qPrintable(m_store->errorString()));
    const std::optional<QJsonObject> after = m_store->readSiteSettings();
    QVERIFY(after);
    QCOMPARE(after->keys(), (QStringList{u"household_id"_s, u"installer_pin_hash"_s, u"installer_pin_lockout"_s}));
    QCOMPARE(after->value(u"installer_pin_lockout"_s).toObject(), lockout);

    document.insert(u"site"_s, QJsonObject{{u"household_id"_s, u"hh-9"_s}, {u"installer_pin_lockout"_s, 0}});
    QVERIFY(!m_store->importJson(bytes(document), schemas(), ImportMode::Merge));
    QVERIFY2(m_store->errorString().startsWith(u"site.installer_pin_lockout: belongs to the device"_s),
             qPrintable(m_store->errorString()));
    QCOMPARE(m_store->siteSetting(sitekey::householdId).toString(), u"hh-8"_s);

    // A closed store cannot tell: nothing, not an empty set of settings.
    m_store->close();
    QVERIFY(!m_store->readSiteSettings());
    QVERIFY(!m_store->errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestConfigExport)
#include "tst_configexport.moc"
