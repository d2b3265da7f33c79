// PV forecast (docs/forecasts.md): the array's clear-sky profile learned from its own history, moved to the
// target day by the sun's geometry, scaled by a clear-sky index from the recent hours and the season.
#include "forecast.h"
#include "forecastdetail.h"

#include <algorithm>
#include <cstdio>
#include <numbers>
#include <optional>

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
    enum class Kind
    {
        Known,     // the app's coordinates
        Estimated, // from the history's solar noon and day length
        Guessed,   // 50 degrees N and the zone's standard-time longitude
    };
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    Kind kind = Kind::Known;
    int days = 0; // the days behind an estimate
};

// The site's coordinates, or a guess: 50 degrees north, and the longitude that the zone's standard offset
// implies.
[[nodiscard]] Site siteOf(const PvSite &site, const Horizon &horizon)
{
    if (site.locationKnown)
        return {site.latitude, site.longitude, Site::Kind::Known, 0};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(horizon.nowMs, QTimeZone::utc());
    const double offsetS = horizon.zone.isValid() ? horizon.zone.standardTimeOffset(at) : 0.0;
    return {50.0, offsetS / 240.0, Site::Kind::Guessed, 0};
}

// Location from the history (docs/forecasts.md, "Where the array is"). Days run from solar midnight to solar
// midnight (found roughly first: the circular mean of the output's time of day), so that no day is cut at its
// noon whatever the longitude. Of the complete days, the clear-ish ones (at least 70% of the best energy
// within 10 days) give
// - solar noon: the centroid of the day's output; longitude = (720 min - equation of time - noon) / 4 min;
//   the median over days;
// - day length: the first and last instants output crosses 5% of the day's peak (interpolated between
//   buckets). The sun is then at some small elevation h, the same on every day: sin h = sin(lat) sin(decl) +
//   cos(lat) cos(decl) cos(H), H half the day length. Latitude and h are fitted together, minimising the
//   absolute error in H over the days (a grid, coarse then fine).
// The array sees the *effective* sun: shading that shortens its days biases the latitude towards the equator
// in summer (and away in winter); an east- or west-facing array moves the centroid, hence the longitude.
// Both only matter as far as they move the learned model's seasonal correction, which is what they feed.
[[nodiscard]] std::optional<Site> estimateSite(const std::vector<double> &kw, std::int64_t startMs, std::int64_t step)
{
    constexpr double kClearShare = 0.7;
    constexpr double kThreshold = 0.05;
    // sin(elevation at the threshold) over sin(noon elevation): see below.
    constexpr double kThresholdElevationShare = 0.12;
    constexpr int kMinDays = 7;
    constexpr std::int64_t kClearNeighbourhood = 10;
    const auto n = static_cast<std::int64_t>(kw.size());
    const std::int64_t perDay = std::max<std::int64_t>(1, kDayMs / step);
    if (n < perDay)
        return std::nullopt;

    // Rough solar noon (UTC time of day), to cut the days at solar midnight.
    double sx = 0.0;
    double sy = 0.0;
    for (std::int64_t i = 0; i < n; ++i) {
        const double v = kw[static_cast<std::size_t>(i)];
        if (!(v > 0.0))
            continue;
        const double phase = 2.0 * std::numbers::pi * static_cast<double>(floorMod(startMs + i * step + step / 2, kDayMs)) /
                             static_cast<double>(kDayMs);
        sx += v * std::cos(phase);
        sy += v * std::sin(phase);
    }
    if (sx == 0.0 && sy == 0.0)
        return std::nullopt;
    const auto roughNoonMs = static_cast<std::int64_t>(std::atan2(sy, sx) / (2.0 * std::numbers::pi) * static_cast<double>(kDayMs));
    const std::int64_t dayOffset = floorMod(roughNoonMs - kDayMs / 2, kDayMs); // solar midnight, UTC time of day

    struct Day
    {
        std::int64_t index = 0; // solar days since 1970
        double energy = 0.0;
        double noonMs = 0.0;     // centroid, UTC
        double halfLength = kNaN; // degrees of hour angle
    };
    std::vector<Day> days;
    const std::int64_t firstDay = floorDiv(startMs - dayOffset, kDayMs);
    const std::int64_t lastDay = floorDiv(startMs + n * step - dayOffset, kDayMs);
    for (std::int64_t d = firstDay; d <= lastDay; ++d) {
        const std::int64_t dayStart = d * kDayMs + dayOffset;
        const std::int64_t from = floorDiv(dayStart - startMs + step - 1, step);
        const std::int64_t to = floorDiv(dayStart + kDayMs - startMs, step);
        if (from < 0 || to > n)
            continue;
        int count = 0;
        double energy = 0.0;
        double moment = 0.0;
        double peak = 0.0;
        for (std::int64_t i = from; i < to; ++i) {
            const double v = kw[static_cast<std::size_t>(i)];
            if (!std::isfinite(v))
                continue;
            ++count;
            energy += v;
            moment += v * static_cast<double>(i - from);
            peak = std::max(peak, v);
        }
        if (count * 10 < (to - from) * 9 || energy <= 0.0)
            continue;
        Day day;
        day.index = d;
        day.energy = energy;
        day.noonMs = static_cast<double>(startMs + from * step + step / 2) + moment / energy * static_cast<double>(step);
        // The crossings of the threshold, between the centres of the buckets either side.
        const double threshold = kThreshold * peak;
        const auto crossing = [&](std::int64_t i, std::int64_t j) { // i below, j at or above
            const double a = kw[static_cast<std::size_t>(i)];
            const double b = kw[static_cast<std::size_t>(j)];
            if (!std::isfinite(a) || !std::isfinite(b))
                return kNaN;
            const double f = (threshold - a) / (b - a);
            return static_cast<double>(startMs + i * step + step / 2) + f * static_cast<double>((j - i) * step);
        };
        std::int64_t first = from;
        while (first < to && !(kw[static_cast<std::size_t>(first)] >= threshold))
            ++first;
        std::int64_t last = to - 1;
        while (last > first && !(kw[static_cast<std::size_t>(last)] >= threshold))
            --last;
        if (first > from && last < to - 1) {
            const double rise = crossing(first - 1, first);
            const double set = crossing(last + 1, last);
            if (std::isfinite(rise) && std::isfinite(set))
                day.halfLength = (set - rise) / 2.0 / 240'000.0; // 4 minutes a degree
        }
        days.push_back(day);
    }

    // The clear-ish days.
    std::vector<Day> clear;
    for (const Day &day : days) {
        double best = 0.0;
        for (const Day &other : days)
            if (std::abs(other.index - day.index) <= kClearNeighbourhood)
                best = std::max(best, other.energy);
        if (day.energy >= kClearShare * best)
            clear.push_back(day);
    }
    if (static_cast<int>(clear.size()) < kMinDays)
        return std::nullopt;

    std::vector<double> longitudes;
    struct Length
    {
        double sinDecl;
        double cosDecl;
        double halfLength;
    };
    std::vector<Length> lengths;
    for (const Day &day : clear) {
        const auto noon = static_cast<std::int64_t>(day.noonMs);
        const SunDay sun = sunDay(noon);
        const double minutes = static_cast<double>(floorMod(noon, kDayMs)) / 60'000.0;
        double longitude = (720.0 - sun.equationOfTimeMinutes - minutes) / 4.0;
        longitude = std::fmod(longitude + 540.0, 360.0) - 180.0;
        longitudes.push_back(longitude);
        if (std::isfinite(day.halfLength))
            lengths.push_back({sun.sinDeclination, sun.cosDeclination, day.halfLength});
    }
    if (static_cast<int>(lengths.size()) < kMinDays)
        return std::nullopt;
    // The fit's cost grows with the days: beyond 120, an even sample of them (a year still spans the seasons).
    constexpr std::size_t kMaxFitDays = 120;
    if (lengths.size() > kMaxFitDays) {
        std::vector<Length> sample;
        sample.reserve(kMaxFitDays);
        for (std::size_t k = 0; k < kMaxFitDays; ++k)
            sample.push_back(lengths[k * lengths.size() / kMaxFitDays]);
        lengths = std::move(sample);
    }

    constexpr double degree = std::numbers::pi / 180.0;
    // The threshold's elevation: output near the horizon grows about as the sine of the sun's elevation, so a
    // share of the day's peak is reached where sin h = k sin(noon elevation), k fitted with the latitude.
    const auto cost = [&](double latitude, double k) {
        const double sinLat = std::sin(latitude * degree);
        const double cosLat = std::cos(latitude * degree);
        double total = 0.0;
        for (const Length &l : lengths) {
            const double sinNoon = sinLat * l.sinDecl + cosLat * l.cosDecl;
            const double sinH = k * std::max(sinNoon, 0.0);
            const double c = std::clamp((sinH - sinLat * l.sinDecl) / (cosLat * l.cosDecl), -1.0, 1.0);
            total += std::abs(std::acos(c) / degree - l.halfLength);
        }
        return total;
    };
    double bestLatitude = 0.0;
    double bestCost = std::numeric_limits<double>::infinity();
    const auto search = [&](double from, double to, double by) {
        for (double lat = from; lat <= to + 1e-9; lat += by)
            if (const double c = cost(lat, kThresholdElevationShare); c < bestCost) {
                bestCost = c;
                bestLatitude = lat;
            }
    };
    search(-66.0, 66.0, 1.0);
    search(bestLatitude - 1.0, bestLatitude + 1.0, 0.1);
    return Site{bestLatitude, quantile(longitudes, 0.5), Site::Kind::Estimated, static_cast<int>(clear.size())};
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
                  site.kind == Site::Kind::Guessed ? " (location unknown, guessed)" : "", std::abs(site.latitudeDeg),
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

    Site site = siteOf(pvSite, horizon);
    if (site.kind == Site::Kind::Guessed)
        if (const std::optional<Site> estimate = estimateSite(kw, pv.startMs, step))
            site = *estimate;
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
    std::string where;
    if (site.kind != Site::Kind::Known) {
        char text[120];
        if (site.kind == Site::Kind::Estimated)
            std::snprintf(text, sizeof text, " (site estimated %.1f\u00b0 %c, %.1f\u00b0 %c)", std::abs(site.latitudeDeg),
                          site.latitudeDeg >= 0.0 ? 'N' : 'S', std::abs(site.longitudeDeg),
                          site.longitudeDeg >= 0.0 ? 'E' : 'W');
        else
            std::snprintf(text, sizeof text, " (location unknown, guessed %.0f\u00b0 %c)", std::abs(site.latitudeDeg),
                          site.latitudeDeg >= 0.0 ? 'N' : 'S');
        where = text;
    }
    forecast.description = "learned from " + days(historyDays) + where +
                           (usedCloudiness ? ", clouds from the weather source" : ", clouds from the recent days");
    return forecast;
}

} // namespace commonwatt::forecast
