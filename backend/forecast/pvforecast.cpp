// PV forecast (docs/forecasts.md): the array's clear-sky profile learned from its own history, moved to the
// target day by the sun's geometry, scaled by a clear-sky index from the recent hours and the season.
#include "forecast.h"
#include "forecastdetail.h"

#include <algorithm>
#include <cstdio>


namespace commonwatt::forecast {

using namespace detail;

namespace {
constexpr int kMinHistoryDays = 14;
// The plane the seasonal correction and the fallback assume: a pitched roof facing the equator. The learned
// gain per time of day absorbs how the real array differs; only the change between seasons relies on it.
constexpr double kAssumedTiltDeg = 30.0;
constexpr double kDefaultPeakKw = 4.0;
// Array output per kWp at 1000 W/m^2 on the panels: inverter, wiring, soiling and warm cells.
constexpr double kPerformanceRatio = 0.8;
// The fraction of clear-sky energy an average day brings in a temperate climate (the fallback's weather).
constexpr double kTypicalClearSkyIndex = 0.6;
// Below this irradiance on the plane a reading says little about the array (dawn, dusk, night).
constexpr double kMinIrradiance = 30.0;
// Readings between this and zero are an inverter's night consumption, taken as 0; below it, faults.
constexpr double kNegativeNoiseKw = -0.05;
// A reading above this multiple of the array's plausible peak is a fault.
constexpr double kSpikeFactor = 1.5;
// The envelope: this quantile of output over clear-sky irradiance, per time of day, over the window.
constexpr double kEnvelopeQuantile = 0.9;
constexpr int kMinWindowDays = 20;
// How fast the recent hours' clear-sky index gives way to the season's mean.
constexpr double kRecentDecayMs = 6.0 * kHourMs;
constexpr std::int64_t kRecentLookbackMs = 36 * kHourMs;
constexpr int kRecentSamples = 36; // three hours of 5-minute readings

struct Site
{
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    bool guessed = false;
};

// The site's coordinates, or for the fallback alone a guess: 50 degrees north, and the longitude that the
// zone's standard offset implies.
[[nodiscard]] Site siteOf(const PvSite &site, const Horizon &horizon)
{
    if (site.latitude != 0.0 || site.longitude != 0.0)
        return {site.latitude, site.longitude, false};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(horizon.nowMs, QTimeZone::utc());
    const double offsetS = horizon.zone.isValid() ? horizon.zone.standardTimeOffset(at) : 0.0;
    return {50.0, offsetS / 240.0, true};
}

// Day of year as a phase, for "days around the same date" across years.
[[nodiscard]] double yearDistanceDays(std::int64_t dayA, std::int64_t dayB)
{
    constexpr double year = 365.2422;
    const double d = std::fmod(std::abs(static_cast<double>(dayA - dayB)), year);
    return std::min(d, year - d);
}

// Kasten and Czeplak (1980): global irradiance under a cloud cover 0..1 relative to the clear sky.
[[nodiscard]] double clearSkyIndexOfCloudiness(double cloudiness)
{
    return 1.0 - 0.75 * std::pow(std::clamp(cloudiness, 0.0, 1.0), 3.4);
}

[[nodiscard]] bool hasCloudiness(const PvSite &site, const Horizon &horizon, int slot)
{
    return site.cloudiness.size() == static_cast<std::size_t>(horizon.slotCount) &&
           std::isfinite(site.cloudiness[static_cast<std::size_t>(slot)]);
}

// Mean over a slot of f(sub-interval start, sub-interval length), sampled at the history's step.
template<typename F>
double slotMean(const Horizon &horizon, int slot, std::int64_t stepMs, F &&f)
{
    const std::int64_t start = horizon.startMs + horizon.slotMs * slot;
    const std::int64_t parts = std::max<std::int64_t>(1, horizon.slotMs / stepMs);
    const std::int64_t partMs = horizon.slotMs / parts;
    double sum = 0.0;
    for (std::int64_t k = 0; k < parts; ++k)
        sum += f(start + k * partMs, partMs);
    return sum / static_cast<double>(parts);
}

[[nodiscard]] Forecast fallbackPv(const PvSite &pvSite, const Horizon &horizon, int historyDays)
{
    const Site site = siteOf(pvSite, horizon);
    const double peakKw = pvSite.peakKw > 0.0 ? pvSite.peakKw : kDefaultPeakKw;
    const ClearSkyPlane plane(site.latitudeDeg, site.longitudeDeg, kAssumedTiltDeg, site.latitudeDeg >= 0.0 ? 180.0 : 0.0);
    Forecast forecast;
    forecast.source = Source::Fallback;
    forecast.historyDays = historyDays;
    bool usedCloudiness = false;
    forecast.values.resize(static_cast<std::size_t>(std::max(horizon.slotCount, 0)));
    for (int i = 0; i < horizon.slotCount; ++i) {
        double index = kTypicalClearSkyIndex;
        if (hasCloudiness(pvSite, horizon, i)) {
            index = clearSkyIndexOfCloudiness(pvSite.cloudiness[static_cast<std::size_t>(i)]);
            usedCloudiness = true;
        }
        forecast.values[static_cast<std::size_t>(i)] =
            slotMean(horizon, i, kBucketMs, [&](std::int64_t startMs, std::int64_t lengthMs) {
                const std::int64_t mid = startMs + lengthMs / 2;
                return std::min(peakKw, peakKw * kPerformanceRatio * plane.at(sunDay(mid), mid) / 1000.0) * index;
            });
    }
    char text[200];
    std::snprintf(text, sizeof text, "sun-position model%s for %.1f\u00b0%c, %s%.1f kWp, %s (%s)",
                  site.guessed ? " (location unknown, guessed)" : "", std::abs(site.latitudeDeg),
                  site.latitudeDeg >= 0.0 ? 'N' : 'S', pvSite.peakKw > 0.0 ? "" : "assumed ", peakKw,
                  usedCloudiness ? "clouds from the weather source" : "typical cloudiness",
                  historyDays == 0 ? "no history yet" : ("only " + days(historyDays) + " of history").c_str());
    forecast.description = text;
    return forecast;
}
} // namespace

Forecast forecastPv(const PowerHistory &pv, const PvSite &pvSite, const Horizon &horizon)
{
    const std::int64_t step = pv.stepMs > 0 ? pv.stepMs : kBucketMs;
    // What was known at nowMs.
    const std::int64_t known = pv.stepMs > 0 && horizon.nowMs > pv.startMs
                                   ? std::min<std::int64_t>(static_cast<std::int64_t>(pv.kw.size()),
                                                            (horizon.nowMs - pv.startMs) / step)
                                   : 0;

    // Rejection. Small negatives are the inverter's own use at night; larger ones and readings far above
    // the array's plausible peak (declared, or the 99th percentile of the history's positive readings,
    // robust against a few spikes) are faults and are not learned.
    std::vector<double> kw(pv.kw.begin(), pv.kw.begin() + known);
    double plausiblePeak = pvSite.peakKw;
    if (plausiblePeak <= 0.0) {
        // Two passes: three times the 90th percentile removes gross spikes (100x the peak) as long as they
        // are fewer than a tenth of the readings; the 99th percentile of the rest is the plausible peak.
        std::vector<double> positive;
        positive.reserve(kw.size() / 2);
        for (double v : kw)
            if (std::isfinite(v) && v > 0.01)
                positive.push_back(v);
        const double coarse = 3.0 * quantile(positive, 0.9);
        std::erase_if(positive, [coarse](double v) { return v > coarse; });
        plausiblePeak = quantile(positive, 0.99);
    }
    const double limit = std::isfinite(plausiblePeak) ? kSpikeFactor * plausiblePeak : 0.0;
    for (double &v : kw) {
        if (!std::isfinite(v) || v < kNegativeNoiseKw || v > limit)
            v = kNaN;
        else if (v < 0.0)
            v = 0.0;
    }

    // Usable days: UTC days with at least half their readings.
    const std::int64_t perDay = std::max<std::int64_t>(1, kDayMs / step);
    const std::int64_t firstDay = floorDiv(pv.startMs, kDayMs);
    std::vector<int> validPerDay;
    for (std::int64_t i = 0; i < known; ++i) {
        if (!std::isfinite(kw[static_cast<std::size_t>(i)]))
            continue;
        const auto d = static_cast<std::size_t>(floorDiv(pv.startMs + i * step, kDayMs) - firstDay);
        if (d >= validPerDay.size())
            validPerDay.resize(d + 1, 0);
        ++validPerDay[d];
    }
    std::vector<std::int64_t> usableDays;
    for (std::size_t d = 0; d < validPerDay.size(); ++d)
        if (validPerDay[d] * 2 >= perDay)
            usableDays.push_back(firstDay + static_cast<std::int64_t>(d));
    const int historyDays = static_cast<int>(usableDays.size());
    if (historyDays < kMinHistoryDays)
        return fallbackPv(pvSite, horizon, historyDays);

    const Site site = siteOf(pvSite, horizon);
    const ClearSkyPlane plane(site.latitudeDeg, site.longitudeDeg, kAssumedTiltDeg, site.latitudeDeg >= 0.0 ? 180.0 : 0.0);

    // The window: usable days around the target's date of year (from any year), widened until it holds
    // enough days; with a short history it takes all of it, and the geometry moves it to the target.
    const std::int64_t targetDay = floorDiv(horizon.startMs + horizon.slotMs * horizon.slotCount / 2, kDayMs);
    std::vector<std::int64_t> window;
    for (double width = 15.0; window.size() < static_cast<std::size_t>(kMinWindowDays) && width < 200.0; width += 15.0) {
        window.clear();
        for (std::int64_t d : usableDays)
            if (yearDistanceDays(d, targetDay) <= width)
                window.push_back(d);
    }

    // Output over clear-sky irradiance, per time-of-day bin (UTC: the sun keeps no daylight saving time).
    // Its upper envelope is the array's gain at that time of day in clear weather: peak, orientation and
    // shading as the history shows them.
    struct Reading
    {
        std::size_t bin;
        double kw;
        double irradiance;
    };
    std::vector<Reading> readings;
    readings.reserve(window.size() * static_cast<std::size_t>(perDay) / 2);
    std::vector<std::vector<double>> ratios(static_cast<std::size_t>(perDay));
    for (const std::int64_t d : window) {
        const SunDay sun = sunDay(d * kDayMs + kDayMs / 2);
        const std::int64_t from = std::max<std::int64_t>(0, floorDiv(d * kDayMs - pv.startMs, step));
        const std::int64_t to = std::min(known, floorDiv((d + 1) * kDayMs - pv.startMs, step));
        for (std::int64_t i = from; i < to; ++i) {
            const double v = kw[static_cast<std::size_t>(i)];
            if (!std::isfinite(v))
                continue;
            const std::int64_t t = pv.startMs + i * step;
            const double irradiance = plane.at(sun, t + step / 2);
            if (irradiance < kMinIrradiance)
                continue;
            const auto bin = static_cast<std::size_t>(floorMod(t, kDayMs) / step);
            ratios[bin].push_back(v / irradiance);
            readings.push_back({bin, v, irradiance});
        }
    }
    std::vector<double> gain(static_cast<std::size_t>(perDay), kNaN);
    for (std::size_t b = 0; b < gain.size(); ++b)
        if (ratios[b].size() >= 3)
            gain[b] = quantile(ratios[b], kEnvelopeQuantile);
    // Bins the window never saw in daylight (a June dawn learned from March) take the nearest learned bin.
    {
        std::vector<double> filled = gain;
        for (std::size_t b = 0; b < gain.size(); ++b) {
            if (std::isfinite(gain[b]))
                continue;
            for (std::size_t k = 1; k < gain.size() / 2; ++k) {
                const double before = gain[(b + gain.size() - k) % gain.size()];
                const double after = gain[(b + k) % gain.size()];
                if (std::isfinite(before) || std::isfinite(after)) {
                    filled[b] = std::isfinite(before) ? before : after;
                    break;
                }
            }
        }
        gain = std::move(filled);
    }
    const auto clearSkyKw = [&](const SunDay &sun, std::int64_t startMs, std::int64_t lengthMs) {
        const double g = gain[static_cast<std::size_t>(floorMod(startMs, kDayMs) / step) % gain.size()];
        return std::isfinite(g) ? std::min(g * plane.at(sun, startMs + lengthMs / 2), plausiblePeak) : 0.0;
    };

    // The season's clear-sky index: the window's energy over its clear-sky energy. (The median of the days'
    // indices, which would minimise the absolute error were the days alike, did worse on the simulated year:
    // the ratio of sums weights the long sunny days that carry most of the energy.)
    double seasonKw = 0.0;
    double seasonClearKw = 0.0;
    for (const Reading &r : readings) {
        if (std::isfinite(gain[r.bin])) {
            seasonKw += r.kw;
            seasonClearKw += std::min(gain[r.bin] * r.irradiance, plausiblePeak);
        }
    }
    const double seasonIndex =
        seasonClearKw > 0.0 ? std::clamp(seasonKw / seasonClearKw, 0.05, 1.2) : kTypicalClearSkyIndex;

    // The recent index: the last three daylight hours before now.
    double recentIndex = seasonIndex;
    std::int64_t recentMs = horizon.nowMs;
    {
        double sum = 0.0;
        double clear = 0.0;
        int n = 0;
        std::int64_t latest = 0;
        std::int64_t cachedDay = std::numeric_limits<std::int64_t>::min();
        SunDay sun;
        for (std::int64_t i = known - 1; i >= 0 && n < kRecentSamples; --i) {
            const std::int64_t t = pv.startMs + i * step;
            if (t < horizon.nowMs - kRecentLookbackMs)
                break;
            const double v = kw[static_cast<std::size_t>(i)];
            if (!std::isfinite(v))
                continue;
            if (const std::int64_t day = floorDiv(t, kDayMs); day != cachedDay) {
                cachedDay = day;
                sun = sunDay(day * kDayMs + kDayMs / 2);
            }
            if (plane.at(sun, t + step / 2) < 2.0 * kMinIrradiance)
                continue;
            const double c = clearSkyKw(sun, t, step);
            if (c <= 0.0)
                continue;
            if (n == 0)
                latest = t + step;
            sum += v;
            clear += c;
            ++n;
        }
        if (n >= kRecentSamples / 6 && clear > 0.0) {
            recentIndex = std::clamp(sum / clear, 0.0, 1.2);
            recentMs = latest;
        }
    }

    Forecast forecast;
    forecast.source = Source::Learned;
    forecast.historyDays = historyDays;
    forecast.values.resize(static_cast<std::size_t>(std::max(horizon.slotCount, 0)));
    bool usedCloudiness = false;
    std::int64_t cachedDay = std::numeric_limits<std::int64_t>::min();
    SunDay sun;
    for (int i = 0; i < horizon.slotCount; ++i) {
        const std::int64_t mid = horizon.startMs + horizon.slotMs * i + horizon.slotMs / 2;
        double index = seasonIndex;
        if (hasCloudiness(pvSite, horizon, i)) {
            index = clearSkyIndexOfCloudiness(pvSite.cloudiness[static_cast<std::size_t>(i)]);
            usedCloudiness = true;
        } else {
            const double weight = std::exp(-static_cast<double>(std::max<std::int64_t>(0, mid - recentMs)) / kRecentDecayMs);
            index = seasonIndex + weight * (recentIndex - seasonIndex);
        }
        forecast.values[static_cast<std::size_t>(i)] =
            index * slotMean(horizon, i, step, [&](std::int64_t startMs, std::int64_t lengthMs) {
                if (const std::int64_t day = floorDiv(startMs, kDayMs); day != cachedDay) {
                    cachedDay = day;
                    sun = sunDay(day * kDayMs + kDayMs / 2);
                }
                return clearSkyKw(sun, startMs, lengthMs);
            });
    }
    forecast.description = "learned from " + days(historyDays) +
                           (usedCloudiness ? ", clouds from the weather source" : ", clouds from the recent days");
    return forecast;
}

} // namespace commonwatt::forecast
