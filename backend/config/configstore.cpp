#include "configstore.h"

#include "configdocument.h"
#include "configfile.h"
#include "configtables.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace commonwatt::config {

namespace sqlite = storage::sqlite;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

struct ConfigStore::Connection
{
    sqlite::Database db;
};

ConfigStore::ConfigStore(const Clock &clock)
    : m_clock(clock)
{}

ConfigStore::~ConfigStore() = default;

bool ConfigStore::open(const QString &dataFolder)
{
    close();
    m_path = QDir(dataFolder).filePath(kFileName);
    OpenedFile file = openConfigFile(m_path);
    if (!file.error.isEmpty())
        return fail(file.error);
    if (file.previousVersion != kConfigSchemaVersion) {
        qCInfo(lcConfig, "%s: configuration migrated from version %d to %d", qUtf8Printable(m_path),
               file.previousVersion, kConfigSchemaVersion);
    }
    m_connection = std::make_unique<Connection>(Connection{std::move(file.db)});
    m_error.clear();
    return true;
}

void ConfigStore::close()
{
    m_connection.reset();
}

bool ConfigStore::isOpen() const
{
    return m_connection != nullptr;
}

bool ConfigStore::ready() const
{
    if (m_connection)
        return true;
    return fail(QCoreApplication::translate("Config", "The configuration store is not open"));
}

bool ConfigStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool ConfigStore::failStorage(const sqlite::SqliteError &error) const
{
    qCWarning(lcConfig, "%s: %s", qUtf8Printable(m_path), qUtf8Printable(error.message()));
    return fail(m_path + u": "_s + error.message());
}

// ---- brokers

QList<Broker> ConfigStore::brokers() const
{
    QList<Broker> result;
    if (!ready())
        return result;
    try {
        for (const BrokerRow &row : ConfigTables(m_connection->db).brokers())
            result.append(row.broker);
    } catch (const sqlite::SqliteError &error) {
        (void)failStorage(error);
        return {};
    }
    return result;
}

std::optional<Broker> ConfigStore::broker(const QString &id) const
{
    if (!ready())
        return std::nullopt;
    try {
        if (auto row = ConfigTables(m_connection->db).broker(id))
            return row->broker;
    } catch (const sqlite::SqliteError &error) {
        (void)failStorage(error);
    }
    return std::nullopt;
}

bool ConfigStore::putBroker(const Broker &broker, const SettingsSchema &schema)
{
    if (!ready())
        return false;
    try {
        sqlite::Transaction transaction(m_connection->db);
        const ConfigTables tables(m_connection->db);
        const std::optional<BrokerRow> stored = tables.broker(broker.id);
        BrokerRow row;
        if (auto problem = checkBroker(broker, schema, stored ? &*stored : nullptr, &row))
            return fail(problem->forRecord(broker.id));
        tables.putBroker(row);
        transaction.commit();
        qCInfo(lcConfig, "Broker %s saved: %s", qUtf8Printable(row.broker.id),
               compact(redacted(row.broker.settings, row.secretKeys)).constData());
    } catch (const sqlite::SqliteError &error) {
        return failStorage(error);
    }
    return true;
}

bool ConfigStore::removeBroker(const QString &id)
{
    if (!ready())
        return false;
    try {
        sqlite::Transaction transaction(m_connection->db);
        const ConfigTables tables(m_connection->db);
        if (const QStringList users = tables.instancesUsing(id); !users.isEmpty()) {
            return fail(
                QCoreApplication::translate(
                    "Config", "Broker %1 is still used by %2; give them another broker or remove them first")
                    .arg(id, users.join(u", "_s)));
        }
        if (!tables.removeBroker(id))
            return fail(QCoreApplication::translate("Config", "No broker %1 is configured").arg(id));
        transaction.commit();
        qCInfo(lcConfig, "Broker %s removed", qUtf8Printable(id));
    } catch (const sqlite::SqliteError &error) {
        return failStorage(error);
    }
    return true;
}

// ---- plugin instances

