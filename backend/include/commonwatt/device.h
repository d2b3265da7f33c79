// What a device plugin hands to Commonwatt: devices that declare their channels, report timestamped
// readings, describe how flexible they are and accept the scheduler's commands. Part of the backend's public
// plugin API; docs/planning.md lists the flexibility keys per device kind.
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariantMap>

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
};

struct DeviceCommand
{
    CommandKind kind = CommandKind::Automatic;
    double valueKw = 0.0;
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
    // take commands of that kind. The plugin reports a command it cannot carry out through reportCommandFailed.
    void sendCommand(const commonwatt::DeviceCommand &command)
    {
        if (!accepts(command.kind)) {
            emit commandFailed(command, QStringLiteral("%1 does not accept this command").arg(m_name));
            return;
        }
        emit commandRequested(command);
    }
    void reportCommandFailed(const commonwatt::DeviceCommand &command, const QString &reason)
    {
        emit commandFailed(command, reason);
    }

signals:
    void readingsReady(const QList<commonwatt::DeviceReading> &readings);
    // What the device expects ahead (a grid-signal feed's forecast, a PV forecast): one reading per channel
    // and future time step, replacing the previous forecast from `fromMs` on. Never stored as readings.
    void forecastReady(qint64 fromMs, const QList<commonwatt::DeviceReading> &forecast);
    void flexibilityChanged();
    void commandRequested(const commonwatt::DeviceCommand &command);
    void commandFailed(const commonwatt::DeviceCommand &command, const QString &reason);

private:
    QString m_id;
    QString m_name;
    DeviceKind m_kind;
    QList<ChannelSpec> m_channels;
    QVariantMap m_flexibility;
    QList<CommandKind> m_acceptedCommands;
};

} // namespace commonwatt

Q_DECLARE_METATYPE(commonwatt::DeviceReading)
Q_DECLARE_METATYPE(commonwatt::DeviceCommand)
