// Seeded generator of a feeder's households for valley filling (docs/coordination.md): one day from noon to
// noon in 15-minute slots, every household under the same grid signals, each with its own base load and a
// varied mix of PV, water heater, heat-pump buffer, EV, battery and appliances. The same seed gives the same
// feeder on every platform (own random numbers, no <random> distributions).
#pragma once

#include "scheduler/scenario.h"

#include <cstdint>
#include <vector>

namespace commonwatt::coordination::bench {

// The grid signals every household of the feeder shares (carbon intensity low at midday and at night,
// the grid stressed in the evening).
[[nodiscard]] scheduler::Scenario feederDay();

// Household `index` of the feeder `seed`: valid for readScenario and plannable by the solvers.
[[nodiscard]] scheduler::Scenario feederHousehold(std::uint64_t seed, int index);

[[nodiscard]] std::vector<scheduler::Scenario> generateFeeder(std::uint64_t seed, int households);

} // namespace commonwatt::coordination::bench
