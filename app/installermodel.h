// Installer mode's page for QML (singleton Installer of Commonwatt.App): the configured devices (plugin
// instances) with their live status; the form that adds or edits one, generated from its plugin's settings
// schema (and the MQTT broker's, for a plugin that needs one), with inline validation and masked secrets;
// "Test connection", which runs the form's settings in a trial that is not saved; enabling, disabling and
// removing a device; the site settings; and backup and restore of the whole configuration. Every change is
// saved to the configuration and applied to the running household through DeviceSetup, without a restart.
// See docs/installer.md.
#pragma once

#include "config/configstore.h"

#include <commonwatt/device.h>
#include <commonwatt/mqttclient.h>
#include <commonwatt/settingsschema.h>

#include <QAbstractListModel>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QVariantList>

#include <memory>
#include <optional>

namespace commonwatt {
class Clock;
}
namespace commonwatt::mqtt {
class PahoMqttClient;
}
namespace commonwatt::pluginhost {
class PluginHost;
struct PluginEntry;
} // namespace commonwatt::pluginhost

namespace commonwatt::app {

class DeviceSetup;
class Household;
class KioskModel;
class Planner;

// The configured devices, one row per plugin instance, with their live status.
class InstallerDeviceList : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        InstanceIdRole = Qt::UserRole + 1,
        NameRole,
        PluginIdRole,
        PluginNameRole,
        EnabledRole,
        StatusKindRole, // "ok", "waiting", "error", "off"
        StatusTextRole,
        LastReadingRole,
        BrokerIdRole,
    };
    struct Row
    {
        QString instanceId;
        QString name;
        QString pluginId;
        QString pluginName;
        bool enabled = true;
        QString statusKind;
        QString statusText;
        QString lastReading;
        QString brokerId;
        friend bool operator==(const Row &, const Row &) = default;
    };

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Replaces the rows, resetting only when the list of ids changed (delegates keep their state otherwise).
    void setRows(const QList<Row> &rows);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

// A file name as typed or picked: a file: URL or ~/ becomes a local path; surrounding blanks go.
[[nodiscard]] QString localFilePath(const QString &text);

class InstallerModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList plugins READ plugins NOTIFY pluginsChanged FINAL)
    Q_PROPERTY(QAbstractItemModel *devices READ devices CONSTANT FINAL)
    Q_PROPERTY(int deviceCount READ deviceCount NOTIFY devicesChanged FINAL)
    Q_PROPERTY(QVariantList brokers READ brokers NOTIFY brokersChanged FINAL)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged FINAL)
    // The add/edit form.
    Q_PROPERTY(bool formOpen READ formOpen NOTIFY formChanged FINAL)
    Q_PROPERTY(bool editing READ editing NOTIFY formChanged FINAL)
    Q_PROPERTY(QString formPluginId READ formPluginId NOTIFY formChanged FINAL)
    Q_PROPERTY(QString formPluginName READ formPluginName NOTIFY formChanged FINAL)
    Q_PROPERTY(QString formInstanceId READ formInstanceId NOTIFY formChanged FINAL)
    Q_PROPERTY(QString formInstanceIdError READ formInstanceIdError NOTIFY formChanged FINAL)
    Q_PROPERTY(QVariantList formFields READ formFields NOTIFY formChanged FINAL)
    Q_PROPERTY(bool formNeedsBroker READ formNeedsBroker NOTIFY formChanged FINAL)
    Q_PROPERTY(QString formBrokerId READ formBrokerId NOTIFY formChanged FINAL)
    Q_PROPERTY(bool formNewBroker READ formNewBroker NOTIFY formChanged FINAL)
    Q_PROPERTY(QVariantList brokerFields READ brokerFields NOTIFY formChanged FINAL)
    Q_PROPERTY(QString formError READ formError NOTIFY formChanged FINAL)
    // Changes when the form's fields are rebuilt (opened, another broker chosen), not when one is edited:
    // the page re-creates its inputs then, and only then.
    Q_PROPERTY(int formRevision READ formRevision NOTIFY formChanged FINAL)
    // "Test connection".
    Q_PROPERTY(
        QString trialState READ trialState NOTIFY trialChanged FINAL) // idle, running, live, timedOut, failed
    Q_PROPERTY(QString trialText READ trialText NOTIFY trialChanged FINAL)
    Q_PROPERTY(QVariantList trialReadings READ trialReadings NOTIFY trialChanged FINAL)
    // Site settings, as stored (texts for the form; empty when not set).
    Q_PROPERTY(QString importLimitKw READ importLimitKw NOTIFY siteChanged FINAL)
    Q_PROPERTY(QString exportLimitKw READ exportLimitKw NOTIFY siteChanged FINAL)
    Q_PROPERTY(QString gridRegion READ gridRegion NOTIFY siteChanged FINAL)
    Q_PROPERTY(QString householdId READ householdId NOTIFY siteChanged FINAL)
    Q_PROPERTY(QString backupPath READ backupPath NOTIFY siteChanged FINAL)
    // The Community card's model (InstallerCommunity), set before the page loads.
    Q_PROPERTY(QObject *community READ community CONSTANT FINAL)
    Q_PROPERTY(double defaultImportLimitKw READ defaultImportLimitKw CONSTANT FINAL)
    Q_PROPERTY(double defaultExportLimitKw READ defaultExportLimitKw CONSTANT FINAL)

