// The site's exchange with the grid for given device powers (../shared/docs/scheduling.md, "Site balance"):
// once every device's schedule is fixed, the import, export and PV use of each slot follow from one small
// choice per slot (how much PV to curtail), which this makes so as to maximise the planning objective.
// Also answers "what if this device ran now" for the app, by re-evaluating a changed plan.
#pragma once

#include "plan.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace commonwatt::scheduler {

enum class SiteLimit
{
    None,
    Import, // the loads that must be served exceed importLimitKw even with all PV used
    Export, // battery discharge beyond the loads exceeds exportLimitKw even with all PV curtailed
};

[[nodiscard]] const char *toString(SiteLimit limit);

struct SlotFlows
{
    double importKw = 0.0;
    double exportKw = 0.0;
    double pvUsedKw = 0.0;
    // None when the slot is within both limits; otherwise the limit broken (the flows then break it by the
    // least possible amount, with PV fully used for Import and fully curtailed for Export).
    SiteLimit limit = SiteLimit::None;
};

struct SiteFlowsResult
{
    SiteLimit limit = SiteLimit::None; // the first limit broken, None when every slot is within both
    int firstSlot = -1;                // the first slot that breaks a limit
    double excessKw = 0.0;             // by how much that slot breaks it

    [[nodiscard]] bool ok() const { return limit == SiteLimit::None; }
    // "site: slot 12 imports 18.2 kW, above importLimitKw 17 kW" or an empty string when ok().
    [[nodiscard]] std::string describe(const Scenario &scenario) const;
};

// Per-slot totals of a plan's device schedules (powers in kW, base load not included).
struct DeviceTotals
{
    std::vector<double> consumptionKw; // battery charge + EV charge + appliance profiles + thermal power
    std::vector<double> dischargeKw;   // battery discharge
};

// The device totals of a plan whose device schedules are filled (missing or short vectors count as zero).
[[nodiscard]] DeviceTotals deviceTotals(const Scenario &scenario, const Plan &plan);

// The objective's per-slot view of the site: w[t], the value of a slot's exchange, and the best flows.
// Keeps a reference to the scenario, which must outlive it.
class SiteFlowModel
{
public:
    explicit SiteFlowModel(const Scenario &scenario);

    [[nodiscard]] const Scenario &scenario() const { return m_scenario; }
    [[nodiscard]] const std::vector<double> &gridWeights() const { return m_w; }

    // The objective's marginal cost of one more imported kWh in slot t (credits and money, weighted):
    // weights.credits * (w[t] + eventRate[t]) + weights.money * priceImport[t]. May be negative.
    [[nodiscard]] double importCost(int slot) const;

    // The flows that maximise the slot's value for a given consumption (base load included) and battery
    // discharge: never import and export at once, PV curtailed only where exporting it is worth less than
    // nothing or where the export limit requires it.
    [[nodiscard]] SlotFlows bestFlows(int slot, double consumptionKw, double dischargeKw) const;

    // The slot's contribution to the objective (exchange terms only, times dt; battery wear not included).
    [[nodiscard]] double slotValue(int slot, const SlotFlows &flows) const;

    // The slot's value for the best flows, with base load and PV of the scenario and extra consumption.
    [[nodiscard]] double valueWithExtraLoad(int slot, double extraConsumptionKw, double dischargeKw = 0.0) const;

private:
    [[nodiscard]] double exchangeValue(int slot, double pvUsedKw, double netKw) const;

    const Scenario &m_scenario;
    std::vector<double> m_w;
};

// Fills plan.importKw/exportKw/pvUsedKw from its device schedules, sets plan.objective = planObjective, and
// says whether the site limits hold. The plan's status and reason are left alone.
[[nodiscard]] SiteFlowsResult computeSiteFlows(const Scenario &scenario, Plan &plan);

} // namespace commonwatt::scheduler
