// What a device plugin hands to Commonwatt: devices that declare their channels, report timestamped
// readings and their availability, describe how flexible they are and accept the scheduler's commands. Part of
// the public plugin API (docs/plugins.md); docs/planning.md lists the flexibility keys per device kind.
//
// A device lives on its plugin's thread. Everything it emits reaches the rest of Commonwatt through queued
// connections, and sendCommand() called from another thread is handed over to the device's own.
#pragma once

#include <QList>
#include <QMetaObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>
#include <QVariantMap>

#include <atomic>

namespace commonwatt {

enum class DeviceKind
{
    Meter, // the household's grid connection (revenue or sub-meter)
    PvInverter,
    Battery,
    EvCharger,
    Appliance,   // switchable appliance with a run profile (washer, dishwasher, dryer)
    ThermalLoad, // water heater, heat pump
    GridSignal,
};

// What a channel measures. Power is in kW (positive means consumed by the device, except PV generation and
// the meter, where positive is produced power and grid import respectively); counters are monotonic kWh.
enum class Quantity
{
    Power,         // kW
    EnergyCounter, // kWh, monotonic register
    StateOfCharge, // percent 0..100
    Temperature,   // degrees Celsius
    Flag,          // 0 or 1 (EV plugged in, appliance running)
    // Grid signals (currency.md, section 2), reported by GridSignal devices for the region:
    CarbonIntensity, // gCO2/kWh of grid electricity
    GridNeed,        // -1..1: + the grid is stressed, - it has surplus
    RenewableShare,  // 0..1 of the grid mix
    EventLevel,      // 0 none, else the LEVEL (1..3) of an active grid event
};

struct ChannelSpec
{
    QString name; // stable within its device, e.g. "power", "import_energy"
    Quantity quantity = Quantity::Power;
    QString unit; // "kW", "kWh", "%", "degC", ""
};

struct DeviceReading
{
    qint32 channel = 0; // index into Device::channels()
    qint64 timestampMs = 0;
    double value = 0.0;
};

// What the scheduler asks a controllable device to do.
enum class CommandKind
{
    Automatic, // the device's own behaviour: a battery's self-consumption, a charger's immediate charging,
               // a water heater's thermostat, an appliance starting at its latest start
    SetPower,  // kW: a battery's setpoint (+ charge, - discharge), an EV charger's power (0 pauses it),
               // a thermal load's power
    StartRun,  // an appliance: start the waiting programme now
    Switch,    // a switchable load or relay: on (DeviceCommand::on) or off; absolute, never a toggle
    SetChargeCurrent, // an EV charger: charging current in amperes per phase (DeviceCommand::amps; 0 pauses)
};

// Whether a device can be trusted right now. Failed says why in Device::availabilityReason().
enum class Availability
{
    Unknown, // nothing heard yet
    Online,
    Offline, // the device itself says it is gone (MQTT last will, `online: false`)
    Failed,  // its plugin cannot read or reach it: bad configuration, broken payloads, no answer
};

// Commands are absolute (a setpoint, on, off), so that a command retried after a lost confirmation can never
// be applied twice.
struct DeviceCommand
{
    quint64 id = 0; // unique in this process; Device::sendCommand assigns one when it is 0
    CommandKind kind = CommandKind::Automatic;
    double valueKw = 0.0; // SetPower
    bool on = false;      // Switch
    double amps = 0.0;    // SetChargeCurrent
    qint64 issuedMs = 0;
    // The device falls back to Automatic at this time unless a newer command arrives, so that a stopped
    // scheduler never leaves a battery discharging or a car unplanned. 0: no expiry.
    qint64 validUntilMs = 0;
};

class Device : public QObject
{
    Q_OBJECT
public:
    Device(QString id, QString name, DeviceKind kind, QList<ChannelSpec> channels, QObject *parent = nullptr)
        : QObject(parent)
        , m_id(std::move(id))
        , m_name(std::move(name))
        , m_kind(kind)
        , m_channels(std::move(channels))
    {}

    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] DeviceKind kind() const { return m_kind; }
    [[nodiscard]] const QList<ChannelSpec> &channels() const { return m_channels; }
    [[nodiscard]] qint32 channelIndex(const QString &channelName) const
    {
        for (qsizetype i = 0; i < m_channels.size(); ++i) {
            if (m_channels[i].name == channelName)
                return static_cast<qint32>(i);
        }
        return -1;
    }

