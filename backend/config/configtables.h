// The SQL behind ConfigStore: rows in, rows out, on a connection whose transactions the caller manages.
// Throws storage::sqlite::SqliteError; ConfigStore turns that into a message naming the file.
#pragma once

#include "recordcheck.h"
#include "storage/sqlite.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace commonwatt::config {

class ConfigTables
{
public:
    explicit ConfigTables(const storage::sqlite::Database &db)
        : m_db(db)
    {}

    [[nodiscard]] QList<BrokerRow> brokers() const;
    [[nodiscard]] std::optional<BrokerRow> broker(const QString &id) const;
    void putBroker(const BrokerRow &row) const;
    [[nodiscard]] bool removeBroker(const QString &id) const; // false: there was none
    [[nodiscard]] QStringList instancesUsing(const QString &brokerId) const;

    [[nodiscard]] QList<InstanceRow> instances() const;
    [[nodiscard]] std::optional<InstanceRow> instance(const QString &id) const;
    void putInstance(const InstanceRow &row) const;
    [[nodiscard]] bool removeInstance(const QString &id) const;
    [[nodiscard]] bool setEnabled(const QString &id, bool enabled, const QString &reason, qint64 nowMs) const;

    // Site settings: key -> any JSON value.
    [[nodiscard]] QJsonObject site() const;
    void putSite(const QString &key, const QJsonValue &value) const;
    [[nodiscard]] bool removeSite(const QString &key) const;

private:
    [[nodiscard]] bool changedRows() const;

    const storage::sqlite::Database &m_db;
};

} // namespace commonwatt::config
