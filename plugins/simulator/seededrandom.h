// Seeded randomness without a running generator. Every random quantity is a hash of (seed, local day,
// purpose, index), so a day's weather and behaviour are the same whenever the simulation started, and a
// change to one behaviour's draws never shifts another's.
#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <numbers>

namespace commonwatt::simulator {

// What a draw is for. Values are part of the seed's meaning: never renumber them, or every seed's days
// change.
enum class Purpose : std::uint64_t
{
    Weather = 1,
    CloudKnots = 2,
    BaseLoad = 3,
    BaseLoadKnots = 4,
    LoadSpikes = 5,
    Washer = 6,
    Dishwasher = 7,
    Dryer = 8,
    Ev = 9,
    HotWater = 10,
    Temperature = 11,
    GridWind = 12,       // the region's wind level per day
    GridWindKnots = 13,  // its variation within the day
    GridEvent = 14,      // demand-response events
    WasherDeadline = 15, // when each load must be done
    DishwasherDeadline = 16,
    DryerDeadline = 17, // also when a wash that finished overnight goes into the dryer
};

[[nodiscard]] constexpr std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

[[nodiscard]] constexpr std::uint64_t hashOf(std::uint64_t seed, qint64 day, Purpose purpose,
                                             std::uint64_t index)
{
    std::uint64_t h = splitmix64(seed);
    h = splitmix64(h ^ static_cast<std::uint64_t>(day));
    h = splitmix64(h ^ static_cast<std::uint64_t>(purpose));
    return splitmix64(h ^ index);
}

// The top 53 bits as a double in [0, 1).
[[nodiscard]] constexpr double unitOf(std::uint64_t hash)
{
    return static_cast<double>(hash >> 11) * 0x1.0p-53;
}

// The draws of one purpose on one day, in a fixed order. The index restarts for every (day, purpose), so
// this is a pure function of them, not a generator whose state carries across days.
class DayRandom
{
public:
    DayRandom(std::uint64_t seed, qint64 day, Purpose purpose)
        : m_seed(seed)
        , m_day(day)
        , m_purpose(purpose)
    {}

    [[nodiscard]] double uniform() { return unitOf(hashOf(m_seed, m_day, m_purpose, m_index++)); }
    [[nodiscard]] double uniform(double low, double high) { return low + (high - low) * uniform(); }
    [[nodiscard]] bool chance(double probability) { return uniform() < probability; }
    [[nodiscard]] int integer(int low, int high) // inclusive
    {
        return low + static_cast<int>(std::floor(uniform() * (high - low + 1)));
    }
    // Bell-shaped with the given standard deviation, bounded at about 3.5 sigma (Irwin-Hall of four), so that
    // a jittered departure time can never land on another day.
    [[nodiscard]] double normal(double mean, double sigma)
    {
        double sum = 0.0;
        for (int i = 0; i < 4;
             ++i) // one draw per statement: the order of draws is part of the seed's meaning
            sum += uniform();
        return mean + sigma * (sum - 2.0) * std::numbers::sqrt3;
    }

private:
    std::uint64_t m_seed;
    qint64 m_day;
    Purpose m_purpose;
    std::uint64_t m_index = 0;
};

inline constexpr double secondsPerDay = 86400.0;

// Smooth noise in [-1, 1] over local time: seeded values at knots every knotSeconds, joined by smoothstep
// interpolation (flat at the knots, like a cosine, without the trigonometry) so that the curve has no jumps.
// The knot at midnight is the next day's first knot, so days join up as well.
[[nodiscard]] inline double knotNoise(std::uint64_t seed, qint64 day, Purpose purpose, double secondOfDay,
                                      double knotSeconds = 900.0)
{
    const auto knotsPerDay = static_cast<qint64>(secondsPerDay / knotSeconds);
    const double position = secondOfDay / knotSeconds;
    const double whole = std::floor(position);
    const double fraction = position - whole;
    const auto knot = static_cast<qint64>(whole);
    const auto valueAt = [&](qint64 k) {
        const qint64 dayOffset = k >= 0 ? k / knotsPerDay : -((-k + knotsPerDay - 1) / knotsPerDay);
        const qint64 index = k - dayOffset * knotsPerDay;
        return 2.0 * unitOf(hashOf(seed, day + dayOffset, purpose, static_cast<std::uint64_t>(index))) - 1.0;
    };
    const double weight = fraction * fraction * (3.0 - 2.0 * fraction);
    return valueAt(knot) * (1.0 - weight) + valueAt(knot + 1) * weight;
}

// Seconds that [from, to) and [start, end) have in common.
[[nodiscard]] constexpr double overlapSeconds(double from, double to, double start, double end)
{
    const double low = from > start ? from : start;
    const double high = to < end ? to : end;
    return high > low ? high - low : 0.0;
}

} // namespace commonwatt::simulator
