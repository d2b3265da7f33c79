#include "appliances.h"

#include "seededrandom.h"

#include <algorithm>

namespace commonwatt::simulator {

namespace {
constexpr double minute = 60.0;
constexpr double hour = 3600.0;
constexpr double latestEnd = 23.9 * hour;

// A 40 degC cotton wash: fill, heat the water, wash, rinse, spin. About 2 h and 1 kWh.
constexpr std::array washerProgram = {
    ProgramPhase{4 * minute, Kilowatts(0.05)},  ProgramPhase{20 * minute, Kilowatts(2.0)},
    ProgramPhase{50 * minute, Kilowatts(0.25)}, ProgramPhase{25 * minute, Kilowatts(0.15)},
    ProgramPhase{15 * minute, Kilowatts(0.45)}, ProgramPhase{6 * minute, Kilowatts(0.05)},
};
// An eco program: heat for the wash, wash, heat again for the final rinse, dry with residual heat. 2.5 h.
constexpr std::array dishwasherProgram = {
    ProgramPhase{10 * minute, Kilowatts(0.1)},  ProgramPhase{20 * minute, Kilowatts(1.8)},
    ProgramPhase{40 * minute, Kilowatts(0.15)}, ProgramPhase{15 * minute, Kilowatts(1.8)},
    ProgramPhase{20 * minute, Kilowatts(0.1)},  ProgramPhase{45 * minute, Kilowatts(0.02)},
};
// A vented dryer: element on for most of the cycle, then less as the load dries, then a cool-down. 1.5 h.
constexpr std::array dryerProgram = {
    ProgramPhase{65 * minute, Kilowatts(2.5)},
    ProgramPhase{15 * minute, Kilowatts(1.2)},
    ProgramPhase{10 * minute, Kilowatts(0.2)},
};

[[nodiscard]] bool fits(double start, Appliance appliance)
{
    return start + programSeconds(appliance) <= latestEnd;
}
} // namespace

std::span<const ProgramPhase> programOf(Appliance appliance)
{
    switch (appliance) {
    case Appliance::Washer:
        return washerProgram;
    case Appliance::Dishwasher:
        return dishwasherProgram;
    case Appliance::Dryer:
        return dryerProgram;
    }
    return {};
}

double programSeconds(Appliance appliance)
{
    // Asked for at every step of every machine: summed once, at compile time.
    constexpr auto total = [](const auto &program) {
        double sum = 0.0;
        for (const ProgramPhase &phase : program)
            sum += phase.seconds;
        return sum;
    };
    static constexpr std::array<double, 3> seconds = {total(washerProgram), total(dishwasherProgram),
                                                      total(dryerProgram)};
    return seconds[indexOf(appliance)];
}

Kilowatts programPeak(Appliance appliance)
{
    Kilowatts peak;
    for (const ProgramPhase &phase : programOf(appliance))
        peak = std::max(peak, phase.power);
    return peak;
}

std::vector<ApplianceRun> planAppliances(std::uint64_t seed, const DateInfo &date, double winter)
{
    std::vector<ApplianceRun> runs;
    const bool weekend = date.isWeekend();

    // Washing: on about half of weekdays (before work or in the evening), most weekend days, sometimes twice.
    DayRandom washer(seed, date.day, Purpose::Washer);
    std::vector<double> washes;
    if (washer.chance(weekend ? 0.7 : 0.4)) {
        double start = 0.0;
        if (weekend)
            start = washer.uniform(8.5, 14.0) * hour;
        else
            start = washer.chance(0.3) ? washer.uniform(6.5, 7.5) * hour : washer.uniform(17.5, 20.5) * hour;
        if (fits(start, Appliance::Washer))
            washes.push_back(start);
        // A second load starts a while after the first has finished: one machine, one load at a time.
        const double second = start + programSeconds(Appliance::Washer) + washer.uniform(10.0, 90.0) * minute;
        if (washer.chance(weekend ? 0.4 : 0.1) && !washes.empty() && fits(second, Appliance::Washer))
            washes.push_back(second);
    }
    for (double start : washes)
        runs.push_back({Appliance::Washer, start});

    // Drying: some washes go into the dryer, more of them in winter when nothing dries outside. A dryer
    // run waits until the previous one has finished.
    DayRandom dryer(seed, date.day, Purpose::Dryer);
    double dryerFree = 0.0;
    for (double wash : washes) {
        const double start =
            std::max(wash + programSeconds(Appliance::Washer) + dryer.uniform(5.0, 45.0) * minute, dryerFree);
        if (dryer.chance(0.3 + 0.4 * winter) && fits(start, Appliance::Dryer)) {
            runs.push_back({Appliance::Dryer, start});
            dryerFree = start + programSeconds(Appliance::Dryer);
        }
    }

    // Dishes: most days, after dinner or, at the weekend, sometimes after lunch.
    DayRandom dishes(seed, date.day, Purpose::Dishwasher);
    if (dishes.chance(0.7)) {
        const bool afterLunch = dishes.chance(weekend ? 0.35 : 0.15);
        const double start =
            afterLunch ? dishes.uniform(13.0, 14.5) * hour : dishes.uniform(19.25, 21.25) * hour;
        if (fits(start, Appliance::Dishwasher))
            runs.push_back({Appliance::Dishwasher, start});
    }

    std::sort(runs.begin(), runs.end(),
              [](const ApplianceRun &a, const ApplianceRun &b) { return a.startSecond < b.startSecond; });
    return runs;
}

ApplianceUse applianceUse(Appliance appliance, const std::vector<ApplianceRun> &runs, double from, double to)
{
    ApplianceUse use;
    const double seconds = to - from;
    if (seconds <= 0.0)
        return use;
    double energy = 0.0; // kW * s
    for (const ApplianceRun &run : runs) {
        if (run.appliance != appliance)
            continue;
        if (overlapSeconds(from, to, run.startSecond, run.startSecond + programSeconds(appliance)) <= 0.0)
            continue;
        use.running = true;
        double phaseStart = run.startSecond;
        for (const ProgramPhase &phase : programOf(appliance)) {
            energy += phase.power.value() * overlapSeconds(from, to, phaseStart, phaseStart + phase.seconds);
            phaseStart += phase.seconds;
        }
    }
    use.power = Kilowatts(energy / seconds);
    return use;
}

} // namespace commonwatt::simulator
