#include "genericmqttdevice.h"

#include <commonwatt/clock.h>

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace commonwatt::mqttgeneric {

namespace {

constexpr std::array<Reading, readingCount> allReadings{Reading::Power, Reading::Energy, Reading::Soc,
                                                        Reading::On};

[[nodiscard]] std::size_t at(Reading reading)
{
    return static_cast<std::size_t>(reading);
}

// A plain number as the device expects it: no exponent for ordinary values, no "-0".
[[nodiscard]] QByteArray plainNumber(double value)
{
    if (value == 0.0)
        return QByteArrayLiteral("0");
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// The range a scaled value must lie in, or an empty string when it does.
[[nodiscard]] QString rangeProblem(Reading reading, double value)
{
    switch (reading) {
    case Reading::Power:
        if (std::abs(value) > GenericMqttDevice::maxAbsPowerKw)
            return u"%1 kW is beyond ±%2 kW"_s.arg(value).arg(GenericMqttDevice::maxAbsPowerKw);
        return {};
    case Reading::Energy:
        if (value < 0.0)
            return u"%1 kWh is negative; an energy register counts up from 0"_s.arg(value);
        if (value > GenericMqttDevice::maxEnergyKwh)
            return u"%1 kWh is beyond %2 kWh"_s.arg(value).arg(GenericMqttDevice::maxEnergyKwh);
        return {};
    case Reading::Soc:
        if (value < 0.0 || value > 100.0)
            return u"%1 % is outside 0..100 %"_s.arg(value);
        return {};
    case Reading::On:
        return {};
    }
    return {};
}

} // namespace

double GenericMqttDevice::powerToleranceKw(double setpointKw)
{
    return std::max(0.05, 0.05 * std::abs(setpointKw));
}

QList<ChannelSpec> GenericMqttDevice::channelsFor(const GenericConfig &config)
{
    QList<ChannelSpec> channels;
    if (config.reading(Reading::Power))
        channels.append({u"power"_s, Quantity::Power, u"kW"_s});
    if (config.reading(Reading::Energy)) {
        // The household settles a meter's register by this name (a generic meter has one: grid import).
        const QString name = config.kind == DeviceKind::Meter ? u"import_energy"_s : u"energy"_s;
        channels.append({name, Quantity::EnergyCounter, u"kWh"_s});
    }
    if (config.reading(Reading::Soc))
        channels.append({u"soc"_s, Quantity::StateOfCharge, u"%"_s});
    if (config.reading(Reading::On))
        channels.append({u"on"_s, Quantity::Flag, QString()});
    return channels;
}

GenericMqttDevice::GenericMqttDevice(QString id, GenericConfig config, MqttClient &mqtt, Clock &clock,
                                     CommandTracker::Options commandOptions, QObject *parent)
    : Device(std::move(id), config.name, config.kind, channelsFor(config), parent)
    , m_config(std::move(config))
    , m_mqtt(&mqtt)
    , m_clock(clock)
    , m_tracker(new CommandTracker(*this, clock, commandOptions, this))
    , m_energy(m_config.maxPowerKw)
{
    qint32 next = 0;
    for (Reading reading : allReadings) {
        if (m_config.reading(reading))
            m_channel[at(reading)] = next++;
    }

    QStringList topics;
    for (const auto &mapping : m_config.readings) {
        if (mapping && !topics.contains(mapping->topic))
            topics.append(mapping->topic);
    }
    if (!m_config.availabilityTopic.isEmpty() && !topics.contains(m_config.availabilityTopic))
        topics.append(m_config.availabilityTopic);
    for (const QString &topic : std::as_const(topics))
        m_subscriptions.append(mqtt.subscribe(
            topic, this, [this](const QList<MqttMessage> &messages) { onMessages(messages); }));

    QList<CommandKind> accepted;
    if (!m_config.switchTopic.isEmpty())
        accepted << CommandKind::Switch << CommandKind::StartRun;
    if (!m_config.setpointTopic.isEmpty())
        accepted << CommandKind::SetPower;
    if (!m_config.currentTopic.isEmpty())
        accepted << CommandKind::SetChargeCurrent;
    setAcceptedCommands(accepted);
    connect(this, &Device::commandRequested, this, &GenericMqttDevice::onCommand);
    connect(&mqtt, &MqttClient::stateChanged, this, &GenericMqttDevice::onBrokerState);
}

GenericMqttDevice::~GenericMqttDevice()
{
    if (MqttClient *client = m_mqtt.data()) {
        for (quint64 id : std::as_const(m_subscriptions))
            client->unsubscribe(id);
    }
}

void GenericMqttDevice::onMessages(const QList<MqttMessage> &messages)
{
    for (const MqttMessage &message : messages)
        onMessage(message);
}

void GenericMqttDevice::onMessage(const MqttMessage &message)
{
    if (message.topic == m_config.availabilityTopic)
        onAvailabilityMessage(message);

    const Payload payload(message.payload);
    QList<DeviceReading> readings;
    const qint64 nowMs = m_clock.nowMs();
    for (Reading reading : allReadings) {
        const std::optional<ReadingMapping> &mapping = m_config.reading(reading);
        if (!mapping || mapping->topic != message.topic)
            continue;
        std::optional<double> value = readValue(reading, message, payload);
        if (!value)
            continue;
        if (reading == Reading::Energy) {
            const EnergyCounter::Update update = m_energy.update(*value, nowMs);
            if (!update.accepted) {
                // Held back until the next value shows a reset or a glitch; the other readings still count.
                reportBadPayload(u"%1: %2: %3"_s.arg(message.topic, fieldName(reading), update.problem));
                continue;
            }
            value = update.publishedKwh;
        }
        m_last[at(reading)] = *value;
        readings.append({m_channel[at(reading)], nowMs, *value});
    }
    if (readings.isEmpty())
        return;
    if (m_config.availabilityTopic.isEmpty())
        setAvailability(Availability::Online);
    const QPointer<GenericMqttDevice> alive(this); // a receiver may delete the device
    emit readingsReady(readings);
    if (alive)
        m_tracker->stateReported([this](const DeviceCommand &command) { return shows(command); });
}

std::optional<double> GenericMqttDevice::readValue(Reading reading, const MqttMessage &message,
                                                   const Payload &payload)
{
    const ReadingMapping &mapping = *m_config.reading(reading);
    const QString key = readingKey(reading);
    const auto bad = [&](const QString &problem) {
        reportBadPayload(u"%1: %2: %3"_s.arg(message.topic, fieldName(reading), problem));
        return std::nullopt;
    };
    const ValueResult result =
        payload.read(mapping.path, reading == Reading::On ? ValueKind::Flag : ValueKind::Number);
    if (!result.ok())
        return bad(result.error);
    const double value = *result.value * mapping.scale;
    if (!std::isfinite(value))
        return bad(
            u"%1 × %2Scale %3 is not a finite number"_s.arg(*result.value).arg(key).arg(mapping.scale));
    if (const QString problem = rangeProblem(reading, value); !problem.isEmpty())
        return bad(problem);
    return value;
}

QString GenericMqttDevice::fieldName(Reading reading) const
{
    const ReadingMapping &mapping = *m_config.reading(reading);
    const QString key = readingKey(reading);
    return mapping.path.isEmpty() ? key + u"Topic (a plain value)"_s
                                  : u"%1Path %2"_s.arg(key, mapping.path.toString());
}

void GenericMqttDevice::onAvailabilityMessage(const MqttMessage &message)
{
    const QString text = QString::fromUtf8(message.payload).trimmed();
    if (text == m_config.payloadOnline) {
        setAvailability(Availability::Online);
    } else if (text == m_config.payloadOffline) {
        setAvailability(
            Availability::Offline,
            tr("%1 says it is offline (%2 on %3)").arg(name(), m_config.payloadOffline, message.topic));
    } else {
        reportBadPayload(
            u"%1: availabilityTopic: \"%2\" is neither payloadOnline \"%3\" nor payloadOffline \"%4\""_s.arg(
                message.topic, excerpt(message.payload), m_config.payloadOnline, m_config.payloadOffline));
    }
}

void GenericMqttDevice::onBrokerState(MqttClient::State state, const QString &reason)
{
    if (state == MqttClient::State::Disconnected) {
        setAvailability(Availability::Failed, reason.isEmpty()
                                                  ? tr("The MQTT broker is not connected.")
                                                  : tr("The MQTT broker is not connected: %1").arg(reason));
    } else if (state == MqttClient::State::Connected && availability() == Availability::Failed) {
        // Nothing is known until the device speaks again (its retained availability comes back at once).
        setAvailability(Availability::Unknown);
    }
}

bool GenericMqttDevice::shows(const DeviceCommand &command) const
{
    const std::optional<double> &on = m_last[at(Reading::On)];
    const std::optional<double> &power = m_last[at(Reading::Power)];
    switch (command.kind) {
    case CommandKind::Switch:
        return on && *on == (command.on ? 1.0 : 0.0);
    case CommandKind::StartRun:
        return on && *on == 1.0;
    case CommandKind::SetPower:
        return power && std::abs(*power - command.valueKw) <= powerToleranceKw(command.valueKw);
    case CommandKind::SetChargeCurrent:
        // Power is all the generic mapping can see: a paused charger draws nothing, a charging one draws.
        if (!power)
            return false;
        return command.amps == 0.0 ? std::abs(*power) <= powerToleranceKw(0.0)
                                   : *power > powerToleranceKw(0.0);
    case CommandKind::Automatic:
        break;
    }
    return false;
}

void GenericMqttDevice::onCommand(const DeviceCommand &command)
{
    const qint64 nowMs = m_clock.nowMs();
    if (command.validUntilMs != 0 && command.validUntilMs <= nowMs) {
        reportCommandFailed(
            command,
            tr("%1: the command ran out at %2, before it was sent")
                .arg(name(),
                     QDateTime::fromMSecsSinceEpoch(command.validUntilMs, Qt::UTC).toString(Qt::ISODate)));
        return;
    }
    QString topic;
    QByteArray payload;
    switch (command.kind) {
    case CommandKind::Switch:
    case CommandKind::StartRun: {
        const bool on = command.kind == CommandKind::StartRun || command.on;
        topic = m_config.switchTopic;
        payload = on ? m_config.payloadOn : m_config.payloadOff;
        break;
    }
    case CommandKind::SetPower: {
        const double value = command.valueKw * m_config.setpointScale;
        if (!std::isfinite(command.valueKw) || !std::isfinite(value)) {
            reportCommandFailed(command, tr("%1: the power setpoint is not a finite number").arg(name()));
            return;
        }
        topic = m_config.setpointTopic;
        payload = plainNumber(value);
        break;
    }
    case CommandKind::SetChargeCurrent:
        if (!std::isfinite(command.amps) || command.amps < 0.0 || command.amps > 1000.0) {
            reportCommandFailed(command, tr("%1: a charging current of %2 A is not possible")
                                             .arg(name(), QString::number(command.amps)));
            return;
        }
        topic = m_config.currentTopic;
        payload = plainNumber(command.amps);
        break;
    case CommandKind::Automatic:
        reportCommandFailed(command, tr("%1 does not accept this command").arg(name()));
        return;
    }
    if (topic.isEmpty() || !m_mqtt) {
        reportCommandFailed(command, tr("%1 does not accept this command").arg(name()));
        return;
    }
    const QPointer<MqttClient> mqtt = m_mqtt;
    m_tracker->begin(command, [mqtt, topic, payload] {
        if (MqttClient *client = mqtt.data())
            client->publish(topic, payload, 1, false);
    });
}

} // namespace commonwatt::mqttgeneric
