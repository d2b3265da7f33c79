// What a plugin asks the installer for: its settings as typed fields, from which the installer's forms are
// built and against which every stored configuration is checked before the plugin sees it.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace commonwatt {

enum class SettingType
{
    Text,    // free text (a topic, a host name)
    Integer, // whole number, within minimum..maximum
    Number,  // real number, within minimum..maximum
    Boolean,
    Choice, // one of SettingField::choices
};

struct SettingField
{
    QString key;   // the settings object's key, e.g. "topic"
    QString label; // what the installer's form shows, e.g. "Device topic"
    SettingType type = SettingType::Text;
    QString unit;           // "kW", "A", "s", or empty
    QJsonValue defaultValue{QJsonValue::Undefined}; // Undefined: no default
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool required = false;
    bool secret = false; // passwords and keys: masked in forms, never logged, never exported in plain text
    QStringList choices; // for Choice
    QString help;        // one sentence under the field
};

using SettingsSchema = QList<SettingField>;

// The settings with every missing field that has a default filled in, or nothing, with *error naming the
// first field at fault ("power_path: required", "port: 70000 is above the maximum 65535"). Keys the schema
// does not know are refused too, so that a misspelt key never silently falls back to a default.
[[nodiscard]] std::optional<QJsonObject> validateSettings(const SettingsSchema &schema,
                                                          const QJsonObject &settings, QString *error);

// The settings with every secret field's value replaced by kRedacted: what logs and exports show.
[[nodiscard]] QJsonObject redactSecrets(const SettingsSchema &schema, const QJsonObject &settings);
inline constexpr QLatin1StringView kRedacted{"<secret>"};

// The schema as JSON (for the installer's form and the MQTT API): one object per field.
[[nodiscard]] QJsonObject settingFieldToJson(const SettingField &field);
[[nodiscard]] QString settingTypeName(SettingType type);

} // namespace commonwatt
