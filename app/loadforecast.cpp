#include "loadforecast.h"

#include "household.h"

#include "currency/slotsettlement.h"
#include "storage/readingsstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <map>

Q_LOGGING_CATEGORY(lcForecast, "commonwatt.forecast", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

constexpr qint64 kBucketMs = forecast::kBucketMs;
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kPvWindowMs = 365 * kDayMs;
constexpr qint64 kBaseWindowMs = 30 * kDayMs;
constexpr qint64 kSignalWindowMs = 14 * kDayMs;
// Older than this, PV is read from the hourly rollups: a year of 5-minute buckets is twelve times the rows,
// for a profile by day of year that the recent weeks refine anyway (docs/planning.md).
constexpr qint64 kFiveMinuteReadMs = 42 * kDayMs;
constexpr int kMaxSlots = 2016;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The slot lengths scheduling.md allows; a community with another length is planned in 15-minute slots.
int plannableSlotMinutes(int minutes)
{
    for (int allowed : {5, 10, 15, 30, 60}) {
        if (minutes == allowed)
            return minutes;
    }
    return 15;
}

qint64 floorTo(qint64 ms, qint64 step)
{
    const qint64 remainder = ms % step;
    return remainder < 0 ? ms - remainder - step : ms - remainder;
}

// Exactly n finite values: what a model left out or could not say takes `fill`.
void fit(std::vector<double> &values, int n, double fill, bool nonNegative)
{
    values.resize(static_cast<std::size_t>(std::max(0, n)), fill);
    for (double &value : values) {
        if (!std::isfinite(value))
            value = fill;
        if (nonNegative)
            value = std::max(0.0, value);
    }
}

double energyKwh(const std::vector<double> &kw, std::size_t from, std::size_t to, double hours)
{
    double sum = 0.0;
    for (std::size_t t = from; t < to && t < kw.size(); ++t)
        sum += kw[t];
    return sum * hours;
}

// Compares one quantity over the slots both forecasts cover; empty when the change is not material.
QString materialDifference(const char *name, const forecast::Forecast &planned,
                           const forecast::Forecast &fresh, std::size_t offset, double hours)
{
    if (planned.source != fresh.source) {
        return u"%1 source %2 -> %3"_s.arg(QLatin1StringView(name),
                                           QLatin1StringView(forecast::toString(planned.source)),
                                           QLatin1StringView(forecast::toString(fresh.source)));
    }
    const std::size_t n =
        std::min(fresh.values.size(), planned.values.size() > offset ? planned.values.size() - offset : 0);
    for (std::size_t t = 0; t < n; ++t) {
        const double before = planned.values[t + offset];
        const double after = fresh.values[t];
        if (std::abs(after - before) > std::max(0.3, 0.2 * std::abs(before))) {
            return u"%1 slot %2: %3 -> %4 kW"_s.arg(QLatin1StringView(name))
                .arg(t)
                .arg(before, 0, 'f', 2)
                .arg(after, 0, 'f', 2);
        }
    }
    const double before = energyKwh(planned.values, offset, offset + n, hours);
    const double after = energyKwh(fresh.values, 0, n, hours);
    if (std::abs(after - before) > std::max(0.5, 0.05 * std::abs(before))) {
        return u"%1 energy %2 -> %3 kWh"_s.arg(QLatin1StringView(name))
            .arg(before, 0, 'f', 2)
            .arg(after, 0, 'f', 2);
    }
    return {};
}

} // namespace

