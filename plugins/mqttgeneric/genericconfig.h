// The generic MQTT plugin's settings: the installer's form (a flat list of typed fields, one reading's topic,
// path and scale side by side) and the checked configuration a device is built from. Everything a schema
// cannot say (a path's syntax, a topic's wildcards, a command that could never be confirmed) is checked here,
// with a message naming the field.
#pragma once

#include "jsonpath.h"

#include <commonwatt/device.h>
#include <commonwatt/settingsschema.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace commonwatt::mqttgeneric {

enum class Reading
{
    Power,  // kW
    Energy, // kWh, a register
    Soc,    // %
    On,     // 1 on, 0 off
};
inline constexpr std::size_t readingCount = 4;
[[nodiscard]] QString readingKey(Reading reading); // "power", "energy", "soc", "on": the settings' prefix

struct ReadingMapping
{
    QString topic;
    JsonPath path;
    double scale = 1.0;
};

struct GenericConfig
{
    QString name;
    DeviceKind kind = DeviceKind::Meter;
    std::array<std::optional<ReadingMapping>, readingCount> readings; // by Reading; empty: not read
    double maxPowerKw = 50.0;  // the energy register's plausibility limit (commonwatt::EnergyCounter)
    QString availabilityTopic; // empty: online once a reading arrives
    QString payloadOnline;
    QString payloadOffline;
    QString switchTopic;
    QByteArray payloadOn;
    QByteArray payloadOff;
    QString setpointTopic;
    double setpointScale = 1000.0;
    QString currentTopic;

    [[nodiscard]] const std::optional<ReadingMapping> &reading(Reading r) const
    {
        return readings[static_cast<std::size_t>(r)];
    }
};

[[nodiscard]] SettingsSchema genericSettingsSchema();

// The configuration the settings describe, or nothing with *error naming the field at fault
// ("powerPath: position 7: expected a key after '.'"). Settings are checked against the schema first, so a
// caller may pass them as stored.
[[nodiscard]] std::optional<GenericConfig> configFromSettings(const QJsonObject &settings, QString *error);

// Empty when `topic` can be published to and subscribed as it is, else why not.
[[nodiscard]] QString topicProblem(const QString &topic);

} // namespace commonwatt::mqttgeneric
