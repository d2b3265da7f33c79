#include "mqttswitchdevice.h"

#include <commonwatt/clock.h>
#include <commonwatt/commandtracker.h>

using namespace Qt::StringLiterals;

namespace commonwatt::plugins {

namespace {

QList<ChannelSpec> switchChannels()
{
    return {{u"power"_s, Quantity::Power, u"kW"_s},
            {u"energy"_s, Quantity::EnergyCounter, u"kWh"_s},
            {u"on"_s, Quantity::Flag, QString()}};
}

bool wantedOn(const DeviceCommand &command)
{
    return command.kind == CommandKind::StartRun || command.on;
}

} // namespace

MqttSwitchDevice::MqttSwitchDevice(const QString &id, const QString &name, DeviceKind kind, bool controllable,
                                   double maxPowerKw, MqttClient &mqtt, Clock &clock, QObject *parent)
    : Device(id, name, kind, switchChannels(), parent)
    , m_mqtt(&mqtt)
    , m_clock(clock)
    , m_tracker(std::make_unique<CommandTracker>(*this, clock))
    , m_energy(maxPowerKw)
    , m_powerChannel(channelIndex(u"power"_s))
    , m_energyChannel(channelIndex(u"energy"_s))
    , m_onChannel(channelIndex(u"on"_s))
{
    if (controllable)
        setAcceptedCommands({CommandKind::Switch, CommandKind::StartRun});
    connect(this, &Device::commandRequested, this, &MqttSwitchDevice::onCommand);
    connect(&mqtt, &MqttClient::stateChanged, this, &MqttSwitchDevice::onMqttState);
}

MqttSwitchDevice::~MqttSwitchDevice()
{
    if (MqttClient *client = m_mqtt.data()) {
        for (const quint64 subscription : std::as_const(m_subscriptions))
            client->unsubscribe(subscription);
    }
}

void MqttSwitchDevice::subscribe(const QString &topic, const std::function<void(const MqttMessage &)> &handle)
{
    MqttClient *client = m_mqtt.data();
    if (!client)
        return; // the broker connection is gone: the application is shutting down
    m_subscriptions << client->subscribe(topic, this, [handle](const QList<MqttMessage> &messages) {
        for (const MqttMessage &message : messages)
            handle(message);
    });
}

QList<DeviceReading> MqttSwitchDevice::readingsOf(const SwitchReadings &values, const QString &topic,
                                                  QStringView energyField, bool *energyAccepted)
{
    const qint64 nowMs = m_clock.nowMs();
    QList<DeviceReading> readings;
    if (energyAccepted)
        *energyAccepted = true;
    if (values.energyKwh) {
        const EnergyCounter::Update update = m_energy.update(*values.energyKwh, nowMs);
        if (update.accepted) {
            readings << DeviceReading{m_energyChannel, nowMs, update.publishedKwh};
        } else {
            if (energyAccepted)
                *energyAccepted = false;
            reportBadPayload(u"%1: %2: %3"_s.arg(topic, energyField, update.problem));
        }
    }
    if (values.powerW)
        readings << DeviceReading{m_powerChannel, nowMs, *values.powerW / 1000.0};
    if (values.on)
        readings << DeviceReading{m_onChannel, nowMs, *values.on ? 1.0 : 0.0};
    return readings;
}

void MqttSwitchDevice::publishReadings(const QList<DeviceReading> &readings, std::optional<bool> on,
                                       bool proveOnline)
{
    if (proveOnline)
        setAvailability(Availability::Online);
    if (!readings.isEmpty())
        emit readingsReady(readings);
    if (on) {
        const bool state = *on;
        m_tracker->stateReported(
            [state](const DeviceCommand &command) { return wantedOn(command) == state; });
    }
}

void MqttSwitchDevice::lastWill(bool online, const QString &who)
{
    if (online) {
        setAvailability(Availability::Online);
        requestState();
    } else {
        setAvailability(Availability::Offline, tr("%1 reported itself offline.").arg(who));
    }
}

void MqttSwitchDevice::onCommand(const DeviceCommand &command)
{
    const bool on = wantedOn(command);
    const quint64 commandId = command.id;
    m_tracker->begin(command, [this, on, commandId] { sendSwitch(on, commandId); });
}

void MqttSwitchDevice::onMqttState(MqttClient::State state, const QString &reason)
{
    if (state == MqttClient::State::Connected) {
        requestState();
    } else if (state == MqttClient::State::Disconnected) {
        setAvailability(Availability::Failed, reason.isEmpty()
                                                  ? tr("No connection to the MQTT broker.")
                                                  : tr("No connection to the MQTT broker: %1").arg(reason));
    }
}

} // namespace commonwatt::plugins