QList<PluginInstance> ConfigStore::instances() const
{
    QList<PluginInstance> result;
    if (!ready())
        return result;
    try {
        for (const InstanceRow &row : ConfigTables(m_connection->db).instances())
            result.append(row.instance);
    } catch (const sqlite::SqliteError &error) {
        (void)failStorage(error);
        return {};
    }
    return result;
}

std::optional<PluginInstance> ConfigStore::instance(const QString &id) const
{
    if (!ready())
        return std::nullopt;
    try {
        if (auto row = ConfigTables(m_connection->db).instance(id))
            return row->instance;
    } catch (const sqlite::SqliteError &error) {
        (void)failStorage(error);
    }
    return std::nullopt;
}

bool ConfigStore::putInstance(const PluginInstance &instance, const PluginSchemaLookup &schemas)
{
    if (!ready())
        return false;
    try {
        sqlite::Transaction transaction(m_connection->db);
        const ConfigTables tables(m_connection->db);
        const std::optional<InstanceRow> stored = tables.instance(instance.id);
        const std::function<bool(const QString &)> brokerExists = [&](const QString &id) {
            return tables.broker(id).has_value();
        };
        const qint64 now = m_clock.nowMs();
        InstanceRow row;
        if (auto problem = checkInstance(instance, InstanceContext{schemas, brokerExists, now, now},
                                         stored ? &*stored : nullptr, &row)) {
            return fail(problem->forRecord(instance.id));
        }
        tables.putInstance(row);
        transaction.commit();
        qCInfo(lcConfig, "Plugin instance %s (%s) saved: %s", qUtf8Printable(row.instance.id),
               qUtf8Printable(row.instance.pluginId),
               compact(redacted(row.instance.settings, row.secretKeys)).constData());
    } catch (const sqlite::SqliteError &error) {
        return failStorage(error);
    }
    return true;
}

bool ConfigStore::removeInstance(const QString &id)
{
    if (!ready())
        return false;
    try {
        sqlite::Transaction transaction(m_connection->db);
        if (!ConfigTables(m_connection->db).removeInstance(id))
            return fail(QCoreApplication::translate("Config", "No plugin instance %1 is configured").arg(id));
        transaction.commit();
        qCInfo(lcConfig, "Plugin instance %s removed", qUtf8Printable(id));
    } catch (const sqlite::SqliteError &error) {
        return failStorage(error);
    }
    return true;
}

bool ConfigStore::setEnabled(const QString &id, bool enabled, const QString &reason)
{
    if (!ready())
        return false;
    try {
        sqlite::Transaction transaction(m_connection->db);
        if (!ConfigTables(m_connection->db).setEnabled(id, enabled, reason, m_clock.nowMs()))
            return fail(QCoreApplication::translate("Config", "No plugin instance %1 is configured").arg(id));
        transaction.commit();
        qCInfo(lcConfig, "Plugin instance %s %s%s", qUtf8Printable(id), enabled ? "enabled" : "disabled",
               enabled || reason.isEmpty() ? "" : qUtf8Printable(u": "_s + reason));
    } catch (const sqlite::SqliteError &error) {
        return failStorage(error);
    }
    return true;
}

// ---- site settings

QJsonObject ConfigStore::siteSettings() const
{
    return readSiteSettings().value_or(QJsonObject());
}

std::optional<QJsonObject> ConfigStore::readSiteSettings() const
{
    if (!ready())
        return std::nullopt;
    try {
        return ConfigTables(m_connection->db).site();
    } catch (const sqlite::SqliteError &error) {
        (void)failStorage(error);
    }
    return std::nullopt;
}

QJsonValue ConfigStore::siteSetting(const QString &key) const
{
    return siteSettings().value(key);
}

