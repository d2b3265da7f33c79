// A device whose readings and commands the installer mapped onto MQTT topics (genericconfig.h). Lives on its
// plugin's worker thread: messages arrive there (the device is the subscriptions' context), and so do the
// clock's ticks that drive command retries.
#pragma once

#include "genericconfig.h"
#include "payloadvalue.h"

#include <commonwatt/commandtracker.h>
#include <commonwatt/device.h>
#include <commonwatt/energycounter.h>
#include <commonwatt/mqttclient.h>

#include <QList>
#include <QPointer>

#include <array>
#include <optional>

namespace commonwatt {
class Clock;
}

namespace commonwatt::mqttgeneric {

class GenericMqttDevice final : public Device
{
    Q_OBJECT
public:
    // A setpoint is confirmed when the power reading is within this of it (docs/plugins-generic-gridfeed.md).
    [[nodiscard]] static double powerToleranceKw(double setpointKw);
    // Readings beyond these are refused as bad payloads: no household device comes near them.
    static constexpr double maxAbsPowerKw = 100'000.0;
    static constexpr double maxEnergyKwh = 1.0e9;

    GenericMqttDevice(QString id, GenericConfig config, MqttClient &mqtt, Clock &clock,
                      CommandTracker::Options commandOptions = {}, QObject *parent = nullptr);
    ~GenericMqttDevice() override;

    [[nodiscard]] static QList<ChannelSpec> channelsFor(const GenericConfig &config);
    // The channel index of a reading, or -1 when it is not mapped.
    [[nodiscard]] qint32 channelOf(Reading reading) const
    {
        return m_channel[static_cast<std::size_t>(reading)];
    }
    [[nodiscard]] const CommandTracker &commandTracker() const { return *m_tracker; }

private:
    void onMessages(const QList<MqttMessage> &messages);
    void onMessage(const MqttMessage &message);
    void onAvailabilityMessage(const MqttMessage &message);
    void onCommand(const DeviceCommand &command);
    void onBrokerState(MqttClient::State state, const QString &reason);
    // The value of one reading in a payload, checked and scaled, or nothing after reporting why.
    [[nodiscard]] std::optional<double> readValue(Reading reading, const MqttMessage &message,
                                                  const Payload &payload);
    // What a bad payload report calls the reading: "energyPath ENERGY.Total", "powerTopic (a plain value)".
    [[nodiscard]] QString fieldName(Reading reading) const;
    [[nodiscard]] bool shows(const DeviceCommand &command) const;

    GenericConfig m_config;
    QPointer<MqttClient> m_mqtt;
    Clock &m_clock;
    CommandTracker *m_tracker;
    QList<quint64> m_subscriptions;
    std::array<qint32, readingCount> m_channel{-1, -1, -1, -1};
    std::array<std::optional<double>, readingCount> m_last; // the newest good value of each reading
    EnergyCounter m_energy; // the energy reading's register rule (docs/plugins.md, "Energy counters")
};

} // namespace commonwatt::mqttgeneric
