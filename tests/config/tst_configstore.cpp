// ConfigStore's records: adding, changing and removing brokers, plugin instances and site settings, the
// checks a put must pass and the messages it gives, and what survives closing and reopening the file.
#include "configtesthelpers.h"

#include "config/configstore.h"

#include <commonwatt/clock.h>

#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace commonwatt;
using namespace commonwatt::config;
using namespace configtest;

namespace {

// Every message logged while it lives, from any category, so that a test can look for secrets in them.
class LogCapture
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    [[nodiscard]] static QString text()
    {
        const QMutexLocker lock(&s_mutex);
        return s_text;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            const QMutexLocker lock(&s_mutex);
            s_text += message + u'\n';
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QString s_text;
};

} // namespace

Q_DECLARE_METATYPE(commonwatt::config::PluginInstance)

class TestConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void brokerCrud();
    void instanceCrud();
    void defaultsAreFilledIn();
    void setEnabledKeepsReasonUntilEnabled();
    void putRefusesBadRecords_data();
    void putRefusesBadRecords();
    void brokerInUseCannotBeRemoved();
    void redactedSecretKeepsStoredOne();
    void secretIsNotHandedToAnotherPlugin();
    void siteSettings();
    void everythingSurvivesReopening();
    void logsNeverShowSecrets();
    void closedStoreRefusesCalls();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<ConfigStore> m_store;
};

void TestConfigStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<SimulatedClock>(kStartMs);
    m_store = std::make_unique<ConfigStore>(*m_clock);
    QVERIFY2(m_store->open(m_dir->path()), qPrintable(m_store->errorString()));
}

void TestConfigStore::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestConfigStore::brokerCrud()
{
    QVERIFY(m_store->brokers().isEmpty());
    QVERIFY2(m_store->putBroker(broker(u"home"_s, u"pw-1"_s), brokerSchema()),
             qPrintable(m_store->errorString()));
    QVERIFY(m_store->putBroker(broker(u"cloud"_s), brokerSchema()));

    const std::optional<Broker> home = m_store->broker(u"home"_s);
    QVERIFY(home);
    QCOMPARE(home->name, u"Broker home"_s);
    QCOMPARE(home->settings.value(u"password"_s).toString(), u"pw-1"_s);
    QCOMPARE(home->settings.value(u"port"_s).toInt(), 8883);

    QList<QString> ids;
    for (const Broker &b : m_store->brokers())
        ids.append(b.id);
    QCOMPARE(ids, (QList<QString>{u"cloud"_s, u"home"_s})); // ordered by id

    Broker renamed = *home;
    renamed.name = u"Garage broker"_s;
    renamed.settings.insert(u"port"_s, 1884);
    QVERIFY(m_store->putBroker(renamed, brokerSchema()));
    QCOMPARE(m_store->broker(u"home"_s), renamed);
    QCOMPARE(m_store->brokers().size(), 2);

    QVERIFY(m_store->removeBroker(u"home"_s));
    QVERIFY(!m_store->broker(u"home"_s));
    QVERIFY(!m_store->removeBroker(u"home"_s));
    QVERIFY2(m_store->errorString().contains(u"home"_s), qPrintable(m_store->errorString()));
}

