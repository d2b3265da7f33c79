// The scheduler's output (../shared/docs/scheduling.md, "Plan"): what every flexible device does in every slot.
#pragma once

#include "scenario.h"

#include <string>
#include <utility>
#include <vector>

namespace commonwatt::scheduler {

enum class PlanStatus
{
    Optimal,    // the solver proved |bound - objective| <= 1e-6 * max(1, |objective|)
    Feasible,   // a plan that meets every constraint, optimality not proved
    Infeasible, // no plan exists; `reason` names the device, or "site"
    TimeLimit,  // the time limit passed before any feasible plan was found; no plan
};

struct BatteryPlan
{
    std::vector<double> chargeKw;
    std::vector<double> dischargeKw;
    std::vector<double> socKwh; // slots + 1 values
};

struct EvPlan
{
    std::vector<double> chargeKw;
    double shortfallKwh = 0.0;
};

struct AppliancePlan
{
    int startSlot = 0;
};

struct ThermalPlan
{
    std::vector<double> powerKw;
};

// Per-device vectors are parallel to the scenario's (plan.batteries[i] is scenario.batteries[i]).
struct Plan
{
    std::string scenario;
    PlanStatus status = PlanStatus::Feasible;
    double objective = 0.0;
    std::string solver;
    double solveMs = 0.0;
    std::string reason; // Infeasible and TimeLimit only

    std::vector<double> importKw;
    std::vector<double> exportKw;
    std::vector<double> pvUsedKw;
    std::vector<BatteryPlan> batteries;
    std::vector<EvPlan> evs;
    std::vector<AppliancePlan> appliances;
    std::vector<ThermalPlan> thermals;

    // Free-form numbers written under "info" (bound, gap, iterations, ...), in this order.
    std::vector<std::pair<std::string, double>> info;

    [[nodiscard]] bool hasSchedule() const
    {
        return status == PlanStatus::Optimal || status == PlanStatus::Feasible;
    }
};

[[nodiscard]] const char *toString(PlanStatus status);

} // namespace commonwatt::scheduler
