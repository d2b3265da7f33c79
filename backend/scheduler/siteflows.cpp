#include "siteflows.h"

#include "objective.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace commonwatt::scheduler {

namespace {

// Limits are compared with this slack so that rounding in a sum of powers never reports a broken limit.
constexpr double kLimitSlackKw = 1e-9;

void addInto(std::vector<double> &total, const std::vector<double> &powerKw)
{
    const std::size_t n = std::min(total.size(), powerKw.size());
    for (std::size_t t = 0; t < n; ++t)
        total[t] += powerKw[t];
}

} // namespace

const char *toString(SiteLimit limit)
{
    switch (limit) {
    case SiteLimit::None:
        return "none";
    case SiteLimit::Import:
        return "importLimitKw";
    case SiteLimit::Export:
        break;
    }
    return "exportLimitKw";
}

std::string SiteFlowsResult::describe(const Scenario &scenario) const
{
    if (ok())
        return {};
    const bool isImport = limit == SiteLimit::Import;
    const double limitKw = isImport ? scenario.site.importLimitKw : scenario.site.exportLimitKw;
    char text[160];
    std::snprintf(text, sizeof text, "site: slot %d %s %.6g kW, above %s %.6g kW", firstSlot,
                  isImport ? "imports" : "exports", limitKw + excessKw, toString(limit), limitKw);
    return text;
}

DeviceTotals deviceTotals(const Scenario &scenario, const Plan &plan)
{
    const auto slots = static_cast<std::size_t>(scenario.slotCount);
    DeviceTotals totals{std::vector<double>(slots, 0.0), std::vector<double>(slots, 0.0)};
    for (const BatteryPlan &battery : plan.batteries) {
        addInto(totals.consumptionKw, battery.chargeKw);
        addInto(totals.dischargeKw, battery.dischargeKw);
    }
    for (const EvPlan &ev : plan.evs)
        addInto(totals.consumptionKw, ev.chargeKw);
    for (const ThermalPlan &thermal : plan.thermals)
        addInto(totals.consumptionKw, thermal.powerKw);
    const std::size_t appliances = std::min(plan.appliances.size(), scenario.appliances.size());
    for (std::size_t i = 0; i < appliances; ++i) {
        const std::vector<double> &profile = scenario.appliances[i].profileKw;
        const int start = plan.appliances[i].startSlot;
        for (std::size_t k = 0; k < profile.size(); ++k) {
            const long long t = static_cast<long long>(start) + static_cast<long long>(k);
            if (t >= 0 && t < scenario.slotCount)
                totals.consumptionKw[static_cast<std::size_t>(t)] += profile[k];
        }
    }
    return totals;
}

SiteFlowModel::SiteFlowModel(const Scenario &scenario)
    : m_scenario(scenario)
    , m_w(commonwatt::scheduler::gridWeights(scenario))
{
}

double SiteFlowModel::importCost(int slot) const
{
    const auto t = static_cast<std::size_t>(slot);
    const Signals &s = m_scenario.gridSignals;
    return m_scenario.weights.credits * (m_w[t] + s.eventRate[t]) + m_scenario.weights.money * s.priceImport[t];
}

double SiteFlowModel::exchangeValue(int slot, double pvUsedKw, double netKw) const
{
    SlotFlows flows;
    flows.pvUsedKw = pvUsedKw;
    if (netKw >= 0.0)
        flows.importKw = netKw;
    else
        flows.exportKw = -netKw;
    return slotValue(slot, flows);
}

double SiteFlowModel::slotValue(int slot, const SlotFlows &flows) const
{
    const auto t = static_cast<std::size_t>(slot);
    const Signals &s = m_scenario.gridSignals;
    const double imp = flows.importKw;
    const double exp = flows.exportKw;
    const double giving = std::min(exp, flows.pvUsedKw);
    const double credits = m_w[t] * (1.0 - m_scenario.currency.exportFee) * giving - m_w[t] * imp
                           + s.eventRate[t] * (s.eventBaselineKw[t] - imp + exp);
    const double money = s.priceExport[t] * exp - s.priceImport[t] * imp;
    return m_scenario.dt() * (m_scenario.weights.credits * credits + m_scenario.weights.money * money);
}

