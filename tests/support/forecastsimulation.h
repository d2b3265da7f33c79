// Shared by tst_forecast and bench_forecast: a simulated household's PV and base-load history in 5-minute
// buckets, and the day-ahead / lead-time evaluation of the forecasts against persistence and the flat mean.
// Header-only; links commonwatt_simulation. Include it before any Q_OBJECT class (moc cannot parse the
// simulator's C++20 headers: wrap the include in #ifndef Q_MOC_RUN).
#pragma once

#include "forecast/forecast.h"
#include "householdsimulator.h"

#include <QDate>
#include <QDateTime>

#include <chrono>
#include <cmath>
#include <vector>

namespace commonwatt::testing {

struct SimulatedHistory
{
    forecast::PowerHistory pv;
    forecast::PowerHistory base; // what the meter shows minus the flexible devices, as the app computes it
    QTimeZone zone;
    double latitude = 0.0;
    double longitude = 0.0;
    double peakKw = 0.0;
};

// `days` local days from `start` at midnight, the simulator stepped every `dt` and averaged per bucket.
inline SimulatedHistory simulateHistory(const simulator::HouseholdConfig &config, QDate start, int days,
                                        std::chrono::seconds dt = std::chrono::seconds(60))
{
    simulator::HouseholdSimulator model(config);
    SimulatedHistory history;
    history.zone = config.timeZone;
    history.latitude = config.latitudeDeg;
    history.longitude = config.longitudeDeg;
    history.peakKw = config.pvPeak.value();
    const qint64 from = QDateTime(start, QTime(0, 0), config.timeZone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(start.addDays(days), QTime(0, 0), config.timeZone).toMSecsSinceEpoch();
    const qint64 stepMs = dt.count() * 1000;
    const auto buckets = static_cast<std::size_t>((to - from) / forecast::kBucketMs);
    for (forecast::PowerHistory *h : {&history.pv, &history.base}) {
        h->startMs = from;
        h->stepMs = forecast::kBucketMs;
        h->kw.assign(buckets, 0.0);
    }
    const double perBucket = static_cast<double>(forecast::kBucketMs / stepMs);
    model.start(from);
    for (qint64 t = from + stepMs; t <= to; t += stepMs) {
        const simulator::HouseholdSnapshot s = model.step(t, dt);
        const auto b = static_cast<std::size_t>((t - stepMs - from) / forecast::kBucketMs);
        if (b >= buckets)
            break;
        // Base load as the app sees it: the meter plus PV minus what the planner controls.
        const double base = s.grid().value() + s.pv.value() - s.battery().value() - s.evCharge.value() -
                            s.appliancesTotal().value() - s.waterHeater.value();
        history.pv.kw[b] += s.pv.value() / perBucket;
        history.base.kw[b] += base / perBucket;
    }
    return history;
}

// The same for the default household (52.1 N, 5.1 E, Europe/Amsterdam) with another seed.
inline SimulatedHistory simulateHistory(std::uint64_t seed, QDate start, int days,
                                        std::chrono::seconds dt = std::chrono::seconds(60))
{
    simulator::HouseholdConfig config;
    config.seed = seed;
    return simulateHistory(config, start, days, dt);
}

// The history's mean over [fromMs, toMs) (bucket-aligned), NaN-free by construction of the simulation.
inline double meanKw(const forecast::PowerHistory &h, qint64 fromMs, qint64 toMs)
{
    const qint64 a = std::max<qint64>(0, (fromMs - h.startMs) / h.stepMs);
    const qint64 b = std::min<qint64>(static_cast<qint64>(h.kw.size()), (toMs - h.startMs) / h.stepMs);
    double sum = 0.0;
    int n = 0;
    for (qint64 i = a; i < b; ++i)
        if (std::isfinite(h.kw[static_cast<std::size_t>(i)])) {
            sum += h.kw[static_cast<std::size_t>(i)];
            ++n;
        }
    return n > 0 ? sum / n : 0.0;
}

// Absolute errors summed per day (kWh/day) for the model and the two references, and the daily energies.
struct DayAheadScore
{
    double model = 0.0;       // sum over days of sum over slots |f - a| * h
    double persistence = 0.0; // tomorrow = today (the same slot 24 h earlier)
    double flat = 0.0;        // the mean level of the last 30 days
    double energyError = 0.0; // sum over days of |forecast energy - actual energy|
    double energy = 0.0;      // sum over days of the actual energy
    double bias = 0.0;        // sum over days of forecast energy - actual energy
    int days = 0;

    [[nodiscard]] double maeModel() const { return model / days; }
    [[nodiscard]] double maePersistence() const { return persistence / days; }
    [[nodiscard]] double maeFlat() const { return flat / days; }
    [[nodiscard]] double skillPersistence() const { return 1.0 - model / persistence; }
    [[nodiscard]] double skillFlat() const { return 1.0 - model / flat; }
    [[nodiscard]] double energyErrorPercent() const { return 100.0 * energyError / energy; }
    [[nodiscard]] double biasPercent() const { return 100.0 * bias / energy; }
};

template<typename ForecastFn>
void scoreDay(DayAheadScore &score, const forecast::PowerHistory &actual, const forecast::Horizon &horizon,
              ForecastFn &&forecastFn)
{
    const forecast::Forecast f = forecastFn(horizon);
    const double slotH = static_cast<double>(horizon.slotMs) / 3'600'000.0;
    const double flatLevel = meanKw(actual, horizon.nowMs - 30 * 86'400'000LL, horizon.nowMs);
    double fEnergy = 0.0;
    double aEnergy = 0.0;
    for (int i = 0; i < horizon.slotCount; ++i) {
        const qint64 s = horizon.startMs + horizon.slotMs * i;
        const double a = meanKw(actual, s, s + horizon.slotMs);
        const double yesterday = meanKw(actual, s - 86'400'000, s - 86'400'000 + horizon.slotMs);
        score.model += std::abs(f.values[static_cast<std::size_t>(i)] - a) * slotH;
        score.persistence += std::abs(yesterday - a) * slotH;
        score.flat += std::abs(flatLevel - a) * slotH;
        fEnergy += f.values[static_cast<std::size_t>(i)] * slotH;
        aEnergy += a * slotH;
    }
    score.energyError += std::abs(fEnergy - aEnergy);
    score.energy += aEnergy;
    score.bias += fEnergy - aEnergy;
    ++score.days;
}

// The horizon of local day `date`'s 15-minute slots, made at its midnight.
inline forecast::Horizon dayHorizon(QDate date, const QTimeZone &zone)
{
    forecast::Horizon h;
    h.startMs = QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 end = QDateTime(date.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    h.slotMs = 15 * 60 * 1000;
    h.slotCount = static_cast<int>((end - h.startMs) / h.slotMs);
    h.nowMs = h.startMs;
    h.zone = zone;
    return h;
}

} // namespace commonwatt::testing

