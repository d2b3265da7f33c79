#include "household.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <cmath>

Q_LOGGING_CATEGORY(lcHousehold, "commonwatt.household")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
// A device clock may run a little ahead of ours; beyond this a timestamp is wrong, and storing it would make
// the store's retention (which follows the newest reading) prune real history.
constexpr qint64 kMaxFutureSkewMs = 5 * 60 * 1000;
// A register this much below the stored value is rounding, not a restart (the plugins' EnergyCounter rule).
constexpr double kCounterToleranceKwh = 0.01;
// Counter readings held while the store answers where each register stood (milliseconds, normally).
constexpr qsizetype kMaxHeldCounterReadings = 10'000;
} // namespace

KilowattHours EnergyTotals::house() const
{
    const KilowattHours balance = pv + gridImport - gridExport + batteryDischarge - batteryCharge - ev;
    return std::max(balance, KilowattHours(0.0));
}

double EnergyTotals::selfSufficiency() const
{
    const KilowattHours use = house() + ev;
    if (use.value() <= 1e-9)
        return 0.0;
    return std::clamp(1.0 - gridImport / use, 0.0, 1.0);
}

Household::Household(Clock &clock, storage::ReadingsStore &store, QTimeZone timeZone, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(store)
    , m_timeZone(std::move(timeZone))
    , m_community(currency::CommunityConfig::defaults(QString::fromUtf8(m_timeZone.id())))
{
    m_totalsTimer.setSingleShot(true);
    m_totalsTimer.setInterval(std::chrono::seconds(1));
    connect(&m_totalsTimer, &QTimer::timeout, this, &Household::refreshTotals);
    connect(&m_store, &storage::ReadingsStore::batchCommitted, this, [this] {
        if (!m_totalsTimer.isActive())
            m_totalsTimer.start();
    });
}

bool Household::addDevices(DevicePlugin &plugin, const QJsonObject &settings, QString *error)
{
    notePluginSettings(plugin.pluginId(), settings);
    const PluginContext context{.clock = &m_clock};
    const QList<Device *> created = plugin.createDevices(context, settings, this, error);
    if (created.isEmpty()) {
        if (error->isEmpty())
            *error = tr("The plugin %1 created no devices.").arg(plugin.pluginId());
        return false;
    }
    adoptDevices(created, nullptr);
    return true;
}

void Household::notePluginSettings(const QString &pluginId, const QJsonObject &settings)
{
    if (pluginId != u"simulator"_s)
        return;
    // The simulated array is where its settings put it (the plugin checked their ranges), else at the
    // simulator's defaults: either way its coordinates are known.
    m_pvSite.locationKnown = true;
    m_pvSite.latitude = settings.value(u"latitude"_s).toDouble(m_pvSite.latitude);
    m_pvSite.longitude = settings.value(u"longitude"_s).toDouble(m_pvSite.longitude);
    m_pvSite.peakKw = settings.value(u"pvPeakKw"_s).toDouble(m_pvSite.peakKw);
}

void Household::adoptDevices(const QList<Device *> &devices, pluginhost::PluginHost *host)
{
    const bool viaHost = host && host->usesWorkerThread();
    if (viaHost) {
        // Readings from a worker thread arrive rate-limited and in batches, through the host.
        connect(host, &pluginhost::PluginHost::readingsReady, this,
                [this](Device *device, const QList<DeviceReading> &readings) {
                    if (m_channelIds.contains(device))
                        onReadings(device, readings);
                });
        connect(host, &pluginhost::PluginHost::deviceFlooding, this, [](Device *device, quint64 dropped) {
            qCWarning(lcHousehold) << "device" << device->id() << "floods readings:" << dropped
                                   << "dropped so far";
        });
    }
    QList<storage::ChannelId> guarded;
    for (Device *device : devices) {
        QList<storage::ChannelId> ids;
        ids.reserve(device->channels().size());
        for (qint32 i = 0; i < device->channels().size(); ++i) {
            const ChannelSpec &spec = device->channels()[i];
            const storage::ChannelId id = m_store.channel(device->id(), spec.name, spec.unit);
            ids.append(id);
            registerChannel(*device, i, id);
            // Devices on the clock's thread (the simulation) keep their own registers across runs.
            if (viaHost && spec.quantity == Quantity::EnergyCounter && !m_counterGuards.contains(id)) {
                m_counterGuards.insert(id, CounterGuard{});
                guarded.append(id);
            }
        }
        m_channelIds.insert(device, ids);
        m_devices.append(device);
        if (host)
            m_deviceHosts.insert(device, host);
        if (!viaHost) {
            connect(device, &Device::readingsReady, this,
                    [this, device](const QList<DeviceReading> &readings) { onReadings(device, readings); });
        }
        if (device->kind() == DeviceKind::GridSignal) {
            connect(device, &Device::forecastReady, this,
                    [this, device](qint64 fromMs, const QList<DeviceReading> &forecast) {
                        onSignalForecast(*device, fromMs, forecast);
                    });
        }
        connect(device, &Device::badPayload, this, [device](const QString &reason) {
            qCWarning(lcHousehold).noquote() << "device" << device->id() << "sent a message it could not use:"
                                             << reason;
        });
        qCInfo(lcHousehold) << "device" << device->id() << (host ? host->instanceId() : QString());
    }
    if (!guarded.isEmpty()) {
        m_store.queryLatestValues(guarded, this, [this, guarded](const QHash<storage::ChannelId, double> &floors) {
            onCounterFloors(guarded, floors);
        });
    }
    emit devicesChanged();
}

void Household::releaseDevices(pluginhost::PluginHost *host)
{
    disconnect(host, nullptr, this, nullptr);
    bool released = false;
    for (auto it = m_devices.begin(); it != m_devices.end();) {
        Device *device = *it;
        if (m_deviceHosts.value(device) != host) {
            ++it;
            continue;
        }
        disconnect(device, nullptr, this, nullptr);
        m_deviceHosts.remove(device);
        m_channelIds.remove(device);
        m_warnedFuture.remove(device);
        m_flow.forget(device->id());
        it = m_devices.erase(it);
        released = true;
        qCInfo(lcHousehold) << "device" << device->id() << "left with" << host->instanceId();
    }
    if (released) {
        emit powerFlowChanged();
        emit devicesChanged();
    }
}

bool Household::continueRegister(CounterGuard &guard, double &value)
{
    value += guard.offset;
    bool restarted = false;
    if (guard.floor && value < *guard.floor - kCounterToleranceKwh) {
        guard.offset += *guard.floor - value;
        value = *guard.floor;
        restarted = true;
    }
    guard.floor = std::max(guard.floor.value_or(value), value);
    return restarted;
}

void Household::onCounterFloors(const QList<storage::ChannelId> &queried,
                                const QHash<storage::ChannelId, double> &floors)
{
    // Only the registers this answer is about: devices adopted meanwhile wait for their own.
    QList<storage::Reading> released;
    for (const storage::ChannelId channel : queried) {
        CounterGuard &guard = m_counterGuards[channel];
        guard.floorKnown = true;
        if (const auto floor = floors.constFind(channel); floor != floors.constEnd())
            guard.floor = *floor;
        // What arrived meanwhile, in order, now that the register's floor is known.
        for (storage::Reading reading : std::as_const(guard.held)) {
            if (continueRegister(guard, reading.value))
                qCWarning(lcHousehold) << "channel" << channel << "restarted its energy register while we were away";
            released.append(reading);
        }
        guard.held.clear();
    }
    if (!released.isEmpty())
        m_store.append(std::span<const storage::Reading>(released.constData(), released.size()));
}

bool Household::guardCounter(storage::Reading &reading, const Device &device)
{
    const auto it = m_counterGuards.find(reading.channel);
    if (it == m_counterGuards.end())
        return true;
    CounterGuard &guard = *it;
    if (!guard.floorKnown) {
        if (guard.held.size() < kMaxHeldCounterReadings)
            guard.held.append(reading);
        return false;
    }
    if (continueRegister(guard, reading.value) && !guard.warned) {
        guard.warned = true;
        qCWarning(lcHousehold).noquote() << "device" << device.id()
                                         << "restarted its energy register below what is stored; it continues "
                                            "from the stored value";
    }
    return true;
}

void Household::registerChannel(const Device &device, qint32 index, storage::ChannelId id)
{
    const ChannelSpec &spec = device.channels()[index];
    SettlementChannels &roles = m_settlementChannels;
    if (device.kind() == DeviceKind::GridSignal) {
        switch (spec.quantity) {
        case Quantity::CarbonIntensity:
            roles.carbonIntensity.append(id);
            break;
        case Quantity::GridNeed:
            roles.gridNeed.append(id);
            break;
        case Quantity::RenewableShare:
            roles.renewableShare.append(id);
            break;
        case Quantity::EventLevel:
            roles.eventLevel.append(id);
            break;
        default:
            break;
        }
        return;
    }
    if (spec.quantity != Quantity::EnergyCounter)
        return;
    switch (device.kind()) {
    case DeviceKind::Meter:
        if (spec.name == u"import_energy")
            roles.gridImport.append(id);
        else if (spec.name == u"export_energy")
            roles.gridExport.append(id);
        break;
    case DeviceKind::PvInverter:
        roles.pv.append(id);
        break;
    case DeviceKind::Battery:
        if (spec.name == u"charge_energy")
            roles.batteryCharge.append(id);
        else if (spec.name == u"discharge_energy")
            roles.batteryDischarge.append(id);
        break;
    case DeviceKind::EvCharger:
        roles.ev.append(id);
        break;
    case DeviceKind::Appliance:
    case DeviceKind::ThermalLoad:
    case DeviceKind::GridSignal:
        break;
    }
}

void Household::onReadings(Device *device, const QList<DeviceReading> &readings)
{
    const QList<storage::ChannelId> &ids = m_channelIds.value(device);
    const qint64 latestAllowed = m_clock.nowMs() + kMaxFutureSkewMs;
    m_buffer.clear();
    m_buffer.reserve(readings.size());
    for (const DeviceReading &reading : readings) {
        if (reading.channel < 0 || reading.channel >= ids.size()) {
            qCWarning(lcHousehold) << "device" << device->id() << "reported unknown channel"
                                   << reading.channel;
            continue;
        }
        if (reading.timestampMs > latestAllowed) {
            if (!m_warnedFuture.contains(device)) {
                m_warnedFuture.insert(device);
                qCWarning(lcHousehold).noquote()
                    << "device" << device->id() << "reports times in the future ("
                    << QDateTime::fromMSecsSinceEpoch(reading.timestampMs, Qt::UTC).toString(Qt::ISODate)
                    << "); its readings are ignored until its clock is right";
            }
            continue;
        }
        storage::Reading stored{ids[reading.channel], reading.timestampMs, reading.value};
        if (!guardCounter(stored, *device))
            continue; // held until the store says where the register stood
        m_buffer.append(stored);
        m_flow.observe(*device, reading);
    }
    m_store.append(std::span<const storage::Reading>(m_buffer.constData(), m_buffer.size()));
    // Many devices report per tick: tell the UI once.
    if (!m_flowSignalPending) {
        m_flowSignalPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_flowSignalPending = false;
                emit powerFlowChanged();
            },
            Qt::QueuedConnection);
    }
}

