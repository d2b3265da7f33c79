#include "household.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcHousehold, "commonwatt.household")

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {
// A device clock may run a little ahead of ours; beyond this a timestamp is wrong, and storing it would make
// the store's retention (which follows the newest reading) prune real history.
constexpr qint64 kMaxFutureSkewMs = 5 * 60 * 1000;
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
    const PluginContext context{&m_clock};
    const QList<Device *> created = plugin.createDevices(context, settings, this, error);
    if (created.isEmpty()) {
        if (error->isEmpty())
            *error = tr("The plugin %1 created no devices.").arg(plugin.pluginId());
        return false;
    }
    for (Device *device : created) {
        QList<storage::ChannelId> ids;
        ids.reserve(device->channels().size());
        for (qint32 i = 0; i < device->channels().size(); ++i) {
            const ChannelSpec &spec = device->channels()[i];
            const storage::ChannelId id = m_store.channel(device->id(), spec.name, spec.unit);
            ids.append(id);
            registerCounter(*device, i, id);
        }
        m_channelIds.insert(device, ids);
        m_devices.append(device);
        connect(device, &Device::readingsReady, this,
                [this, device](const QList<DeviceReading> &readings) { onReadings(device, readings); });
        if (device->kind() == DeviceKind::GridSignal) {
            connect(device, &Device::forecastReady, this,
                    [this, device](qint64 fromMs, const QList<DeviceReading> &forecast) {
                        onSignalForecast(*device, fromMs, forecast);
                    });
        }
        qCInfo(lcHousehold) << "device" << device->id() << "from plugin" << plugin.pluginId();
    }
    return true;
}

void Household::registerCounter(const Device &device, qint32 index, storage::ChannelId id)
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
    auto add = [&](Counter counter, QList<storage::ChannelId> &role) {
        m_counters.insert(id, counter);
        role.append(id);
    };
    switch (device.kind()) {
    case DeviceKind::Meter:
        if (spec.name == u"import_energy")
            add(Counter::GridImport, roles.gridImport);
        else if (spec.name == u"export_energy")
            add(Counter::GridExport, roles.gridExport);
        break;
    case DeviceKind::PvInverter:
        add(Counter::Pv, roles.pv);
        break;
    case DeviceKind::Battery:
        if (spec.name == u"charge_energy")
            add(Counter::BatteryCharge, roles.batteryCharge);
        else if (spec.name == u"discharge_energy")
            add(Counter::BatteryDischarge, roles.batteryDischarge);
        break;
    case DeviceKind::EvCharger:
        add(Counter::Ev, roles.ev);
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
        m_buffer.append({ids[reading.channel], reading.timestampMs, reading.value});
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
        currency::SignalSlot &slot = m_signalForecast[reading.timestampMs];
        slot.startMs = reading.timestampMs;
        // Settled signals are integers: g in g/kWh, s and r in thousandths (currency.md, section 6).
        switch (device.channels()[reading.channel].quantity) {
        case Quantity::CarbonIntensity:
            slot.signal.g = static_cast<int>(std::lround(std::clamp(reading.value, 0.0, 100'000.0)));
            break;
        case Quantity::GridNeed:
            slot.signal.s = static_cast<int>(std::lround(std::clamp(reading.value, -1.0, 1.0) * 1000));
            break;
        case Quantity::RenewableShare:
            slot.signal.r = static_cast<int>(std::lround(std::clamp(reading.value, 0.0, 1.0) * 1000));
            break;
        case Quantity::EventLevel:
            slot.signal.eventLevel = static_cast<int>(std::lround(std::clamp(reading.value, 0.0, 3.0)));
            break;
        default:
            break;
        }
    }
    emit signalForecastChanged();
}

void Household::refreshTotals()
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_timeZone);
    const QDateTime dayStart(now.date(), QTime(0, 0), m_timeZone);
    const QDateTime dayEnd(now.date().addDays(1), QTime(0, 0), m_timeZone);
    const qint64 fromMs = dayStart.toMSecsSinceEpoch();
    m_store.queryCounterDeltas(m_counters.keys(), fromMs, dayEnd.toMSecsSinceEpoch(), this,
                               [this, fromMs](const QHash<storage::ChannelId, double> &deltas) {
                                   EnergyTotals totals;
                                   totals.dayStartMs = fromMs;
                                   for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
                                       const KilowattHours energy(std::max(0.0, it.value()));
                                       switch (m_counters.value(it.key())) {
                                       case Counter::Pv:
                                           totals.pv += energy;
                                           break;
                                       case Counter::GridImport:
                                           totals.gridImport += energy;
                                           break;
                                       case Counter::GridExport:
                                           totals.gridExport += energy;
                                           break;
                                       case Counter::BatteryCharge:
                                           totals.batteryCharge += energy;
                                           break;
                                       case Counter::BatteryDischarge:
                                           totals.batteryDischarge += energy;
                                           break;
                                       case Counter::Ev:
                                           totals.ev += energy;
                                           break;
                                       }
                                   }
                                   m_today = totals;
                                   emit totalsChanged();
                               });
}

} // namespace commonwatt::app
