// What a Shelly Gen2+ device publishes over MQTT (Shelly Gen2 API: MQTT, RPC protocol, Switch component),
// read into plain values. Pure functions of the payload: no clock, no broker, so that they can be fuzzed on
// their own (tests/fuzz/fuzz_shelly.cpp). An error names the field at fault; the device adds the topic.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace commonwatt::shelly {

// A Switch component's status, or the part of it a message carried: NotifyStatus sends only what changed
// (often just aenergy once a minute), so every field is optional.
struct SwitchStatus
{
    std::optional<bool> output;
    std::optional<double> powerW;       // apower
    std::optional<double> voltageV;     // voltage
    std::optional<double> currentA;     // current
    std::optional<double> energyWh;     // aenergy.total, the device's own register
    std::optional<double> temperatureC; // temperature.tC

    [[nodiscard]] bool isEmpty() const
    {
        return !output && !powerW && !voltageV && !currentA && !energyWh && !temperatureC;
    }
    // Overlays the fields `newer` carries, as the Gen2 docs ask for NotifyStatus.
    void merge(const SwitchStatus &newer);
};

enum class TopicKind
{
    SwitchStatus, // <prefix>/status/switch:<id>: the whole status (status_ntf)
    Events,       // <prefix>/events/rpc: NotifyStatus, NotifyFullStatus, NotifyEvent (rpc_ntf)
    Online,       // <prefix>/online: "true" / "false", the device's last will
    RpcReply,     // <src>/rpc: replies to our requests
};

struct ParseOptions
{
    int switchId = 0;
    double maxPowerW = 3700.0; // plausibility limit: |apower| above it is a broken message
};

struct Message
{
    TopicKind kind = TopicKind::SwitchStatus;
    // Our switch's fields, when the message carried any (an event about another component carries none).
    std::optional<SwitchStatus> status;
    std::optional<bool> online;
    std::optional<qint64> rpcId; // RpcReply: the request this answers
    QString rpcError;            // RpcReply: the device refused the request ("-105: Argument 'id'...")
};

struct ParseResult
{
    std::optional<Message> message; // empty: `error` says what is wrong with the payload
    QString error;
};

// Messages larger than this are refused unread: no status or notification comes near it.
inline constexpr qsizetype kMaxPayloadBytes = 64 * 1024;

[[nodiscard]] ParseResult parse(TopicKind kind, QByteArrayView payload, const ParseOptions &options);

// The topic under the device's prefix that carries `kind` (RpcReply lives under our own src instead).
[[nodiscard]] QString topicSuffix(TopicKind kind, int switchId);

} // namespace commonwatt::shelly
