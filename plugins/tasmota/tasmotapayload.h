// What a Tasmota device publishes over MQTT with the default FullTopic %prefix%/%topic%/ (Tasmota docs: MQTT,
// Commands, Energy), read into plain values. Pure functions of the payload, fuzzed on their own
// (tests/fuzz/fuzz_tasmota.cpp). An error names the field at fault; the device adds the topic.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace commonwatt::tasmota {

enum class TopicKind
{
    State,  // tele/<t>/STATE: periodic state, {"POWER":"ON",...}
    Sensor, // tele/<t>/SENSOR: {"ENERGY":{"Total":..,"Power":..,"Voltage":..,"Current":..}}
    Lwt,    // tele/<t>/LWT: "Online" / "Offline" (retained last will)
    Result, // stat/<t>/RESULT: the answer to any command, {"POWER":"ON"} after a power command
    Power,  // stat/<t>/POWER<n>: "ON" / "OFF"
};

struct ParseOptions
{
    int relay = 1;             // POWER (or POWER1) for 1, POWER<n> otherwise
    double maxPowerW = 3700.0; // plausibility limit: |Power| above it is a broken message
};

// What a message said about our relay; fields it did not carry stay empty.
struct Readings
{
    std::optional<bool> on;
    std::optional<double> powerW;    // ENERGY.Power
    std::optional<double> energyKwh; // ENERGY.Total, the device's own register
    std::optional<double> voltageV;  // ENERGY.Voltage
    std::optional<double> currentA;  // ENERGY.Current

    [[nodiscard]] bool isEmpty() const { return !on && !powerW && !energyKwh && !voltageV && !currentA; }
};

struct Message
{
    TopicKind kind = TopicKind::State;
    Readings readings;
    std::optional<bool> online; // Lwt
};

struct ParseResult
{
    std::optional<Message> message; // empty: `error` says what is wrong with the payload
    QString error;
};

inline constexpr qsizetype kMaxPayloadBytes = 64 * 1024;

[[nodiscard]] ParseResult parse(TopicKind kind, QByteArrayView payload, const ParseOptions &options);

// The key (and stat topic's last level) of a relay's state: "POWER" for relay 1 (Tasmota also says "POWER1"
// when SetOption26 is on or the device has several relays), "POWER<n>" for the others.
[[nodiscard]] QString powerKey(int relay);

} // namespace commonwatt::tasmota
