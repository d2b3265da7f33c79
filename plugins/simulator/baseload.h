// The house's own consumption, apart from the appliances the scheduler can move: fridge, standby, lights,
// cooking, computers. A daily shape (weekday or weekend) with smooth noise, lighting after dark, and short
// seeded spikes from kettles, microwaves, the hob and the oven.
#pragma once

#include "domain/units.h"
#include "localcalendar.h"

#include <cstdint>
#include <vector>

namespace commonwatt::simulator {

struct LoadSpike
{
    double startSecond = 0.0; // local wall-clock time
    double durationSeconds = 0.0;
    Kilowatts power;
};

struct BaseLoadDay
{
    bool weekend = false;
    double level = 1.0;             // this day's scale: some days the household uses more
    double seasonalFactor = 1.0;    // more time indoors in winter
    double wakeSecond = 6.5 * 3600; // lights are only on while someone is up
    double sleepSecond = 23.0 * 3600;
    std::vector<LoadSpike> spikes;
};

[[nodiscard]] BaseLoadDay planBaseLoad(std::uint64_t seed, const DateInfo &date, double winter);

// Mean base load over the local interval [from, to): the smooth part at its middle, the spikes exactly by
// how much of them falls inside it. `dark` is whether the house needs lights (sun low or heavy cloud).
[[nodiscard]] Kilowatts baseLoadPower(std::uint64_t seed, qint64 day, const BaseLoadDay &plan, double from,
                                      double to, bool dark);

} // namespace commonwatt::simulator
