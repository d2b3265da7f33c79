// The plan's JSON format (../shared/docs/scheduling.md, "Plan"): writing it, and reading it back for the
// checker.
#pragma once

#include "plan.h"
#include "scenario.h"

#include <string>
#include <string_view>

namespace commonwatt::scheduler {

// The plan as the contract writes it: devices keyed by id in the scenario's order, "info" from plan.info
// (left out when empty; a non-finite info value is written as null). A plan without a schedule (Infeasible,
// and TimeLimit as "time-limit") has only format, scenario, status, reason, solver and solveMs. Numbers are
// the shortest decimals that read back exactly. `scenario` is written from scenario.name. Every number of the
// schedule must be finite: a NaN or an infinity is a solver bug; it fails an assertion in debug builds and is
// clamped (NaN to 0, infinities to the largest double) in release builds.
[[nodiscard]] std::string writePlanJson(const Scenario &scenario, const Plan &plan);

struct PlanReadResult
{
    Plan plan; // default-constructed unless ok()
    // Empty on success, else one message naming the field: "devices.car.chargeKw: has 95 entries, expected 96
    // (slots)", "devices.washer: missing", or for malformed JSON "line 3, column 7: ...".
    std::string error;

    [[nodiscard]] bool ok() const { return error.empty(); }
};

// Reads a plan written for `scenario` (which must have passed readScenario), as strictly as readScenario
// reads a scenario: every device of the scenario present under its id and no other, every field of its type
// and no other, arrays of `slots` entries (socKwh: slots + 1), the scenario's name, no unknown fields outside
// "info" (whose members must be numbers, or null, read as NaN). Only checks the format: checkPlan checks
// the constraints.
[[nodiscard]] PlanReadResult readPlan(std::string_view json, const Scenario &scenario);

} // namespace commonwatt::scheduler
