// One relay of a Tasmota device over MQTT: ENERGY power and total as readings, POWER<n> as the on flag, the
// LWT as availability, and on/off commands published to cmnd/<t>/POWER<n> until the device's state shows
// them.
#pragma once

#include "mqttswitchdevice.h"
#include "tasmotapayload.h"

namespace commonwatt::tasmota {

struct TasmotaConfig
{
    QString topic; // the device's %topic%, e.g. "tasmota_9CF9D1"
    int relay = 1;
    QString name;
    DeviceKind kind = DeviceKind::Appliance;
    bool controllable = true; // false: a monitor, which only measures its load
    double maxPowerKw = 3.7;
};

class TasmotaDevice final : public plugins::MqttSwitchDevice
{
    Q_OBJECT
public:
    // Subscribes at once and asks the device for its state (cmnd/<t>/STATE).
    TasmotaDevice(const QString &id, TasmotaConfig config, MqttClient &mqtt, Clock &clock,
                  QObject *parent = nullptr);

    [[nodiscard]] const TasmotaConfig &config() const { return m_config; }
    [[nodiscard]] std::optional<bool> lastOn() const { return m_on; }

private:
    void requestState() override; // an empty cmnd/<t>/STATE
    void sendSwitch(bool on, quint64 commandId) override;

    void subscribe(const QString &topic, TopicKind kind);
    void handle(TopicKind kind, const MqttMessage &message);

    TasmotaConfig m_config;
    std::optional<bool> m_on;
};

} // namespace commonwatt::tasmota
