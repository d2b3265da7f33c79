// The installer's configuration: MQTT brokers, device plugin instances and site settings, in config.sqlite in
// the household's data folder. See docs/configuration.md.
//
// Every change is one transaction, synced to disk before the call returns. Settings are checked against the
// schema of their plugin (or the broker schema) before they are stored; a bad one is refused with a message
// naming the record and the field. Secrets never leave the store in plain text except through the records
// themselves: exports and logs carry the redaction marker instead.
//
// Not thread-safe: one thread owns a store. The file is small and calls take milliseconds, but each change
// waits for an fsync; callers on the UI thread should hand changes to a worker.
#pragma once

#include "configrecords.h"

#include <commonwatt/clock.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace commonwatt::storage::sqlite {
class SqliteError;
}

namespace commonwatt::config {

class ConfigStore
{
public:
    static constexpr QLatin1StringView kFileName{"config.sqlite"};

    // Timestamps (createdMs, updatedMs) come from clock, which must outlive the store.
    explicit ConfigStore(const Clock &clock);
    ~ConfigStore();
    ConfigStore(const ConfigStore &) = delete;
    ConfigStore &operator=(const ConfigStore &) = delete;

    // Opens, creating it if need be, config.sqlite in dataFolder (created too), readable by its owner only.
    // Refuses, leaving it as it was, a file that is not a Commonwatt configuration or was written by a newer
    // version; an older one is backed up to config.sqlite.v<N>.bak first and migrated.
    [[nodiscard]] bool open(const QString &dataFolder);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString filePath() const { return m_path; }

    // Why the last call that failed failed, for a person: names the file, record, field or JSON path at
    // fault.
    [[nodiscard]] QString errorString() const { return m_error; }

    // Reads return nothing (and set errorString()) only if the file cannot be read.
    [[nodiscard]] QList<Broker> brokers() const;
    [[nodiscard]] std::optional<Broker> broker(const QString &id) const;
    // Adds or replaces by id. A secret field sent as the redaction marker keeps the stored secret.
    [[nodiscard]] bool putBroker(const Broker &broker, const SettingsSchema &schema);
    // Refused while a plugin instance uses the broker.
    [[nodiscard]] bool removeBroker(const QString &id);

    [[nodiscard]] QList<PluginInstance> instances() const;
    [[nodiscard]] std::optional<PluginInstance> instance(const QString &id) const;
    // Adds or replaces by id; createdMs is kept from the stored record, updatedMs is now.
    [[nodiscard]] bool putInstance(const PluginInstance &instance, const PluginSchemaLookup &schemas);
    [[nodiscard]] bool removeInstance(const QString &id);
    // reason: why the application disables it (shown to the installer); cleared on enabling.
    [[nodiscard]] bool setEnabled(const QString &id, bool enabled, const QString &reason = {});

    [[nodiscard]] QJsonObject siteSettings() const;
    // As siteSettings(), telling an unreadable file (nothing, errorString() says why) from no settings.
    [[nodiscard]] std::optional<QJsonObject> readSiteSettings() const;
    [[nodiscard]] QJsonValue siteSetting(const QString &key) const; // Undefined when not set
    [[nodiscard]] bool putSiteSetting(const QString &key, const QJsonValue &value);
    [[nodiscard]] bool removeSiteSetting(const QString &key);

    // The whole configuration as an indented JSON document with every secret redacted.
    [[nodiscard]] std::optional<QByteArray> exportJson(const ConfigSchemas &schemas) const;
    // Checks the whole document before anything is written; on any error the store is left as it was.
    [[nodiscard]] bool importJson(const QByteArray &json, const ConfigSchemas &schemas, ImportMode mode);

private:
    struct Connection;

    [[nodiscard]] bool ready() const;
    [[nodiscard]] bool fail(const QString &message) const;
    [[nodiscard]] bool failStorage(const storage::sqlite::SqliteError &error) const;

    const Clock &m_clock;
    std::unique_ptr<Connection> m_connection;
    QString m_path;
    mutable QString m_error;
};

} // namespace commonwatt::config
