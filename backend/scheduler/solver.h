// The scheduler's solvers behind one call. "fast" is the product's default; "exact" is the GLPK MILP reference.
#pragma once

#include "plan.h"
#include "scenario.h"

#include <functional>
#include <string>
#include <vector>

namespace commonwatt::scheduler {

struct SolveOptions
{
    std::string solver = "fast"; // see solverNames()
    double timeLimitMs = 0.0;    // 0: no limit
    // A previous plan for the same devices (re-planning): the fast solver starts its search from it.
    const Plan *warmStart = nullptr;
    // The exact solver starts its branch and bound from the fast solver's plan; false leaves GLPK on its own
    // (the benchmark measures what the start is worth).
    bool exactFromFastPlan = true;
};

[[nodiscard]] std::vector<std::string> solverNames();
[[nodiscard]] bool isSolverName(const std::string &name);

// Plans the scenario, which must have passed readScenario's validation. Never throws for a valid scenario;
// an impossible one gives status Infeasible with the reason, a time-out before any plan gives TimeLimit.
[[nodiscard]] Plan solve(const Scenario &scenario, const SolveOptions &options = {});

} // namespace commonwatt::scheduler
