#include "objective.h"

#include <algorithm>

namespace commonwatt::scheduler {

double planObjective(const Scenario &scenario, const Plan &plan)
{
    const std::vector<double> w = gridWeights(scenario);
    const Signals &s = scenario.gridSignals;
    const double dt = scenario.dt();
    const double fee = scenario.currency.exportFee;
    double credits = 0.0;
    double money = 0.0;
    for (std::size_t t = 0; t < w.size(); ++t) {
        const double imp = plan.importKw[t];
        const double exp = plan.exportKw[t];
        const double giving = std::min(exp, plan.pvUsedKw[t]);
        credits += dt * (w[t] * (1.0 - fee) * giving - w[t] * imp + s.eventRate[t] * (s.eventBaselineKw[t] - imp + exp));
        money += dt * (s.priceExport[t] * exp - s.priceImport[t] * imp);
    }
    double wear = 0.0;
    for (std::size_t b = 0; b < scenario.batteries.size() && b < plan.batteries.size(); ++b) {
        double throughput = 0.0;
        for (std::size_t t = 0; t < w.size(); ++t)
            throughput += plan.batteries[b].chargeKw[t] + plan.batteries[b].dischargeKw[t];
        wear += scenario.batteries[b].cycleCostPerKwh * throughput * dt;
    }
    return scenario.weights.credits * credits + scenario.weights.money * money - wear;
}

double evShortfallKwh(const Scenario &scenario, const Ev &ev, const std::vector<double> &chargeKw)
{
    double energy = 0.0;
    for (double p : chargeKw)
        energy += p;
    const double delivered = ev.chargeEfficiency * energy * scenario.dt();
    return std::max(0.0, ev.targetSocKwh - ev.socKwh - delivered);
}

double totalEvShortfallKwh(const Scenario &scenario, const Plan &plan)
{
    double total = 0.0;
    for (std::size_t i = 0; i < scenario.evs.size() && i < plan.evs.size(); ++i)
        total += evShortfallKwh(scenario, scenario.evs[i], plan.evs[i].chargeKw);
    return total;
}

} // namespace commonwatt::scheduler
