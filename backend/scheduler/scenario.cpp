#include "scenario.h"

#include "plan.h"

#include <algorithm>

namespace commonwatt::scheduler {

const std::string &Scenario::deviceId(DeviceRef ref) const
{
    switch (ref.type) {
    case DeviceType::Battery:
        return batteries.at(static_cast<std::size_t>(ref.index)).id;
    case DeviceType::Ev:
        return evs.at(static_cast<std::size_t>(ref.index)).id;
    case DeviceType::Appliance:
        return appliances.at(static_cast<std::size_t>(ref.index)).id;
    case DeviceType::Thermal:
        break;
    }
    return thermals.at(static_cast<std::size_t>(ref.index)).id;
}

std::vector<double> gridWeights(const Scenario &scenario)
{
    const CurrencyParameters &c = scenario.currency;
    std::vector<double> w(static_cast<std::size_t>(scenario.slotCount));
    for (std::size_t t = 0; t < w.size(); ++t) {
        const double dirtiness = std::min(scenario.gridSignals.carbonIntensity[t] / c.referenceIntensity, 2.0);
        const double timing = 1.0 + c.gamma * scenario.gridSignals.gridNeed[t];
        w[t] = timing * (c.kappa + (1.0 - c.kappa) * dirtiness);
    }
    return w;
}

const char *toString(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Optimal:
        return "optimal";
    case PlanStatus::Feasible:
        return "feasible";
    case PlanStatus::Infeasible:
        return "infeasible";
    case PlanStatus::TimeLimit:
        break;
    }
    return "time-limit";
}

} // namespace commonwatt::scheduler
