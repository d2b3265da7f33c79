// One household at run time: its clock, its devices (from plugins), its readings store, and what the UI
// shows of them: the live power flow and today's energy totals.
#pragma once

#include "currency/communityconfig.h"
#include "currency/timeadvice.h"
#include "domain/clock.h"
#include "domain/powerflow.h"
#include "domain/units.h"
#include "pluginhost/pluginhost.h"
#include "storage/readingsstore.h"

#include <commonwatt/device.h>
#include <commonwatt/deviceplugin.h>

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <optional>

namespace commonwatt::app {

// Energy over a local day, from the devices' counters in the store.
struct EnergyTotals
{
    KilowattHours pv;
    KilowattHours gridImport;
    KilowattHours gridExport;
    KilowattHours batteryCharge;
    KilowattHours batteryDischarge;
    KilowattHours ev;
    qint64 dayStartMs = 0;

    // The home's own use (everything but battery and EV), as the balance of the counters.
    [[nodiscard]] KilowattHours house() const;
    // Share of the home's and the car's use that did not come from the grid, 0..1.
    [[nodiscard]] double selfSufficiency() const;
};

// Where the PV array is, for the forecast's sun-position fallback before two weeks of history: from the
// simulator's settings when they say, else the simulator's defaults.
struct PvSiteInfo
{
    bool locationKnown = false; // without it the forecast estimates the location from the PV history
    double latitude = 52.1;
    double longitude = 5.1;
    double peakKw = 0.0; // 0: unknown, learned from the history
};

// The store channels the currency engine settles from, by role (several devices may share a role).
struct SettlementChannels
{
    QList<storage::ChannelId> gridImport, gridExport, pv, batteryCharge, batteryDischarge, ev;
    QList<storage::ChannelId> carbonIntensity, gridNeed, renewableShare, eventLevel;
};

class Household : public QObject
{
    Q_OBJECT
public:
    Household(Clock &clock, storage::ReadingsStore &store, QTimeZone timeZone, QObject *parent = nullptr);

    // Creates the plugin's devices on this thread and routes their readings to the store and the power flow.
    [[nodiscard]] bool addDevices(DevicePlugin &plugin, const QJsonObject &settings, QString *error);
    // Takes devices that a plugin host created. With a worker-thread host their readings come through the
    // host's rate limit; otherwise straight from the devices. The devices must outlive this household.
    void adoptDevices(const QList<Device *> &devices, pluginhost::PluginHost *host);
    // Lets go of the devices a host created, before the host stops and deletes them (the installer stopped,
    // changed or removed the instance). Their stored readings stay.
    void releaseDevices(pluginhost::PluginHost *host);
    // What the household learns from a plugin instance's settings (the simulator's site).
    void notePluginSettings(const QString &pluginId, const QJsonObject &settings);

    [[nodiscard]] Clock &clock() const { return m_clock; }
    [[nodiscard]] const QTimeZone &timeZone() const { return m_timeZone; }
    [[nodiscard]] const QList<Device *> &devices() const { return m_devices; }
    [[nodiscard]] PowerFlow powerFlow() const { return m_flow.current(); }
    [[nodiscard]] const EnergyTotals &todayTotals() const { return m_today; }
    // The community's rules; a household on its own uses the defaults in its own time zone.
    [[nodiscard]] const currency::CommunityConfig &communityConfig() const { return m_community; }
    [[nodiscard]] const SettlementChannels &settlementChannels() const { return m_settlementChannels; }
    [[nodiscard]] const PvSiteInfo &pvSite() const { return m_pvSite; }
    // The grid signals ahead, per slot, from the grid-signal devices' forecasts.
    [[nodiscard]] QList<currency::SignalSlot> signalForecast() const;

    // The start of a local day of the household (its midnight, or the first instant after it on a day whose
    // midnight a clock change skips), and the local day an instant falls on.
    [[nodiscard]] qint64 localDayStartMs(QDate day) const;
    [[nodiscard]] QDate localDate(qint64 ms) const;

    // Re-reads today's totals from the store now (normally done after writes, at most once a second).
    void refreshTotals();

signals:
    void powerFlowChanged();
    void totalsChanged();
    void signalForecastChanged();
    void devicesChanged();

private:
    // Keeps a device's energy register continuous across our restarts: a device whose register restarted
    // (a Shelly reboots to zero) while we were not running would otherwise step below what is stored, and
    // every period across the restart would settle a negative amount. The plugin's EnergyCounter handles
    // resets while we run; this carries its offset over a restart, from the last stored value.
    struct CounterGuard
    {
        bool floorKnown = false; // the store has answered
        std::optional<double> floor; // the highest value stored so far
        double offset = 0.0;     // added to the device's register
        QList<storage::Reading> held; // readings that arrived before the store answered
        bool warned = false;
    };
    void onReadings(Device *device, const QList<DeviceReading> &readings);
    // False when the reading is held until the store answers; otherwise adjusts it.
    [[nodiscard]] bool guardCounter(storage::Reading &reading, const Device &device);
    // Adds the register's offset to `value` and raises it to the floor when the register restarted (then
    // true, with the offset grown by the step).
    static bool continueRegister(CounterGuard &guard, double &value);
    void onCounterFloors(const QList<storage::ChannelId> &queried, const QHash<storage::ChannelId, double> &floors);
    void onSignalForecast(const Device &device, qint64 fromMs, const QList<DeviceReading> &forecast);
    void registerChannel(const Device &device, qint32 index, storage::ChannelId id);

    Clock &m_clock;
    storage::ReadingsStore &m_store;
    QTimeZone m_timeZone;
    QList<Device *> m_devices;
    QHash<const Device *, QList<storage::ChannelId>> m_channelIds;
    QHash<const Device *, const pluginhost::PluginHost *> m_deviceHosts; // devices that came from a host
    SettlementChannels m_settlementChannels;
    PowerFlowTracker m_flow;
    bool m_flowSignalPending = false;
    EnergyTotals m_today;
    QTimer m_totalsTimer; // coalesces refreshes after batches
    QList<storage::Reading> m_buffer;
    QSet<const Device *> m_warnedFuture;
    currency::CommunityConfig m_community;
    PvSiteInfo m_pvSite;
    QMap<qint64, currency::MeasuredSignals> m_signalForecast; // by slot start
    QHash<storage::ChannelId, CounterGuard> m_counterGuards; // energy registers of worker-thread devices
};

} // namespace commonwatt::app
