// The product's default solver: the LP relaxation of scheduling.md's model, rounded to whole appliance starts
// and EV on/off slots, then improved by a local search that the LP's duals guide, each step a warm-started
// re-solve of the remaining LP. Its relaxation is an upper bound, so it proves optimality when it meets it.
#pragma once

#include "plan.h"
#include "scenario.h"
#include "solver.h"

namespace commonwatt::scheduler {

[[nodiscard]] const char *fastSolverName();
[[nodiscard]] Plan solveFast(const Scenario &scenario, const SolveOptions &options);

} // namespace commonwatt::scheduler
