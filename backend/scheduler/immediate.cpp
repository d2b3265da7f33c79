#include "immediate.h"

#include "objective.h"
#include "siteflows.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace commonwatt::scheduler {

namespace {

constexpr double kEnergySlackKwh = 1e-9;

std::vector<int> slotRange(int from, int to)
{
    std::vector<int> slots;
    for (int t = from; t < to; ++t)
        slots.push_back(t);
    return slots;
}

// The least SoC after slot t from which the battery can still reach `target` by the horizon's end, charging
// at full power in every remaining slot.
double reachableFloor(const Scenario &scenario, const Battery &battery, double target, int t)
{
    const int remaining = scenario.slotCount - t - 1;
    return target - remaining * battery.maxChargeKw * battery.chargeEfficiency * scenario.dt();
}

} // namespace

std::vector<int> evChargingSlots(const Scenario &scenario, const Ev &ev)
{
    return slotRange(scenario.clampSlot(ev.arrivalSlot), scenario.clampSlot(ev.departureSlot));
}

std::vector<int> thermalWindowSlots(const Scenario &scenario, const Thermal &thermal)
{
    return slotRange(scenario.clampSlot(thermal.windowStartSlot), scenario.clampSlot(thermal.windowEndSlot));
}

EvPlan chargeEvInOrder(const Scenario &scenario, const Ev &ev, const std::vector<int> &slotOrder)
{
    const double dt = scenario.dt();
    const int first = scenario.clampSlot(ev.arrivalSlot);
    const int end = scenario.clampSlot(ev.departureSlot);
    EvPlan plan;
    plan.chargeKw.assign(static_cast<std::size_t>(scenario.slotCount), 0.0);

    // Energies at the charger (before the charging losses).
    const double needKwh = std::max(0.0, ev.targetSocKwh - ev.socKwh) / ev.chargeEfficiency;
    const double roomKwh = std::max(0.0, ev.capacityKwh - ev.socKwh) / ev.chargeEfficiency;
    double remainingKwh = needKwh;
    std::vector<std::size_t> fullSlots; // charged at maxChargeKw, in the order charged
    if (ev.maxChargeKw > 0.0) {
        for (int slot : slotOrder) {
            if (remainingKwh <= kEnergySlackKwh)
                break;
            if (slot < first || slot >= end)
                continue;
            const auto t = static_cast<std::size_t>(slot);
            if (plan.chargeKw[t] > 0.0)
                continue; // a slot listed twice
            const double fullKwh = ev.maxChargeKw * dt;
            if (remainingKwh >= fullKwh - kEnergySlackKwh) {
                plan.chargeKw[t] = ev.maxChargeKw;
                remainingKwh -= fullKwh;
                fullSlots.push_back(t);
                continue;
            }
            const double partKw = remainingKwh / dt;
            if (partKw >= ev.minChargeKw) {
                plan.chargeKw[t] = partKw;
                remainingKwh = 0.0;
                break;
            }
            // Below the charger's minimum: move energy from the slots charged at full power into this one.
            double deficitKw = ev.minChargeKw - partKw;
            double movableKw = 0.0;
            for (std::size_t s : fullSlots)
                movableKw += plan.chargeKw[s] - ev.minChargeKw;
            if (movableKw >= deficitKw) {
                for (auto it = fullSlots.rbegin(); it != fullSlots.rend() && deficitKw > 0.0; ++it) {
                    const double take = std::min(deficitKw, plan.chargeKw[*it] - ev.minChargeKw);
                    plan.chargeKw[*it] -= take;
                    deficitKw -= take;
                }
                plan.chargeKw[t] = ev.minChargeKw;
                remainingKwh = 0.0;
                break;
            }
            // Otherwise overshoot the target a little, if the car has room; else leave the shortfall.
            const double chargedKwh = needKwh - remainingKwh;
            if (chargedKwh + ev.minChargeKw * dt <= roomKwh + kEnergySlackKwh) {
                plan.chargeKw[t] = ev.minChargeKw;
                remainingKwh = 0.0;
            }
            break;
        }
    }
    plan.shortfallKwh = evShortfallKwh(scenario, ev, plan.chargeKw);
    return plan;
}

