#include "installermodel.h"

#include "devicesetup.h"
#include "household.h"
#include "kioskmodel.h"
#include "mqttapi.h"
#include "planner.h"

#include "mqtt/mqttbrokersettings.h"
#include "mqtt/pahomqttclient.h"
#include "pluginhost/pluginhost.h"

#include <commonwatt/clock.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcInstaller, "commonwatt.installer")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

const QString kDeviceSection = u"device"_s;
const QString kBrokerSection = u"broker"_s;

// The broker fields shown without "More broker settings": where it is and how to log in.
bool basicBrokerField(const QString &key)
{
    static const QStringList basic{u"host"_s, u"port"_s, u"tls"_s, u"caFile"_s, u"username"_s, u"password"_s};
    return basic.contains(key);
}

std::optional<double> parseNumber(QString text)
{
    text = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(QString(text).replace(u',', u'.'), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString valueText(const SettingField &field, const QJsonValue &value)
{
    switch (field.type) {
    case SettingType::Integer:
        return value.isDouble() ? QString::number(static_cast<qint64>(value.toDouble())) : QString();
    case SettingType::Number:
        return value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 12) : QString();
    case SettingType::Boolean:
        return {};
    case SettingType::Text:
    case SettingType::Choice:
        return value.toString();
    }
    return {};
}

QString limitText(const QJsonValue &value)
{
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 6) : QString();
}

} // namespace

// ---- the device list ----

int InstallerDeviceList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant InstallerDeviceList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case InstanceIdRole:
        return row.instanceId;
    case NameRole:
        return row.name;
    case PluginIdRole:
        return row.pluginId;
    case PluginNameRole:
        return row.pluginName;
    case EnabledRole:
        return row.enabled;
    case StatusKindRole:
        return row.statusKind;
    case StatusTextRole:
        return row.statusText;
    case LastReadingRole:
        return row.lastReading;
    case BrokerIdRole:
        return row.brokerId;
    default:
        return {};
    }
}

QHash<int, QByteArray> InstallerDeviceList::roleNames() const
{
    return {{InstanceIdRole, "instanceId"}, {NameRole, "name"},
            {PluginIdRole, "pluginId"},     {PluginNameRole, "pluginName"},
            {EnabledRole, "enabled"},       {StatusKindRole, "statusKind"},
            {StatusTextRole, "statusText"}, {LastReadingRole, "lastReading"},
            {BrokerIdRole, "brokerId"}};
}

void InstallerDeviceList::setRows(const QList<Row> &rows)
{
    const bool sameIds = rows.size() == m_rows.size() &&
                         std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                    [](const Row &a, const Row &b) { return a.instanceId == b.instanceId; });
    if (!sameIds) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i])
            continue;
        m_rows[i] = rows[i];
        emit dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
    }
}

// ---- the trial ----

struct InstallerModel::Trial
{
    std::unique_ptr<mqtt::PahoMqttClient> client;
    std::unique_ptr<pluginhost::PluginHost> host;
    QTimer timeout;
    QString brokerReason;
    MqttClient::State brokerState = MqttClient::State::Disconnected;
    QString brokerWhere; // host:port, for the messages
    QStringList checks;  // the device settings to check when nothing arrives

    ~Trial()
    {
        // The devices go first (on their thread), then the connection they used.
        if (host)
            host->stop();
        host.reset();
        if (client)
            client->stop();
    }
};

// ---- the model ----

