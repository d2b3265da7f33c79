// Grid-signal forecast (docs/forecasts.md): the feed where it covers a slot; else the mean by half hour of
// local time of what the feed sent before (by weekday/weekend when there is enough); else the default.
#include "forecast.h"
#include "forecastdetail.h"

#include <array>

namespace commonwatt::forecast {

using namespace detail;

namespace {
constexpr std::int64_t kBinMs = 30 * 60 * 1000;
constexpr std::size_t kBins = kDayMs / kBinMs; // 48
constexpr std::int64_t kWindowMs = 30 * kDayMs;
// A day type gets its own profile when this many of its days are at least half covered.
constexpr int kMinDaysPerType = 3;

struct Profile
{
    // [type][bin] means; type 0 weekday, 1 weekend, 2 all days.
    std::array<std::array<double, kBins>, 3> mean{};
    bool byType = false;
    bool exists = false;
    int days = 0;
};

// Fills empty bins from the nearest filled one (around the clock); false when all are empty.
bool fillGaps(std::array<double, kBins> &bins)
{
    std::array<double, kBins> filled = bins;
    bool any = false;
    for (std::size_t b = 0; b < kBins; ++b) {
        if (std::isfinite(bins[b])) {
            any = true;
            continue;
        }
        for (std::size_t k = 1; k <= kBins / 2; ++k) {
            const double before = bins[(b + kBins - k) % kBins];
            const double after = bins[(b + k) % kBins];
            if (std::isfinite(before) || std::isfinite(after)) {
                filled[b] = std::isfinite(before) ? before : after;
                break;
            }
        }
    }
    bins = filled;
    return any;
}

[[nodiscard]] Profile learnProfile(const PowerHistory &past, std::int64_t nowMs, const LocalClock &clock)
{
    Profile profile;
    if (past.stepMs <= 0 || past.kw.empty() || nowMs <= past.startMs)
        return profile;
    const std::int64_t known =
        std::min<std::int64_t>(static_cast<std::int64_t>(past.kw.size()), (nowMs - past.startMs) / past.stepMs);
    const std::int64_t from = std::max<std::int64_t>(0, known - kWindowMs / past.stepMs);
    std::array<std::array<double, kBins>, 3> sum{};
    std::array<std::array<int, kBins>, 3> count{};
    // Readings per local day, to count the days behind each type.
    std::int64_t currentDay = std::numeric_limits<std::int64_t>::min();
    int inDay = 0;
    std::array<int, 2> typeDays{};
    const std::int64_t perDay = std::max<std::int64_t>(1, kDayMs / past.stepMs);
    const auto closeDay = [&] {
        if (currentDay != std::numeric_limits<std::int64_t>::min() && inDay * 2 >= perDay) {
            ++typeDays[isWeekend(currentDay) ? 1 : 0];
            ++profile.days;
        }
    };
    for (std::int64_t i = from; i < known; ++i) {
        const double v = past.kw[static_cast<std::size_t>(i)];
        if (!std::isfinite(v))
            continue;
        const std::int64_t local = clock.toLocal(past.startMs + i * past.stepMs);
        const std::int64_t day = floorDiv(local, kDayMs);
        if (day != currentDay) {
            closeDay();
            currentDay = day;
            inDay = 0;
        }
        ++inDay;
        const auto b = static_cast<std::size_t>(floorMod(local, kDayMs) / kBinMs);
        const std::size_t type = isWeekend(day) ? 1 : 0;
        sum[type][b] += v;
        ++count[type][b];
        sum[2][b] += v;
        ++count[2][b];
    }
    closeDay();
    for (std::size_t type = 0; type < 3; ++type)
        for (std::size_t b = 0; b < kBins; ++b)
            profile.mean[type][b] = count[type][b] > 0 ? sum[type][b] / count[type][b] : kNaN;
    profile.exists = fillGaps(profile.mean[2]);
    profile.byType = typeDays[0] >= kMinDaysPerType && typeDays[1] >= kMinDaysPerType &&
                     fillGaps(profile.mean[0]) && fillGaps(profile.mean[1]);
    return profile;
}
} // namespace

Forecast forecastSignal(const std::vector<double> &feed, const PowerHistory &past, double communityDefault,
                        const Horizon &horizon)
{
    const std::int64_t endMs = horizon.startMs + horizon.slotMs * horizon.slotCount;
    const LocalClock clock(horizon.zone, std::min(past.startMs, horizon.startMs) - kDayMs,
                           std::max(horizon.nowMs, endMs) + kDayMs);
    const Profile profile = learnProfile(past, horizon.nowMs, clock);

    Forecast forecast;
    forecast.values.resize(static_cast<std::size_t>(std::max(horizon.slotCount, 0)));
    forecast.historyDays = profile.days;
    int feedSlots = 0;
    int firstNonFeed = -1;
    for (int i = 0; i < horizon.slotCount; ++i) {
        const auto slot = static_cast<std::size_t>(i);
        if (slot < feed.size() && std::isfinite(feed[slot])) {
            forecast.values[slot] = feed[slot];
            ++feedSlots;
            continue;
        }
        if (firstNonFeed < 0)
            firstNonFeed = i;
        if (!profile.exists) {
            forecast.values[slot] = communityDefault;
            continue;
        }
        const std::int64_t local = clock.toLocal(horizon.startMs + horizon.slotMs * i + horizon.slotMs / 2);
        const std::size_t type = profile.byType ? (isWeekend(floorDiv(local, kDayMs)) ? 1 : 0) : 2;
        forecast.values[slot] = profile.mean[type][static_cast<std::size_t>(floorMod(local, kDayMs) / kBinMs)];
    }

    // The source is the worst-covered part's; the description says how far the feed reaches.
    const std::string rest = profile.exists ? "learned profile" : "community default";
    const std::string restLong =
        profile.exists ? "learned profile from " + days(profile.days) + (profile.byType ? " (weekday/weekend)" : "")
                       : "community default (no feed or history)";
    if (horizon.slotCount <= 0 || feedSlots == horizon.slotCount) {
        forecast.source = horizon.slotCount <= 0 ? Source::None : Source::Feed;
        forecast.description = "feed";
    } else if (feedSlots == 0) {
        forecast.source = profile.exists ? Source::Profile : Source::Default;
        forecast.description = restLong;
    } else {
        forecast.source = profile.exists ? Source::Profile : Source::Default;
        // Does the feed cover a prefix of the horizon, or parts here and there?
        const bool prefix = feedSlots == firstNonFeed;
        forecast.description = prefix ? "feed for " + hours(horizon.slotMs * feedSlots) + ", " + rest + " after"
                                      : "feed for " + hours(horizon.slotMs * feedSlots) + " of " +
                                            hours(horizon.slotMs * horizon.slotCount) + ", " + rest + " elsewhere";
    }
    return forecast;
}

} // namespace commonwatt::forecast
