#include <commonwatt/settingsschema.h>

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// Checks one present value against its field; empty on success.
QString checkValue(const SettingField &field, const QJsonValue &value)
{
    switch (field.type) {
    case SettingType::Text:
        if (!value.isString())
            return QCoreApplication::translate("Settings", "must be text");
        if (field.required && value.toString().trimmed().isEmpty())
            return QCoreApplication::translate("Settings", "required");
        return {};
    case SettingType::Boolean:
        return value.isBool() ? QString() : QCoreApplication::translate("Settings", "must be true or false");
    case SettingType::Choice:
        if (!value.isString() || !field.choices.contains(value.toString()))
            return QCoreApplication::translate("Settings", "must be one of %1")
                .arg(field.choices.join(u", "_s));
        return {};
    case SettingType::Integer:
    case SettingType::Number: {
        if (!value.isDouble())
            return QCoreApplication::translate("Settings", "must be a number");
        const double v = value.toDouble();
        if (!std::isfinite(v))
            return QCoreApplication::translate("Settings", "must be a finite number");
        if (field.type == SettingType::Integer && (v != std::floor(v) || std::abs(v) > 9.0e15))
            return QCoreApplication::translate("Settings", "must be a whole number");
        if (field.minimum && v < *field.minimum)
            return QCoreApplication::translate("Settings", "%1 is below the minimum %2")
                .arg(number(v), number(*field.minimum));
        if (field.maximum && v > *field.maximum)
            return QCoreApplication::translate("Settings", "%1 is above the maximum %2")
                .arg(number(v), number(*field.maximum));
        return {};
    }
    }
    return QCoreApplication::translate("Settings", "has an unknown type");
}

} // namespace

std::optional<QJsonObject> validateSettings(const SettingsSchema &schema, const QJsonObject &settings,
                                            QString *error)
{
    QJsonObject result;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const bool known = std::any_of(schema.begin(), schema.end(),
                                       [&](const SettingField &field) { return field.key == it.key(); });
        if (!known) {
            *error = u"%1: %2"_s.arg(it.key(),
                                     QCoreApplication::translate("Settings", "not a setting of this plugin"));
            return std::nullopt;
        }
    }
    for (const SettingField &field : schema) {
        const QJsonValue value = settings.value(field.key);
        if (value.isUndefined() || value.isNull()) {
            if (!field.defaultValue.isUndefined()) {
                result.insert(field.key, field.defaultValue);
                continue;
            }
            if (field.required) {
                *error = u"%1: %2"_s.arg(field.key, QCoreApplication::translate("Settings", "required"));
                return std::nullopt;
            }
            continue;
        }
        const QString problem = checkValue(field, value);
        if (!problem.isEmpty()) {
            *error = u"%1: %2"_s.arg(field.key, problem);
            return std::nullopt;
        }
        result.insert(field.key, value);
    }
    return result;
}

QJsonObject redactSecrets(const SettingsSchema &schema, const QJsonObject &settings)
{
    QJsonObject result = settings;
    for (const SettingField &field : schema) {
        if (field.secret && result.contains(field.key))
            result.insert(field.key, QString(kRedacted));
    }
    return result;
}

QString settingTypeName(SettingType type)
{
    switch (type) {
    case SettingType::Text:
        return u"text"_s;
    case SettingType::Integer:
        return u"integer"_s;
    case SettingType::Number:
        return u"number"_s;
    case SettingType::Boolean:
        return u"boolean"_s;
    case SettingType::Choice:
        return u"choice"_s;
    }
    return u"text"_s;
}

QJsonObject settingFieldToJson(const SettingField &field)
{
    QJsonObject json{{u"key"_s, field.key},
                     {u"label"_s, field.label},
                     {u"type"_s, settingTypeName(field.type)},
                     {u"required"_s, field.required},
                     {u"secret"_s, field.secret}};
    if (!field.unit.isEmpty())
        json.insert(u"unit"_s, field.unit);
    if (!field.defaultValue.isUndefined())
        json.insert(u"default"_s, field.defaultValue);
    if (field.minimum)
        json.insert(u"minimum"_s, *field.minimum);
    if (field.maximum)
        json.insert(u"maximum"_s, *field.maximum);
    if (!field.choices.isEmpty())
        json.insert(u"choices"_s, QJsonArray::fromStringList(field.choices));
    if (!field.help.isEmpty())
        json.insert(u"help"_s, field.help);
    return json;
}

} // namespace commonwatt