InstallerModel::InstallerModel(config::ConfigStore &config, DeviceSetup &devices, Household &household,
                               const Clock &clock, Planner *planner, const KioskModel *kiosk,
                               QString dataFolder, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_devices(devices)
    , m_household(household)
    , m_clock(clock)
    , m_planner(planner)
    , m_kiosk(kiosk)
    , m_dataFolder(std::move(dataFolder))
    , m_list(this)
{
    connect(&m_devices, &DeviceSetup::hostsChanged, this, [this] {
        watchHosts();
        refreshStatus();
    });
    connect(&m_clock, &Clock::ticked, this, &InstallerModel::refreshStatus);
    if (m_kiosk) {
        connect(m_kiosk, &KioskModel::installerModeChanged, this, [this] {
            if (!m_kiosk->installerMode())
                closeForm();
        });
    }
    refresh();
}

bool InstallerModel::refused()
{
    if (!m_kiosk || m_kiosk->installerMode())
        return false;
    //: Installer: a change asked for outside installer mode
    setMessage(tr("Only the installer can change the setup: enter installer mode first."));
    return true;
}

InstallerModel::~InstallerModel()
{
    m_trial.reset();
}

const pluginhost::PluginEntry *InstallerModel::plugin(const QString &pluginId) const
{
    return m_devices.catalog().find(pluginId);
}

QVariantList InstallerModel::plugins() const
{
    QVariantList list;
    for (const pluginhost::PluginEntry &entry : m_devices.catalog().plugins()) {
        list.append(QVariantMap{{u"id"_s, entry.id},
                                {u"name"_s, entry.plugin->displayName()},
                                {u"description"_s, entry.description},
                                {u"needsMqtt"_s, entry.plugin->needsMqtt()}});
    }
    return list;
}

QVariantList InstallerModel::brokers() const
{
    QVariantList list;
    for (const config::Broker &broker : m_config.brokers()) {
        const QString host = broker.settings.value(u"host"_s).toString();
        const int port = broker.settings.value(u"port"_s).toInt(0);
        list.append(QVariantMap{{u"id"_s, broker.id},
                                {u"name"_s, broker.name},
                                {u"where"_s, port > 0 ? u"%1:%2"_s.arg(host).arg(port) : host}});
    }
    return list;
}

void InstallerModel::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

// ---- form fields ----

QList<InstallerModel::FormField> InstallerModel::fieldsFor(const SettingsSchema &schema,
                                                           const QJsonObject &settings)
{
    QList<FormField> fields;
    for (const SettingField &spec : schema) {
        FormField field;
        field.spec = spec;
        const QJsonValue value = settings.contains(spec.key) ? settings.value(spec.key) : spec.defaultValue;
        if (spec.secret) {
            // Never shown back: the form says one is stored, and an empty field keeps it.
            field.stored = settings.contains(spec.key) && !settings.value(spec.key).toString().isEmpty();
        } else if (spec.type == SettingType::Boolean) {
            field.checked = value.toBool(false);
        } else {
            field.text = valueText(spec, value);
        }
        fields.append(field);
    }
    return fields;
}

QVariantList InstallerModel::fieldsToVariant(const QList<FormField> &fields)
{
    QVariantList list;
    for (const FormField &field : fields) {
        const SettingField &spec = field.spec;
        QVariantMap map{{u"key"_s, spec.key},
                        {u"label"_s, spec.label},
                        {u"type"_s, settingTypeName(spec.type)},
                        {u"unit"_s, spec.unit},
                        {u"help"_s, spec.help},
                        {u"required"_s, spec.required},
                        {u"secret"_s, spec.secret},
                        {u"stored"_s, field.stored},
                        {u"choices"_s, spec.choices},
                        {u"text"_s, spec.secret ? QString() : field.text},
                        {u"checked"_s, field.checked},
                        {u"error"_s, field.error}};
        if (spec.minimum)
            map.insert(u"minimum"_s, *spec.minimum);
        if (spec.maximum)
            map.insert(u"maximum"_s, *spec.maximum);
        if (!spec.defaultValue.isUndefined() && spec.type != SettingType::Boolean)
            map.insert(u"defaultText"_s, valueText(spec, spec.defaultValue));
        list.append(map);
    }
    return list;
}

QVariantList InstallerModel::formFields() const
{
    return m_form ? fieldsToVariant(m_form->fields) : QVariantList();
}

QVariantList InstallerModel::brokerFields() const
{
    if (!m_form || !m_form->needsBroker)
        return {};
    QVariantList list = fieldsToVariant(m_form->brokerFields);
    for (QVariant &entry : list) {
        QVariantMap map = entry.toMap();
        map.insert(u"basic"_s, basicBrokerField(map.value(u"key"_s).toString()));
        entry = map;
    }
    return list;
}

QString InstallerModel::formPluginName() const
{
    if (!m_form)
        return {};
    const pluginhost::PluginEntry *entry = plugin(m_form->pluginId);
    return entry ? entry->plugin->displayName() : m_form->pluginId;
}

QList<InstallerModel::FormField> *InstallerModel::section(const QString &name)
{
    if (!m_form)
        return nullptr;
    if (name == kDeviceSection)
        return &m_form->fields;
    if (name == kBrokerSection && m_form->needsBroker)
        return &m_form->brokerFields;
    return nullptr;
}

QString InstallerModel::checkField(FormField &field)
{
    QString problem;
    const std::optional<QJsonValue> value = fieldValue(field, &problem);
    if (value) {
        QJsonObject one;
        if (!value->isUndefined())
            one.insert(field.spec.key, *value);
        // A kept secret is checked when it was entered.
        if (!(field.spec.secret && field.stored && field.text.isEmpty())) {
            QString error;
            if (!validateSettings({field.spec}, one, &error))
                problem = error.mid(field.spec.key.size() + 2); // after "key: "
        }
    }
    //: Installer form: an error under a field; %1 the field's label, %2 what is wrong
    field.error = problem.isEmpty() ? QString() : tr("%1: %2").arg(field.spec.label, problem);
    return field.error;
}

std::optional<QJsonValue> InstallerModel::fieldValue(const FormField &field, QString *problem)
{
    const SettingField &spec = field.spec;
    const QString text = field.text.trimmed();
    switch (spec.type) {
    case SettingType::Boolean:
        return QJsonValue(field.checked);
    case SettingType::Text:
        if (spec.secret)
            return field.text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(field.text);
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    case SettingType::Choice:
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    case SettingType::Integer:
    case SettingType::Number: {
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        const std::optional<double> number = parseNumber(text);
        if (!number) {
            *problem = spec.type == SettingType::Integer
                           //: Installer form: what was typed in a whole-number field is not one
                           ? InstallerModel::tr("\"%1\" is not a whole number").arg(text)
                           //: Installer form: what was typed in a number field is not one
                           : InstallerModel::tr("\"%1\" is not a number").arg(text);
            return std::nullopt;
        }
        return QJsonValue(*number);
    }
    }
    return std::nullopt;
}

void InstallerModel::assignError(QList<FormField> &fields, const QString &message)
{
    // Messages name the field first ("port: 70000 is above ..."), possibly after the record's id.
    for (FormField &field : fields) {
        const QString prefix = field.spec.key + u": "_s;
        const qsizetype at = message.indexOf(prefix);
        if (at == 0 || (at > 0 && message.mid(at - 2, 2) == u": "_s)) {
            field.error = tr("%1: %2").arg(field.spec.label, message.mid(at + prefix.size()));
            return;
        }
    }
}

std::optional<QJsonObject> InstallerModel::sectionJson(QList<FormField> &fields, bool keepMarker,
                                                       const QJsonObject &storedSecrets)
{
    QJsonObject json;
    bool ok = true;
    for (FormField &field : fields) {
        if (!checkField(field).isEmpty()) {
            ok = false;
            continue;
        }
        if (field.spec.secret && field.stored && field.text.isEmpty()) {
            json.insert(field.spec.key,
                        keepMarker ? QJsonValue(QString(kRedacted)) : storedSecrets.value(field.spec.key));
            continue;
        }
        QString problem;
        const std::optional<QJsonValue> value = fieldValue(field, &problem);
        if (value && !value->isUndefined())
            json.insert(field.spec.key, *value);
    }
    if (!ok)
        return std::nullopt;
    return json;
}

QString InstallerModel::suggestInstanceId(const QString &pluginId) const
{
    const QList<config::PluginInstance> existing = m_config.instances();
    for (int n = 1;; ++n) {
        const QString id = u"%1-%2"_s.arg(pluginId).arg(n);
        if (std::none_of(existing.begin(), existing.end(),
                         [&](const config::PluginInstance &instance) { return instance.id == id; }))
            return id.left(config::kMaxIdLength);
    }
}

QString InstallerModel::suggestBrokerId() const
{
    const QList<config::Broker> existing = m_config.brokers();
    const auto taken = [&](const QString &id) {
        return std::any_of(existing.begin(), existing.end(),
                           [&](const config::Broker &b) { return b.id == id; });
    };
    if (!taken(u"home"_s))
        return u"home"_s;
    for (int n = 2;; ++n) {
        if (const QString id = u"home-%1"_s.arg(n); !taken(id))
            return id;
    }
}

QString InstallerModel::instanceIdProblem(const QString &id) const
{
    if (!config::isValidId(id)) {
        //: Installer form: the device id is not usable; %1 what was typed
        return tr("Device id: \"%1\" is not a valid id: use 1 to 64 lowercase letters, digits and '-', not "
                  "starting with '-'.")
            .arg(id);
    }
    if (!(m_form && m_form->editing) && m_config.instance(id))
        //: Installer form: the device id is taken
        return tr("Device id: %1 is already used by another device.").arg(id);
    return {};
}

QJsonObject InstallerModel::storedBrokerSettings() const
{
    if (!m_form || m_form->newBroker)
        return {};
    const std::optional<config::Broker> broker = m_config.broker(m_form->brokerId);
    return broker ? broker->settings : QJsonObject();
}

QJsonObject InstallerModel::storedInstanceSettings() const
{
    if (!m_form || !m_form->editing)
        return {};
    const std::optional<config::PluginInstance> instance = m_config.instance(m_form->instanceId);
    return instance ? instance->settings : QJsonObject();
}

void InstallerModel::openAddForm(const QString &pluginId)
{
    const pluginhost::PluginEntry *entry = plugin(pluginId);
    if (!entry) {
        setMessage(tr("The plugin %1 is not installed.").arg(pluginId));
        return;
    }
    closeForm();
    Form form;
    form.pluginId = pluginId;
    form.instanceId = suggestInstanceId(pluginId);
    form.fields = fieldsFor(entry->plugin->settingsSchema(), {});
    form.needsBroker = entry->plugin->needsMqtt();
    m_form = std::move(form);
    ++m_formRevision;
    if (m_form->needsBroker) {
        const QList<config::Broker> brokers = m_config.brokers();
        // The household's broker, when there is one; a new one for the first device.
        chooseBroker(brokers.isEmpty() ? QString() : brokers.constFirst().id);
    }
    setMessage({});
    emit formChanged();
}

void InstallerModel::openEditForm(const QString &instanceId)
{
    const std::optional<config::PluginInstance> instance = m_config.instance(instanceId);
    if (!instance) {
        setMessage(tr("The device %1 is not configured.").arg(instanceId));
        return;
    }
    const pluginhost::PluginEntry *entry = plugin(instance->pluginId);
    if (!entry) {
        setMessage(tr("The device %1 needs the plugin %2, which is not installed.")
                       .arg(instanceId, instance->pluginId));
        return;
    }
    closeForm();
    Form form;
    form.editing = true;
    form.pluginId = instance->pluginId;
    form.instanceId = instance->id;
    form.enabled = instance->enabled;
    form.fields = fieldsFor(entry->plugin->settingsSchema(), instance->settings);
    form.needsBroker = entry->plugin->needsMqtt();
    m_form = std::move(form);
    ++m_formRevision;
    if (m_form->needsBroker)
        chooseBroker(instance->brokerId.value_or(QString()));
    setMessage({});
    emit formChanged();
}

void InstallerModel::closeForm()
{
    stopTest();
    if (!m_form)
        return;
    m_form.reset();
    ++m_formRevision;
    emit formChanged();
}

void InstallerModel::setInstanceId(const QString &id)
{
    if (!m_form || m_form->editing)
        return;
    m_form->instanceId = id.trimmed();
    m_form->instanceIdError = instanceIdProblem(m_form->instanceId);
    emit formChanged();
}

void InstallerModel::setFieldText(const QString &sectionName, const QString &key, const QString &text)
{
    QList<FormField> *fields = section(sectionName);
    if (!fields)
        return;
    for (FormField &field : *fields) {
        if (field.spec.key != key)
            continue;
        field.text = text;
        checkField(field);
        if (m_form)
            m_form->error.clear();
        emit formChanged();
        return;
    }
}

void InstallerModel::setFieldChecked(const QString &sectionName, const QString &key, bool checked)
{
    QList<FormField> *fields = section(sectionName);
    if (!fields)
        return;
    for (FormField &field : *fields) {
        if (field.spec.key != key)
            continue;
        field.checked = checked;
        checkField(field);
        emit formChanged();
        return;
    }
}

void InstallerModel::chooseBroker(const QString &brokerId)
{
    if (!m_form || !m_form->needsBroker)
        return;
    const SettingsSchema schema = mqtt::MqttBrokerSettings::schema();
    const std::optional<config::Broker> broker =
        brokerId.isEmpty() ? std::nullopt : m_config.broker(brokerId);
    m_form->newBroker = !broker;
    m_form->brokerId = broker ? broker->id : suggestBrokerId();
    m_form->brokerFields = fieldsFor(schema, broker ? broker->settings : QJsonObject());
    ++m_formRevision;
    emit formChanged();
}

std::optional<InstallerModel::Records> InstallerModel::formRecords()
{
    if (!m_form)
        return std::nullopt;
    Form &form = *m_form;
    form.error.clear();
    const pluginhost::PluginEntry *entry = plugin(form.pluginId);
    if (!entry) {
        form.error = tr("The plugin %1 is not installed.").arg(form.pluginId);
        return std::nullopt;
    }
    form.instanceIdError = instanceIdProblem(form.instanceId);
    bool ok = form.instanceIdError.isEmpty();

    const QJsonObject storedDevice = storedInstanceSettings();
    std::optional<QJsonObject> device = sectionJson(form.fields, true, storedDevice);
    std::optional<QJsonObject> trialDevice = sectionJson(form.fields, false, storedDevice);
    ok = ok && device && trialDevice;
    if (device) {
        // The whole object against the schema, as the store will check it.
        QString error;
        if (!validateSettings(entry->plugin->settingsSchema(), *trialDevice, &error)) {
            assignError(form.fields, error);
            form.error = error;
            ok = false;
        }
    }

    Records records;
    if (form.needsBroker) {
        const QJsonObject storedBroker = storedBrokerSettings();
        std::optional<QJsonObject> broker = sectionJson(form.brokerFields, true, storedBroker);
        std::optional<QJsonObject> trialBroker = sectionJson(form.brokerFields, false, storedBroker);
        if (!broker || !trialBroker) {
            ok = false;
        } else {
            QString error;
            if (!mqtt::MqttBrokerSettings::fromJson(*trialBroker, &error)) {
                assignError(form.brokerFields, error);
                if (form.error.isEmpty())
                    form.error = error;
                ok = false;
            }
            if (form.newBroker && !config::isValidId(form.brokerId)) {
                form.error = tr("Broker id: \"%1\" is not a valid id.").arg(form.brokerId);
                ok = false;
            }
            const SettingsSchema schema = mqtt::MqttBrokerSettings::schema();
            const bool changed =
                form.newBroker || redactSecrets(schema, *broker) != redactSecrets(schema, storedBroker) ||
                std::any_of(form.brokerFields.begin(), form.brokerFields.end(),
                            [](const FormField &f) { return f.spec.secret && !f.text.isEmpty(); });
            if (changed) {
                config::Broker record;
                record.id = form.brokerId;
                record.name = trialBroker->value(u"host"_s).toString();
                record.settings = *broker;
                records.broker = record;
            }
            records.trialBrokerSettings = *trialBroker;
        }
    }
    if (!ok) {
        if (form.error.isEmpty())
            //: Installer form: shown above the buttons when fields need attention
            form.error = tr("Some fields need attention: see the messages under them.");
        return std::nullopt;
    }
    records.instance.id = form.instanceId;
    records.instance.pluginId = form.pluginId;
    const QString name = device->value(u"name"_s).toString().trimmed();
    records.instance.name = name.isEmpty() ? form.instanceId : name;
    records.instance.enabled = form.enabled;
    if (form.needsBroker)
        records.instance.brokerId = form.brokerId;
    records.instance.settings = *device;
    records.trialSettings = *trialDevice;
    return records;
}

bool InstallerModel::validateForm()
{
    const bool ok = formRecords().has_value();
    emit formChanged();
    return ok;
}

bool InstallerModel::saveForm()
{
    if (refused())
        return false;
    std::optional<Records> records = formRecords();
    if (!records) {
        emit formChanged();
        return false;
    }
    stopTest();
    Form &form = *m_form;
    const config::ConfigSchemas schemas = m_devices.schemas();
    bool brokerAdded = false;
    QStringList affected{records->instance.id};
    if (records->broker) {
        const bool existed = m_config.broker(records->broker->id).has_value();
        if (!m_config.putBroker(*records->broker, schemas.broker)) {
            form.error = m_config.errorString();
            assignError(form.brokerFields, form.error);
            emit formChanged();
            return false;
        }
        brokerAdded = !existed;
        if (existed) {
            // Every device on a changed broker reconnects with its new settings.
            for (const config::PluginInstance &instance : m_config.instances()) {
                if (instance.brokerId == records->broker->id && !affected.contains(instance.id))
                    affected.append(instance.id);
            }
        }
    }
    if (!m_config.putInstance(records->instance, schemas.plugin)) {
        form.error = m_config.errorString();
        assignError(form.fields, form.error);
        if (brokerAdded && !m_config.removeBroker(records->broker->id))
            qCWarning(lcInstaller).noquote() << m_config.errorString();
        emit formChanged();
        return false;
    }
    const QString id = records->instance.id;
    const bool wasEditing = form.editing;
    m_form.reset();
    ++m_formRevision;
    emit formChanged();
    const QStringList problems = restart(affected);
    refresh();
    if (records->broker)
        emit brokersChanged();
    qCInfo(lcInstaller).noquote() << (wasEditing ? "changed" : "added") << "device" << id;
    //: Installer: after saving the form; %1 the device's id
    setMessage((QStringList{wasEditing ? tr("Saved the changes to %1.").arg(id) : tr("Added %1.").arg(id)} +
                problems)
                   .join(u'\n'));
    return true;
}

// ---- test connection ----

void InstallerModel::setTrial(const QString &state, const QString &text)
{
    m_trialState = state;
    m_trialText = text;
    emit trialChanged();
}

QVariantList InstallerModel::trialReadings() const
{
    QVariantList list;
    for (auto it = m_trialReadings.begin(); it != m_trialReadings.end(); ++it)
        list.append(QVariantMap{{u"channel"_s, it.key()}, {u"value"_s, it.value()}});
    return list;
}

void InstallerModel::stopTest()
{
    if (!m_trial && m_trialState == u"idle"_s)
        return;
    m_trial.reset();
    m_trialReadings.clear();
    setTrial(u"idle"_s, {});
}

void InstallerModel::testConnection()
{
    if (refused())
        return;
    std::optional<Records> records = formRecords();
    emit formChanged();
    stopTest();
    if (!records) {
        //: Installer: Test connection refused because the form is incomplete
        setTrial(u"failed"_s, tr("Complete the form first: %1").arg(m_form ? m_form->error : QString()));
        return;
    }
    const pluginhost::PluginEntry *entry = plugin(m_form->pluginId);
    auto trial = std::make_unique<Trial>();
    Trial *raw = trial.get();
    const int count = ++m_trialCount;
    // Late events of a trial that was replaced are dropped: the new one may have the same address.
    const auto current = [this, raw, count] { return m_trial.get() == raw && m_trialCount == count; };
    PluginContext context;
    context.clock = &m_household.clock();
    if (m_form->needsBroker) {
        QString error;
        std::optional<mqtt::MqttBrokerSettings> settings =
            mqtt::MqttBrokerSettings::fromJson(records->trialBrokerSettings, &error);
        if (!settings) {
            setTrial(u"failed"_s, error);
            return;
        }
        raw->brokerWhere = u"%1:%2"_s.arg(settings->host).arg(settings->port);
        raw->client = std::make_unique<mqtt::PahoMqttClient>(*settings);
        connect(raw->client.get(), &MqttClient::stateChanged, this,
                [raw, current](MqttClient::State state, const QString &reason) {
                    if (!current())
                        return;
                    raw->brokerState = state;
                    if (!reason.isEmpty())
                        raw->brokerReason = reason;
                });
        raw->client->start();
        context.mqtt = raw->client.get();
    }
    for (const FormField &field : m_form->fields) {
        if (field.spec.type == SettingType::Text && field.spec.required && !field.spec.secret)
            raw->checks.append(u"%1 \"%2\""_s.arg(field.spec.label, field.text.trimmed()));
    }
    raw->host = std::make_unique<pluginhost::PluginHost>(*entry, records->instance.id, records->trialSettings,
                                                         context);
    pluginhost::PluginHost *host = raw->host.get();
    const auto onReadings = [this, raw, current](Device *device, const QList<DeviceReading> &readings) {
        if (!current())
            return;
        for (const DeviceReading &reading : readings) {
            if (reading.channel < 0 || reading.channel >= device->channels().size())
                continue;
            m_trialReadings.insert(device->channels()[reading.channel].name, readingText(*device, reading));
        }
        raw->timeout.stop();
        //: Installer: Test connection works
        setTrial(u"live"_s, tr("Readings arrive from the device: the settings work. Save to keep them."));
    };
    connect(host, &pluginhost::PluginHost::readingsReady, this, onReadings);
    connect(host, &pluginhost::PluginHost::devicesReady, this,
            [this, host, onReadings, current](const QList<Device *> &devices) {
                if (!current() || host->usesWorkerThread())
                    return;
                for (Device *device : devices) {
                    connect(device, &Device::readingsReady, this,
                            [onReadings, device](const QList<DeviceReading> &readings) {
                                onReadings(device, readings);
                            });
                }
            });
    connect(host, &pluginhost::PluginHost::stateChanged, this,
            [this, raw, current](pluginhost::PluginHost::State state, const QString &reason) {
                if (!current() || state != pluginhost::PluginHost::State::Failed)
                    return;
                raw->timeout.stop();
                //: Installer: Test connection failed; %1 the plugin's reason
                setTrial(u"failed"_s, tr("The device could not be started: %1").arg(reason));
            });
    raw->timeout.setSingleShot(true);
    raw->timeout.setInterval(m_trialTimeoutMs);
    connect(&raw->timeout, &QTimer::timeout, this, &InstallerModel::onTrialTimeout);
    m_trial = std::move(trial);
    //: Installer: Test connection is waiting for the first reading
    setTrial(u"running"_s, tr("Connecting and waiting for the first reading…"));
    raw->timeout.start();
    host->start();
    qCInfo(lcInstaller).noquote() << "testing" << records->instance.id << "plugin" << entry->id << "settings"
                                  << QJsonDocument(redactSecrets(entry->plugin->settingsSchema(),
                                                                 records->trialSettings))
                                         .toJson(QJsonDocument::Compact);
}

void InstallerModel::onTrialTimeout()
{
    if (!m_trial || m_trialState != u"running"_s)
        return;
    const int seconds = m_trialTimeoutMs / 1000;
    QString text;
    if (m_trial->client && m_trial->brokerState != MqttClient::State::Connected) {
        //: Installer: Test connection timed out before the broker answered; %1 seconds, %2 host:port, %3
        //: reason
        text =
            tr("No connection to the broker at %2 after %n s%3. Check the broker's host and port, TLS and "
               "the CA file, the user name and password, and that the broker is running and reachable from "
               "here.",
               nullptr, seconds)
                .arg(m_trial->brokerWhere,
                     m_trial->brokerReason.isEmpty() ? QString() : u" ("_s + m_trial->brokerReason + u")"_s);
    } else if (m_trial->client) {
        //: Installer: Test connection timed out: the broker answered, the device did not; %2 host:port,
        //: %3 the settings to check
        text =
            tr("Connected to the broker at %2, but the device sent nothing in %n s. Check that the device is "
               "switched on and uses this broker, and its settings: %3.",
               nullptr, seconds)
                .arg(m_trial->brokerWhere, m_trial->checks.join(u", "_s));
    } else {
        //: Installer: Test connection timed out for a device without a broker; %2 the settings to check
        text = tr("The device sent nothing in %n s. Check that it is switched on and reachable, and its "
                  "settings: "
                  "%2.",
                  nullptr, seconds)
                   .arg(m_trial->checks.join(u", "_s));
    }
    // The trial goes on: a reading that comes later still shows.
    setTrial(u"timedOut"_s, text);
}

// ---- live status ----

QString InstallerModel::readingText(const Device &device, const DeviceReading &reading)
{
    const ChannelSpec &spec = device.channels()[reading.channel];
    const QLocale locale;
    if (spec.unit == u"kW"_s) {
        if (std::abs(reading.value) < 1.0)
            return locale.toString(std::round(reading.value * 1000.0), 'f', 0) + u" W"_s;
        return locale.toString(reading.value, 'f', 2) + u" kW"_s;
    }
    if (spec.unit == u"kWh"_s)
        return locale.toString(reading.value, 'f', 3) + u" kWh"_s;
    const QString number = locale.toString(reading.value, 'g', 4);
    return spec.unit.isEmpty() ? number : number + u' ' + spec.unit;
}

void InstallerModel::watchHosts()
{
    QSet<QString> running;
    for (const config::PluginInstance &instance : std::as_const(m_instances)) {
        pluginhost::PluginHost *host = m_devices.host(instance.id);
        if (!host)
            continue;
        running.insert(instance.id);
        if (m_live.value(instance.id).host != host)
            watchHost(instance.id, host);
    }
    for (auto it = m_live.begin(); it != m_live.end();) {
        if (!running.contains(it.key()))
            it = m_live.erase(it);
        else
            ++it;
    }
}

void InstallerModel::watchHost(const QString &instanceId, pluginhost::PluginHost *host)
{
    m_live.insert(instanceId, Live{});
    m_live[instanceId].host = host;
    const auto noteReadings = [this, instanceId, host](Device *device, const QList<DeviceReading> &readings) {
        auto it = m_live.find(instanceId);
        if (it == m_live.end() || it->host != host || readings.isEmpty())
            return;
        // The power channel when the batch has one: what an installer compares with the device's display.
        const DeviceReading *shown = &readings.constLast();
        const qint32 power = device->channelIndex(u"power"_s);
        for (const DeviceReading &reading : readings) {
            if (reading.channel == power)
                shown = &reading;
        }
        if (shown->channel < 0 || shown->channel >= device->channels().size())
            return;
        it->lastArrivalMs = m_clock.nowMs();
        it->lastReading = readingText(*device, *shown);
        refreshStatus();
    };
    const auto watchDevices = [this, instanceId, host, noteReadings](const QList<Device *> &devices) {
        for (Device *device : devices) {
            connect(device, &Device::availabilityChanged, this,
                    [this, instanceId, host](Availability availability, const QString &reason) {
                        auto it = m_live.find(instanceId);
                        if (it == m_live.end() || it->host != host)
                            return;
                        it->availability = availability;
                        it->availabilityReason = reason;
                        refreshStatus();
                    });
            if (!host->usesWorkerThread()) {
                connect(device, &Device::readingsReady, this,
                        [noteReadings, device](const QList<DeviceReading> &readings) {
                            noteReadings(device, readings);
                        });
            }
        }
    };
    connect(host, &pluginhost::PluginHost::readingsReady, this, noteReadings);
    connect(host, &pluginhost::PluginHost::devicesReady, this, watchDevices);
    connect(host, &pluginhost::PluginHost::stateChanged, this, &InstallerModel::refreshStatus);
    if (!host->devices().isEmpty())
        watchDevices(host->devices());
}

InstallerDeviceList::Row InstallerModel::rowFor(const config::PluginInstance &instance) const
{
    InstallerDeviceList::Row row;
    row.instanceId = instance.id;
    row.name = instance.name;
    row.pluginId = instance.pluginId;
    row.enabled = instance.enabled;
    row.brokerId = instance.brokerId.value_or(QString());
    const pluginhost::PluginEntry *entry = plugin(instance.pluginId);
    row.pluginName = entry ? entry->plugin->displayName() : instance.pluginId;
    const auto set = [&row](const char *kind, const QString &text) {
        row.statusKind = QString::fromLatin1(kind);
        row.statusText = text;
    };
    if (!instance.enabled) {
        set("off", instance.disabledReason.isEmpty()
                       //: Installer: a device's status
                       ? tr("Switched off")
                       //: Installer: a device's status; %1 why the application switched it off
                       : tr("Switched off: %1").arg(instance.disabledReason));
        return row;
    }
    if (!entry) {
        set("error", tr("The plugin %1 is not installed.").arg(instance.pluginId));
        return row;
    }
    const pluginhost::PluginHost *host = m_devices.host(instance.id);
    const auto liveIt = m_live.constFind(instance.id);
    if (!host || liveIt == m_live.constEnd()) {
        //: Installer: a device's status when its plugin does not run
        set("error", tr("Not running"));
        return row;
    }
    const Live &live = *liveIt;
    row.lastReading = live.lastReading;
    if (host->state() == pluginhost::PluginHost::State::Failed) {
        set("error", host->reason());
        return row;
    }
    if (instance.brokerId) {
        const MqttClient *client = m_devices.openBroker(*instance.brokerId);
        if (!client || client->state() != MqttClient::State::Connected) {
            //: Installer: a device's status; %1 the broker's id
            set("error", tr("Not connected to the broker %1").arg(*instance.brokerId));
            return row;
        }
    }
    if (live.availability == Availability::Failed) {
        set("error", live.availabilityReason);
        return row;
    }
    if (live.availability == Availability::Offline) {
        //: Installer: a device's status
        set("error", tr("The device says it is offline"));
        return row;
    }
    if (live.lastArrivalMs < 0) {
        //: Installer: a device's status before its first reading
        set("waiting", tr("Waiting for the first reading"));
        return row;
    }
    const qint64 ageMs = m_clock.nowMs() - live.lastArrivalMs;
    if (ageMs >= kStaleMs) {
        //: Installer: a device's status; how long since its last reading
        set("waiting", tr("No data for %n s", nullptr, static_cast<int>(ageMs / 1000)));
        return row;
    }
    //: Installer: a device's status while readings arrive
    set("ok", tr("Connected"));
    return row;
}

void InstallerModel::refreshStatus()
{
    QList<InstallerDeviceList::Row> rows;
    for (const config::PluginInstance &instance : std::as_const(m_instances))
        rows.append(rowFor(instance));
    const int before = deviceCount();
    m_list.setRows(rows);
    if (before != deviceCount())
        emit devicesChanged();
}

void InstallerModel::refresh()
{
    m_instances = m_config.instances();
    watchHosts();
    refreshStatus();
    emit devicesChanged();
}

QStringList InstallerModel::restart(const QStringList &instanceIds)
{
    for (const QString &id : instanceIds)
        m_devices.stopInstance(id, m_household);
    QStringList problems;
    for (const QString &id : instanceIds) {
        const std::optional<config::PluginInstance> instance = m_config.instance(id);
        if (!instance || !instance->enabled)
            continue;
        QString error;
        if (!m_devices.startInstance(id, m_household, &error))
            problems.append(error);
    }
    m_instances = m_config.instances();
    watchHosts();
    refreshStatus();
    return problems;
}

// ---- enable, disable, remove ----

QString InstallerModel::setDeviceEnabled(const QString &instanceId, bool enabled)
{
    if (refused())
        return m_message;
    if (!m_config.setEnabled(instanceId, enabled)) {
        setMessage(m_config.errorString());
        return m_message;
    }
    const QStringList problems = restart({instanceId});
    qCInfo(lcInstaller).noquote() << (enabled ? "switched on" : "switched off") << instanceId;
    if (!problems.isEmpty()) {
        setMessage(problems.join(u'\n'));
        return m_message;
    }
    //: Installer: after switching a device on or off; %1 its id
    setMessage(enabled ? tr("%1 is switched on.").arg(instanceId)
                       : tr("%1 is switched off.").arg(instanceId));
    return {};
}

QString InstallerModel::removeDevice(const QString &instanceId)
{
    if (refused())
        return m_message;
    if (!m_config.instance(instanceId)) {
        setMessage(tr("The device %1 is not configured.").arg(instanceId));
        return m_message;
    }
    if (m_form && m_form->editing && m_form->instanceId == instanceId)
        closeForm();
    m_devices.stopInstance(instanceId, m_household);
    if (!m_config.removeInstance(instanceId)) {
        const QString error = m_config.errorString();
        (void)restart({instanceId});
        setMessage(error);
        return error;
    }
    refresh();
    qCInfo(lcInstaller).noquote() << "removed" << instanceId;
    //: Installer: after removing a device; %1 its id
    setMessage(tr("Removed %1. Its readings so far stay in the history.").arg(instanceId));
    return {};
}

// ---- site settings ----

QString InstallerModel::importLimitKw() const
{
    return limitText(m_config.siteSetting(config::sitekey::importLimitKw));
}

QString InstallerModel::exportLimitKw() const
{
    return limitText(m_config.siteSetting(config::sitekey::exportLimitKw));
}

QString InstallerModel::gridRegion() const
{
    return m_config.siteSetting(config::sitekey::gridRegion).toString();
}

QString InstallerModel::householdId() const
{
    return m_config.siteSetting(config::sitekey::householdId).toString();
}

double InstallerModel::defaultImportLimitKw()
{
    return Planner::kDefaultImportLimitKw;
}

double InstallerModel::defaultExportLimitKw()
{
    return Planner::kDefaultExportLimitKw;
}

void InstallerModel::applySiteLimits()
{
    if (m_planner)
        m_planner->setSiteLimitsFrom(m_config.siteSettings());
}

QString InstallerModel::saveSite(const QString &importText, const QString &exportText,
                                 const QString &regionText, const QString &householdText)
{
    if (refused())
        return m_message;
    // Every value is checked before any is written.
    const auto limit = [](const QString &text, const QString &label, bool zeroAllowed,
                          QString *problem) -> std::optional<QJsonValue> {
        if (text.trimmed().isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        const std::optional<double> value = parseNumber(text);
        if (!value) {
            //: Installer, site settings: %1 the field, %2 what was typed
            *problem = tr("%1: \"%2\" is not a number of kW").arg(label, text.trimmed());
            return std::nullopt;
        }
        if ((zeroAllowed ? *value < 0 : *value <= 0) || *value > kMaxLimitKw) {
            *problem =
                zeroAllowed
                    //: Installer, site settings: %1 the field, %2 the maximum
                    ? tr("%1: must be from 0 to %2 kW").arg(label, QLocale().toString(kMaxLimitKw))
                    //: Installer, site settings: %1 the field, %2 the maximum
                    : tr("%1: must be above 0 and at most %2 kW").arg(label, QLocale().toString(kMaxLimitKw));
            return std::nullopt;
        }
        return QJsonValue(*value);
    };
    QString problem;
    //: Installer, site settings: field label
    const std::optional<QJsonValue> importKw = limit(importText, tr("Import limit"), false, &problem);
    if (!importKw)
        return problem;
    //: Installer, site settings: field label
    const std::optional<QJsonValue> exportKw = limit(exportText, tr("Export limit"), true, &problem);
    if (!exportKw)
        return problem;
    const QString region = regionText.trimmed().toUpper();
    static const QRegularExpression regionPattern(u"^[A-Z]{2}(-[A-Z0-9]{1,8}|[0-9]{1,2})?$"_s);
    if (!region.isEmpty() && !regionPattern.match(region).hasMatch()) {
        //: Installer, site settings: the grid region is not a country code or zone
        return tr("Grid region: \"%1\" is not a country code or bidding zone such as DE, NL or SE3")
            .arg(regionText.trimmed());
    }
    const QString household = householdText.trimmed();
    if (!household.isEmpty() && !MqttApi::isValidHouseholdId(household)) {
        //: Installer, site settings: the household id is not usable in MQTT topics
        return tr("Household id: \"%1\" may hold only letters, digits, '_' and '-'").arg(household);
    }

    const auto put = [this](QLatin1StringView key, const QJsonValue &value) {
        if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
            return m_config.siteSetting(key).isUndefined() || m_config.removeSiteSetting(key);
        return m_config.siteSetting(key) == value || m_config.putSiteSetting(key, value);
    };
    if (!put(config::sitekey::importLimitKw, *importKw) || !put(config::sitekey::exportLimitKw, *exportKw) ||
        !put(config::sitekey::gridRegion, region) || !put(config::sitekey::householdId, household)) {
        const QString error = m_config.errorString();
        emit siteChanged();
        return error;
    }
    applySiteLimits();
    emit siteChanged();
    qCInfo(lcInstaller) << "site settings saved";
    //: Installer: after saving the site settings
    setMessage(tr("Site settings saved."));
    return {};
}

// ---- backup and restore ----

QString InstallerModel::backupPath() const
{
    const QString day = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toString(u"yyyy-MM-dd"_s);
    return QDir(m_dataFolder).filePath(u"backups/commonwatt-config-%1.json"_s.arg(day));
}

QString localFilePath(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"file:"_s))
        return QUrl(trimmed).toLocalFile();
    if (trimmed.startsWith(u"~/"_s))
        return QDir::home().filePath(trimmed.mid(2));
    return trimmed;
}