bool ConfigStore::putSiteSetting(const QString &key, const QJsonValue &value)
{
    if (!ready())
        return false;
    if (!isValidSiteKey(key)) {
        return fail(QCoreApplication::translate(
                        "Config",
                        "Site setting \"%1\": not a valid key (lowercase letters, digits, '_', '-' and '.')")
                        .arg(key));
    }
    if (value.isUndefined() || value.isNull())
        return fail(
            QCoreApplication::translate("Config", "Site setting %1: must have a value (remove it instead)")
                .arg(key));
    try {
        sqlite::Transaction transaction(m_connection->db);
        ConfigTables(m_connection->db).putSite(key, value);
        transaction.commit();
        qCInfo(lcConfig, "Site setting %s saved", qUtf8Printable(key));
    } catch (const sqlite::SqliteError &error) {
        return failStorage(error);
    }
    return true;
}

bool ConfigStore::removeSiteSetting(const QString &key)
{
    if (!ready())
        return false;
    try {
        sqlite::Transaction transaction(m_connection->db);
        if (!ConfigTables(m_connection->db).removeSite(key))
            return fail(QCoreApplication::translate("Config", "No site setting %1 is stored").arg(key));
        transaction.commit();
    } catch (const sqlite::SqliteError &error) {
        return failStorage(error);
    }
    return true;
}

// ---- export and import

std::optional<QByteArray> ConfigStore::exportJson(const ConfigSchemas &schemas) const
{
    if (!ready())
        return std::nullopt;
    try {
        // One transaction, so that the three tables are read as of one moment.
        sqlite::Transaction transaction(m_connection->db);
        const ConfigTables tables(m_connection->db);
        const ConfigContents contents{tables.brokers(), tables.instances(), tables.site()};
        transaction.commit();
        return QJsonDocument(exportDocument(contents, schemas)).toJson(QJsonDocument::Indented);
    } catch (const sqlite::SqliteError &error) {
        (void)failStorage(error);
    }
    return std::nullopt;
}

bool ConfigStore::importJson(const QByteArray &json, const ConfigSchemas &schemas, ImportMode mode)
{
    if (!ready())
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(
            QCoreApplication::translate("Config", "The configuration file is not valid JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(QCoreApplication::translate(
            "Config", "The configuration file holds no JSON object; an export is one object"));
    try {
        // The write lock is taken before reading, so that what was checked is what gets replaced.
        sqlite::Transaction transaction(m_connection->db);
        const ConfigTables tables(m_connection->db);
        const ConfigContents stored{tables.brokers(), tables.instances(), tables.site()};
        QString error;
        const std::optional<ConfigContents> incoming =
            readDocument(document.object(), stored, schemas, mode, m_clock.nowMs(), &error);
        if (!incoming)
            return fail(error);

        QSet<QString> brokerIds;
        QSet<QString> instanceIds;
        for (const BrokerRow &row : incoming->brokers) {
            tables.putBroker(row);
            brokerIds.insert(row.broker.id);
        }
        for (const InstanceRow &row : incoming->instances) {
            tables.putInstance(row);
            instanceIds.insert(row.instance.id);
        }
        if (mode == ImportMode::Replace) {
            // Instances before brokers: the brokers' foreign key refuses removing one still in use.
            for (const InstanceRow &row : stored.instances) {
                if (!instanceIds.contains(row.instance.id))
                    (void)tables.removeInstance(row.instance.id);
            }
            for (const BrokerRow &row : stored.brokers) {
                if (!brokerIds.contains(row.broker.id))
                    (void)tables.removeBroker(row.broker.id);
            }
            for (const QString &key : stored.site.keys()) {
                if (!isDeviceOnlySiteKey(key))
                    (void)tables.removeSite(key);
            }
        }
        for (auto it = incoming->site.begin(); it != incoming->site.end(); ++it)
            tables.putSite(it.key(), it.value());
        transaction.commit();
        qCInfo(lcConfig,
               "Configuration imported (%s): %lld brokers, %lld plugin instances, %lld site settings",
               mode == ImportMode::Replace ? "replace" : "merge",
               static_cast<long long>(incoming->brokers.size()),
               static_cast<long long>(incoming->instances.size()),
               static_cast<long long>(incoming->site.size()));
    } catch (const sqlite::SqliteError &error) {
        return failStorage(error);
    }
    return true;
}

} // namespace commonwatt::config
