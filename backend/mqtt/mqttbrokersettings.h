// Where and how to reach one MQTT broker: what the installer enters for the household's own broker or the
// community's, checked against schema() before the transport sees it.
#pragma once

#include <commonwatt/settingsschema.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace commonwatt::mqtt {

struct MqttBrokerSettings
{
    QString host;
    int port = 1883; // fromJson() defaults it to 8883 when tls is on
    bool tls = false;
    QString caFile;   // PEM; empty: the system's trusted CAs
    QString certFile; // PEM client certificate, with keyFile, for brokers that require one
    QString keyFile;
    bool verifyPeer = true; // check the broker's certificate chain and host name
    QString username;
    QString password; // secret: never logged, redacted by redactSecrets(schema(), ...)
    QString clientId; // fromJson() generates one when empty; keeping it stable is the caller's business
    int keepAliveSeconds = 30;
    // Last will: the broker publishes willPayload on willTopic when we vanish; onlinePayload is published
    // there (retained, like the will when willRetain) on every connect. No will when willTopic is empty.
    QString willTopic;
    QByteArray willPayload = "offline";
    bool willRetain = true;
    QByteArray onlinePayload = "online";

    [[nodiscard]] static commonwatt::SettingsSchema schema();
    // The settings, or nothing with *error naming the field at fault ("port: 70000 is above the maximum
    // 65535", "caFile: /etc/x.pem cannot be read").
    [[nodiscard]] static std::optional<MqttBrokerSettings> fromJson(const QJsonObject &json, QString *error);
    // Includes the password: store it as a secret (redactSecrets(schema(), ...) before logging or exporting).
    [[nodiscard]] QJsonObject toJson() const;

    // "host:port", for messages.
    [[nodiscard]] QString address() const;
    // "tcp://host:port" or "ssl://host:port", for Paho.
    [[nodiscard]] QString serverUri() const;
};

} // namespace commonwatt::mqtt
