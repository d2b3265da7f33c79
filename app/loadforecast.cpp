#include "loadforecast.h"

#include "household.h"

#include "storage/readingsstore.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

constexpr qint64 kBucketMs = 5 * 60 * 1000;
constexpr qint64 kHistoryMs = 48LL * 3600 * 1000;
constexpr int kHistoryDays = 2;

// A household with no history of its own: a modest home that wakes at 06:00 and cooks at 18:00, in kW.
double typicalBaseLoadKw(double hour)
{
    if (hour < 6.0)
        return 0.25;
    if (hour < 9.0)
        return 0.55;
    if (hour < 17.0)
        return 0.35;
    if (hour < 22.0)
        return 0.75;
    return 0.4;
}

// A half-cloudy day on a roof of the size the household has shown, from 07:00 to 19:00 local.
double typicalPvKw(double hour, double peakKw)
{
    constexpr double sunrise = 7.0;
    constexpr double sunset = 19.0;
    constexpr double cloudiness = 0.6;
    if (hour <= sunrise || hour >= sunset)
        return 0.0;
    return peakKw * cloudiness * std::sin(std::numbers::pi * (hour - sunrise) / (sunset - sunrise));
}

double localHour(qint64 ms, const QTimeZone &zone)
{
    const QTime time = QDateTime::fromMSecsSinceEpoch(ms, zone).time();
    return time.msecsSinceStartOfDay() / 3'600'000.0;
}

// The mean of the buckets of [fromMs, fromMs + lengthMs) that have a value; NaN when none has.
double meanOver(const QMap<qint64, double> &buckets, qint64 fromMs, qint64 lengthMs)
{
    double sum = 0.0;
    int count = 0;
    for (auto it = buckets.lowerBound(fromMs); it != buckets.cend() && it.key() < fromMs + lengthMs; ++it) {
        sum += it.value();
        ++count;
    }
    return count > 0 ? sum / count : std::nan("");
}

ForecastSource sourceOf(int fromHistory, int slotTotal)
{
    if (fromHistory == 0)
        return ForecastSource::Typical;
    return fromHistory == slotTotal ? ForecastSource::History : ForecastSource::Mixed;
}

} // namespace

LoadForecast forecastLoads(const LoadHistory &history, qint64 startMs, int slotTotal, qint64 slotMs,
                           qint64 nowMs, const QTimeZone &zone)
{
    LoadForecast forecast;
    const auto count = static_cast<std::size_t>(std::max(0, slotTotal));
    forecast.pvKw.assign(count, 0.0);
    forecast.baseLoadKw.assign(count, 0.0);

    double peakPv = 0.0;
    for (const double kw : history.pvKw)
        peakPv = std::max(peakPv, kw);
    constexpr double assumedPeakKw = 3.0; // a small roof, until the household's own shows
    if (peakPv < 0.1)
        peakPv = assumedPeakKw;

    int pvFromHistory = 0;
    int baseFromHistory = 0;
    for (std::size_t t = 0; t < count; ++t) {
        const qint64 slotStart = startMs + static_cast<qint64>(t) * slotMs;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(slotStart, zone);
        double pv = std::nan("");
        double base = std::nan("");
        // The same local time on the latest day on which the whole slot is already history.
        for (int days = 1; days <= kHistoryDays && (std::isnan(pv) || std::isnan(base)); ++days) {
            const qint64 then = local.addDays(-days).toMSecsSinceEpoch();
            if (then + slotMs > nowMs)
                continue;
            if (std::isnan(pv))
                pv = meanOver(history.pvKw, then, slotMs);
            if (std::isnan(base))
                base = meanOver(history.baseKw, then, slotMs);
        }
        const double hour = localHour(slotStart, zone);
        if (std::isnan(base)) {
            base = typicalBaseLoadKw(hour);
        } else {
            ++baseFromHistory;
        }
        forecast.baseLoadKw[t] = std::max(0.0, base);
        if (!history.hasPv)
            continue;
        if (std::isnan(pv)) {
            pv = typicalPvKw(hour, peakPv);
        } else {
            ++pvFromHistory;
        }
        forecast.pvKw[t] = std::max(0.0, pv);
    }
    forecast.baseLoadSource = sourceOf(baseFromHistory, slotTotal);
    forecast.pvSource = history.hasPv ? sourceOf(pvFromHistory, slotTotal) : ForecastSource::None;
    return forecast;
}

