#include "planexplainer.h"

#include <algorithm>
#include <cmath>

namespace commonwatt::app {

using namespace scheduler;

namespace {

constexpr double kActiveKw = 1e-6;
// Below this the plan and running now are the same to the household.
constexpr double kSameCredits = 0.005;
// How much better a signal must be where the plan puts the device than where running now puts it.
constexpr double kShareMargin = 0.15;
constexpr double kNeedMargin = 0.1;
constexpr double kCleanerFactor = 0.9;

// Energy-weighted means of a slot quantity over where a power profile runs.
class Weighing
{
public:
    Weighing(const Scenario &scenario, const std::vector<int> &eventLevels)
        : m_scenario(scenario)
        , m_events(eventLevels)
    {}

    [[nodiscard]] static double total(const std::vector<double> &kw)
    {
        double sum = 0.0;
        for (double p : kw)
            sum += std::max(0.0, p);
        return sum;
    }

    // The share of the energy the home's own PV surplus could cover.
    [[nodiscard]] double solarShare(const std::vector<double> &kw) const
    {
        const Site &site = m_scenario.site;
        double covered = 0.0;
        for (std::size_t t = 0; t < kw.size(); ++t) {
            const double surplus = std::max(0.0, site.pvKw[t] - site.baseLoadKw[t]);
            covered += std::min(std::max(0.0, kw[t]), surplus);
        }
        return share(covered, kw);
    }
    [[nodiscard]] double eventShare(const std::vector<double> &kw) const
    {
        double during = 0.0;
        for (std::size_t t = 0; t < kw.size() && t < m_events.size(); ++t)
            during += m_events[t] > 0 ? std::max(0.0, kw[t]) : 0.0;
        return share(during, kw);
    }
    [[nodiscard]] double meanNeed(const std::vector<double> &kw) const
    {
        return mean(kw, m_scenario.gridSignals.gridNeed);
    }
    [[nodiscard]] double meanCarbon(const std::vector<double> &kw) const
    {
        return mean(kw, m_scenario.gridSignals.carbonIntensity);
    }

private:
    [[nodiscard]] static double share(double part, const std::vector<double> &kw)
    {
        const double sum = total(kw);
        return sum > kActiveKw ? part / sum : 0.0;
    }
    [[nodiscard]] static double mean(const std::vector<double> &kw, const std::vector<double> &values)
    {
        double weighted = 0.0;
        for (std::size_t t = 0; t < kw.size() && t < values.size(); ++t)
            weighted += std::max(0.0, kw[t]) * values[t];
        const double sum = total(kw);
        return sum > kActiveKw ? weighted / sum : 0.0;
    }

