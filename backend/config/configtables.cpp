#include "configtables.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace commonwatt::config {

namespace sqlite = storage::sqlite;

namespace {

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Only this store writes these columns, always from a QJsonObject; anything else means the file was edited
// by hand, and an empty object then fails the schema check on the next put rather than crashing here.
QJsonObject toObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The secrets column holds the secret fields alone; the settings column everything else.
void split(const QJsonObject &settings, const QStringList &secretKeys, QJsonObject *plain,
           QJsonObject *secrets)
{
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (secretKeys.contains(it.key()))
            secrets->insert(it.key(), it.value());
        else
            plain->insert(it.key(), it.value());
    }
}

QJsonObject merge(const QJsonObject &plain, const QJsonObject &secrets, QStringList *secretKeys)
{
    QJsonObject settings = plain;
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        settings.insert(it.key(), it.value());
        secretKeys->append(it.key());
    }
    return settings;
}

constexpr std::string_view kBrokerColumns = "SELECT id, name, settings, secrets FROM brokers";

BrokerRow brokerRow(const sqlite::Statement &s)
{
    BrokerRow row;
    row.broker.id = s.text(0);
    row.broker.name = s.text(1);
    row.broker.settings = merge(toObject(s.text(2)), toObject(s.text(3)), &row.secretKeys);
    return row;
}

constexpr std::string_view kInstanceColumns =
    "SELECT id, plugin_id, name, enabled, broker_id, settings, secrets, created_ms, updated_ms, "
    "disabled_reason FROM plugin_instances";

InstanceRow instanceRow(const sqlite::Statement &s)
{
    InstanceRow row;
    PluginInstance &instance = row.instance;
    instance.id = s.text(0);
    instance.pluginId = s.text(1);
    instance.name = s.text(2);
    instance.enabled = s.int64(3) != 0;
    if (const QString broker = s.text(4); !broker.isEmpty())
        instance.brokerId = broker;
    instance.settings = merge(toObject(s.text(5)), toObject(s.text(6)), &row.secretKeys);
    instance.createdMs = s.int64(7);
    instance.updatedMs = s.int64(8);
    instance.disabledReason = s.text(9);
    return row;
}

std::string byId(std::string_view select)
{
    return std::string(select) + " WHERE id = ?1";
}

std::string ordered(std::string_view select)
{
    return std::string(select) + " ORDER BY id";
}

} // namespace

bool ConfigTables::changedRows() const
{
    return sqlite3_changes(m_db.handle()) > 0;
}

QList<BrokerRow> ConfigTables::brokers() const
{
    QList<BrokerRow> rows;
    sqlite::Statement s(m_db, ordered(kBrokerColumns));
    while (s.next())
        rows.append(brokerRow(s));
    return rows;
}

std::optional<BrokerRow> ConfigTables::broker(const QString &id) const
{
    sqlite::Statement s(m_db, byId(kBrokerColumns));
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return brokerRow(s);
}

void ConfigTables::putBroker(const BrokerRow &row) const
{
    QJsonObject plain;
    QJsonObject secrets;
    split(row.broker.settings, row.secretKeys, &plain, &secrets);
    // An upsert, not INSERT OR REPLACE: a replace deletes the row first, which the instances' foreign key
    // refuses.
    sqlite::Statement s(m_db, R"(
INSERT INTO brokers(id, name, settings, secrets) VALUES(?1, ?2, ?3, ?4)
ON CONFLICT(id) DO UPDATE SET name = excluded.name, settings = excluded.settings, secrets = excluded.secrets)");
    s.bind(1, row.broker.id).bind(2, row.broker.name).bind(3, toText(plain)).bind(4, toText(secrets));
    s.run();
}

bool ConfigTables::removeBroker(const QString &id) const
{
    sqlite::Statement s(m_db, "DELETE FROM brokers WHERE id = ?1");
    s.bind(1, id);
    s.run();
    return changedRows();
}

