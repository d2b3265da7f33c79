// The "cheapest slots" baseline (evcc's planner, generalised to every device): each device on its own, in the
// slots where a grid kWh costs the least, without looking at the others. The strongest plain alternative to
// the solvers that a household could configure today.
#pragma once

#include "scheduler/plan.h"
#include "scheduler/scenario.h"

namespace commonwatt::scheduler::bench {

// Plans the scenario (solver name "cheapest"):
// - the cost of a grid kWh in slot t is what the objective charges for it: weights.credits * (w[t] +
//   eventRate[t]) + weights.money * priceImport[t], which is w[t] under the default weights;
// - each EV charges at maxChargeKw in its cheapest slots before departure (ties to later slots) until its
//   target, respecting minChargeKw (chargeEvInOrder);
// - each appliance starts where its run costs least when evaluated alone against base load and PV, with
//   the site's best flows (ties to the earliest start);
// - each thermal load heats in the cheapest slots of its window (ties to later slots);
// - batteries run in self-consumption, as in the immediate baseline.
// Infeasible when no start fits an appliance, a thermal energy exceeds its window, a battery end condition
// is out of reach, or the resulting plan breaks a site limit (reason "site: ...").
[[nodiscard]] Plan cheapestPlan(const Scenario &scenario);

} // namespace commonwatt::scheduler::bench
