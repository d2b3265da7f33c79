#include "mqttbrokersettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace commonwatt::mqtt {

namespace {

SettingField field(QString key, QString label, SettingType type, QJsonValue defaultValue, QString help)
{
    SettingField f;
    f.key = std::move(key);
    f.label = std::move(label);
    f.type = type;
    // The callers below pass {} (null) for "no default".
    f.defaultValue = defaultValue.isNull() ? QJsonValue(QJsonValue::Undefined) : std::move(defaultValue);
    f.help = std::move(help);
    return f;
}

// A file that the broker connection will need, checked now so that the installer hears about it at once
// rather than as a failed connection later.
bool checkReadable(const QString &key, const QString &path, QString *error)
{
    if (path.isEmpty())
        return true;
    const QFileInfo info(path);
    if (!info.exists())
        *error = u"%1: %2"_s.arg(
            key, QCoreApplication::translate("MqttBrokerSettings", "%1 does not exist").arg(path));
    else if (!info.isFile() || !info.isReadable())
        *error = u"%1: %2"_s.arg(
            key, QCoreApplication::translate("MqttBrokerSettings", "%1 cannot be read").arg(path));
    else
        return true;
    return false;
}

} // namespace

SettingsSchema MqttBrokerSettings::schema()
{
    SettingsSchema schema;
    SettingField host = field(
        u"host"_s, QCoreApplication::translate("MqttBrokerSettings", "Broker host"), SettingType::Text, {},
        QCoreApplication::translate(
            "MqttBrokerSettings", "Host name or IP address of the MQTT broker, without mqtt:// or a port."));
    host.required = true;
    schema << host;
    SettingField port =
        field(u"port"_s, QCoreApplication::translate("MqttBrokerSettings", "Port"), SettingType::Integer, {},
              QCoreApplication::translate("MqttBrokerSettings",
                                          "Leave empty for the standard port: 1883, or 8883 with TLS."));
    port.minimum = 1;
    port.maximum = 65535;
    schema << port;
    schema << field(u"tls"_s, QCoreApplication::translate("MqttBrokerSettings", "Use TLS"),
                    SettingType::Boolean, false,
                    QCoreApplication::translate(
                        "MqttBrokerSettings", "Encrypt the connection and check the broker's certificate."));
    schema << field(
        u"caFile"_s, QCoreApplication::translate("MqttBrokerSettings", "CA certificate file"),
        SettingType::Text, {},
        QCoreApplication::translate(
            "MqttBrokerSettings",
            "PEM file of the authority that signed the broker's certificate; empty: the system's."));
    schema << field(
        u"certFile"_s, QCoreApplication::translate("MqttBrokerSettings", "Client certificate file"),
        SettingType::Text, {},
        QCoreApplication::translate("MqttBrokerSettings",
                                    "PEM certificate for brokers that identify clients by certificate."));
    schema << field(
        u"keyFile"_s, QCoreApplication::translate("MqttBrokerSettings", "Client key file"), SettingType::Text,
        {}, QCoreApplication::translate("MqttBrokerSettings", "PEM private key of the client certificate."));
    schema << field(
        u"verifyPeer"_s, QCoreApplication::translate("MqttBrokerSettings", "Verify the broker's certificate"),
        SettingType::Boolean, true,
        QCoreApplication::translate("MqttBrokerSettings",
                                    "Turn off only for testing: anyone could pretend to be the broker."));
    schema << field(u"username"_s, QCoreApplication::translate("MqttBrokerSettings", "User name"),
                    SettingType::Text, {}, {});
    SettingField password =
        field(u"password"_s, QCoreApplication::translate("MqttBrokerSettings", "Password"), SettingType::Text,
              {}, {});
    password.secret = true;
    schema << password;
    schema << field(
        u"clientId"_s, QCoreApplication::translate("MqttBrokerSettings", "Client id"), SettingType::Text, {},
        QCoreApplication::translate("MqttBrokerSettings", "Unique on the broker; empty: one is generated."));
    SettingField keepAlive =
        field(u"keepAliveSeconds"_s, QCoreApplication::translate("MqttBrokerSettings", "Keep-alive interval"),
              SettingType::Integer, 30,
              QCoreApplication::translate("MqttBrokerSettings", "How soon a lost connection is noticed."));
    keepAlive.unit = u"s"_s;
    keepAlive.minimum = 5;
    keepAlive.maximum = 3600;
    schema << keepAlive;
    schema << field(u"willTopic"_s, QCoreApplication::translate("MqttBrokerSettings", "Availability topic"),
                    SettingType::Text, {},
                    QCoreApplication::translate(
                        "MqttBrokerSettings",
                        "Where the broker announces that Commonwatt went offline; empty: no announcement."));
    schema << field(u"willPayload"_s, QCoreApplication::translate("MqttBrokerSettings", "Offline payload"),
                    SettingType::Text, u"offline"_s, {});
    schema << field(u"willRetain"_s, QCoreApplication::translate("MqttBrokerSettings", "Retain availability"),
                    SettingType::Boolean, true, {});
    schema << field(u"onlinePayload"_s, QCoreApplication::translate("MqttBrokerSettings", "Online payload"),
                    SettingType::Text, u"online"_s, {});
    return schema;
}