QStringList ConfigTables::instancesUsing(const QString &brokerId) const
{
    QStringList ids;
    sqlite::Statement s(m_db, "SELECT id FROM plugin_instances WHERE broker_id = ?1 ORDER BY id");
    s.bind(1, brokerId);
    while (s.next())
        ids.append(s.text(0));
    return ids;
}

QList<InstanceRow> ConfigTables::instances() const
{
    QList<InstanceRow> rows;
    sqlite::Statement s(m_db, ordered(kInstanceColumns));
    while (s.next())
        rows.append(instanceRow(s));
    return rows;
}

std::optional<InstanceRow> ConfigTables::instance(const QString &id) const
{
    sqlite::Statement s(m_db, byId(kInstanceColumns));
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return instanceRow(s);
}

void ConfigTables::putInstance(const InstanceRow &row) const
{
    const PluginInstance &instance = row.instance;
    QJsonObject plain;
    QJsonObject secrets;
    split(instance.settings, row.secretKeys, &plain, &secrets);
    // NULLIF: the statement wrapper binds text only, and "no broker" must be NULL for the foreign key.
    sqlite::Statement s(m_db, R"(
INSERT INTO plugin_instances(id, plugin_id, name, enabled, broker_id, settings, secrets, created_ms, updated_ms,
                             disabled_reason)
VALUES(?1, ?2, ?3, ?4, NULLIF(?5, ''), ?6, ?7, ?8, ?9, ?10)
ON CONFLICT(id) DO UPDATE SET plugin_id = excluded.plugin_id, name = excluded.name, enabled = excluded.enabled,
    broker_id = excluded.broker_id, settings = excluded.settings, secrets = excluded.secrets,
    created_ms = excluded.created_ms, updated_ms = excluded.updated_ms,
    disabled_reason = excluded.disabled_reason)");
    s.bind(1, instance.id)
        .bind(2, instance.pluginId)
        .bind(3, instance.name)
        .bind(4, instance.enabled ? 1 : 0);
    s.bind(5, instance.brokerId.value_or(QString())).bind(6, toText(plain)).bind(7, toText(secrets));
    s.bind(8, instance.createdMs).bind(9, instance.updatedMs).bind(10, instance.disabledReason);
    s.run();
}

bool ConfigTables::removeInstance(const QString &id) const
{
    sqlite::Statement s(m_db, "DELETE FROM plugin_instances WHERE id = ?1");
    s.bind(1, id);
    s.run();
    return changedRows();
}

bool ConfigTables::setEnabled(const QString &id, bool enabled, const QString &reason, qint64 nowMs) const
{
    sqlite::Statement s(m_db, R"(
UPDATE plugin_instances SET enabled = ?2, disabled_reason = ?3, updated_ms = ?4 WHERE id = ?1)");
    s.bind(1, id).bind(2, enabled ? 1 : 0).bind(3, enabled ? QString() : reason).bind(4, nowMs);
    s.run();
    return changedRows();
}

QJsonObject ConfigTables::site() const
{
    QJsonObject site;
    sqlite::Statement s(m_db, "SELECT key, value FROM site_settings");
    while (s.next())
        site.insert(s.text(0), QJsonDocument::fromJson(s.text(1).toUtf8()).array().at(0));
    return site;
}

void ConfigTables::putSite(const QString &key, const QJsonValue &value) const
{
    // Wrapped in an array: a QJsonDocument cannot hold a bare number or string.
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    sqlite::Statement s(m_db, R"(
INSERT INTO site_settings(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value)");
    s.bind(1, key).bind(2, text);
    s.run();
}

bool ConfigTables::removeSite(const QString &key) const
{
    sqlite::Statement s(m_db, "DELETE FROM site_settings WHERE key = ?1");
    s.bind(1, key);
    s.run();
    return changedRows();
}

} // namespace commonwatt::config
