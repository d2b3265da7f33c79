// The planning objective of scheduling.md, computed from a scenario and a plan alone.
#pragma once

#include "plan.h"
#include "scenario.h"

namespace commonwatt::scheduler {

// The objective to maximise: credits (and money, when weighted) for the site's exchange, minus battery wear.
[[nodiscard]] double planObjective(const Scenario &scenario, const Plan &plan);

// The sum of evShortfallKwh over all EVs, from the plan's charging (not from its claimed shortfall).
[[nodiscard]] double totalEvShortfallKwh(const Scenario &scenario, const Plan &plan);

// The EV's shortfall for a given charging: max(0, target - soc - delivered), target at the horizon when the
// car stays beyond it.
[[nodiscard]] double evShortfallKwh(const Scenario &scenario, const Ev &ev, const std::vector<double> &chargeKw);

} // namespace commonwatt::scheduler
