// The installer's view model over a real configuration (SQLite in a temporary folder), the bundled plugins
// and a real mosquitto: forms generated from the schemas, inline validation, masked secrets, test connection,
// saving and applying without a restart, enable/disable/remove, site settings, backup and restore.
#include "devicepeers.h"
#include "mosquitto.h"

#include "devicesetup.h"
#include "household.h"
#include "installermodel.h"
#include "kioskmodel.h"

#include "config/configstore.h"
#include "storage/readingsstore.h"

#include <commonwatt/clock.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace commonwatt;
using namespace commonwatt::testing;

namespace {

constexpr int kTimeoutMs = 30'000;

// Every log message while it exists, to show that secrets never reach the log.
QStringList *g_log = nullptr;
QMutex g_logMutex;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        if (g_log)
            g_log->append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

struct LogCapture
{
    QStringList messages;
    LogCapture()
    {
        QMutexLocker lock(&g_logMutex);
        g_log = &messages;
        g_previous = qInstallMessageHandler(captureLog);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(g_previous);
        QMutexLocker lock(&g_logMutex);
        g_log = nullptr;
    }
    [[nodiscard]] bool contains(const QString &text)
    {
        QMutexLocker lock(&g_logMutex);
        return std::any_of(messages.begin(), messages.end(),
                           [&](const QString &m) { return m.contains(text); });
    }
};

QVariantMap fieldOf(const QVariantList &fields, const QString &key)
{
    for (const QVariant &field : fields) {
        if (field.toMap().value(u"key"_s).toString() == key)
            return field.toMap();
    }
    return {};
}

} // namespace

class TestInstallerModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatedClock> m_wall;
    std::unique_ptr<SystemClock> m_householdClock;
    std::unique_ptr<config::ConfigStore> m_config;
    std::unique_ptr<storage::ReadingsStore> m_store;
    std::unique_ptr<app::Household> m_household;
    std::unique_ptr<app::DeviceSetup> m_devices;
    std::unique_ptr<app::InstallerModel> m_model;

    // A running Tasmota plug, switched on, using `watts`.
    static void switchOn(MosquittoBroker &broker, TasmotaPeer &plug, const QString &topic, double watts)
    {
        plug.setLoadWatts(watts);
        plug.start();
        QVERIFY2(broker.publish(u"cmnd/%1/POWER"_s.arg(topic), "ON"), qPrintable(broker.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(plug.isOn(), kTimeoutMs);
    }

    // The Tasmota form filled in for a plug on `port` with topic `topic`.
    void fillTasmota(quint16 port, const QString &topic, const QString &password = {})
    {
        m_model->openAddForm(u"tasmota"_s);
        QVERIFY(m_model->formOpen());
        m_model->setFieldText(u"broker"_s, u"host"_s, u"127.0.0.1"_s);
        m_model->setFieldText(u"broker"_s, u"port"_s, QString::number(port));
        if (!password.isEmpty()) {
            m_model->setFieldText(u"broker"_s, u"username"_s, u"cw"_s);
            m_model->setFieldText(u"broker"_s, u"password"_s, password);
        }
        m_model->setFieldText(u"device"_s, u"topic"_s, topic);
        m_model->setFieldText(u"device"_s, u"kind"_s, u"monitor"_s);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_wall = std::make_unique<SimulatedClock>(1'790'000'000'000);
        m_householdClock = std::make_unique<SystemClock>(std::chrono::milliseconds(100));
        m_config = std::make_unique<config::ConfigStore>(*m_wall);
        QVERIFY2(m_config->open(m_dir->path()), qPrintable(m_config->errorString()));
        m_store = std::make_unique<storage::ReadingsStore>();
        QVERIFY(m_store->open(m_dir->filePath(u"commonwatt.db"_s)));
        m_household = std::make_unique<app::Household>(*m_householdClock, *m_store, QTimeZone::utc());
        m_devices = std::make_unique<app::DeviceSetup>(*m_config, m_dir->filePath(u"crash-marker"_s));
        m_devices->prepare({QStringLiteral(COMMONWATT_PLUGINS)});
        m_model = std::make_unique<app::InstallerModel>(*m_config, *m_devices, *m_household, *m_wall, nullptr,
                                                        nullptr, m_dir->path());
    }

    void cleanup()
    {
        m_model.reset();
        m_devices.reset();
        m_household.reset();
        m_store.reset();
        m_config.reset();
        m_householdClock.reset();
        m_wall.reset();
        m_dir.reset();
    }

    void formFollowsTheSchema()
    {
        const QVariantList plugins = m_model->plugins();
        QVERIFY(std::any_of(plugins.begin(), plugins.end(), [](const QVariant &p) {
            return p.toMap().value(u"id"_s) == u"tasmota"_s && p.toMap().value(u"needsMqtt"_s).toBool();
        }));
        m_model->openAddForm(u"tasmota"_s);
        QVERIFY(m_model->formOpen());
        QVERIFY(!m_model->editing());
        QCOMPARE(m_model->formInstanceId(), u"tasmota-1"_s);
        QCOMPARE(m_model->formPluginName(), u"Tasmota"_s);

        // One field per schema field, in the schema's order, with its type, default and limits.
        const QVariantList fields = m_model->formFields();
        QStringList keys;
        for (const QVariant &field : fields)
            keys << field.toMap().value(u"key"_s).toString();
        QCOMPARE(keys, (QStringList{u"topic"_s, u"name"_s, u"kind"_s, u"relay"_s, u"maxPowerKw"_s}));
        const QVariantMap topic = fieldOf(fields, u"topic"_s);
        QCOMPARE(topic.value(u"type"_s).toString(), u"text"_s);
        QVERIFY(topic.value(u"required"_s).toBool());
        QCOMPARE(topic.value(u"label"_s).toString(), u"Device topic"_s);
        const QVariantMap relay = fieldOf(fields, u"relay"_s);
        QCOMPARE(relay.value(u"type"_s).toString(), u"integer"_s);
        QCOMPARE(relay.value(u"text"_s).toString(), u"1"_s); // the default, filled in
        QCOMPARE(relay.value(u"minimum"_s).toDouble(), 1.0);
        QCOMPARE(relay.value(u"maximum"_s).toDouble(), 32.0);
        const QVariantMap kind = fieldOf(fields, u"kind"_s);
        QCOMPARE(kind.value(u"type"_s).toString(), u"choice"_s);
        QCOMPARE(kind.value(u"choices"_s).toStringList(),
                 (QStringList{u"appliance"_s, u"thermal"_s, u"monitor"_s}));
        QCOMPARE(kind.value(u"text"_s).toString(), u"appliance"_s);
        QCOMPARE(fieldOf(fields, u"maxPowerKw"_s).value(u"unit"_s).toString(), u"kW"_s);

        // No broker yet: a new one, "home", from the broker's schema; its password is secret.
        QVERIFY(m_model->formNeedsBroker());
        QVERIFY(m_model->formNewBroker());
        QCOMPARE(m_model->formBrokerId(), u"home"_s);
        const QVariantList broker = m_model->brokerFields();
        QVERIFY(fieldOf(broker, u"host"_s).value(u"required"_s).toBool());
        QVERIFY(fieldOf(broker, u"password"_s).value(u"secret"_s).toBool());
        QVERIFY(fieldOf(broker, u"host"_s).value(u"basic"_s).toBool());
        QVERIFY(!fieldOf(broker, u"keepAliveSeconds"_s).value(u"basic"_s).toBool());
        QVERIFY(fieldOf(broker, u"tls"_s).value(u"checked"_s) == false);
        QVERIFY(fieldOf(broker, u"verifyPeer"_s).value(u"checked"_s) == true);
    }

    void fieldsAreCheckedAsTheyAreTyped()
    {
        m_model->openAddForm(u"tasmota"_s);
        m_model->setFieldText(u"broker"_s, u"port"_s, u"70000"_s);
        QCOMPARE(fieldOf(m_model->brokerFields(), u"port"_s).value(u"error"_s).toString(),
                 u"Port: 70000 is above the maximum 65535"_s);
        m_model->setFieldText(u"broker"_s, u"port"_s, u"18x3"_s);
        QCOMPARE(fieldOf(m_model->brokerFields(), u"port"_s).value(u"error"_s).toString(),
                 u"Port: \"18x3\" is not a whole number"_s);
        m_model->setFieldText(u"broker"_s, u"port"_s, u"1883"_s);
        QCOMPARE(fieldOf(m_model->brokerFields(), u"port"_s).value(u"error"_s).toString(), QString());
        m_model->setFieldText(u"device"_s, u"relay"_s, u"2.5"_s);
        QCOMPARE(fieldOf(m_model->formFields(), u"relay"_s).value(u"error"_s).toString(),
                 u"Relay: must be a whole number"_s);
        m_model->setFieldText(u"device"_s, u"relay"_s, u"0"_s);
        QCOMPARE(fieldOf(m_model->formFields(), u"relay"_s).value(u"error"_s).toString(),
                 u"Relay: 0 is below the minimum 1"_s);
        m_model->setFieldText(u"device"_s, u"relay"_s, u""_s); // back to the default
        m_model->setFieldText(u"device"_s, u"maxPowerKw"_s, u"2,5"_s);
        QCOMPARE(fieldOf(m_model->formFields(), u"maxPowerKw"_s).value(u"error"_s).toString(), QString());

        // Saving an incomplete form stores nothing and names every missing field.
        QVERIFY(!m_model->saveForm());
        QCOMPARE(fieldOf(m_model->formFields(), u"topic"_s).value(u"error"_s).toString(),
                 u"Device topic: required"_s);
        QCOMPARE(fieldOf(m_model->brokerFields(), u"host"_s).value(u"error"_s).toString(),
                 u"Broker host: required"_s);
        QVERIFY(!m_model->formError().isEmpty());
        QVERIFY(m_config->instances().isEmpty());
        QVERIFY(m_config->brokers().isEmpty());

        // A bad id, and one already in use.
        m_model->setInstanceId(u"Kitchen Plug"_s);
        QVERIFY(
            m_model->formInstanceIdError().startsWith(u"Device id: \"Kitchen Plug\" is not a valid id"_s));
        // The plugin's own check (a Tasmota topic is one level) is named too, at save.
        m_model->setInstanceId(u"kitchen"_s);
        m_model->setFieldText(u"broker"_s, u"host"_s, u"127.0.0.1"_s);
        m_model->setFieldText(u"device"_s, u"topic"_s, u"a/b"_s);
        QVERIFY(m_model->saveForm());
        m_model->openAddForm(u"tasmota"_s);
        m_model->setInstanceId(u"kitchen"_s);
        QCOMPARE(m_model->formInstanceIdError(), u"Device id: kitchen is already used by another device."_s);
        QCOMPARE(m_model->formBrokerId(), u"home"_s); // the broker saved with the first device
        QVERIFY(!m_model->formNewBroker());
    }

    void secretsAreMaskedKeptAndNeverLogged()
    {
        const QString secret = u"s3cret-Pa55"_s;
        LogCapture log;
        fillTasmota(1, u"plug_a"_s, secret);
        QVERIFY(m_model->saveForm());
        QCOMPARE(m_config->broker(u"home"_s)->settings.value(u"password"_s).toString(), secret);

        // Editing shows that a password is stored, never the password.
        m_model->openEditForm(u"tasmota-1"_s);
        QVERIFY(m_model->editing());
        const QVariantMap password = fieldOf(m_model->brokerFields(), u"password"_s);
        QVERIFY(password.value(u"stored"_s).toBool());
        QCOMPARE(password.value(u"text"_s).toString(), QString());
        const QByteArray shown =
            QJsonDocument::fromVariant(QVariantList{m_model->formFields(), m_model->brokerFields()}).toJson();
        QVERIFY(!shown.contains(secret.toUtf8()));
        // Saved again untouched, the stored password stays.
        m_model->setFieldText(u"device"_s, u"name"_s, u"Kettle"_s);
        QVERIFY(m_model->saveForm());
        QCOMPARE(m_config->broker(u"home"_s)->settings.value(u"password"_s).toString(), secret);
        QCOMPARE(m_config->instance(u"tasmota-1"_s)->name, u"Kettle"_s);
        // A new one replaces it.
        m_model->openEditForm(u"tasmota-1"_s);
        m_model->setFieldText(u"broker"_s, u"password"_s, u"other-secret"_s);
        QVERIFY(m_model->saveForm());
        QCOMPARE(m_config->broker(u"home"_s)->settings.value(u"password"_s).toString(), u"other-secret"_s);
        m_model->openEditForm(u"tasmota-1"_s);
        m_model->testConnection();
        m_model->stopTest();
        QVERIFY(!log.contains(secret));
        QVERIFY(!log.contains(u"other-secret"_s));
    }

    void testConnectionShowsLiveReadingsAndSavesNothing()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        TasmotaPeer plug(broker.port(), "desk_plug");
        switchOn(broker, plug, u"desk_plug"_s, 250.0);
        if (QTest::currentTestFailed())
            return;

        fillTasmota(broker.port(), u"desk_plug"_s);
        m_model->testConnection();
        QCOMPARE(m_model->trialState(), u"running"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->trialState(), u"live"_s, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->trialReadings().contains(
                                     QVariantMap{{u"channel"_s, u"power"_s}, {u"value"_s, u"250 W"_s}}),
                                 kTimeoutMs);
        QVERIFY(m_config->instances().isEmpty());
        QVERIFY(m_config->brokers().isEmpty());
        QVERIFY(m_household->devices().isEmpty()); // a trial is not part of the household

        // Nothing on the topic: the timeout says what to check.
        m_model->setTrialTimeoutMs(1000);
        m_model->setFieldText(u"device"_s, u"topic"_s, u"wrong_topic"_s);
        m_model->testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->trialState(), u"timedOut"_s, kTimeoutMs);
        QCOMPARE(
            m_model->trialText(),
            u"Connected to the broker at 127.0.0.1:%1, but the device sent nothing in 1 s. Check that the "
            "device is switched on and uses this broker, and its settings: Device topic \"wrong_topic\"."_s
                .arg(broker.port()));

        // No broker there.
        m_model->setFieldText(u"broker"_s, u"port"_s, u"1"_s);
        m_model->testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->trialState(), u"timedOut"_s, kTimeoutMs);
        QVERIFY2(m_model->trialText().startsWith(u"No connection to the broker at 127.0.0.1:1 after 1 s"_s),
                 qPrintable(m_model->trialText()));
        QVERIFY(m_model->trialText().contains(u"Check the broker's host and port"_s));
        m_model->closeForm();
        QCOMPARE(m_model->trialState(), u"idle"_s);
    }

    void savedDevicesRunWithLiveStatusAndCanBeSwitchedOffAndRemoved()
    {
        MosquittoBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));
        TasmotaPeer plug(broker.port(), "hall_plug");
        switchOn(broker, plug, u"hall_plug"_s, 1500.0);
        if (QTest::currentTestFailed())
            return;

        fillTasmota(broker.port(), u"hall_plug"_s);
        QVERIFY(m_model->saveForm());
        QVERIFY(!m_model->formOpen());
        QCOMPARE(m_model->message(), u"Added tasmota-1."_s);
        QVERIFY(m_devices->host(u"tasmota-1"_s));
        QAbstractItemModel *rows = m_model->devices();
        QCOMPARE(rows->rowCount(), 1);
        const auto role = [rows](const char *name) {
            return rows->data(rows->index(0, 0), rows->roleNames().key(name)).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(role("statusText"), u"Connected"_s, kTimeoutMs);
        QCOMPARE(role("statusKind"), u"ok"_s);
        QTRY_COMPARE_WITH_TIMEOUT(role("lastReading"), u"1.50 kW"_s, kTimeoutMs);
        QTRY_VERIFY(std::any_of(m_household->devices().begin(), m_household->devices().end(),
                                [](const Device *d) { return d->id() == u"tasmota-1-relay1"_s; }));

        // The plug goes quiet: after 30 s on the wall clock the row says for how long.
        plug.stop();
        QTest::qWait(500); // what was in flight has arrived
        m_wall->advanceBy(31'000);
        QTRY_COMPARE(role("statusText"), u"No data for 31 s"_s);
        QCOMPARE(role("statusKind"), u"waiting"_s);

        // Switched off: its host stops and its devices leave the household, without a restart.
        QCOMPARE(m_model->setDeviceEnabled(u"tasmota-1"_s, false), QString());
        QVERIFY(!m_config->instance(u"tasmota-1"_s)->enabled);
        QVERIFY(!m_devices->host(u"tasmota-1"_s));
        QVERIFY(m_household->devices().isEmpty());
        QCOMPARE(role("statusKind"), u"off"_s);
        QCOMPARE(role("statusText"), u"Switched off"_s);
        QCOMPARE(m_model->setDeviceEnabled(u"tasmota-1"_s, true), QString());
        QVERIFY(m_devices->host(u"tasmota-1"_s));

        QCOMPARE(m_model->removeDevice(u"tasmota-1"_s), QString());
        QVERIFY(!m_config->instance(u"tasmota-1"_s));
        QVERIFY(!m_devices->host(u"tasmota-1"_s));
        QCOMPARE(rows->rowCount(), 0);
        QVERIFY(m_household->devices().isEmpty());
        QCOMPARE(m_model->removeDevice(u"tasmota-1"_s), u"The device tasmota-1 is not configured."_s);
    }

    void siteSettingsAreCheckedBeforeAnyIsStored()
    {
        QCOMPARE(m_model->saveSite(u"abc"_s, u"5"_s, u"DE"_s, u"hh-7"_s),
                 u"Import limit: \"abc\" is not a number of kW"_s);
        QCOMPARE(m_model->saveSite(u"0"_s, u"5"_s, u"DE"_s, u"hh-7"_s),
                 u"Import limit: must be above 0 and at most 1000 kW"_s);
        QCOMPARE(m_model->saveSite(u"17"_s, u"-1"_s, u"DE"_s, u"hh-7"_s),
                 u"Export limit: must be from 0 to 1000 kW"_s);
        QCOMPARE(m_model->saveSite(u"17"_s, u"5"_s, u"Germany"_s, u"hh-7"_s),
                 u"Grid region: \"Germany\" is not a country code or bidding zone such as DE, NL or SE3"_s);
        QCOMPARE(m_model->saveSite(u"17"_s, u"5"_s, u"DE"_s, u"hh 7"_s),
                 u"Household id: \"hh 7\" may hold only letters, digits, '_' and '-'"_s);
        QCOMPARE(m_config->siteSettings(), QJsonObject());

        QCOMPARE(m_model->saveSite(u"24.5"_s, u"0"_s, u"se3"_s, u"hh-7"_s), QString());
        QCOMPARE(m_config->siteSetting(config::sitekey::importLimitKw), QJsonValue(24.5));
        QCOMPARE(m_config->siteSetting(config::sitekey::exportLimitKw), QJsonValue(0.0));
        QCOMPARE(m_config->siteSetting(config::sitekey::gridRegion), QJsonValue(u"SE3"_s));
        QCOMPARE(m_model->importLimitKw(), u"24.5"_s);
        QCOMPARE(m_model->gridRegion(), u"SE3"_s);
        // Empty removes the setting: the default applies again.
        QCOMPARE(m_model->saveSite(QString(), u"0"_s, u"SE3"_s, u"hh-7"_s), QString());
        QVERIFY(m_config->siteSetting(config::sitekey::importLimitKw).isUndefined());
    }

    void changesNeedInstallerMode()
    {
        app::KioskModel kiosk(*m_config, *m_wall, false);
        app::InstallerModel model(*m_config, *m_devices, *m_household, *m_wall, nullptr, &kiosk,
                                  m_dir->path());
        const QString refusal = u"Only the installer can change the setup: enter installer mode first."_s;
        QCOMPARE(model.saveSite(u"20"_s, {}, {}, {}), refusal);
        QCOMPARE(model.exportBackup(m_dir->filePath(u"b.json"_s)), refusal);
        QVERIFY(!QFile::exists(m_dir->filePath(u"b.json"_s)));
        model.openAddForm(u"tasmota"_s);
        model.setFieldText(u"broker"_s, u"host"_s, u"127.0.0.1"_s);
        model.setFieldText(u"device"_s, u"topic"_s, u"plug_c"_s);
        QVERIFY(!model.saveForm());
        QCOMPARE(model.message(), refusal);
        QVERIFY(m_config->instances().isEmpty());

        QCOMPARE(kiosk.setPin(u"2468"_s, u"2468"_s), QString());
        QVERIFY(kiosk.installerMode());
        QVERIFY(model.saveForm());
        QVERIFY(m_config->instance(u"tasmota-1"_s));
        model.openEditForm(u"tasmota-1"_s);
        QVERIFY(model.formOpen());
        // Installer mode ends: the form goes with it.
        kiosk.leaveInstallerMode();
        QVERIFY(!model.formOpen());
        QCOMPARE(model.setDeviceEnabled(u"tasmota-1"_s, false), refusal);
        QVERIFY(m_config->instance(u"tasmota-1"_s)->enabled);
    }

    void backupAndRestoreTheWholeConfiguration()
    {
        fillTasmota(1, u"plug_b"_s, u"pw-123"_s);
        QVERIFY(m_model->saveForm());
        QCOMPARE(m_model->saveSite(u"20"_s, u"4"_s, u"NL"_s, QString()), QString());
        const QString path = m_dir->filePath(u"backups/config.json"_s);
        QVERIFY2(m_model->exportBackup(path).startsWith(u"Saved the configuration of 1 device(s) to"_s),
                 qPrintable(m_model->message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        QVERIFY(!saved.contains("pw-123"));
        QVERIFY(saved.contains("\"plug_b\""));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        // Changed since, then restored: the backup's configuration, secrets kept, devices running as it says.
        QCOMPARE(m_model->removeDevice(u"tasmota-1"_s), QString());
        QCOMPARE(m_model->saveSite(u"30"_s, u"4"_s, u"NL"_s, QString()), QString());
        QVERIFY2(m_model->restoreBackup(path).startsWith(u"Restored the configuration from"_s),
                 qPrintable(m_model->message()));
        QVERIFY(m_config->instance(u"tasmota-1"_s));
        QCOMPARE(m_config->broker(u"home"_s)->settings.value(u"password"_s).toString(), u"pw-123"_s);
        QCOMPARE(m_config->siteSetting(config::sitekey::importLimitKw), QJsonValue(20.0));
        QVERIFY(m_devices->host(u"tasmota-1"_s));
        QCOMPARE(m_model->devices()->rowCount(), 1);

        // A bad file changes nothing, and the message names the file and the field.
        QJsonObject document = QJsonDocument::fromJson(saved).object();
        QJsonArray instances = document.value(u"instances"_s).toArray();
        QJsonObject first = instances.at(0).toObject();
        QJsonObject settings = first.value(u"settings"_s).toObject();
        settings.insert(u"relay"_s, 99);
        first.insert(u"settings"_s, settings);
        first.insert(u"id"_s, u"other"_s);
        instances.replace(0, first);
        document.insert(u"instances"_s, instances);
        document.insert(u"site"_s, QJsonObject{{u"import_limit_kw"_s, 50}});
        const QString bad = m_dir->filePath(u"bad.json"_s);
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(document).toJson());
        out.close();
        const QString message = m_model->restoreBackup(bad);
        QCOMPARE(
            message,
            u"Restore: nothing was changed. %1: instances[0].settings.relay: 99 is above the maximum 32"_s
                .arg(bad));
        QVERIFY(m_config->instance(u"tasmota-1"_s));
        QVERIFY(!m_config->instance(u"other"_s));
        QCOMPARE(m_config->siteSetting(config::sitekey::importLimitKw), QJsonValue(20.0));
        QVERIFY(m_devices->host(u"tasmota-1"_s));
        QVERIFY(m_model->restoreBackup(m_dir->filePath(u"missing.json"_s)).startsWith(u"Restore: "_s));
    }
};

QTEST_MAIN(TestInstallerModel)
#include "tst_installermodel.moc"