    const Scenario &m_scenario;
    const std::vector<int> &m_events;
};

std::vector<double> positivePart(const std::vector<double> &kw, double sign)
{
    std::vector<double> part(kw.size());
    for (std::size_t t = 0; t < kw.size(); ++t)
        part[t] = std::max(0.0, sign * kw[t]);
    return part;
}

Reason shiftedLoadReason(const Weighing &weigh, const std::vector<double> &planned,
                         const std::vector<double> &now)
{
    if (weigh.eventShare(now) > weigh.eventShare(planned) + kShareMargin)
        return Reason::GridEvent;
    const double solar = weigh.solarShare(planned);
    if (solar >= 0.5 && solar > weigh.solarShare(now) + kShareMargin)
        return Reason::SolarSurplus;
    const double need = weigh.meanNeed(planned);
    if (need <= -kNeedMargin && need < weigh.meanNeed(now) - kNeedMargin)
        return Reason::GridSurplus;
    if (weigh.meanCarbon(planned) < kCleanerFactor * weigh.meanCarbon(now))
        return Reason::LowCarbon;
    return Reason::Cheaper;
}

Reason batteryReason(const Weighing &weigh, const std::vector<double> &planned)
{
    const std::vector<double> charge = positivePart(planned, 1.0);
    const std::vector<double> discharge = positivePart(planned, -1.0);
    if (Weighing::total(charge) <= kActiveKw && Weighing::total(discharge) <= kActiveKw)
        return Reason::Idle;
    if (weigh.eventShare(discharge) > 0.3)
        return Reason::GridEvent;
    if (weigh.solarShare(charge) >= 0.5)
        return Reason::SolarSurplus;
    if (Weighing::total(charge) > kActiveKw && weigh.meanNeed(charge) <= -kNeedMargin)
        return Reason::GridSurplus;
    const std::vector<double> flat(planned.size(), 1.0);
    if (Weighing::total(charge) > kActiveKw &&
        weigh.meanCarbon(charge) < kCleanerFactor * weigh.meanCarbon(flat))
        return Reason::LowCarbon;
    return Reason::Cheaper;
}

// The plan with one device's schedule taken from `other`.
Plan withDeviceFrom(const Plan &plan, const Plan &other, DeviceRef ref)
{
    Plan variant = plan;
    const auto i = static_cast<std::size_t>(ref.index);
    switch (ref.type) {
    case DeviceType::Battery:
        variant.batteries[i] = other.batteries[i];
        break;
    case DeviceType::Ev:
        variant.evs[i] = other.evs[i];
        break;
    case DeviceType::Appliance:
        variant.appliances[i] = other.appliances[i];
        break;
    case DeviceType::Thermal:
        variant.thermals[i] = other.thermals[i];
        break;
    }
    return variant;
}

} // namespace

std::vector<double> devicePowerKw(const Scenario &scenario, const Plan &plan, DeviceRef ref)
{
    const auto slotTotal = static_cast<std::size_t>(scenario.slotCount);
    const auto i = static_cast<std::size_t>(ref.index);
    std::vector<double> kw(slotTotal, 0.0);
    switch (ref.type) {
    case DeviceType::Battery:
        for (std::size_t t = 0; t < slotTotal && i < plan.batteries.size(); ++t)
            kw[t] = plan.batteries[i].chargeKw[t] - plan.batteries[i].dischargeKw[t];
        break;
    case DeviceType::Ev:
        if (i < plan.evs.size())
            std::copy_n(plan.evs[i].chargeKw.begin(), std::min(slotTotal, plan.evs[i].chargeKw.size()),
                        kw.begin());
        break;
    case DeviceType::Appliance:
        if (i < plan.appliances.size()) {
            const std::vector<double> &profile = scenario.appliances[i].profileKw;
            for (std::size_t k = 0; k < profile.size(); ++k) {
                const auto t = static_cast<std::size_t>(plan.appliances[i].startSlot) + k;
                if (t < slotTotal)
                    kw[t] = profile[k];
            }
        }
        break;
    case DeviceType::Thermal:
        if (i < plan.thermals.size()) {
            const std::vector<double> &power = plan.thermals[i].powerKw;
            std::copy_n(power.begin(), std::min(slotTotal, power.size()), kw.begin());
        }
        break;
    }
    return kw;
}

PlanExplanation explainPlan(const Scenario &scenario, const Plan &plan, const std::vector<int> &eventLevels,
                            const std::vector<bool> &requested)
{
    PlanExplanation out;
    if (!plan.hasSchedule())
        return out;
    // The plan's own value the same way as its variants', so that a difference is only the device's.
    Plan base = plan;
    (void)computeSiteFlows(scenario, base);
    out.planCredits = base.objective;

    const Plan immediate = immediatePlan(scenario);
    out.immediateCredits = immediate.objective;
    out.immediateFeasible = immediate.hasSchedule();
    // A battery "as without a planner" serves this plan's loads in self-consumption.
    Plan selfConsumption = plan;
    (void)scheduleSelfConsumption(scenario, selfConsumption);

    const Weighing weigh(scenario, eventLevels);
    out.devices.reserve(scenario.deviceOrder.size());
    for (std::size_t d = 0; d < scenario.deviceOrder.size(); ++d) {
        const DeviceRef ref = scenario.deviceOrder[d];
        const bool isBattery = ref.type == DeviceType::Battery;
        Plan variant = withDeviceFrom(base, isBattery ? selfConsumption : immediate, ref);
        (void)computeSiteFlows(scenario, variant);

        DeviceExplanation explanation;
        explanation.creditDelta = base.objective - variant.objective;
        const std::vector<double> planned = devicePowerKw(scenario, base, ref);
        for (std::size_t t = 0; t < planned.size(); ++t) {
            const int slot = static_cast<int>(t);
            if (std::abs(planned[t]) <= kActiveKw) {
                if (explanation.firstActiveSlot >= 0 && explanation.firstRunEndSlot < 0)
                    explanation.firstRunEndSlot = slot;
                continue;
            }
            if (explanation.firstActiveSlot < 0)
                explanation.firstActiveSlot = slot;
            else if (explanation.firstRunEndSlot >= 0)
                explanation.activeLater = true;
            explanation.lastActiveSlot = slot;
        }
        if (explanation.firstActiveSlot >= 0 && explanation.firstRunEndSlot < 0)
            explanation.firstRunEndSlot = static_cast<int>(planned.size());
        if (explanation.firstActiveSlot < 0 && !isBattery)
            explanation.reason = Reason::Idle;
        else if (d < requested.size() && requested[d])
            explanation.reason = Reason::Requested;
        else if (std::abs(explanation.creditDelta) < kSameCredits)
            explanation.reason = isBattery ? batteryReason(weigh, planned) : Reason::NoBetterTime;
        else if (isBattery)
            explanation.reason = batteryReason(weigh, planned);
        else
            explanation.reason = shiftedLoadReason(weigh, planned, devicePowerKw(scenario, variant, ref));
        out.devices.push_back(explanation);
    }
    return out;
}

} // namespace commonwatt::app