std::optional<ThermalPlan> heatInOrder(const Scenario &scenario, const Thermal &thermal,
                                       const std::vector<int> &slotOrder)
{
    const double dt = scenario.dt();
    const int first = scenario.clampSlot(thermal.windowStartSlot);
    const int end = scenario.clampSlot(thermal.windowEndSlot);
    ThermalPlan plan;
    plan.powerKw.assign(static_cast<std::size_t>(scenario.slotCount), 0.0);
    double remainingKwh = thermal.energyKwh;
    for (int slot : slotOrder) {
        if (remainingKwh <= 0.0)
            break;
        if (slot < first || slot >= end || thermal.maxKw <= 0.0)
            continue;
        const auto t = static_cast<std::size_t>(slot);
        if (plan.powerKw[t] > 0.0)
            continue;
        const double power = std::min(thermal.maxKw, remainingKwh / dt);
        plan.powerKw[t] = power;
        remainingKwh -= power * dt;
        if (remainingKwh <= kEnergySlackKwh * std::max(1.0, thermal.energyKwh))
            remainingKwh = 0.0;
    }
    if (remainingKwh > 0.0)
        return std::nullopt;
    return plan;
}

std::optional<std::size_t> scheduleSelfConsumption(const Scenario &scenario, Plan &plan)
{
    const auto slots = static_cast<std::size_t>(scenario.slotCount);
    const double dt = scenario.dt();

    // Net import of the home before the batteries (negative: PV surplus).
    std::vector<double> netKw(slots, 0.0);
    for (std::size_t t = 0; t < slots; ++t)
        netKw[t] = scenario.site.baseLoadKw[t] - scenario.site.pvKw[t];
    {
        Plan withoutBatteries = plan;
        withoutBatteries.batteries.clear();
        const DeviceTotals totals = deviceTotals(scenario, withoutBatteries);
        for (std::size_t t = 0; t < slots; ++t)
            netKw[t] += totals.consumptionKw[t];
    }

    std::optional<std::size_t> unreachable;
    plan.batteries.resize(scenario.batteries.size());
    for (std::size_t b = 0; b < scenario.batteries.size(); ++b) {
        const Battery &battery = scenario.batteries[b];
        BatteryPlan &out = plan.batteries[b];
        out.chargeKw.assign(slots, 0.0);
        out.dischargeKw.assign(slots, 0.0);
        out.socKwh.assign(slots + 1, battery.socKwh);
        double soc = battery.socKwh;
        for (std::size_t t = 0; t < slots; ++t) {
            const int slot = static_cast<int>(t);
            double floor = battery.minSocKwh;
            double mustChargeKw = 0.0;
            if (battery.finalSocKwhMin) {
                const double reach = reachableFloor(scenario, battery, *battery.finalSocKwhMin, slot);
                floor = std::max(floor, std::min(*battery.finalSocKwhMin, std::max(reach, soc)));
                if (battery.maxChargeKw > 0.0 && soc < reach)
                    mustChargeKw = (reach - soc) / (battery.chargeEfficiency * dt);
            }
            const double roomKw = std::max(0.0, (battery.maxSocKwh - soc) / (battery.chargeEfficiency * dt));
            double charge = 0.0;
            if (netKw[t] < 0.0)
                charge = -netKw[t];
            charge = std::min({std::max(charge, mustChargeKw), battery.maxChargeKw, roomKw});
            double discharge = 0.0;
            if (charge <= 0.0 && netKw[t] > 0.0) {
                const double availableKw = std::max(0.0, (soc - floor) * battery.dischargeEfficiency / dt);
                discharge = std::min({netKw[t], battery.maxDischargeKw, availableKw});
            }
            out.chargeKw[t] = charge;
            out.dischargeKw[t] = discharge;
            netKw[t] += charge - discharge;
            soc += (battery.chargeEfficiency * charge - discharge / battery.dischargeEfficiency) * dt;
            soc = std::clamp(soc, battery.minSocKwh, battery.maxSocKwh); // rounding only
            out.socKwh[t + 1] = soc;
        }
        if (battery.finalSocKwhMin && soc < *battery.finalSocKwhMin - 1e-9 && !unreachable)
            unreachable = b;
    }
    return unreachable;
}