PlanHorizon planHorizon(qint64 nowMs, const QTimeZone &zone, int communitySlotMinutes)
{
    PlanHorizon horizon;
    horizon.slotMs = qint64(plannableSlotMinutes(communitySlotMinutes)) * 60'000;
    horizon.startMs = floorTo(nowMs, horizon.slotMs);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const qint64 endMs = QDateTime(today.addDays(2), QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 slotTotal = (endMs - horizon.startMs + horizon.slotMs - 1) / horizon.slotMs;
    horizon.slotCount = static_cast<int>(std::clamp<qint64>(slotTotal, 1, kMaxSlots));
    return horizon;
}

PlanForecasts makeForecasts(const ForecastInputs &inputs)
{
    static const LoadHistory kNoHistory;
    const LoadHistory &history = inputs.history ? *inputs.history : kNoHistory;
    PlanForecasts out;
    out.nowMs = inputs.nowMs;
    out.horizon = planHorizon(inputs.nowMs, inputs.zone, inputs.community.slotMinutes);
    const PlanHorizon &h = out.horizon;
    // Positional: the slot count's field is named `slots`, which Qt's keyword macro would swallow here.
    const forecast::Horizon horizon{h.startMs, h.slotMs, h.slotCount, inputs.nowMs, inputs.zone};
    const auto n = static_cast<std::size_t>(h.slotCount);

    if (history.hasPv) {
        forecast::PvSite site;
        site.peakKw = inputs.site.peakKw;
        site.locationKnown = inputs.site.locationKnown;
        site.latitude = inputs.site.latitude;
        site.longitude = inputs.site.longitude;
        out.pv = forecast::forecastPv(history.pv, site, horizon);
    } else {
        out.pv.source = forecast::Source::None;
        out.pv.description = "no solar array";
    }
    fit(out.pv.values, h.slotCount, 0.0, true);
    out.baseLoad = forecast::forecastBaseLoad(history.base, horizon);
    fit(out.baseLoad.values, h.slotCount, 0.0, true);

    // The feed per slot: each slot takes the feed slot it lies in.
    const currency::CommunityConfig &config = inputs.community;
    std::map<qint64, currency::SlotSignals> byStart;
    for (const currency::SignalSlot &slot : inputs.signalFeed)
        byStart[slot.startMs] = slot.signal;
    const qint64 feedSlotMs = config.slotSeconds() * 1000;
    std::vector<double> carbonFeed(n, kNaN);
    std::vector<double> needFeed(n, kNaN);
    std::vector<double> renewableFeed(n, kNaN);
    out.eventLevels.assign(n, 0);
    for (std::size_t t = 0; t < n; ++t) {
        const qint64 slotStart = h.startMs + qint64(t) * h.slotMs;
        auto it = byStart.upper_bound(slotStart);
        if (it == byStart.begin() || slotStart >= std::prev(it)->first + feedSlotMs)
            continue;
        const currency::SlotSignals &signal = std::prev(it)->second;
        carbonFeed[t] = signal.g;
        needFeed[t] = signal.s / 1000.0;
        renewableFeed[t] = signal.r / 1000.0;
        out.eventLevels[t] = signal.eventLevel;
        ++out.feedSlots;
    }
    out.carbon =
        forecast::forecastSignal(carbonFeed, history.carbon, double(config.referenceIntensity), horizon);
    fit(out.carbon.values, h.slotCount, double(config.referenceIntensity), true);
    out.gridNeed = forecast::forecastSignal(needFeed, history.gridNeed, 0.0, horizon);
    fit(out.gridNeed.values, h.slotCount, 0.0, false);
    // Without a feed or its history, the even split the settlement assumes (currency::SlotSignals).
    constexpr double kDefaultRenewableShare = currency::SlotSignals{}.r / 1000.0;
    out.renewableShare =
        forecast::forecastSignal(renewableFeed, history.renewableShare, kDefaultRenewableShare, horizon);
    fit(out.renewableShare.values, h.slotCount, kDefaultRenewableShare, true);
    return out;
}

ForecastChange compareForecasts(const PlanForecasts &planned, const PlanForecasts &fresh)
{
    ForecastChange change;
    if (planned.horizon.slotMs != fresh.horizon.slotMs || fresh.horizon.startMs < planned.horizon.startMs) {
        change.material = true;
        change.why = u"another horizon"_s;
        return change;
    }
    const auto offset =
        static_cast<std::size_t>((fresh.horizon.startMs - planned.horizon.startMs) / planned.horizon.slotMs);
    const double hours = double(fresh.horizon.slotMs) / double(kHourMs);
    for (const auto &[name, before, after] : {std::tuple{"pv", &planned.pv, &fresh.pv},
                                              std::tuple{"base load", &planned.baseLoad, &fresh.baseLoad}}) {
        change.why = materialDifference(name, *before, *after, offset, hours);
        if (!change.why.isEmpty()) {
            change.material = true;
            return change;
        }
    }
    // The signals' values follow the feed, whose arrival is planned for anyway; here only where they come
    // from.
    for (const auto &[name, before, after] : {std::tuple{"carbon", &planned.carbon, &fresh.carbon},
                                              std::tuple{"grid need", &planned.gridNeed, &fresh.gridNeed}}) {
        if (before->source != after->source) {
            change.material = true;
            change.why = u"%1 source %2 -> %3"_s.arg(QLatin1StringView(name),
                                                     QLatin1StringView(forecast::toString(before->source)),
                                                     QLatin1StringView(forecast::toString(after->source)));
            return change;
        }
    }
    return change;
}

// One channel's 5-minute buckets from startMs, NaN where nothing was recorded.
struct LoadHistoryReader::Series
{
    qint64 startMs = 0;
    std::vector<double> kw;

    [[nodiscard]] qint64 endMs() const { return startMs + kBucketMs * qint64(kw.size()); }
    [[nodiscard]] double at(qint64 ms) const
    {
        if (ms < startMs || ms >= endMs())
            return kNaN;
        return kw[std::size_t((ms - startMs) / kBucketMs)];
    }
    // Keeps [fromMs, toMs): drops what is older, pads with NaN what is new.
    void window(qint64 fromMs, qint64 toMs)
    {
        if (kw.empty() || fromMs >= endMs() || toMs <= startMs) {
            startMs = fromMs;
            kw.assign(std::size_t(std::max<qint64>(0, (toMs - fromMs) / kBucketMs)), kNaN);
            return;
        }
        if (fromMs > startMs) {
            kw.erase(kw.begin(), kw.begin() + std::ptrdiff_t((fromMs - startMs) / kBucketMs));
        } else if (fromMs < startMs) {
            kw.insert(kw.begin(), std::size_t((startMs - fromMs) / kBucketMs), kNaN);
        }
        startMs = fromMs;
        kw.resize(std::size_t(std::max<qint64>(0, (toMs - fromMs) / kBucketMs)), kNaN);
    }
    void set(qint64 bucketMs, qint64 widthMs, double value)
    {
        for (qint64 t = bucketMs; t < bucketMs + widthMs; t += kBucketMs) {
            if (t >= startMs && t < endMs())
                kw[std::size_t((t - startMs) / kBucketMs)] = value;
        }
    }
};

LoadHistoryReader::LoadHistoryReader(Household &household, storage::ReadingsStore &store, QObject *parent)
    : QObject(parent)
    , m_household(household)
    , m_store(store)
    , m_history(std::make_shared<LoadHistory>())
{}

LoadHistoryReader::~LoadHistoryReader() = default;

void LoadHistoryReader::refresh(qint64 nowMs, const QSet<QString> &plannedHeaters)
{
    // Each power channel and how it enters the base load: +1 the meter and PV, -1 what is planned.
    struct Term
    {
        storage::ChannelId channel;
        double sign;
    };
    QList<Term> baseTerms;
    QList<storage::ChannelId> meters;
    QList<storage::ChannelId> pvs;
    QHash<storage::ChannelId, qint64> windows; // how far back each channel is needed
    auto need = [&windows](storage::ChannelId channel, qint64 windowMs) {
        windows[channel] = std::max(windows.value(channel), windowMs);
    };
    for (const Device *device : m_household.devices()) {
        double sign = 0.0;
        switch (device->kind()) {
        case DeviceKind::Meter:
        case DeviceKind::PvInverter:
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
        const storage::ChannelId channel = m_store.channel(device->id(), spec.name, spec.unit);
        need(channel, kBaseWindowMs);
        if (device->kind() == DeviceKind::Meter) {
            meters.append(channel);
        } else {
            baseTerms.append({channel, sign});
            if (device->kind() == DeviceKind::PvInverter) {
                pvs.append(channel);
                need(channel, kPvWindowMs);
            }
        }
    }
    const SettlementChannels &roles = m_household.settlementChannels();
    const storage::ChannelId carbon = roles.carbonIntensity.value(0, 0);
    const storage::ChannelId gridNeed = roles.gridNeed.value(0, 0);
    const storage::ChannelId renewable = roles.renewableShare.value(0, 0);
    for (const storage::ChannelId channel : {carbon, gridNeed, renewable}) {
        if (channel > 0)
            need(channel, kSignalWindowMs);
    }

    const qint64 endMs = floorTo(nowMs, kBucketMs);
    const quint64 generation = ++m_generation;
    m_refreshing = true;
    struct Row
    {
        qint64 bucketMs;
        qint64 widthMs;
        double value;
    };
    struct Pending
    {
        int outstanding = 0;
        QHash<storage::ChannelId, QList<Row>> rows;
        QSet<storage::ChannelId> fresh; // read whole: start again rather than merge
        QElapsedTimer timer;
    };
    auto pending = std::make_shared<Pending>();
    pending->timer.start();

    auto finish = [this, pending, generation, endMs, nowMs, windows, meters, baseTerms, pvs, carbon,
                   gridNeed, renewable] {
        if (generation != m_generation)
            return; // a newer refresh is on its way
        for (auto it = windows.cbegin(); it != windows.cend(); ++it) {
            std::shared_ptr<Series> &series = m_series[it.key()];
            if (!series || pending->fresh.contains(it.key()))
                series = std::make_shared<Series>();
            series->window(endMs - it.value(), endMs);
            for (const Row &row : pending->rows.value(it.key()))
                series->set(row.bucketMs, row.widthMs, row.value);
        }
        auto history = std::make_shared<LoadHistory>();
        history->hasPv = !pvs.isEmpty();
        auto compose = [&](forecast::PowerHistory &out, qint64 windowMs, auto valueAt) {
            qint64 from = endMs - windowMs;
            // Leading buckets with nothing recorded are left out: a new installation has days, not a year.
            while (from < endMs && std::isnan(valueAt(from)))
                from += kBucketMs;
            out.startMs = from;
            out.stepMs = kBucketMs;
            out.kw.clear();
            out.kw.reserve(std::size_t((endMs - from) / kBucketMs));
            for (qint64 t = from; t < endMs; t += kBucketMs)
                out.kw.push_back(valueAt(t));
        };
        // The series of each role, looked up once: a year is 105,120 buckets.
        auto seriesOf = [this](const QList<storage::ChannelId> &channels) {
            std::vector<const Series *> found;
            for (const storage::ChannelId channel : channels) {
                if (const auto it = m_series.constFind(channel); it != m_series.cend() && *it)
                    found.push_back(it->get());
            }
            return found;
        };
        auto sumOf = [](const std::vector<const Series *> &series, qint64 t) {
            double sum = kNaN;
            for (const Series *one : series) {
                const double kw = one->at(t);
                if (!std::isnan(kw))
                    sum = std::isnan(sum) ? kw : sum + kw;
            }
            return sum;
        };
        const std::vector<const Series *> pvSeries = seriesOf(pvs);
        const std::vector<const Series *> meterSeries = seriesOf(meters);
        const std::vector<const Series *> carbonSeries = seriesOf({carbon});
        const std::vector<const Series *> needSeries = seriesOf({gridNeed});
        const std::vector<const Series *> renewableSeries = seriesOf({renewable});
        std::vector<std::pair<const Series *, double>> termSeries;
        for (const auto &term : baseTerms) {
            if (const auto it = m_series.constFind(term.channel); it != m_series.cend() && *it)
                termSeries.emplace_back(it->get(), term.sign);
        }
        compose(history->pv, kPvWindowMs, [&](qint64 t) { return sumOf(pvSeries, t); });
        compose(history->base, kBaseWindowMs, [&](qint64 t) {
            // Base load only where the meter says what the home drew; a device with no record drew nothing.
            double base = sumOf(meterSeries, t);
            if (std::isnan(base))
                return base;
            for (const auto &[series, sign] : termSeries) {
                const double kw = series->at(t);
                if (!std::isnan(kw))
                    base += sign * kw;
            }
            return base;
        });
        compose(history->carbon, kSignalWindowMs, [&](qint64 t) { return sumOf(carbonSeries, t); });
        compose(history->gridNeed, kSignalWindowMs, [&](qint64 t) { return sumOf(needSeries, t); });
        compose(history->renewableShare, kSignalWindowMs, [&](qint64 t) { return sumOf(renewableSeries, t); });
        // Channels no longer asked for are forgotten.
        for (auto it = m_series.begin(); it != m_series.end();) {
            if (windows.contains(it.key()))
                ++it;
            else
                it = m_series.erase(it);
        }
        m_history = std::move(history);
        m_refreshedAtMs = nowMs;
        m_refreshing = false;
        m_lastRefreshMs = double(pending->timer.nsecsElapsed()) / 1e6;
        emit refreshed();
    };

    struct Query
    {
        storage::ChannelId channel;
        storage::Resolution resolution;
        qint64 fromMs;
        qint64 toMs;
    };
    QList<Query> queries;
    for (auto it = windows.cbegin(); it != windows.cend(); ++it) {
        const qint64 windowStart = endMs - it.value();
        const std::shared_ptr<Series> series = m_series.value(it.key());
        qint64 fromMs = windowStart;
        if (series && !series->kw.empty() && series->endMs() <= endMs && series->endMs() > windowStart)
            fromMs =
                std::max(windowStart, series->endMs() - kBucketMs); // the last bucket may have been partial
        else
            pending->fresh.insert(it.key());
        const qint64 recentFrom = floorTo(endMs - kFiveMinuteReadMs, kHourMs);
        if (fromMs < recentFrom) {
            queries.append({it.key(), storage::Resolution::Hour, floorTo(fromMs, kHourMs), recentFrom});
            fromMs = recentFrom;
        }
        if (fromMs < endMs)
            queries.append({it.key(), storage::Resolution::FiveMinutes, fromMs, endMs});
    }
    pending->outstanding = static_cast<int>(queries.size());
    if (queries.isEmpty()) {
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
        return;
    }
    for (const Query &query : queries) {
        const qint64 width = query.resolution == storage::Resolution::Hour ? kHourMs : kBucketMs;
        m_store.queryRollups(query.channel, query.resolution, query.fromMs, query.toMs, this,
                             [pending, query, width, finish](const QList<storage::Rollup> &rows) {
                                 QList<Row> &into = pending->rows[query.channel];
                                 for (const storage::Rollup &row : rows) {
                                     if (row.count > 0)
                                         into.append({row.bucketStartMs, width, row.mean()});
                                 }
                                 if (--pending->outstanding == 0)
                                     finish();
                             });
    }
}

} // namespace commonwatt::app
