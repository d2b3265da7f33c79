// The installer's configuration as the rest of the application sees it: MQTT brokers, device plugin instances
// and the site's own settings. Settings objects hold secrets in plain text here; ConfigStore redacts them in
// everything that leaves it (exports, logs).
#pragma once

#include <commonwatt/settingsschema.h>

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <functional>
#include <optional>

namespace commonwatt::config {

struct Broker
{
    QString id; // a slug (see isValidId), what plugin instances refer to
    QString name;
    QJsonObject settings; // checked against the broker schema (host, port, TLS files, username, password)

    friend bool operator==(const Broker &, const Broker &) = default;
};

struct PluginInstance
{
    QString id; // a slug, unique among instances
    QString pluginId;
    QString name;
    bool enabled = true;
    std::optional<QString> brokerId; // the broker the plugin's devices talk through, if it uses MQTT
    QJsonObject settings;            // checked against the plugin's schema
    qint64 createdMs = 0;            // set by the store from its clock; ignored by put
    qint64 updatedMs = 0;            // likewise
    // Why the application (not the installer) disabled it, e.g. "crashed the application on 2026-11-26
    // 04:10"; cleared when the instance is enabled again.
    QString disabledReason;

    friend bool operator==(const PluginInstance &, const PluginInstance &) = default;
};

// Finds a plugin's settings schema by plugin id; nothing when no such plugin is installed.
using PluginSchemaLookup = std::function<std::optional<SettingsSchema>(const QString &pluginId)>;

// Everything an import or export needs to know about settings: which fields exist and which are secret.
struct ConfigSchemas
{
    PluginSchemaLookup plugin;
    SettingsSchema broker;
};

enum class ImportMode
{
    Merge,   // records in the document are added or replace those with the same id; others stay
    Replace, // the store ends up holding exactly what the document holds
};

// Ids are used in MQTT topics, file names and the installer's URLs, hence the narrow alphabet.
inline constexpr int kMaxIdLength = 64;
[[nodiscard]] bool isValidId(const QString &id);

// Site settings keys: lowercase letters, digits, '_', '-' and '.'. Those the application knows are below;
// others may be stored too.
[[nodiscard]] bool isValidSiteKey(const QString &key);
namespace sitekey {
inline constexpr QLatin1StringView householdId{"household_id"};
inline constexpr QLatin1StringView gridRegion{"grid_region"};
inline constexpr QLatin1StringView importLimitKw{"import_limit_kw"};
inline constexpr QLatin1StringView exportLimitKw{"export_limit_kw"};
// The household's community membership as the installer joined it (docs/installer.md); the key and
// community.json are files in the data folder's community/ folder, the passphrase is never stored.
inline constexpr QLatin1StringView communityMember{"community_member"};
inline constexpr QLatin1StringView communityHost{"community_host"};
inline constexpr QLatin1StringView communityPort{"community_port"};
inline constexpr QLatin1StringView communityTls{"community_tls"};
inline constexpr QLatin1StringView communityCaFile{"community_ca_file"};
// The wall panel (docs/kiosk.md).
inline constexpr QLatin1StringView kioskDimAfterSeconds{"kiosk_dim_after_s"};
inline constexpr QLatin1StringView installerPinHash{"installer_pin_hash"};
inline constexpr QLatin1StringView installerPinLockout{"installer_pin_lockout"};
} // namespace sitekey

// Site settings that belong to this device and its secrets (the installer PIN's hash and lockout: keys that
// start with "installer_pin_"): an export leaves them out, an import refuses them, and a replacing import
// keeps them.
[[nodiscard]] bool isDeviceOnlySiteKey(const QString &key);

} // namespace commonwatt::config
