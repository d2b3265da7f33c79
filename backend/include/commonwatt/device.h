// What a device plugin hands to Commonwatt: devices that declare their channels and report timestamped
// readings. Part of the backend's public plugin API; a later API version adds commands and settings schemas.
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

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

signals:
    void readingsReady(const QList<commonwatt::DeviceReading> &readings);
    // What the device expects ahead (a grid-signal feed's forecast, a PV forecast): one reading per channel
    // and future time step, replacing the previous forecast from `fromMs` on. Never stored as readings.
    void forecastReady(qint64 fromMs, const QList<commonwatt::DeviceReading> &forecast);

private:
    QString m_id;
    QString m_name;
    DeviceKind m_kind;
    QList<ChannelSpec> m_channels;
};

} // namespace commonwatt

Q_DECLARE_METATYPE(commonwatt::DeviceReading)
