#include "cheapest.h"

#include "scheduler/immediate.h"
#include "scheduler/siteflows.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace commonwatt::scheduler::bench {

namespace {

// The slots sorted by the cost of a grid kWh, cheapest first, ties to the later slot.
std::vector<int> cheapestFirst(std::vector<int> slots, const std::vector<double> &cost)
{
    std::stable_sort(slots.begin(), slots.end(), [&](int a, int b) {
        const double ca = cost[static_cast<std::size_t>(a)];
        const double cb = cost[static_cast<std::size_t>(b)];
        return ca < cb || (ca == cb && a > b);
    });
    return slots;
}

// The start with the highest value of the run alone against base load and PV, or -1 when none fits.
int bestStart(const SiteFlowModel &model, const std::vector<double> &baseValue, const Appliance &appliance)
{
    const Scenario &s = model.scenario();
    const auto length = static_cast<int>(appliance.profileKw.size());
    const int first = s.clampSlot(appliance.earliestStartSlot);
    const int last = std::min(s.clampSlot(appliance.latestEndSlot), s.slotCount) - length;
    int best = -1;
    double bestValue = -std::numeric_limits<double>::infinity();
    for (int start = first; start <= last; ++start) {
        double value = 0.0;
        for (int k = 0; k < length; ++k) {
            const int t = start + k;
            value += model.valueWithExtraLoad(t, appliance.profileKw[static_cast<std::size_t>(k)])
                     - baseValue[static_cast<std::size_t>(t)];
        }
        if (value > bestValue + 1e-12) {
            bestValue = value;
            best = start;
        }
    }
    return best;
}

} // namespace

Plan cheapestPlan(const Scenario &scenario)
{
    const auto started = std::chrono::steady_clock::now();
    Plan plan = emptyPlan(scenario, "cheapest");
    const SiteFlowModel model(scenario);
    const auto slots = static_cast<std::size_t>(scenario.slotCount);
    std::vector<double> cost(slots);
    std::vector<double> baseValue(slots);
    for (std::size_t t = 0; t < slots; ++t) {
        cost[t] = model.importCost(static_cast<int>(t));
        baseValue[t] = model.valueWithExtraLoad(static_cast<int>(t), 0.0);
    }

    for (std::size_t i = 0; i < scenario.evs.size(); ++i) {
        const Ev &ev = scenario.evs[i];
        plan.evs[i] = chargeEvInOrder(scenario, ev, cheapestFirst(evChargingSlots(scenario, ev), cost));
    }

    for (std::size_t i = 0; i < scenario.appliances.size(); ++i) {
        const Appliance &appliance = scenario.appliances[i];
        const int start = bestStart(model, baseValue, appliance);
        if (start < 0)
            markInfeasible(plan, appliance.id + ": no start slot fits its run in its window");
        else
            plan.appliances[i].startSlot = start;
    }

    for (std::size_t i = 0; i < scenario.thermals.size(); ++i) {
        const Thermal &thermal = scenario.thermals[i];
        std::optional<ThermalPlan> heated
            = heatInOrder(scenario, thermal, cheapestFirst(thermalWindowSlots(scenario, thermal), cost));
        if (heated)
            plan.thermals[i] = std::move(*heated);
        else
            markInfeasible(plan, thermal.id + ": energyKwh does not fit its window at maxKw");
    }

    if (std::optional<std::size_t> battery = scheduleSelfConsumption(scenario, plan))
        markInfeasible(plan, scenario.batteries[*battery].id + ": finalSocKwhMin out of reach");

    finishPlan(scenario, plan);
    plan.solveMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return plan;
}

} // namespace commonwatt::scheduler::bench
