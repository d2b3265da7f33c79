// Checking a plan against its scenario (../shared/docs/scheduling.md): every constraint, recomputed from the
// scenario and the plan alone, with the contract's tolerances.
#pragma once

#include "plan.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace commonwatt::scheduler {

struct CheckReport
{
    // One line per violation, naming the device, field and slot as the plan's JSON does:
    // "devices.house-battery.socKwh[13]: 9.7 above maxSocKwh 9.5", "site.balance[4]: ...", "objective: ...".
    // After kMaxViolations lines, one more says how many were left out.
    std::vector<std::string> violations;
    double objective = 0.0;         // recomputed by planObjective; 0 when the plan's arrays cannot be read
    double totalShortfallKwh = 0.0; // recomputed from the EVs' charging

    [[nodiscard]] bool ok() const { return violations.empty(); }

    static constexpr std::size_t kMaxViolations = 200;
};

// Tolerances: each constraint within 1e-6 * max(1, |largest term|), the site balance within 1e-6 kW, the
// claimed objective within 1e-6 * max(1, |objective|) of the recomputed one. A plan without a schedule
// (infeasible, time-limit) is a violation: there is nothing to check. Never throws for any scenario
// readScenario accepts and any plan, whatever its array lengths.
[[nodiscard]] CheckReport checkPlan(const Scenario &scenario, const Plan &plan);

} // namespace commonwatt::scheduler
