// What the two solvers share: the checks that find an infeasible scenario before any LP, the limits of a
// solve, and the last step that settles the site's flows for the chosen device powers.
#pragma once

#include "lpmodel.h"
#include "plan.h"
#include "scenario.h"
#include "solver.h"

#include <chrono>
#include <optional>
#include <string>

namespace commonwatt::scheduler {

// A reason naming the device when one device alone cannot be planned; nullopt otherwise.
[[nodiscard]] std::optional<std::string> infeasibilityReason(const Scenario &scenario);
[[nodiscard]] Plan infeasiblePlan(const Scenario &scenario, const std::string &solver, std::string reason);
// The LP or MILP has no solution although every device alone could be planned: the site's limits.
[[nodiscard]] Plan siteInfeasiblePlan(const Scenario &scenario, const std::string &solver);
// The time limit passed before any feasible plan (status TimeLimit, no schedule).
[[nodiscard]] Plan timeLimitPlan(const Scenario &scenario, const std::string &solver);

// The EVs' total shortfall is minimised first: true when some car wants energy, so that it can be short.
[[nodiscard]] bool evsNeedEnergy(const Scenario &scenario);
// The cap on the EVs' total shortfall once its least value is known: that value with room for the
// solver's tolerance (1e-9, relative and absolute).
[[nodiscard]] double shortfallCap(double leastShortfallKwh);

// Time left of the options' limit (0 = none), in whole milliseconds for GLPK (at least 1 when limited).
class Deadline
{
public:
    explicit Deadline(double limitMs);
    [[nodiscard]] bool limited() const { return m_limited; }
    [[nodiscard]] bool passed() const;
    [[nodiscard]] int remainingMs() const;

private:
    bool m_limited;
    std::chrono::steady_clock::time_point m_end;
};

// GLPK's simplex on the model's problem; true when it reached an optimal basis.
enum class LpOutcome
{
    Optimal,
    Infeasible,
    TimeLimit,
};
[[nodiscard]] LpOutcome runSimplex(LpModel &model, const Deadline &deadline, bool warm);
// The primal simplex from the model's current basis: after only the objective changed, that basis is still
// primal feasible (measured on 200 households of 96 slots whose net-exchange cost changes: a third of the
// time of runSimplex's dual-then-primal, which first gives primal feasibility up). Past an iteration limit
// (a stall), or on failure, runSimplex from a cold start.
[[nodiscard]] LpOutcome runPrimalSimplex(LpModel &model, const Deadline &deadline);

// Settles import, export and PV use for the plan's device powers (best curtailment, never import and
// export at once), then sets the objective. False, with `reason`, when a site limit cannot be met.
bool finalisePlan(const Scenario &scenario, Plan &plan, std::string *reason);

[[nodiscard]] bool provedOptimal(double objective, double bound);

} // namespace commonwatt::scheduler