QString InstallerModel::exportBackup(const QString &pathText)
{
    if (refused())
        return m_message;
    const QString path = localFilePath(pathText);
    if (path.isEmpty()) {
        //: Installer, backup: no file name was given
        setMessage(tr("Backup: enter the file to write."));
        return m_message;
    }
    const std::optional<QByteArray> json = m_config.exportJson(m_devices.schemas());
    if (!json) {
        setMessage(tr("Backup: %1").arg(m_config.errorString()));
        return m_message;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path); // a backup is either whole or not written at all
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        //: Installer, backup: %1 the file, %2 the system's reason
        setMessage(tr("Backup: %1 could not be written: %2").arg(path, file.errorString()));
        return m_message;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcInstaller).noquote() << "configuration backed up to" << path;
    //: Installer, backup: %1 the file; %n the number of devices
    setMessage(tr("Saved the configuration of %n device(s) to %1. Passwords are not in the file: after a "
                  "restore on another panel, enter them again.",
                  nullptr, deviceCount())
                   .arg(path));
    return m_message;
}

QString InstallerModel::restoreBackup(const QString &pathText)
{
    if (refused())
        return m_message;
    const QString path = localFilePath(pathText);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        //: Installer, restore: %1 the file, %2 the system's reason
        setMessage(tr("Restore: %1 could not be read: %2").arg(path, file.errorString()));
        return m_message;
    }
    if (file.size() > kMaxBackupBytes) {
        //: Installer, restore: the file is far too large to be a configuration
        setMessage(tr("Restore: %1 is too large to be a Commonwatt configuration.").arg(path));
        return m_message;
    }
    const QByteArray json = file.readAll();
    QStringList before;
    for (const config::PluginInstance &instance : m_config.instances())
        before.append(instance.id);
    stopTest();
    // The store checks the whole document before it writes anything: a bad file changes nothing.
    if (!m_config.importJson(json, m_devices.schemas(), config::ImportMode::Replace)) {
        //: Installer, restore: %1 the file, %2 the field at fault and why
        setMessage(tr("Restore: nothing was changed. %1: %2").arg(path, m_config.errorString()));
        return m_message;
    }
    closeForm();
    QStringList affected = before;
    for (const config::PluginInstance &instance : m_config.instances()) {
        if (!affected.contains(instance.id))
            affected.append(instance.id);
    }
    const QStringList problems = restart(affected);
    refresh();
    applySiteLimits();
    emit brokersChanged();
    emit siteChanged();
    qCInfo(lcInstaller).noquote() << "configuration restored from" << path;
    //: Installer, restore: %1 the file; %n the number of devices
    setMessage(
        (QStringList{
             tr("Restored the configuration from %1: %n device(s).", nullptr, deviceCount()).arg(path)} +
         problems)
            .join(u'\n'));
    return m_message;
}

} // namespace commonwatt::app