Plan emptyPlan(const Scenario &scenario, const std::string &solverName)
{
    const auto slots = static_cast<std::size_t>(scenario.slotCount);
    Plan plan;
    plan.scenario = scenario.name;
    plan.solver = solverName;
    plan.status = PlanStatus::Feasible;
    plan.importKw.assign(slots, 0.0);
    plan.exportKw.assign(slots, 0.0);
    plan.pvUsedKw.assign(slots, 0.0);
    plan.batteries.resize(scenario.batteries.size());
    for (std::size_t b = 0; b < scenario.batteries.size(); ++b) {
        plan.batteries[b].chargeKw.assign(slots, 0.0);
        plan.batteries[b].dischargeKw.assign(slots, 0.0);
        plan.batteries[b].socKwh.assign(slots + 1, scenario.batteries[b].socKwh);
    }
    plan.evs.resize(scenario.evs.size());
    for (EvPlan &ev : plan.evs)
        ev.chargeKw.assign(slots, 0.0);
    plan.appliances.resize(scenario.appliances.size());
    for (std::size_t i = 0; i < scenario.appliances.size(); ++i)
        plan.appliances[i].startSlot = scenario.clampSlot(scenario.appliances[i].earliestStartSlot);
    plan.thermals.resize(scenario.thermals.size());
    for (ThermalPlan &thermal : plan.thermals)
        thermal.powerKw.assign(slots, 0.0);
    return plan;
}

void markInfeasible(Plan &plan, std::string reason)
{
    if (plan.status == PlanStatus::Infeasible)
        return; // keep the first reason
    plan.status = PlanStatus::Infeasible;
    plan.reason = std::move(reason);
}

void finishPlan(const Scenario &scenario, Plan &plan)
{
    for (std::size_t i = 0; i < scenario.evs.size() && i < plan.evs.size(); ++i)
        plan.evs[i].shortfallKwh = evShortfallKwh(scenario, scenario.evs[i], plan.evs[i].chargeKw);
    const SiteFlowsResult site = computeSiteFlows(scenario, plan);
    if (!site.ok())
        markInfeasible(plan, site.describe(scenario));
}

Plan immediatePlan(const Scenario &scenario)
{
    const auto started = std::chrono::steady_clock::now();
    Plan plan = emptyPlan(scenario, "immediate");

    for (std::size_t i = 0; i < scenario.evs.size(); ++i)
        plan.evs[i] = chargeEvInOrder(scenario, scenario.evs[i], evChargingSlots(scenario, scenario.evs[i]));

    for (std::size_t i = 0; i < scenario.appliances.size(); ++i) {
        const Appliance &appliance = scenario.appliances[i];
        const int start = scenario.clampSlot(appliance.earliestStartSlot);
        const int end = std::min(scenario.clampSlot(appliance.latestEndSlot), scenario.slotCount);
        plan.appliances[i].startSlot = start;
        if (static_cast<long long>(start) + static_cast<long long>(appliance.profileKw.size()) > end)
            markInfeasible(plan, appliance.id + ": no start slot fits its " + std::to_string(appliance.profileKw.size())
                                     + "-slot profile in [" + std::to_string(start) + ", " + std::to_string(end) + ")");
    }

    for (std::size_t i = 0; i < scenario.thermals.size(); ++i) {
        const Thermal &thermal = scenario.thermals[i];
        if (std::optional<ThermalPlan> heated = heatInOrder(scenario, thermal, thermalWindowSlots(scenario, thermal)))
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

} // namespace commonwatt::scheduler