LoadHistoryReader::LoadHistoryReader(Household &household, storage::ReadingsStore &store, QObject *parent)
    : QObject(parent)
    , m_household(household)
    , m_store(store)
{}

void LoadHistoryReader::refresh(qint64 nowMs, const QSet<QString> &plannedHeaters)
{
    // Each power channel and how it enters the base load: +1 the meter and PV, -1 what is planned.
    struct Term
    {
        storage::ChannelId channel;
        double sign;
        bool pv;
    };
    QList<Term> terms;
    bool hasPv = false;
    bool hasMeter = false;
    for (const Device *device : m_household.devices()) {
        double sign = 0.0;
        switch (device->kind()) {
        case DeviceKind::Meter:
            hasMeter = true;
            sign = 1.0;
            break;
        case DeviceKind::PvInverter:
            hasPv = true;
            sign = 1.0;
            break;
        case DeviceKind::Battery:
        case DeviceKind::EvCharger:
        case DeviceKind::Appliance:
            sign = -1.0;
            break;
        case DeviceKind::ThermalLoad:
            sign = plannedHeaters.contains(device->id()) ? -1.0 : 0.0;
            break;
        case DeviceKind::GridSignal:
            break;
        }
        const qint32 index = device->channelIndex(u"power"_s);
        if (sign == 0.0 || index < 0)
            continue;
        const ChannelSpec &spec = device->channels()[index];
        terms.append({m_store.channel(device->id(), spec.name, spec.unit), sign,
                      device->kind() == DeviceKind::PvInverter});
    }

    const quint64 generation = ++m_generation;
    m_refreshing = true;
    struct Pending
    {
        int outstanding = 0;
        LoadHistory history;
        QMap<qint64, double> meterKw; // base load only where the meter says what the home drew
        QMap<qint64, double> othersKw;
    };
    auto pending = std::make_shared<Pending>();
    pending->outstanding = static_cast<int>(terms.size());
    pending->history.hasPv = hasPv;
    auto finish = [this, pending, generation, nowMs, hasMeter] {
        if (generation != m_generation)
            return; // a newer refresh is on its way
        LoadHistory &history = pending->history;
        if (hasMeter) {
            for (auto it = pending->meterKw.cbegin(); it != pending->meterKw.cend(); ++it)
                history.baseKw.insert(it.key(), it.value() + pending->othersKw.value(it.key()));
        }
        m_history = std::move(history);
        m_refreshedAtMs = nowMs;
        m_refreshing = false;
        emit refreshed();
    };
    if (terms.isEmpty()) {
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
        return;
    }
    const qint64 fromMs = nowMs - kHistoryMs;
    for (const Term &term : terms) {
        const bool isMeter = term.sign > 0.0 && !term.pv;
        m_store.queryRollups(term.channel, storage::Resolution::FiveMinutes, fromMs - kBucketMs, nowMs, this,
                             [pending, term, isMeter, finish](const QList<storage::Rollup> &rows) {
                                 for (const storage::Rollup &row : rows) {
                                     const double kw = row.mean();
                                     if (isMeter)
                                         pending->meterKw.insert(row.bucketStartMs, kw);
                                     else
                                         pending->othersKw[row.bucketStartMs] += term.sign * kw;
                                     if (term.pv)
                                         pending->history.pvKw.insert(row.bucketStartMs, kw);
                                 }
                                 if (--pending->outstanding == 0)
                                     finish();
                             });
    }
}

} // namespace commonwatt::app