    // What the scheduler needs to plan this device, by kind (docs/planning.md); empty: not flexible.
    [[nodiscard]] const QVariantMap &flexibility() const { return m_flexibility; }
    void setFlexibility(const QVariantMap &flexibility)
    {
        if (flexibility == m_flexibility)
            return;
        m_flexibility = flexibility;
        emit flexibilityChanged();
    }

    // The commands the device's plugin handles; a device accepts none until its plugin says so.
    void setAcceptedCommands(QList<CommandKind> kinds) { m_acceptedCommands = std::move(kinds); }
    [[nodiscard]] bool accepts(CommandKind kind) const { return m_acceptedCommands.contains(kind); }

    // Hands a command to the device's plugin (commandRequested), or fails at once when the device does not
    // take commands of that kind. The plugin reports the outcome: confirmed once the device's own state shows
    // it, or failed with a reason a person understands. Returns the command's id.
    quint64 sendCommand(commonwatt::DeviceCommand command)
    {
        if (command.id == 0)
            command.id = nextCommandId();
        if (QThread::currentThread() != thread()) {
            // The plugin handles commands on its own thread, so a blocked plugin never blocks the sender.
            QMetaObject::invokeMethod(this, [this, command] { sendCommand(command); }, Qt::QueuedConnection);
            return command.id;
        }
        if (!accepts(command.kind)) {
            emit commandFailed(command, QStringLiteral("%1 does not accept this command").arg(m_name));
            return command.id;
        }
        emit commandRequested(command);
        return command.id;
    }
    void reportCommandConfirmed(const commonwatt::DeviceCommand &command) { emit commandConfirmed(command); }
    void reportCommandFailed(const commonwatt::DeviceCommand &command, const QString &reason)
    {
        emit commandFailed(command, reason);
    }

    [[nodiscard]] Availability availability() const { return m_availability; }
    [[nodiscard]] const QString &availabilityReason() const { return m_availabilityReason; }
    void setAvailability(Availability availability, const QString &reason = {})
    {
        if (availability == m_availability && reason == m_availabilityReason)
            return;
        m_availability = availability;
        m_availabilityReason = reason;
        emit availabilityChanged(availability, reason);
    }

    // A message from the device that could not be used (not JSON, a wrong type, out of range). Counted and
    // handed on for logging; the plugin keeps the device's last good state.
    void reportBadPayload(const QString &reason)
    {
        ++m_badPayloads;
        emit badPayload(reason);
    }
    [[nodiscard]] quint64 badPayloadCount() const { return m_badPayloads; }

signals:
    void readingsReady(const QList<commonwatt::DeviceReading> &readings);
    // What the device expects ahead (a grid-signal feed's forecast, a PV forecast): one reading per channel
    // and future time step, replacing the previous forecast from `fromMs` on. Never stored as readings.
    void forecastReady(qint64 fromMs, const QList<commonwatt::DeviceReading> &forecast);
    void flexibilityChanged();
    void commandRequested(const commonwatt::DeviceCommand &command);
    void commandFailed(const commonwatt::DeviceCommand &command, const QString &reason);
    void commandConfirmed(const commonwatt::DeviceCommand &command);
    void availabilityChanged(commonwatt::Availability availability, const QString &reason);
    void badPayload(const QString &reason);

private:
    static quint64 nextCommandId()
    {
        static std::atomic<quint64> next{1};
        return next.fetch_add(1, std::memory_order_relaxed);
    }

    QString m_id;
    QString m_name;
    DeviceKind m_kind;
    QList<ChannelSpec> m_channels;
    QVariantMap m_flexibility;
    QList<CommandKind> m_acceptedCommands;
    Availability m_availability = Availability::Unknown;
    QString m_availabilityReason;
    quint64 m_badPayloads = 0;
};

} // namespace commonwatt

Q_DECLARE_METATYPE(commonwatt::DeviceReading)
Q_DECLARE_METATYPE(commonwatt::DeviceCommand)
Q_DECLARE_METATYPE(commonwatt::Availability)
