// The part of a switching plug or relay over MQTT (Shelly, Tasmota) that does not depend on how the device
// speaks: three channels (power kW, energy kWh register, on flag), the energy register kept by the plugin
// API's EnergyCounter, availability from the broker's state and the device's last will, subscriptions ended
// with the device, and on/off commands tracked by a CommandTracker until the device's reported state shows
// them.
#pragma once

#include <commonwatt/device.h>
#include <commonwatt/energycounter.h>
#include <commonwatt/mqttclient.h>

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace commonwatt {
class Clock;
class CommandTracker;
} // namespace commonwatt

namespace commonwatt::plugins {

class MqttSwitchDevice : public Device
{
    Q_OBJECT
public:
    ~MqttSwitchDevice() override;

    [[nodiscard]] const CommandTracker &commandTracker() const { return *m_tracker; }

protected:
    // Accepts Switch and StartRun when `controllable`; mqtt and clock must outlive the device's
    // subscriptions' use (the host keeps both for the plugin's lifetime).
    MqttSwitchDevice(const QString &id, const QString &name, DeviceKind kind, bool controllable,
                     double maxPowerKw, MqttClient &mqtt, Clock &clock, QObject *parent);

    // What one message said; what it did not carry stays empty.
    struct SwitchReadings
    {
        std::optional<double> powerW;
        std::optional<double> energyKwh; // the device's own register
        std::optional<bool> on;
    };

    // Asks the device for its whole state: at the start, when the broker or the device is back.
    virtual void requestState() = 0;
    // Sends one attempt of the on/off command `commandId` (the tracker repeats it until confirmed).
    virtual void sendSwitch(bool on, quint64 commandId) = 0;

    // Subscribes for the device's lifetime.
    void subscribe(const QString &topic, const std::function<void(const MqttMessage &)> &handle);
    // Null once the client is gone.
    [[nodiscard]] MqttClient *mqtt() const { return m_mqtt.data(); }
    [[nodiscard]] Clock &clock() const { return m_clock; }
    [[nodiscard]] CommandTracker &tracker() { return *m_tracker; }

    // The readings `values` give now; a register value the EnergyCounter refuses is reported as a bad payload
    // ("<topic>: <energyField>: <why>") and left out, with *energyAccepted (when asked) false.
    [[nodiscard]] QList<DeviceReading> readingsOf(const SwitchReadings &values, const QString &topic,
                                                  QStringView energyField, bool *energyAccepted = nullptr);
    // Publishes `readings`, online first when `proveOnline` (a fresh message; a retained one may be all that
    // is left of a device that died), then confirms a pending command that `on` shows.
    void publishReadings(const QList<DeviceReading> &readings, std::optional<bool> on, bool proveOnline);
    // The device's last will: online (and asked for its state, which may have changed while we could not see
    // it) or offline, naming `who`.
    void lastWill(bool online, const QString &who);

private:
    void onCommand(const DeviceCommand &command);
    void onMqttState(MqttClient::State state, const QString &reason);

    QPointer<MqttClient> m_mqtt;
    Clock &m_clock;
    std::unique_ptr<CommandTracker> m_tracker;
    EnergyCounter m_energy;
    QList<quint64> m_subscriptions;
    qint32 m_powerChannel;
    qint32 m_energyChannel;
    qint32 m_onChannel;
};

} // namespace commonwatt::plugins
