// The generator's internals (generator.h), shared by generator.cpp (time, signals, site, limits) and
// generatordevices.cpp (the household's devices).
#pragma once

#include "generator.h"
#include "random.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <string>
#include <vector>

namespace commonwatt::scheduler::bench::detail {

inline double round1(double x) { return std::round(x * 10.0) / 10.0; }
inline double round2(double x) { return std::round(x * 100.0) / 100.0; }
inline double round3(double x) { return std::round(x * 1000.0) / 1000.0; }
inline double floor2(double x) { return std::floor(x * 100.0) / 100.0; }

// A bump of height 1 at `center` hours with `width` hours of spread, on the 24-hour circle.
inline double bump(double hour, double center, double width)
{
    double d = std::fmod(std::abs(hour - center), 24.0);
    d = std::min(d, 24.0 - d);
    return std::exp(-0.5 * (d / width) * (d / width));
}

// What every part of the generator needs to know about the horizon.
struct Horizon
{
    int slotCount = 0;
    int slotMinutes = 15;
    double dt = 0.25;
    int startHour = 0;
    double season = 0.0; // +1 at the summer solstice, -1 at the winter one
    double daylight = 12.0;
    double sunrise = 7.0;

    // Local hour of day at the middle of slot t (UTC is taken as local: the shapes only need to be plausible).
    [[nodiscard]] double hourOf(int t) const { return std::fmod(startHour + (t + 0.5) * dt, 24.0); }
    [[nodiscard]] int dayOf(int t) const { return static_cast<int>((startHour + t * dt) / 24.0); }
    // The slot that starts at `hours` after the horizon's start (may lie outside the horizon).
    [[nodiscard]] int slotAt(double hours) const { return static_cast<int>(std::lround(hours / dt)); }
    // Hours from the start to `hour` o'clock of day `day` (day 0 is the start's day).
    [[nodiscard]] double hoursUntil(int day, double hour) const { return day * 24.0 + hour - startHour; }
    // Clear-sky sun shape in [0, 1].
    [[nodiscard]] double sun(double hour) const
    {
        const double x = (hour - sunrise) / daylight;
        return x <= 0.0 || x >= 1.0 ? 0.0 : std::pow(std::sin(std::numbers::pi * x), 1.3);
    }
    [[nodiscard]] int days() const { return static_cast<int>(std::ceil((startHour + slotCount * dt) / 24.0)); }
};

// An AR(1) noise of unit variance.
class Noise
{
public:
    Noise(Random &random, double persistence)
        : m_random(random)
        , m_persistence(persistence)
    {
    }
    double next()
    {
        m_value = m_persistence * m_value + std::sqrt(1.0 - m_persistence * m_persistence) * m_random.normal();
        return m_value;
    }

private:
    Random &m_random;
    double m_persistence;
    double m_value = 0.0;
};

// Resamples a 15-minute profile to the horizon's slots: each slot draws the mean power over its length

class Builder
{
public:
    Builder(std::uint64_t seed, const GeneratorOptions &options)
        : m_random(seed)
        , m_options(options)
    {
    }

    Scenario build(std::uint64_t seed);

private:
    std::string uniqueId(const std::string &base);
    void makeTime(std::uint64_t seed);
    void makeSignals();
    void makeSite();
    void addBattery();
    void addEv();
    void addAppliance(const std::string &kind);
    void addThermal(bool heatPump);
    void makeDevices();
    void drawLimits();
    void breakFeasibility();

    Random m_random;
    GeneratorOptions m_options;
    Horizon m_h;
    Scenario m_s;
    double m_kwp = 0.0;
    std::vector<std::string> m_ids;
};


} // namespace commonwatt::scheduler::bench::detail
