// Base-load forecast (docs/forecasts.md): the median of the last 30 days per weekday/weekend and quarter hour
// of local time, plus the last hours' deviation from it, fading with the horizon.
#include "forecast.h"
#include "forecastdetail.h"

#include <algorithm>
#include <array>

namespace commonwatt::forecast {

using namespace detail;

namespace {
constexpr std::int64_t kProfileBinMs = 15 * 60 * 1000;
constexpr std::size_t kBins = kDayMs / kProfileBinMs; // 96
constexpr std::int64_t kWindowMs = 30 * kDayMs;
// A day type's own median needs this many days in a bin; otherwise the bin takes all days'.
constexpr std::size_t kMinDaysPerType = 3;
// The recent level: the mean deviation from the profile over the last two hours, fading with this time
// constant (measured on the simulator: bench_forecast).
constexpr std::int64_t kRecentMs = 2 * kHourMs;
constexpr double kRecentDecayMs = 3.0 * kHourMs;

// A typical household's base load (kW) by local hour, without heating, car, battery or large appliances:
// about 2,600 kWh a year, low at night, a morning bump and an evening peak.
constexpr std::array<double, 24> kTypicalKw = {0.20, 0.18, 0.17, 0.17, 0.17, 0.18, 0.25, 0.35,
                                                0.33, 0.28, 0.26, 0.27, 0.30, 0.27, 0.25, 0.26,
                                                0.30, 0.40, 0.50, 0.50, 0.45, 0.40, 0.32, 0.25};

[[nodiscard]] double typicalKw(std::int64_t msOfDay)
{
    // Linear between the hours' middles.
    const double h = static_cast<double>(msOfDay) / static_cast<double>(kHourMs) - 0.5;
    const double f = std::floor(h);
    const auto a = static_cast<std::size_t>(floorMod(static_cast<std::int64_t>(f), 24));
    const double w = h - f;
    return kTypicalKw[a] * (1.0 - w) + kTypicalKw[(a + 1) % 24] * w;
}

// Which profile a local day uses: 0 weekday, 1 weekend.
[[nodiscard]] std::size_t typeOf(std::int64_t localDay)
{
    return isWeekend(localDay) ? 1 : 0;
}
} // namespace

Forecast forecastBaseLoad(const PowerHistory &base, const Horizon &horizon)
{
    const std::int64_t step = base.stepMs > 0 ? base.stepMs : kBucketMs;
    const std::int64_t known = base.stepMs > 0 && horizon.nowMs > base.startMs
                                   ? std::min<std::int64_t>(static_cast<std::int64_t>(base.kw.size()),
                                                            (horizon.nowMs - base.startMs) / step)
                                   : 0;
    const LocalClock clock(horizon.zone, std::min(base.startMs, horizon.startMs) - kDayMs,
                           std::max(horizon.nowMs, horizon.startMs + horizon.slotMs * horizon.slotCount) + kDayMs);

    // The last 30 days of readings before now (after a gap, the 30 days before it).
    std::int64_t last = known - 1;
    while (last >= 0 && !std::isfinite(base.kw[static_cast<std::size_t>(last)]))
        --last;
    const std::int64_t windowEnd = last + 1;
    const std::int64_t windowStart = std::max<std::int64_t>(0, windowEnd - kWindowMs / step);

    // Per local day and bin, the mean of the readings in it (negative readings are faults: dropped).
    // Days are numbered from the window's first local day.
    const std::int64_t firstDay = windowStart < windowEnd ? clock.localDay(base.startMs + windowStart * step) : 0;
    std::vector<std::array<double, kBins>> dayBins;
    std::vector<std::array<std::uint8_t, kBins>> dayCounts;
    std::vector<int> validPerDay;
    for (std::int64_t i = windowStart; i < windowEnd; ++i) {
        const double v = base.kw[static_cast<std::size_t>(i)];
        if (!std::isfinite(v) || v < 0.0)
            continue;
        const std::int64_t local = clock.toLocal(base.startMs + i * step);
        const auto d = static_cast<std::size_t>(floorDiv(local, kDayMs) - firstDay);
        if (d >= dayBins.size()) {
            dayBins.resize(d + 1, {});
            dayCounts.resize(d + 1, {});
            validPerDay.resize(d + 1, 0);
        }
        const auto b = static_cast<std::size_t>(floorMod(local, kDayMs) / kProfileBinMs);
        dayBins[d][b] += v;
        dayCounts[d][b] = static_cast<std::uint8_t>(std::min(dayCounts[d][b] + 1, 255));
        ++validPerDay[d];
    }
    int historyDays = 0;
    const std::int64_t perDay = std::max<std::int64_t>(1, kDayMs / step);
    for (int n : validPerDay)
        if (n * 2 >= perDay)
            ++historyDays;

    // The profile: per type and bin the median over the days (robust to a one-off sauna day); where a
    // type has too few days, the median over all days; where no day has the bin, the typical household.
    std::array<std::array<double, kBins>, 2> profile{};
    {
        std::array<std::vector<double>, 2> byType;
        std::vector<double> all;
        for (std::size_t b = 0; b < kBins; ++b) {
            byType[0].clear();
            byType[1].clear();
            all.clear();
            for (std::size_t d = 0; d < dayBins.size(); ++d) {
                if (dayCounts[d][b] == 0)
                    continue;
                const double mean = dayBins[d][b] / dayCounts[d][b];
                byType[typeOf(firstDay + static_cast<std::int64_t>(d))].push_back(mean);
                all.push_back(mean);
            }
            const double pooled = all.empty() ? typicalKw(static_cast<std::int64_t>(b) * kProfileBinMs + kProfileBinMs / 2)
                                              : quantile(all, 0.5);
            for (std::size_t type = 0; type < 2; ++type)
                profile[type][b] = byType[type].size() >= kMinDaysPerType ? quantile(byType[type], 0.5) : pooled;
        }
    }
    const auto profileAt = [&](std::int64_t utcMs) {
        const std::int64_t local = clock.toLocal(utcMs);
        return profile[typeOf(floorDiv(local, kDayMs))][static_cast<std::size_t>(floorMod(local, kDayMs) / kProfileBinMs)];
    };

    // The recent level: how far the last two hours ran above or below the profile.
    double deviation = 0.0;
    {
        double sum = 0.0;
        int n = 0;
        for (std::int64_t i = known - 1; i >= 0; --i) {
            const std::int64_t t = base.startMs + i * step;
            if (t < horizon.nowMs - kRecentMs)
                break;
            const double v = base.kw[static_cast<std::size_t>(i)];
            if (!std::isfinite(v) || v < 0.0)
                continue;
            sum += v - profileAt(t + step / 2);
            ++n;
        }
        if (n > 0)
            deviation = sum / n;
    }

    Forecast forecast;
    forecast.historyDays = historyDays;
    forecast.source = historyDays > 0 ? Source::Learned : Source::Fallback;
    forecast.values.resize(static_cast<std::size_t>(std::max(horizon.slotCount, 0)));
    for (int i = 0; i < horizon.slotCount; ++i) {
        const std::int64_t start = horizon.startMs + horizon.slotMs * i;
        const std::int64_t parts = std::max<std::int64_t>(1, horizon.slotMs / kBucketMs);
        double sum = 0.0;
        for (std::int64_t k = 0; k < parts; ++k)
            sum += profileAt(start + (2 * k + 1) * horizon.slotMs / (2 * parts));
        const std::int64_t mid = start + horizon.slotMs / 2;
        const double weight = std::exp(-static_cast<double>(std::max<std::int64_t>(0, mid - horizon.nowMs)) / kRecentDecayMs);
        forecast.values[static_cast<std::size_t>(i)] = std::max(0.0, sum / static_cast<double>(parts) + weight * deviation);
    }
    if (historyDays == 0)
        forecast.description = "typical household (no history yet)";
    else
        forecast.description = "learned from " + days(historyDays) + (historyDays < 7 ? " (little history yet)" : "");
    return forecast;
}

} // namespace commonwatt::forecast
