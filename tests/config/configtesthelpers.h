// Schemas and records shared by the configuration store's tests and their crash child: a plug plugin with a
// secret, a meter plugin without one, and an MQTT broker schema written here (the real one belongs to the
// MQTT transport, which these tests must not depend on).
#pragma once

#include "config/configrecords.h"

#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace configtest {

inline constexpr qint64 kStartMs = 1'790'000'000'000;

inline commonwatt::SettingField field(const QString &key,
                                      commonwatt::SettingType type = commonwatt::SettingType::Text)
{
    commonwatt::SettingField result;
    result.key = key;
    result.label = key;
    result.type = type;
    // What a schema must say for "no default" (a default-constructed QJsonValue is null, which the validator
    // takes as a default); carelessSchema() below leaves it as it comes, as a careless schema would.
    result.defaultValue = QJsonValue(QJsonValue::Undefined);
    return result;
}

inline commonwatt::SettingsSchema plugSchema()
{
    using commonwatt::SettingField;
    using commonwatt::SettingType;
    SettingField topic = field(u"topic"_s);
    topic.required = true;
    SettingField port = field(u"port"_s, SettingType::Integer);
    port.defaultValue = 1883;
    port.minimum = 1;
    port.maximum = 65535;
    SettingField limit = field(u"power_limit"_s, SettingType::Number);
    limit.unit = u"kW"_s;
    limit.minimum = 0;
    limit.maximum = 22;
    SettingField mode = field(u"mode"_s, SettingType::Choice);
    mode.choices = {u"switch"_s, u"meter"_s};
    mode.defaultValue = u"switch"_s;
    SettingField token = field(u"token"_s);
    token.secret = true;
    return {topic, port, limit, mode, token};
}

inline commonwatt::SettingsSchema meterSchema()
{
    using commonwatt::SettingField;
    using commonwatt::SettingType;
    SettingField device = field(u"device_id"_s);
    device.required = true;
    SettingField inverted = field(u"inverted"_s, SettingType::Boolean);
    inverted.defaultValue = false;
    return {device, inverted};
}

inline commonwatt::SettingsSchema brokerSchema()
{
    using commonwatt::SettingField;
    using commonwatt::SettingType;
    SettingField host = field(u"host"_s);
    host.required = true;
    SettingField port = field(u"port"_s, SettingType::Integer);
    port.defaultValue = 1883;
    port.minimum = 1;
    port.maximum = 65535;
    SettingField username = field(u"username"_s);
    SettingField password = field(u"password"_s);
    password.secret = true;
    SettingField caFile = field(u"ca_file"_s);
    return {host, port, username, password, caFile};
}

// Fields whose defaultValue is left default-constructed (null), as a plugin author may well leave them.
inline commonwatt::SettingsSchema carelessSchema()
{
    commonwatt::SettingField url;
    url.key = u"url"_s;
    url.label = u"URL"_s;
    commonwatt::SettingField password;
    password.key = u"password"_s;
    password.label = u"Password"_s;
    password.secret = true;
    return {url, password};
}

inline std::optional<commonwatt::SettingsSchema> lookup(const QString &pluginId)
{
    if (pluginId == u"test.careless")
        return carelessSchema();
    if (pluginId == u"test.plug")
        return plugSchema();
    if (pluginId == u"test.meter")
        return meterSchema();
    return std::nullopt;
}

inline commonwatt::config::ConfigSchemas schemas()
{
    return {lookup, brokerSchema()};
}

inline commonwatt::config::Broker broker(const QString &id, const QString &password = {})
{
    QJsonObject settings{{u"host"_s, u"mqtt.%1.lan"_s.arg(id)}, {u"port"_s, 8883}, {u"username"_s, u"cw"_s}};
    if (!password.isEmpty())
        settings.insert(u"password"_s, password);
    return {id, u"Broker "_s + id, settings};
}

inline commonwatt::config::PluginInstance plug(const QString &id, const QString &token = {},
                                               std::optional<QString> brokerId = std::nullopt)
{
    commonwatt::config::PluginInstance instance;
    instance.id = id;
    instance.pluginId = u"test.plug"_s;
    instance.name = u"Plug "_s + id;
    instance.brokerId = std::move(brokerId);
    instance.settings = {{u"topic"_s, QString(u"tele/"_s + id)}, {u"power_limit"_s, 3.5}};
    if (!token.isEmpty())
        instance.settings.insert(u"token"_s, token);
    return instance;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace configtest
