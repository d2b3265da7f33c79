// One Switch component of a Shelly Gen2+ device (Plus Plug S, Plus 1PM, Pro 1PM...) over MQTT: its power,
// energy register and output as readings, its `online` last will as availability, and on/off commands sent as
// Switch.Set RPCs until the device's reported output shows them.
#pragma once

#include "mqttswitchdevice.h"
#include "shellypayload.h"

#include <map>

namespace commonwatt::shelly {

struct ShellyConfig
{
    QString deviceId; // the device's MQTT topic prefix, e.g. "shellyplusplugs-a8032ab12345"
    int switchId = 0;
    QString name;
    DeviceKind kind = DeviceKind::Appliance;
    bool controllable = true; // false: a monitor, which only measures its load
    double maxPowerKw = 3.7;
    QString rpcSource; // our JSON-RPC "src"; replies arrive on <rpcSource>/rpc
};

class ShellyDevice final : public plugins::MqttSwitchDevice
{
    Q_OBJECT
public:
    // Subscribes at once and asks the device for its status. mqtt and clock must outlive the device's
    // subscriptions' use (the host keeps both for the plugin's lifetime).
    ShellyDevice(const QString &id, ShellyConfig config, MqttClient &mqtt, Clock &clock,
                 QObject *parent = nullptr);

    [[nodiscard]] const ShellyConfig &config() const { return m_config; }
    // The device's status as last reported (merged), for tests and diagnostics.
    [[nodiscard]] const SwitchStatus &lastStatus() const { return m_status; }

private:
    struct Request
    {
        bool isSet = false;    // Switch.Set, else Switch.GetStatus
        quint64 commandId = 0; // the command a Switch.Set was sent for
    };

    void requestState() override; // Switch.GetStatus
    void sendSwitch(bool on, quint64 commandId) override;

    void subscribe(const QString &topic, TopicKind kind);
    void handle(TopicKind kind, const MqttMessage &message);
    void applyStatus(const SwitchStatus &status, const QString &topic, bool retained);
    void handleReply(const Message &reply, const QString &topic);
    void sendRpc(Request request, const QString &method, const QJsonObject &params);

    ShellyConfig m_config;
    SwitchStatus m_status;
    qint64 m_nextRpcId = 1;
    std::map<qint64, Request> m_requests; // outstanding RPC ids, the oldest dropped beyond a few
};

} // namespace commonwatt::shelly