public:
    // A device that sent nothing for this long is shown as "no data".
    static constexpr qint64 kStaleMs = 30'000;
    static constexpr int kDefaultTrialTimeoutMs = 20'000;
    static constexpr double kMaxLimitKw = 1000.0;
    static constexpr qint64 kMaxBackupBytes = 4 << 20;

    // All must outlive the model. clock: the wall clock (how long since a reading arrived; ticks refresh the
    // status); planner may be null (then the site limits are only stored). kiosk: changes are refused outside
    // its installer mode, and the form closes when installer mode ends (null: no gate, for tests).
    // dataFolder: where backups go by default.
    InstallerModel(config::ConfigStore &config, DeviceSetup &devices, Household &household,
                   const Clock &clock, Planner *planner, const KioskModel *kiosk, QString dataFolder,
                   QObject *parent = nullptr);
    ~InstallerModel() override;

    [[nodiscard]] QVariantList plugins() const;
    [[nodiscard]] QAbstractItemModel *devices() { return &m_list; }
    [[nodiscard]] int deviceCount() const { return static_cast<int>(m_list.rows().size()); }
    [[nodiscard]] QVariantList brokers() const;
    [[nodiscard]] QString message() const { return m_message; }

    [[nodiscard]] bool formOpen() const { return m_form.has_value(); }
    [[nodiscard]] bool editing() const { return m_form && m_form->editing; }
    [[nodiscard]] QString formPluginId() const { return m_form ? m_form->pluginId : QString(); }
    [[nodiscard]] QString formPluginName() const;
    [[nodiscard]] QString formInstanceId() const { return m_form ? m_form->instanceId : QString(); }
    [[nodiscard]] QString formInstanceIdError() const { return m_form ? m_form->instanceIdError : QString(); }
    [[nodiscard]] QVariantList formFields() const;
    [[nodiscard]] bool formNeedsBroker() const { return m_form && m_form->needsBroker; }
    [[nodiscard]] QString formBrokerId() const { return m_form ? m_form->brokerId : QString(); }
    [[nodiscard]] bool formNewBroker() const { return m_form && m_form->newBroker; }
    [[nodiscard]] QVariantList brokerFields() const;
    [[nodiscard]] QString formError() const { return m_form ? m_form->error : QString(); }
    [[nodiscard]] int formRevision() const { return m_formRevision; }

    [[nodiscard]] QString trialState() const { return m_trialState; }
    [[nodiscard]] QString trialText() const { return m_trialText; }
    [[nodiscard]] QVariantList trialReadings() const;

    [[nodiscard]] QString importLimitKw() const;
    [[nodiscard]] QString exportLimitKw() const;
    [[nodiscard]] QString gridRegion() const;
    [[nodiscard]] QString householdId() const;
    [[nodiscard]] QString backupPath() const;
    [[nodiscard]] static double defaultImportLimitKw();
    [[nodiscard]] static double defaultExportLimitKw();

    // The form. Fields are addressed by section ("device": the plugin's settings, "broker": the new or
    // chosen broker's) and key; each change is checked at once and the field's error shown under it.
    Q_INVOKABLE void openAddForm(const QString &pluginId);
    Q_INVOKABLE void openEditForm(const QString &instanceId);
    Q_INVOKABLE void closeForm();
    Q_INVOKABLE void setInstanceId(const QString &id);
    Q_INVOKABLE void setFieldText(const QString &section, const QString &key, const QString &text);
    Q_INVOKABLE void setFieldChecked(const QString &section, const QString &key, bool checked);
    // An existing broker's id, or an empty text for a new one.
    Q_INVOKABLE void chooseBroker(const QString &brokerId);
    // Checks the whole form; false with the errors on the fields (and formError) when it is not complete.
    Q_INVOKABLE bool validateForm();
    // Saves the form (broker first, then the device) and (re)starts the device; false with the reason shown.
    Q_INVOKABLE bool saveForm();
    // Runs the form's settings in a trial that is not saved and shows its readings as they arrive.
    Q_INVOKABLE void testConnection();
    Q_INVOKABLE void stopTest();

    // Each returns an empty text when done, else why not (naming the device).
    Q_INVOKABLE QString setDeviceEnabled(const QString &instanceId, bool enabled);
    Q_INVOKABLE QString removeDevice(const QString &instanceId);

    // Checks every value before storing any: an empty text removes the setting. Returns an empty text when
    // saved, else the first problem, naming the field.
    Q_INVOKABLE QString saveSite(const QString &importLimitKw, const QString &exportLimitKw,
                                 const QString &gridRegion, const QString &householdId);

    // The whole configuration, secrets redacted, to a file (replaced atomically); a message either way.
    Q_INVOKABLE QString exportBackup(const QString &path);
    // Replaces the configuration with a backup's: the file is checked whole first, so a bad one changes
    // nothing; then the devices are restarted as it says. A message either way, naming the file and field.
    Q_INVOKABLE QString restoreBackup(const QString &path);

    void setTrialTimeoutMs(int ms) { m_trialTimeoutMs = ms; }
    void setCommunity(QObject *community) { m_community = community; }
    [[nodiscard]] QObject *community() const { return m_community; }