void Household::onSignalForecast(const Device &device, qint64 fromMs, const QList<DeviceReading> &forecast)
{
    // A new forecast replaces the old one from its first slot on; what lies behind is kept for a day, so that
    // the current slot is still known until the next forecast arrives.
    m_signalForecast.erase(m_signalForecast.lowerBound(fromMs), m_signalForecast.end());
    m_signalForecast.erase(m_signalForecast.begin(),
                           m_signalForecast.lowerBound(fromMs - currency::kAdviceWindowMs));
    for (const DeviceReading &reading : forecast) {
        if (reading.channel < 0 || reading.channel >= device.channels().size() ||
            !std::isfinite(reading.value))
            continue;
        currency::MeasuredSignals &slot = m_signalForecast[reading.timestampMs];
        switch (device.channels()[reading.channel].quantity) {
        case Quantity::CarbonIntensity:
            slot.g = reading.value;
            break;
        case Quantity::GridNeed:
            slot.s = reading.value;
            break;
        case Quantity::RenewableShare:
            slot.r = reading.value;
            break;
        case Quantity::EventLevel:
            slot.eventLevel = reading.value;
            break;
        default:
            break;
        }
    }
    emit signalForecastChanged();
}

qint64 Household::localDayStartMs(QDate day) const
{
    return QDateTime(day, QTime(0, 0), m_timeZone).toMSecsSinceEpoch();
}

