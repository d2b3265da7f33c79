// One household's move in a round of valley filling (docs/coordination.md): re-plan the flexible devices
// against the feeder's congestion price plus a proximal term that keeps the move small, without giving up
// more of the household's own planning objective than its floor allows. Plain C++, no Qt.
#pragma once

#include "scheduler/plan.h"
#include "scheduler/scenario.h"

#include <string>
#include <vector>

namespace commonwatt::coordination {

// The terms added to the household's problem in one round. All vectors have the scenario's slot count.
struct CongestionTerms
{
    std::vector<double> priceKw;  // cost per kW of net load (import minus export) in slot t
    std::vector<double> anchorKw; // the proximal term's centre: the household's net load of the last round
    double proximalWeight = 1.0;  // rho in rho/2 * sum_t (net[t] - anchor[t])^2
};

struct BestResponseOptions
{
    int sweeps = 3;              // passes of block-coordinate descent over the devices
    int multiplierSteps = 10;    // bisection steps on the multiplier of the household's floor
    int refineSteps = 4;         // the same, from a hint
    double multiplierHint = 0.0; // the multiplier of the household's last round (0: none)
    double batteryStepKwh = 0.0; // the battery programme's first step (then 1/4, 1/16 of it); 0: range / 16
};

struct BestResponse
{
    scheduler::Plan plan;       // always a plan that the checker accepts
    std::vector<double> netKw;  // the plan's import minus export per slot
    double objective = 0.0;     // the plan's objective (scheduling.md), recomputed
    double multiplier = 0.0;    // the floor's multiplier that gave this plan (0: the floor did not bind)
    bool moved = false;         // false: the current plan is kept (no better plan met the floor)
};

// Net load (import minus export, kW) of a plan whose site flows are filled.
[[nodiscard]] std::vector<double> netLoadKw(const scheduler::Plan &plan);

// Empty when the household can take part in coordination; else why not (it then keeps its own plan).
// The planner here never curtails PV, so the export limit must hold for the PV at the lowest base load.
[[nodiscard]] std::string coordinationRefusal(const scheduler::Scenario &scenario);

// The household's best plan for the round: minimise sum_t (price[t]*net[t] + rho/2*(net[t]-anchor[t])^2)
// over its feasible plans whose objective is at least `floor`, keeping every EV's delivered energy and the
// thermal energies of `current`. `current` must be a complete plan of the scenario that meets the floor; it
// is returned unchanged when nothing better meeting the floor is found.
[[nodiscard]] BestResponse bestResponse(const scheduler::Scenario &scenario, const scheduler::Plan &current,
                                        const CongestionTerms &terms, double floor,
                                        const BestResponseOptions &options = {});

} // namespace commonwatt::coordination