SlotFlows SiteFlowModel::bestFlows(int slot, double consumptionKw, double dischargeKw) const
{
    const auto t = static_cast<std::size_t>(slot);
    const Site &site = m_scenario.site;
    const double pvKw = t < site.pvKw.size() ? site.pvKw[t] : 0.0;
    // The need before PV: positive is imported unless PV covers it, negative is exported (battery surplus).
    const double needKw = consumptionKw - dischargeKw;
    const auto flowsFor = [&](double pvUsedKw) {
        SlotFlows flows;
        flows.pvUsedKw = pvUsedKw;
        const double netKw = needKw - pvUsedKw;
        if (netKw >= 0.0)
            flows.importKw = netKw;
        else
            flows.exportKw = -netKw;
        return flows;
    };

    // PV use u in [lo, hi] keeps import = need - u <= importLimit and export = u - need <= exportLimit.
    const double lo = std::max(0.0, needKw - site.importLimitKw);
    double hi = std::min(pvKw, site.exportLimitKw + needKw);
    if (lo > hi + kLimitSlackKw) {
        if (needKw - site.importLimitKw > pvKw) {
            SlotFlows flows = flowsFor(pvKw);
            flows.limit = SiteLimit::Import;
            return flows;
        }
        SlotFlows flows = flowsFor(0.0);
        flows.limit = SiteLimit::Export;
        return flows;
    }
    hi = std::max(hi, lo);

    // The value is linear in u on each side of u = need (import on one side, export on the other), so the
    // best u is an end of the range or that kink. Prefer more PV on ties: curtail only when it pays.
    const double candidates[3] = {hi, std::clamp(needKw, lo, hi), lo};
    double bestU = candidates[0];
    double bestValue = exchangeValue(slot, bestU, needKw - bestU);
    for (int i = 1; i < 3; ++i) {
        const double u = candidates[i];
        const double value = exchangeValue(slot, u, needKw - u);
        if (value > bestValue + 1e-12 * (1.0 + std::abs(bestValue))) {
            bestValue = value;
            bestU = u;
        }
    }
    return flowsFor(bestU);
}

double SiteFlowModel::valueWithExtraLoad(int slot, double extraConsumptionKw, double dischargeKw) const
{
    const auto t = static_cast<std::size_t>(slot);
    const double consumption = m_scenario.site.baseLoadKw[t] + extraConsumptionKw;
    return slotValue(slot, bestFlows(slot, consumption, dischargeKw));
}

SiteFlowsResult computeSiteFlows(const Scenario &scenario, Plan &plan)
{
    const SiteFlowModel model(scenario);
    const DeviceTotals totals = deviceTotals(scenario, plan);
    const auto slots = static_cast<std::size_t>(scenario.slotCount);
    plan.importKw.assign(slots, 0.0);
    plan.exportKw.assign(slots, 0.0);
    plan.pvUsedKw.assign(slots, 0.0);
    SiteFlowsResult result;
    for (std::size_t t = 0; t < slots; ++t) {
        const int slot = static_cast<int>(t);
        const SlotFlows flows
            = model.bestFlows(slot, scenario.site.baseLoadKw[t] + totals.consumptionKw[t], totals.dischargeKw[t]);
        plan.importKw[t] = flows.importKw;
        plan.exportKw[t] = flows.exportKw;
        plan.pvUsedKw[t] = flows.pvUsedKw;
        if (flows.limit != SiteLimit::None && result.ok()) {
            result.limit = flows.limit;
            result.firstSlot = slot;
            result.excessKw = flows.limit == SiteLimit::Import ? flows.importKw - scenario.site.importLimitKw
                                                               : flows.exportKw - scenario.site.exportLimitKw;
        }
    }
    plan.objective = planObjective(scenario, plan);
    return result;
}

} // namespace commonwatt::scheduler