void TestConfigStore::instanceCrud()
{
    QVERIFY(m_store->putBroker(broker(u"home"_s), brokerSchema()));
    QVERIFY2(m_store->putInstance(plug(u"kitchen-plug"_s, u"tok"_s, u"home"_s), lookup),
             qPrintable(m_store->errorString()));
    std::optional<PluginInstance> stored = m_store->instance(u"kitchen-plug"_s);
    QVERIFY(stored);
    QCOMPARE(stored->createdMs, kStartMs);
    QCOMPARE(stored->updatedMs, kStartMs);
    QCOMPARE(stored->brokerId, std::optional<QString>(u"home"_s));
    QCOMPARE(stored->pluginId, u"test.plug"_s);
    QVERIFY(stored->enabled);

    m_clock->advanceBy(60'000);
    PluginInstance changed = *stored;
    changed.name = u"Kettle"_s;
    changed.brokerId.reset();
    changed.createdMs = 1; // the store's, not the caller's
    changed.settings.insert(u"topic"_s, u"tele/kettle"_s);
    QVERIFY(m_store->putInstance(changed, lookup));
    stored = m_store->instance(u"kitchen-plug"_s);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Kettle"_s);
    QCOMPARE(stored->brokerId, std::nullopt);
    QCOMPARE(stored->settings.value(u"topic"_s).toString(), u"tele/kettle"_s);
    QCOMPARE(stored->createdMs, kStartMs);
    QCOMPARE(stored->updatedMs, kStartMs + 60'000);

    PluginInstance meter;
    meter.id = u"main-meter"_s;
    meter.pluginId = u"test.meter"_s;
    meter.name = u"Meter"_s;
    meter.settings = {{u"device_id"_s, u"shellypro3em-1"_s}};
    QVERIFY(m_store->putInstance(meter, lookup));
    QCOMPARE(m_store->instances().size(), 2);
    QCOMPARE(m_store->instances().at(0).id, u"kitchen-plug"_s);

    QVERIFY(m_store->removeInstance(u"kitchen-plug"_s));
    QVERIFY(!m_store->instance(u"kitchen-plug"_s));
    QCOMPARE(m_store->instances().size(), 1);
    QVERIFY(!m_store->removeInstance(u"kitchen-plug"_s));
    QVERIFY(m_store->errorString().contains(u"kitchen-plug"_s));
}

void TestConfigStore::defaultsAreFilledIn()
{
    QVERIFY(m_store->putInstance(plug(u"p1"_s), lookup));
    const QJsonObject settings = m_store->instance(u"p1"_s)->settings;
    QCOMPARE(settings.value(u"port"_s).toInt(), 1883);
    QCOMPARE(settings.value(u"mode"_s).toString(), u"switch"_s);
    QVERIFY(!settings.contains(u"token"_s)); // no default, not required: absent
}

void TestConfigStore::setEnabledKeepsReasonUntilEnabled()
{
    QVERIFY(m_store->putInstance(plug(u"p1"_s), lookup));
    m_clock->advanceBy(1000);
    const QString reason = u"crashed the application on 2026-11-26 04:10"_s;
    QVERIFY(m_store->setEnabled(u"p1"_s, false, reason));
    std::optional<PluginInstance> stored = m_store->instance(u"p1"_s);
    QVERIFY(!stored->enabled);
    QCOMPARE(stored->disabledReason, reason);
    QCOMPARE(stored->updatedMs, kStartMs + 1000);

    // An installer's edit of a disabled instance keeps it disabled, and says why.
    PluginInstance edited = *stored;
    edited.name = u"Renamed"_s;
    QVERIFY(m_store->putInstance(edited, lookup));
    QCOMPARE(m_store->instance(u"p1"_s)->disabledReason, reason);

    QVERIFY(m_store->setEnabled(u"p1"_s, true, u"ignored"_s));
    stored = m_store->instance(u"p1"_s);
    QVERIFY(stored->enabled);
    QVERIFY(stored->disabledReason.isEmpty());

    QVERIFY(!m_store->setEnabled(u"nope"_s, false, reason));
    QVERIFY(m_store->errorString().contains(u"nope"_s));
}

void TestConfigStore::putRefusesBadRecords_data()
{
    QTest::addColumn<PluginInstance>("instance");
    QTest::addColumn<QString>("error");

    PluginInstance upper = plug(u"Kitchen Plug"_s);
    QTest::newRow("id with capitals and space")
        << upper << uR"(id: "Kitchen Plug" is not a valid id: use 1 to 64 lowercase letters)"_s;
    QTest::newRow("id starting with -") << plug(u"-plug"_s) << uR"(id: "-plug" is not a valid id)"_s;
    QTest::newRow("empty id") << plug(QString()) << uR"(id: "" is not a valid id)"_s;
    QTest::newRow("id too long") << plug(QString(65, u'a'))
                                 << u"id: \"%1\" is not a valid id"_s.arg(QString(65, u'a'));

    PluginInstance port = plug(u"kitchen-plug"_s);
    port.settings.insert(u"port"_s, 70000);
    QTest::newRow("port above maximum") << port << u"kitchen-plug: port: 70000 is above the maximum 65535"_s;
    PluginInstance missing = plug(u"kitchen-plug"_s);
    missing.settings.remove(u"topic"_s);
    QTest::newRow("required setting missing") << missing << u"kitchen-plug: topic: required"_s;
    PluginInstance typo = plug(u"kitchen-plug"_s);
    typo.settings.insert(u"topik"_s, u"x"_s);
    QTest::newRow("unknown setting") << typo << u"kitchen-plug: topik: not a setting of this plugin"_s;
    PluginInstance choice = plug(u"kitchen-plug"_s);
    choice.settings.insert(u"mode"_s, u"toggle"_s);
    QTest::newRow("bad choice") << choice << u"kitchen-plug: mode: must be one of switch, meter"_s;

    PluginInstance unknown = plug(u"kitchen-plug"_s);
    unknown.pluginId = u"org.example.nope"_s;
    QTest::newRow("unknown plugin") << unknown
                                    << uR"(kitchen-plug: pluginId: no plugin "org.example.nope")"_s;
    PluginInstance noName = plug(u"kitchen-plug"_s);
    noName.name = u"  "_s;
    QTest::newRow("blank name") << noName << u"kitchen-plug: name: required"_s;
    QTest::newRow("unknown broker") << plug(u"kitchen-plug"_s, {}, u"garage"_s)
                                    << uR"(kitchen-plug: brokerId: no broker "garage" is configured)"_s;
    QTest::newRow("redacted secret, none stored")
        << plug(u"kitchen-plug"_s, QString(kRedacted)) << u"kitchen-plug: token: is redacted"_s;
}

void TestConfigStore::putRefusesBadRecords()
{
    QFETCH(PluginInstance, instance);
    QFETCH(QString, error);
    QVERIFY(m_store->putInstance(plug(u"other"_s), lookup));
    const QList<PluginInstance> before = m_store->instances();

    QVERIFY(!m_store->putInstance(instance, lookup));
    QVERIFY2(m_store->errorString().startsWith(error), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->instances(), before);
}

void TestConfigStore::brokerInUseCannotBeRemoved()
{
    QVERIFY(m_store->putBroker(broker(u"home"_s), brokerSchema()));
    QVERIFY(m_store->putInstance(plug(u"plug-b"_s, {}, u"home"_s), lookup));
    QVERIFY(m_store->putInstance(plug(u"plug-a"_s, {}, u"home"_s), lookup));
    QVERIFY(m_store->putInstance(plug(u"plug-c"_s), lookup));

    QVERIFY(!m_store->removeBroker(u"home"_s));
    QVERIFY2(m_store->errorString().startsWith(u"Broker home is still used by plug-a, plug-b;"_s),
             qPrintable(m_store->errorString()));
    QVERIFY(m_store->broker(u"home"_s));

    // Bad broker settings are refused with the broker's id in front.
    Broker bad = broker(u"home"_s);
    bad.settings.insert(u"port"_s, 0);
    QVERIFY(!m_store->putBroker(bad, brokerSchema()));
    QCOMPARE(m_store->errorString(), u"home: port: 0 is below the minimum 1"_s);

    QVERIFY(m_store->removeInstance(u"plug-a"_s));
    QVERIFY(m_store->removeInstance(u"plug-b"_s));
    QVERIFY2(m_store->removeBroker(u"home"_s), qPrintable(m_store->errorString()));
}

void TestConfigStore::redactedSecretKeepsStoredOne()
{
    QVERIFY(m_store->putBroker(broker(u"home"_s, u"broker-secret"_s), brokerSchema()));
    QVERIFY(m_store->putInstance(plug(u"p1"_s, u"token-secret"_s), lookup));

    // What a form shows and sends back: the marker in place of the secret.
    Broker form = broker(u"home"_s, QString(kRedacted));
    form.name = u"Renamed"_s;
    QVERIFY2(m_store->putBroker(form, brokerSchema()), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->broker(u"home"_s)->settings.value(u"password"_s).toString(), u"broker-secret"_s);
    QCOMPARE(m_store->broker(u"home"_s)->name, u"Renamed"_s);

    QVERIFY(m_store->putInstance(plug(u"p1"_s, QString(kRedacted)), lookup));
    QCOMPARE(m_store->instance(u"p1"_s)->settings.value(u"token"_s).toString(), u"token-secret"_s);

    // A new secret replaces the old one; leaving the field out removes it.
    QVERIFY(m_store->putInstance(plug(u"p1"_s, u"token-2"_s), lookup));
    QCOMPARE(m_store->instance(u"p1"_s)->settings.value(u"token"_s).toString(), u"token-2"_s);
    QVERIFY(m_store->putInstance(plug(u"p1"_s), lookup));
    QVERIFY(!m_store->instance(u"p1"_s)->settings.contains(u"token"_s));
    QVERIFY(!m_store->putInstance(plug(u"p1"_s, QString(kRedacted)), lookup));
    QVERIFY2(m_store->errorString().startsWith(u"p1: token: is redacted"_s),
             qPrintable(m_store->errorString()));
}

void TestConfigStore::secretIsNotHandedToAnotherPlugin()
{
    QVERIFY(m_store->putInstance(plug(u"p1"_s, u"token-secret"_s), lookup));
    const auto otherPlug = [](const QString &pluginId) -> std::optional<SettingsSchema> {
        return pluginId == u"test.other" ? lookup(u"test.plug"_s) : lookup(pluginId);
    };
    PluginInstance reused = plug(u"p1"_s, QString(kRedacted));
    reused.pluginId = u"test.other"_s;
    QVERIFY(!m_store->putInstance(reused, otherPlug));
    QVERIFY2(m_store->errorString().startsWith(u"p1: token: is redacted"_s),
             qPrintable(m_store->errorString()));
}

void TestConfigStore::siteSettings()
{
    QVERIFY(m_store->siteSettings().isEmpty());
    QVERIFY(m_store->siteSetting(sitekey::householdId).isUndefined());
    QVERIFY(m_store->putSiteSetting(sitekey::householdId, u"hh-42"_s));
    QVERIFY(m_store->putSiteSetting(sitekey::importLimitKw, 17.5));
    QVERIFY(m_store->putSiteSetting(u"flags"_s, QJsonObject{{u"a"_s, true}}));
    QVERIFY(m_store->putSiteSetting(sitekey::importLimitKw, 11));
    QCOMPARE(m_store->siteSetting(sitekey::householdId), QJsonValue(u"hh-42"_s));
    QCOMPARE(m_store->siteSetting(sitekey::importLimitKw).toDouble(), 11.0);
    QCOMPARE(m_store->siteSettings(), (QJsonObject{{u"household_id"_s, u"hh-42"_s},
                                                   {u"import_limit_kw"_s, 11},
                                                   {u"flags"_s, QJsonObject{{u"a"_s, true}}}}));

    QVERIFY(!m_store->putSiteSetting(u"Grid Region"_s, u"x"_s));
    QVERIFY2(m_store->errorString().contains(u"\"Grid Region\""_s), qPrintable(m_store->errorString()));
    QVERIFY(!m_store->putSiteSetting(sitekey::gridRegion, QJsonValue()));
    QVERIFY(m_store->errorString().contains(sitekey::gridRegion));

    QVERIFY(m_store->removeSiteSetting(u"flags"_s));
    QVERIFY(!m_store->removeSiteSetting(u"flags"_s));
    QCOMPARE(m_store->siteSettings().size(), 2);
}

void TestConfigStore::everythingSurvivesReopening()
{
    QVERIFY(m_store->putBroker(broker(u"home"_s, u"pw"_s), brokerSchema()));
    QVERIFY(m_store->putInstance(plug(u"p1"_s, u"tok"_s, u"home"_s), lookup));
    QVERIFY(m_store->setEnabled(u"p1"_s, false, u"why"_s));
    QVERIFY(m_store->putSiteSetting(sitekey::gridRegion, u"DE"_s));
    const QList<Broker> brokers = m_store->brokers();
    const QList<PluginInstance> instances = m_store->instances();
    m_store->close();
    QVERIFY(!m_store->isOpen());

    ConfigStore reopened(*m_clock);
    QVERIFY2(reopened.open(m_dir->path()), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.filePath(), m_dir->filePath(u"config.sqlite"_s));
    QCOMPARE(reopened.brokers(), brokers);
    QCOMPARE(reopened.instances(), instances);
    QCOMPARE(reopened.siteSetting(sitekey::gridRegion), QJsonValue(u"DE"_s));
}

void TestConfigStore::logsNeverShowSecrets()
{
    const LogCapture capture;
    QLoggingCategory::setFilterRules(u"commonwatt.config.info=true"_s);
    QVERIFY(m_store->putBroker(broker(u"home"_s, u"Broker-Pw-91x"_s), brokerSchema()));
    QVERIFY(m_store->putInstance(plug(u"p1"_s, u"Plug-Tok-55q"_s, u"home"_s), lookup));
    QVERIFY(m_store->setEnabled(u"p1"_s, false, u"crashed"_s));
    const std::optional<QByteArray> exported = m_store->exportJson(schemas());
    QVERIFY(exported);
    QVERIFY(m_store->importJson(*exported, schemas(), ImportMode::Replace));
    QLoggingCategory::setFilterRules(QString());

    const QString logged = capture.text();
    QVERIFY2(logged.contains(u"p1"_s) && logged.contains(kRedacted), qPrintable(logged)); // it did log
    QVERIFY2(!logged.contains(u"Broker-Pw-91x"_s), qPrintable(logged));
    QVERIFY2(!logged.contains(u"Plug-Tok-55q"_s), qPrintable(logged));
}

void TestConfigStore::closedStoreRefusesCalls()
{
    m_store->close();
    QVERIFY(!m_store->putInstance(plug(u"p1"_s), lookup));
    QVERIFY(m_store->errorString().contains(u"not open"_s));
    QVERIFY(m_store->instances().isEmpty());
    QVERIFY(!m_store->exportJson(schemas()));
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