signals:
    void pluginsChanged();
    void devicesChanged();
    void brokersChanged();
    void messageChanged();
    void formChanged();
    void trialChanged();
    void siteChanged();

private:
    struct FormField
    {
        SettingField spec;
        QString text;         // what was typed (never a secret's stored value)
        bool checked = false; // Boolean
        bool stored = false;  // a secret is stored for this record: an empty text keeps it
        QString error;
    };
    struct Form
    {
        bool editing = false;
        QString pluginId;
        QString instanceId;
        QString instanceIdError;
        bool enabled = true;
        QList<FormField> fields;
        bool needsBroker = false;
        bool newBroker = true;
        QString brokerId;
        QList<FormField> brokerFields;
        QString error;
    };
    // Per running instance: what its host and devices said last.
    struct Live
    {
        QPointer<pluginhost::PluginHost> host;
        qint64 lastArrivalMs = -1; // wall clock
        QString lastReading;
        Availability availability = Availability::Unknown;
        QString availabilityReason;
    };
    struct Trial;

    [[nodiscard]] const pluginhost::PluginEntry *plugin(const QString &pluginId) const;
    [[nodiscard]] static QList<FormField> fieldsFor(const SettingsSchema &schema,
                                                    const QJsonObject &settings);
    // The field's value as the settings object holds it: Undefined when left empty (a default or "required"
    // follows), or nothing with *problem set when what was typed is not of the field's type.
    [[nodiscard]] static std::optional<QJsonValue> fieldValue(const FormField &field, QString *problem);
    [[nodiscard]] static QVariantList fieldsToVariant(const QList<FormField> &fields);
    [[nodiscard]] QList<FormField> *section(const QString &name);
    // The section's settings as JSON, or nothing with the fields' errors set. keepMarker: a kept secret as
    // the redaction marker (for the store); otherwise the stored secret itself (for a trial).
    [[nodiscard]] std::optional<QJsonObject> sectionJson(QList<FormField> &fields, bool keepMarker,
                                                         const QJsonObject &storedSecrets);
    // Checks one field, sets its error and returns it.
    static QString checkField(FormField &field);
    static void assignError(QList<FormField> &fields, const QString &message);
    [[nodiscard]] QString suggestInstanceId(const QString &pluginId) const;
    [[nodiscard]] QString suggestBrokerId() const;
    [[nodiscard]] QString instanceIdProblem(const QString &id) const;
    [[nodiscard]] QJsonObject storedBrokerSettings() const;
    [[nodiscard]] QJsonObject storedInstanceSettings() const;
    // The form as records, checked; nothing (errors on the form) when not complete.
    struct Records
    {
        config::PluginInstance instance;
        std::optional<config::Broker> broker; // to store first: a new or changed broker
        QJsonObject trialSettings;            // the device's settings with secrets in plain text
        QJsonObject trialBrokerSettings;
    };
    [[nodiscard]] std::optional<Records> formRecords();

    void setMessage(const QString &message);
    // True, with the message set, outside installer mode.
    [[nodiscard]] bool refused();
    void refresh();
    void refreshStatus();
    void watchHosts();
    void watchHost(const QString &instanceId, pluginhost::PluginHost *host);
    [[nodiscard]] InstallerDeviceList::Row rowFor(const config::PluginInstance &instance) const;
    [[nodiscard]] static QString readingText(const Device &device, const DeviceReading &reading);
    // Stops and starts (when enabled) the instances, so that they run as stored.
    // Returns the problems starting them.
    [[nodiscard]] QStringList restart(const QStringList &instanceIds);
    void applySiteLimits();
    void setTrial(const QString &state, const QString &text);
    void onTrialTimeout();

    config::ConfigStore &m_config;
    DeviceSetup &m_devices;
    Household &m_household;
    const Clock &m_clock;
    Planner *m_planner = nullptr;
    const KioskModel *m_kiosk = nullptr;
    QObject *m_community = nullptr;
    QList<config::PluginInstance> m_instances; // as stored, re-read after every change
    QString m_dataFolder;
    InstallerDeviceList m_list;
    QHash<QString, Live> m_live;
    QString m_message;
    std::optional<Form> m_form;
    std::unique_ptr<Trial> m_trial;
    QString m_trialState = QStringLiteral("idle");
    QString m_trialText;
    QMap<QString, QString> m_trialReadings; // channel -> value text
    int m_trialTimeoutMs = kDefaultTrialTimeoutMs;
    int m_formRevision = 0;
    int m_trialCount = 0; // tells a trial's late events from the current one's
};

} // namespace commonwatt::app