QDate Household::localDate(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_timeZone).date();
}

QList<currency::SignalSlot> Household::signalForecast() const
{
    QList<currency::SignalSlot> slotList;
    slotList.reserve(m_signalForecast.size());
    for (auto it = m_signalForecast.cbegin(); it != m_signalForecast.cend(); ++it)
        slotList.append({it.key(), currency::settledSignals(m_community, it.value())});
    return slotList;
}

void Household::refreshTotals()
{
    const QDate today = localDate(m_clock.nowMs());
    const qint64 fromMs = localDayStartMs(today);
    const SettlementChannels &roles = m_settlementChannels;
    // Each total and the counters it sums, in one place with the roles the currency engine reads.
    const std::array<std::pair<KilowattHours EnergyTotals::*, const QList<storage::ChannelId> *>, 6> totalsOf{
        {
            {&EnergyTotals::pv, &roles.pv},
            {&EnergyTotals::gridImport, &roles.gridImport},
            {&EnergyTotals::gridExport, &roles.gridExport},
            {&EnergyTotals::batteryCharge, &roles.batteryCharge},
            {&EnergyTotals::batteryDischarge, &roles.batteryDischarge},
            {&EnergyTotals::ev, &roles.ev},
        }};
    QList<storage::ChannelId> counters;
    for (const auto &[total, channels] : totalsOf)
        counters += *channels;
    m_store.queryCounterDeltas(counters, fromMs, localDayStartMs(today.addDays(1)), this,
                               [this, fromMs, totalsOf](const QHash<storage::ChannelId, double> &deltas) {
                                   EnergyTotals totals;
                                   totals.dayStartMs = fromMs;
                                   for (const auto &[total, channels] : totalsOf) {
                                       for (const storage::ChannelId channel : *channels)
                                           totals.*total +=
                                               KilowattHours(std::max(0.0, deltas.value(channel)));
                                   }
                                   m_today = totals;
                                   emit totalsChanged();
                               });
}

} // namespace commonwatt::app