std::optional<MqttBrokerSettings> MqttBrokerSettings::fromJson(const QJsonObject &json, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<QJsonObject> valid = validateSettings(schema(), json, error);
    if (!valid)
        return std::nullopt;
    const QJsonObject &v = *valid;
    MqttBrokerSettings s;
    s.host = v.value("host"_L1).toString().trimmed();
    if (s.host.contains("://"_L1) || s.host.contains(u'/') || s.host.contains(u' ')) {
        *error = u"host: %1"_s.arg(
            QCoreApplication::translate("MqttBrokerSettings",
                                        "%1 is not a host name or address (leave out mqtt:// and any path)")
                .arg(s.host));
        return std::nullopt;
    }
    s.tls = v.value("tls"_L1).toBool();
    s.port = v.contains("port"_L1) ? v.value("port"_L1).toInt() : (s.tls ? 8883 : 1883);
    s.caFile = v.value("caFile"_L1).toString();
    s.certFile = v.value("certFile"_L1).toString();
    s.keyFile = v.value("keyFile"_L1).toString();
    s.verifyPeer = v.value("verifyPeer"_L1).toBool(true);
    s.username = v.value("username"_L1).toString();
    s.password = v.value("password"_L1).toString();
    s.clientId = v.value("clientId"_L1).toString();
    if (s.clientId.isEmpty())
        s.clientId = u"commonwatt-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    s.keepAliveSeconds = v.value("keepAliveSeconds"_L1).toInt(30);
    s.willTopic = v.value("willTopic"_L1).toString();
    if (s.willTopic.contains(u'+') || s.willTopic.contains(u'#')) {
        *error = u"willTopic: %1"_s.arg(
            QCoreApplication::translate("MqttBrokerSettings", "must not contain the wildcards + or #"));
        return std::nullopt;
    }
    s.willPayload = v.value("willPayload"_L1).toString().toUtf8();
    s.willRetain = v.value("willRetain"_L1).toBool(true);
    s.onlinePayload = v.value("onlinePayload"_L1).toString().toUtf8();
    if (s.password.size() > 0 && s.username.isEmpty()) {
        *error = u"username: %1"_s.arg(
            QCoreApplication::translate("MqttBrokerSettings", "required when a password is set"));
        return std::nullopt;
    }
    if (s.certFile.isEmpty() != s.keyFile.isEmpty()) {
        *error = s.certFile.isEmpty()
                     ? u"certFile: %1"_s.arg(
                           QCoreApplication::translate("MqttBrokerSettings", "required when keyFile is set"))
                     : u"keyFile: %1"_s.arg(QCoreApplication::translate("MqttBrokerSettings",
                                                                        "required when certFile is set"));
        return std::nullopt;
    }
    if (s.tls &&
        !(checkReadable(u"caFile"_s, s.caFile, error) && checkReadable(u"certFile"_s, s.certFile, error) &&
          checkReadable(u"keyFile"_s, s.keyFile, error)))
        return std::nullopt;
    return s;
}

QJsonObject MqttBrokerSettings::toJson() const
{
    QJsonObject json{{u"host"_s, host},
                     {u"port"_s, port},
                     {u"tls"_s, tls},
                     {u"verifyPeer"_s, verifyPeer},
                     {u"clientId"_s, clientId},
                     {u"keepAliveSeconds"_s, keepAliveSeconds},
                     {u"willPayload"_s, QString::fromUtf8(willPayload)},
                     {u"willRetain"_s, willRetain},
                     {u"onlinePayload"_s, QString::fromUtf8(onlinePayload)}};
    // Empty optional texts are left out, so that toJson() and fromJson() round-trip.
    const auto optional = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    optional(u"caFile"_s, caFile);
    optional(u"certFile"_s, certFile);
    optional(u"keyFile"_s, keyFile);
    optional(u"username"_s, username);
    optional(u"password"_s, password);
    optional(u"willTopic"_s, willTopic);
    return json;
}

QString MqttBrokerSettings::address() const
{
    // An IPv6 literal needs brackets wherever a port follows it.
    const QString h = host.contains(u':') ? u"[%1]"_s.arg(host) : host;
    return u"%1:%2"_s.arg(h).arg(port);
}

QString MqttBrokerSettings::serverUri() const
{
    return (tls ? u"ssl://"_s : u"tcp://"_s) + address();
}

} // namespace commonwatt::mqtt
