// The reference solver: scheduling.md's model as a mixed-integer program (binary appliance starts and EV
// on/off slots), solved to proven optimality by GLPK's branch and bound. For tests and `--solver exact`.
#pragma once

#include "plan.h"
#include "scenario.h"
#include "solver.h"

namespace commonwatt::scheduler {

[[nodiscard]] const char *exactSolverName();
[[nodiscard]] Plan solveExact(const Scenario &scenario, const SolveOptions &options);

} // namespace commonwatt::scheduler
