// Forecasts for the planner (product.md, capability 4): PV and the home's base load from the household's own
// history, grid signals from their feed with fallbacks. Pure functions over regularly sampled histories, on
// an injected "now", so that the app, the tests and the benchmark compute the same numbers.
#pragma once

#include <QTimeZone>

#include <cstdint>
#include <string>
#include <vector>


namespace commonwatt::forecast {

// 5-minute buckets, as the readings store's rollups.
constexpr std::int64_t kBucketMs = 5 * 60 * 1000;

// Mean power (kW) over [startMs + i * stepMs, startMs + (i + 1) * stepMs); NaN where nothing was recorded.
struct PowerHistory
{
    std::int64_t startMs = 0;
    std::int64_t stepMs = kBucketMs;
    std::vector<double> kw;

    [[nodiscard]] std::int64_t endMs() const { return startMs + stepMs * static_cast<std::int64_t>(kw.size()); }
};

// Where a forecast came from, for the Plan page ("solar: learned from 42 days; carbon: feed").
enum class Source
{
    Learned,  // a model learned from the household's own history
    Feed,     // a signal or weather source sent it for these slots
    Profile,  // a profile learned from what a source sent before
    Fallback, // no or too little history: a physical model (PV by sun position) or a typical household
    Default,  // the community's defaults
    None,     // nothing to forecast (no PV array)
};

struct Forecast
{
    std::vector<double> values; // one per slot
    Source source = Source::None;
    int historyDays = 0;     // days of usable history behind it
    std::string description; // short and plain: "learned from 42 days", "typical household (no history yet)"
};

// The forecast's slots: `slotCount` slots of `slotMs` from `startMs`, made at `nowMs` (history after it unknown).
struct Horizon
{
    std::int64_t startMs = 0;
    std::int64_t slotMs = 15 * 60 * 1000;
    int slotCount = 0;
    std::int64_t nowMs = 0;
    QTimeZone zone = QTimeZone::utc(); // the household's, for time of day, weekdays and weekends
};

// What is known of the PV array before its history says more.
struct PvSite
{
    double peakKw = 0.0;   // declared peak (0: unknown; then learned from history)
    // The array's coordinates, for the sun's geometry (the fallback's model, the learned model's seasonal
    // correction), used only when `locationKnown`. Unknown: estimated from two weeks of history (solar noon
    // and day length), before that a guess (50 degrees N, the zone's standard-time longitude).
    bool locationKnown = false;
    double latitude = 0.0;
    double longitude = 0.0;
    // From a weather or solar-forecast source where one is configured: expected cloudiness 0 (clear) .. 1
    // (overcast) per slot of the horizon, NaN where it says nothing. Empty: none configured.
    std::vector<double> cloudiness;
};

// PV: the array's effective clear-sky profile by day of year and time of day, learned from its own history
// (peak, orientation and shading show there), scaled by a cloudiness estimate from the recent days (or the
// configured source). Readings that are negative or far above the array's possible peak are rejected, not
// learned. With less than two weeks of history: the sun-position model for the site, said so.
[[nodiscard]] Forecast forecastPv(const PowerHistory &pv, const PvSite &site, const Horizon &horizon);

// Base load (what the planner does not plan): by weekday/weekend and time of day from the last 30 days,
// blended with the last hours' measured level. The caller has taken the flexible devices' consumption out.
[[nodiscard]] Forecast forecastBaseLoad(const PowerHistory &base, const Horizon &horizon);

// A grid signal (carbon intensity, grid need, renewable share): the feed where it covers a slot; otherwise a
// profile by time of day learned from what the feed sent before; otherwise the community default.
// `feed` has one value per slot of the horizon (NaN where the feed says nothing); `past` is the signal as
// it was sent before (per bucket), the profile's material.
[[nodiscard]] Forecast forecastSignal(const std::vector<double> &feed, const PowerHistory &past,
                                      double communityDefault, const Horizon &horizon);

[[nodiscard]] const char *toString(Source source);

} // namespace commonwatt::forecast

