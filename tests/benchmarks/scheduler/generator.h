// Seeded generator of valid, varied and realistic scheduling scenarios (../shared/docs/scheduling.md) for the
// scheduler benchmark and the unit tests: a household's signals (carbon intensity with a daily shape,
// grid need, optional prices, optional grid events), its PV, base load and devices, over 24 or 48 hours in
// 15-, 30- or 60-minute slots.
//
// The same (seed, options) give the same scenario on every platform: the generator uses its own random
// numbers, not <random>'s distributions, whose results the standard leaves to each library.
#pragma once

#include "scheduler/scenario.h"

#include <cstdint>
#include <string>
#include <vector>

namespace commonwatt::scheduler::bench {

enum class Household
{
    Flat,   // no PV, no battery, no car: a few appliances, sometimes an electric water heater
    House,  // often PV, sometimes a battery, sometimes a car, 2-5 appliances, 1 thermal load
    Large,  // PV, 2 batteries, 2 EVs, 8 appliances, 2 thermal loads
};

[[nodiscard]] const char *toString(Household household);

struct SizeClass
{
    int slotMinutes = 15; // 15, 30 or 60
    int hours = 24;       // 24 or 48
    Household household = Household::House;

    [[nodiscard]] int slotCount() const { return hours * 60 / slotMinutes; }
    // "15min-48h-large"
    [[nodiscard]] std::string name() const;
    friend bool operator==(const SizeClass &, const SizeClass &) = default;
};

// Every size class of the benchmark: slotMinutes {15, 30, 60} x horizons {24 h, 48 h} x households, the
// largest (15 min, 48 h, Large) last.
[[nodiscard]] std::vector<SizeClass> benchmarkSizeClasses();
[[nodiscard]] SizeClass largestSizeClass();

// What to break, for scenarios that must be infeasible. None gives a scenario that the fast solver can plan.
enum class Infeasibility
{
    None,
    ApplianceWindow, // an appliance whose window is shorter than its run
    ThermalEnergy,   // a thermal load whose energy does not fit its window at maxKw
    BatteryEnd,      // a battery whose finalSocKwhMin is out of reach
    ImportLimit,     // an import limit below the base load at night (no PV, no battery to help)
};

struct GeneratorOptions
{
    SizeClass size;
    Infeasibility infeasibility = Infeasibility::None;
};

// A valid scenario (readScenario accepts its JSON). With Infeasibility::None it has a plan that meets every
// constraint: appliance windows fit, thermal energies fit their windows, battery end conditions are within
// reach, and the import limit, when it is drawn to bind, still lets the immediate plan run.
[[nodiscard]] Scenario generateScenario(std::uint64_t seed, const GeneratorOptions &options);

// A seed for scenario `index` of size class `classIndex` of a run with seed `runSeed` (a hash of the three).
[[nodiscard]] std::uint64_t scenarioSeed(std::uint64_t runSeed, std::size_t classIndex, std::size_t index);

// The scenario as commonwatt-scenario/1 JSON. Optional signals, currency and weights that equal their
// defaults are left out, as are a zero cycleCostPerKwh and a missing finalSocKwhMin; numbers are written
// as the shortest decimals that read back exactly, so readScenario gives the same scenario back.
[[nodiscard]] std::string writeScenarioJson(const Scenario &scenario);

} // namespace commonwatt::scheduler::bench
