#include "solver.h"

#include "exactsolver.h"
#include "fastsolver.h"
#include "objective.h"
#include "solverinternals.h"

#include <glpk.h>

#include <algorithm>
#include <chrono>

namespace commonwatt::scheduler {

std::vector<std::string> solverNames()
{
    return {"fast", "exact"};
}

bool isSolverName(const std::string &name)
{
    const std::vector<std::string> names = solverNames();
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::optional<std::string> infeasibilityReason(const Scenario &s)
{
    const double dt = s.dt();
    for (const Appliance &appliance : s.appliances) {
        const std::int64_t lastStart = std::min<std::int64_t>(appliance.latestEndSlot, s.slotCount)
            - static_cast<std::int64_t>(appliance.profileKw.size());
        if (std::max<std::int64_t>(0, appliance.earliestStartSlot) > lastStart)
            return appliance.id + ": no start slot lets the run of " + std::to_string(appliance.profileKw.size())
                + " slots end by latestEndSlot inside the horizon";
    }
    for (const Thermal &thermal : s.thermals) {
        const int length = s.clampSlot(thermal.windowEndSlot) - s.clampSlot(thermal.windowStartSlot);
        const double most = thermal.maxKw * std::max(0, length) * dt;
        if (thermal.energyKwh > most * (1.0 + 1e-12) + 1e-12)
            return thermal.id + ": " + std::to_string(thermal.energyKwh) + " kWh do not fit in its window (at most "
                + std::to_string(most) + " kWh)";
    }
    for (const Battery &battery : s.batteries) {
        if (!battery.finalSocKwhMin)
            continue;
        const double reachable = std::min(battery.maxSocKwh,
                                          battery.socKwh + battery.chargeEfficiency * battery.maxChargeKw * dt * s.slotCount);
        if (*battery.finalSocKwhMin > reachable + 1e-9)
            return battery.id + ": finalSocKwhMin " + std::to_string(*battery.finalSocKwhMin)
                + " kWh is out of reach (at most " + std::to_string(reachable) + " kWh)";
    }
    return std::nullopt;
}

Plan infeasiblePlan(const Scenario &scenario, const std::string &solver, std::string reason)
{
    Plan plan;
    plan.scenario = scenario.name;
    plan.status = PlanStatus::Infeasible;
    plan.solver = solver;
    plan.reason = std::move(reason);
    return plan;
}

Plan siteInfeasiblePlan(const Scenario &scenario, const std::string &solver)
{
    return infeasiblePlan(scenario, solver, "site: the import and export limits cannot carry the loads that must run");
}

Plan timeLimitPlan(const Scenario &scenario, const std::string &solver)
{
    Plan plan = infeasiblePlan(scenario, solver, "the time limit passed before a feasible plan");
    plan.status = PlanStatus::TimeLimit;
    return plan;
}

bool evsNeedEnergy(const Scenario &scenario)
{
    return std::any_of(scenario.evs.begin(), scenario.evs.end(),
                       [](const Ev &ev) { return ev.targetSocKwh > ev.socKwh; });
}

double shortfallCap(double leastShortfallKwh)
{
    return leastShortfallKwh * (1.0 + 1e-9) + 1e-9;
}

Plan solve(const Scenario &scenario, const SolveOptions &options)
{
    const auto started = std::chrono::steady_clock::now();
    Plan plan;
    if (auto reason = infeasibilityReason(scenario))
        plan = infeasiblePlan(scenario, options.solver == "exact" ? exactSolverName() : fastSolverName(), *reason);
    else if (options.solver == "exact")
        plan = solveExact(scenario, options);
    else
        plan = solveFast(scenario, options);
    // GLPK keeps a per-thread environment that outlives its problems; free it, so that a planning thread
    // holds nothing between plans (and leak checkers see nothing left).
    glp_free_env();
    plan.scenario = scenario.name;
    plan.solveMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return plan;
}

} // namespace commonwatt::scheduler
