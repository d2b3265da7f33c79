// Washing machine, dishwasher and tumble dryer: each runs on some days at a seeded time, following its
// program's power profile (heating phases at high power, the rest low).
#pragma once

#include "domain/units.h"
#include "localcalendar.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace commonwatt::simulator {

enum class Appliance
{
    Washer,
    Dishwasher,
    Dryer,
};
inline constexpr std::array<Appliance, 3> allAppliances = {Appliance::Washer, Appliance::Dishwasher,
                                                           Appliance::Dryer};
[[nodiscard]] constexpr std::size_t indexOf(Appliance appliance)
{
    return static_cast<std::size_t>(appliance);
}

struct ProgramPhase
{
    double seconds = 0.0;
    Kilowatts power;
};

[[nodiscard]] std::span<const ProgramPhase> programOf(Appliance appliance);
[[nodiscard]] double programSeconds(Appliance appliance);
[[nodiscard]] Kilowatts programPeak(Appliance appliance);

struct ApplianceRun
{
    Appliance appliance = Appliance::Washer;
    double startSecond = 0.0; // local wall-clock time
};

// The day's runs. A machine's runs never overlap each other, and every run ends before midnight.
[[nodiscard]] std::vector<ApplianceRun> planAppliances(std::uint64_t seed, const DateInfo &date,
                                                       double winter);

struct ApplianceUse
{
    Kilowatts power;      // mean over the interval
    bool running = false; // a run overlaps the interval
};

[[nodiscard]] ApplianceUse applianceUse(Appliance appliance, const std::vector<ApplianceRun> &runs,
                                        double from, double to);

} // namespace commonwatt::simulator
