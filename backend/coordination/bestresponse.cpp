#include "bestresponse.h"

#include "scheduler/siteflows.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace commonwatt::coordination {

using namespace scheduler;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The household's own objective in one slot as a function of its net load n (import minus export), PV fully
// used: concave and piecewise linear, with kinks where export reaches the slot's PV and at zero.
struct SlotObjective
{
    double pvKw = 0.0;
    double slopeAbovePv = 0.0; // n < -pv: export beyond the PV (no giving credit)
    double slopeExport = 0.0;  // -pv < n < 0
    double slopeImport = 0.0;  // n > 0

    [[nodiscard]] double value(double n) const
    {
        if (n >= 0.0)
            return slopeImport * n;
        if (n >= -pvKw)
            return slopeExport * n;
        return -slopeExport * pvKw + slopeAbovePv * (n + pvKw);
    }
};

// h(n) = price*n + rho/2*(n - anchor)^2 - lambda*objective(n): what one slot costs the household in a round.
struct SlotCost
{
    SlotObjective objective;
    double price = 0.0;
    double anchor = 0.0;
    double rho = 1.0;
    double lambda = 0.0;
    double lowKw = -kInf; // -exportLimitKw
    double highKw = kInf; // importLimitKw

    [[nodiscard]] double value(double n) const
    {
        const double d = n - anchor;
        return price * n + 0.5 * rho * d * d - lambda * objective.value(n);
    }

    // The n in [a, b] that minimises h(n) - g*n (h is strictly convex: rho > 0).
    [[nodiscard]] double argminShifted(double g, double a, double b) const
    {
        const double kinks[2] = {-objective.pvKw, 0.0};
        const double slopes[3] = {objective.slopeAbovePv, objective.slopeExport, objective.slopeImport};
        const auto stationary = [&](double slope) { return anchor + (g - price + lambda * slope) / rho; };
        double n = 0.0;
        bool found = false;
        for (int i = 0; i < 3 && !found; ++i) {
            const double lo = i == 0 ? -kInf : kinks[i - 1];
            const double hi = i == 2 ? kInf : kinks[i];
            if (lo > hi)
                continue; // no PV: the middle piece is empty
            const double candidate = stationary(slopes[i]);
            if (candidate >= lo && candidate <= hi) {
                n = candidate;
                found = true;
            }
        }
        if (!found) {
            // At a kink: h's left derivative is at most g there and its right derivative at least g.
            n = stationary(slopes[1]) < -objective.pvKw ? -objective.pvKw : 0.0;
            if (objective.pvKw <= 0.0)
                n = 0.0;
        }
        return std::clamp(n, a, b);
    }

    [[nodiscard]] double derivative(double n) const
    {
        const double slope = n > 0.0 ? objective.slopeImport
                                     : (n > -objective.pvKw ? objective.slopeExport : objective.slopeAbovePv);
        return price + rho * (n - anchor) - lambda * slope;
    }
};

// The battery's state of charge at the start of every slot and at the end (slots + 1 values).
std::vector<double> socTrajectory(const Battery &spec, const std::vector<double> &chargeKw,
                                  const std::vector<double> &dischargeKw, double dt)
{
    std::vector<double> soc(chargeKw.size() + 1, spec.socKwh);
    for (std::size_t t = 0; t < chargeKw.size(); ++t)
        soc[t + 1] = soc[t] + (spec.chargeEfficiency * chargeKw[t] - dischargeKw[t] / spec.dischargeEfficiency) * dt;
    return soc;
}

// The devices' powers being improved, and the load of everything else.
struct Schedule
{
    std::vector<std::vector<double>> thermal;
    std::vector<std::vector<double>> ev;
    std::vector<int> applianceStart;
    std::vector<std::vector<double>> charge, discharge;
};

class Solver
{
public:
    Solver(const Scenario &scenario, const Plan &current, const CongestionTerms &terms,
           const BestResponseOptions &options)
        : m_s(scenario)
        , m_current(current)
        , m_options(options)
        , m_dt(scenario.dt())
    {
        const std::vector<double> w = gridWeights(scenario);
        const Signals &sig = scenario.gridSignals;
        const double wc = scenario.weights.credits;
        const double wm = scenario.weights.money;
        m_cost.resize(std::size_t(scenario.slotCount));
        m_fixedKw.assign(std::size_t(scenario.slotCount), 0.0);
        for (int t = 0; t < scenario.slotCount; ++t) {
            const auto i = std::size_t(t);
            SlotCost &c = m_cost[i];
            c.objective.pvKw = scenario.site.pvKw[i];
            c.objective.slopeImport = -m_dt * (wc * (w[i] + sig.eventRate[i]) + wm * sig.priceImport[i]);
            c.objective.slopeExport =
                -m_dt * (wc * (w[i] * (1.0 - scenario.currency.exportFee) + sig.eventRate[i]) + wm * sig.priceExport[i]);
            c.objective.slopeAbovePv = -m_dt * (wc * sig.eventRate[i] + wm * sig.priceExport[i]);
            c.price = terms.priceKw[i];
            c.anchor = terms.anchorKw[i];
            c.rho = terms.proximalWeight;
            c.lowKw = -scenario.site.exportLimitKw;
            c.highKw = scenario.site.importLimitKw;
            m_fixedKw[i] = scenario.site.baseLoadKw[i] - scenario.site.pvKw[i];
        }
    }

    Schedule initial() const
    {
        Schedule s;
        for (const ThermalPlan &p : m_current.thermals)
            s.thermal.push_back(p.powerKw);
        for (const EvPlan &p : m_current.evs)
            s.ev.push_back(p.chargeKw);
        for (const AppliancePlan &p : m_current.appliances)
            s.applianceStart.push_back(p.startSlot);
        for (const BatteryPlan &p : m_current.batteries) {
            s.charge.push_back(p.chargeKw);
            s.discharge.push_back(p.dischargeKw);
        }
        return s;
    }

    // Block-coordinate descent over the devices for one multiplier of the floor.
    Schedule solve(double lambda)
    {
        for (SlotCost &c : m_cost)
            c.lambda = lambda;
        Schedule s = initial();
        std::vector<double> net = netOf(s);
        for (int sweep = 0; sweep < m_options.sweeps; ++sweep) {
            for (std::size_t k = 0; k < s.thermal.size(); ++k)
                improveThermal(k, s, net);
            for (std::size_t k = 0; k < s.ev.size(); ++k)
                improveEv(k, s, net);
            for (std::size_t k = 0; k < s.applianceStart.size(); ++k)
                improveAppliance(k, s, net);
            for (std::size_t k = 0; k < s.charge.size(); ++k)
                improveBattery(k, s, net);
        }
        return s;
    }

    // The schedule as a checked plan: site flows settled and objective recomputed. False when a site limit
    // breaks (the caller keeps the current plan).
    bool toPlan(const Schedule &s, Plan &plan) const
    {
        plan = m_current;
        for (std::size_t k = 0; k < s.thermal.size(); ++k)
            plan.thermals[k].powerKw = s.thermal[k];
        for (std::size_t k = 0; k < s.ev.size(); ++k)
            plan.evs[k].chargeKw = s.ev[k];
        for (std::size_t k = 0; k < s.applianceStart.size(); ++k)
            plan.appliances[k].startSlot = s.applianceStart[k];
        for (std::size_t k = 0; k < s.charge.size(); ++k) {
            BatteryPlan &b = plan.batteries[k];
            b.chargeKw = s.charge[k];
            b.dischargeKw = s.discharge[k];
            b.socKwh = socTrajectory(m_s.batteries[k], b.chargeKw, b.dischargeKw, m_dt);
        }
        plan.info.clear();
        return computeSiteFlows(m_s, plan).ok();
    }

    // theta * a + (1 - theta) * b for the continuous powers; b's whole-slot choices.
    [[nodiscard]] Schedule blend(const Schedule &a, const Schedule &b, double theta) const
    {
        Schedule s = b;
        const auto mix = [theta](const std::vector<double> &x, std::vector<double> &y) {
            for (std::size_t t = 0; t < y.size(); ++t)
                y[t] = theta * x[t] + (1.0 - theta) * y[t];
        };
        for (std::size_t k = 0; k < s.thermal.size(); ++k)
            mix(a.thermal[k], s.thermal[k]);
        for (std::size_t k = 0; k < s.charge.size(); ++k) {
            mix(a.charge[k], s.charge[k]);
            mix(a.discharge[k], s.discharge[k]);
        }
        for (std::size_t k = 0; k < s.ev.size(); ++k) {
            bool samePattern = true;
            for (std::size_t t = 0; t < s.ev[k].size(); ++t)
                samePattern = samePattern && ((a.ev[k][t] > 0.0) == (b.ev[k][t] > 0.0));
            if (m_s.evs[k].minChargeKw <= 0.0 || samePattern)
                mix(a.ev[k], s.ev[k]);
        }
        return s;
    }

    [[nodiscard]] double congestionCost(const std::vector<double> &net) const
    {
        double total = 0.0;
        for (std::size_t t = 0; t < net.size(); ++t) {
            const double d = net[t] - m_cost[t].anchor;
            total += m_cost[t].price * net[t] + 0.5 * m_cost[t].rho * d * d;
        }
        return total;
    }

private:
    std::vector<double> netOf(const Schedule &s) const
    {
        std::vector<double> net = m_fixedKw;
        for (const auto &p : s.thermal)
            for (std::size_t t = 0; t < net.size(); ++t)
                net[t] += p[t];
        for (const auto &p : s.ev)
            for (std::size_t t = 0; t < net.size(); ++t)
                net[t] += p[t];
        for (std::size_t k = 0; k < s.applianceStart.size(); ++k)
            addAppliance(k, s.applianceStart[k], net, 1.0);
        for (std::size_t k = 0; k < s.charge.size(); ++k)
            for (std::size_t t = 0; t < net.size(); ++t)
                net[t] += s.charge[k][t] - s.discharge[k][t];
        return net;
    }

    void addAppliance(std::size_t k, int start, std::vector<double> &net, double sign) const
    {
        const std::vector<double> &profile = m_s.appliances[k].profileKw;
        for (std::size_t i = 0; i < profile.size(); ++i) {
            const std::size_t t = std::size_t(start) + i;
            if (t < net.size())
                net[t] += sign * profile[i];
        }
    }

    // Flexible energy with per-slot bounds [0, max[t]] (and, for an EV, a minimum power when on): the slot
    // powers that minimise sum_t h_t(other[t] + p[t]) with sum_t p[t]*dt = energy, by bisection on the
    // energy's multiplier. Returns false (leaving `power` alone) when the energy does not fit.
    bool fillEnergy(const std::vector<double> &other, const std::vector<double> &maxKw, double minOnKw,
                    double energyKwh, std::vector<double> &power) const
    {
        const std::size_t n = other.size();
        double capacity = 0.0;
        for (std::size_t t = 0; t < n; ++t)
            if (maxKw[t] >= minOnKw)
                capacity += maxKw[t] * m_dt;
        if (energyKwh > capacity + 1e-9)
            return false;
        std::vector<double> p(n, 0.0);
        const auto powersAt = [&](double g) {
            double energy = 0.0;
            for (std::size_t t = 0; t < n; ++t) {
                const SlotCost &c = m_cost[t];
                if (maxKw[t] <= 0.0 || maxKw[t] < minOnKw) {
                    p[t] = 0.0;
                    continue;
                }
                const double lo = other[t] + minOnKw;
                const double hi = other[t] + maxKw[t];
                double x = c.argminShifted(g, lo, hi) - other[t];
                if (minOnKw > 0.0 && c.value(other[t] + x) - g * x > c.value(other[t]))
                    x = 0.0; // off is cheaper than the best power at or above the minimum
                p[t] = x;
                energy += x * m_dt;
            }
            return energy;
        };
        if (energyKwh <= 0.0) {
            power.assign(n, 0.0);
            return true;
        }
        double lo = kInf, hi = -kInf;
        for (std::size_t t = 0; t < n; ++t) {
            if (maxKw[t] <= 0.0)
                continue;
            lo = std::min(lo, m_cost[t].derivative(other[t]) - 1.0);
            hi = std::max(hi, m_cost[t].derivative(other[t] + maxKw[t]) + 1.0);
        }
        for (int i = 0; i < 200 && powersAt(hi) < energyKwh - 1e-12; ++i)
            hi += 2.0 * (hi - lo) + 1.0;
        for (int i = 0; i < 45; ++i) {
            const double mid = 0.5 * (lo + hi);
            if (powersAt(mid) >= energyKwh)
                hi = mid;
            else
                lo = mid;
        }
        double excess = powersAt(hi) - energyKwh;
        if (excess < -1e-9)
            return false;
        // Trim what the bisection overshot, from the dearest slots first, never below the minimum when on.
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return m_cost[a].derivative(other[a] + p[a]) > m_cost[b].derivative(other[b] + p[b]);
        });
        for (std::size_t t : order) {
            if (excess <= 0.0)
                break;
            const double floorKw = p[t] > 0.0 ? minOnKw : 0.0;
            const double cut = std::min(p[t] - floorKw, excess / m_dt);
            if (cut > 0.0) {
                p[t] -= cut;
                excess -= cut * m_dt;
            }
        }
        if (excess > 1e-9)
            return false; // only whole minimum-power slots are left to cut: keep what we had
        power = p;
        return true;
    }

    void improveThermal(std::size_t k, Schedule &s, std::vector<double> &net) const
    {
        const Thermal &spec = m_s.thermals[k];
        improveEnergy(s.thermal[k], net, m_s.clampSlot(spec.windowStartSlot), m_s.clampSlot(spec.windowEndSlot),
                      0.0, spec.maxKw, spec.energyKwh);
    }

    // An EV keeps the energy of its current schedule.
    void improveEv(std::size_t k, Schedule &s, std::vector<double> &net) const
    {
        const Ev &spec = m_s.evs[k];
        const double energy = std::accumulate(s.ev[k].begin(), s.ev[k].end(), 0.0) * m_dt;
        improveEnergy(s.ev[k], net, m_s.clampSlot(spec.arrivalSlot), m_s.clampSlot(spec.departureSlot),
                      spec.minChargeKw, spec.maxChargeKw, energy);
    }

    // A device that takes `energyKwh` in slots [first, last) at up to maxKw (and minOnKw when on).
    void improveEnergy(std::vector<double> &power, std::vector<double> &net, int first, int last, double minOnKw,
                       double maxKw, double energyKwh) const
    {
        std::vector<double> other(net.size()), limit(net.size(), 0.0);
        for (std::size_t t = 0; t < net.size(); ++t) {
            other[t] = net[t] - power[t];
            if (int(t) >= first && int(t) < last)
                limit[t] = std::max(0.0, std::min(maxKw, m_cost[t].highKw - other[t]));
        }
        if (!fillEnergy(other, limit, minOnKw, energyKwh, power))
            return;
        for (std::size_t t = 0; t < net.size(); ++t)
            net[t] = other[t] + power[t];
    }

    void improveAppliance(std::size_t k, Schedule &s, std::vector<double> &net) const
    {
        const Appliance &spec = m_s.appliances[k];
        const int length = int(spec.profileKw.size());
        addAppliance(k, s.applianceStart[k], net, -1.0);
        const int first = m_s.clampSlot(spec.earliestStartSlot);
        const int last = m_s.clampSlot(spec.latestEndSlot) - length;
        int best = s.applianceStart[k];
        double bestCost = kInf;
        for (int start = first; start <= last; ++start) {
            double cost = 0.0;
            for (int i = 0; i < length && cost < kInf; ++i) {
                const auto t = std::size_t(start + i);
                const double after = net[t] + spec.profileKw[std::size_t(i)];
                cost = after > m_cost[t].highKw + 1e-9 ? kInf
                                                       : cost + m_cost[t].value(after) - m_cost[t].value(net[t]);
            }
            // Ties go to the start already chosen, so that a household does not move for nothing.
            if (cost < bestCost - 1e-12 || (std::abs(cost - bestCost) <= 1e-12 && start == s.applianceStart[k])) {
                bestCost = cost;
                best = start;
            }
        }
        s.applianceStart[k] = best;
        addAppliance(k, best, net, 1.0);
    }

    // Dynamic programme over states of charge around the current trajectory: in pass p the state at the end
    // of slot t is the current one plus k * step_p, |k| <= kReach, so the current schedule is always one of
    // the paths and each pass refines the last (steps of range/16, /64, /256). Exact for the efficiencies,
    // the power and state-of-charge limits and finalSocKwhMin; net power only (never charging and
    // discharging at once).
    void improveBattery(std::size_t k, Schedule &s, std::vector<double> &net) const
    {
        const Battery &spec = m_s.batteries[k];
        const std::size_t n = net.size();
        const double range = spec.maxSocKwh - spec.minSocKwh;
        if (range <= 0.0)
            return;
        const double wear = m_cost.empty() ? 0.0 : m_cost[0].lambda * spec.cycleCostPerKwh * m_dt;
        const double finalMin = spec.finalSocKwhMin ? *spec.finalSocKwhMin : -kInf;
        constexpr int kReach = 6;
        constexpr int kStates = 2 * kReach + 1;
        const double divisors[] = {16.0, 64.0, 256.0};
        for (double divisor : divisors) {
            const double step = m_options.batteryStepKwh > 0.0 ? m_options.batteryStepKwh * 16.0 / divisor
                                                               : range / divisor;
            const std::vector<double> soc = socTrajectory(spec, s.charge[k], s.discharge[k], m_dt);
            std::vector<double> other(n);
            for (std::size_t t = 0; t < n; ++t)
                other[t] = net[t] - s.charge[k][t] + s.discharge[k][t];
            // The powers that take the state from a to b in one slot; false when the limits forbid it.
            const auto powers = [&](double a, double b, double &charge, double &discharge) {
                const double delta = b - a;
                charge = delta > 0.0 ? delta / (spec.chargeEfficiency * m_dt) : 0.0;
                discharge = delta < 0.0 ? -delta * spec.dischargeEfficiency / m_dt : 0.0;
                return charge <= spec.maxChargeKw + 1e-9 && discharge <= spec.maxDischargeKw + 1e-9;
            };
            const auto stateAt = [&](std::size_t t, int j) { return soc[t] + (j - kReach) * step; };
            const auto admissible = [&](std::size_t t, int j) {
                const double x = stateAt(t, j);
                if (t == 0)
                    return j == kReach;
                if (x < spec.minSocKwh - 1e-9 || x > spec.maxSocKwh + 1e-9)
                    return false;
                return t < n || x >= finalMin - 1e-9;
            };
            std::vector<double> value(kStates), nextValue(kStates);
            for (int j = 0; j < kStates; ++j)
                value[std::size_t(j)] = admissible(n, j) ? 0.0 : kInf;
            std::vector<std::array<int, kStates>> choice(n);
            for (std::size_t t = n; t-- > 0;) {
                const SlotCost &c = m_cost[t];
                for (int j = 0; j < kStates; ++j) {
                    double best = kInf;
                    int bestNext = kReach;
                    if (admissible(t, j)) {
                        for (int to = 0; to < kStates; ++to) {
                            const double future = value[std::size_t(to)];
                            double charge = 0.0, discharge = 0.0;
                            if (future == kInf || !powers(stateAt(t, j), stateAt(t + 1, to), charge, discharge))
                                continue;
                            const double load = other[t] + charge - discharge;
                            if (load > c.highKw + 1e-9 || load < c.lowKw - 1e-9)
                                continue;
                            const double cost = c.value(load) + wear * (charge + discharge) + future;
                            if (cost < best) {
                                best = cost;
                                bestNext = to;
                            }
                        }
                    }
                    nextValue[std::size_t(j)] = best;
                    choice[t][std::size_t(j)] = bestNext;
                }
                std::swap(value, nextValue);
            }
            if (value[std::size_t(kReach)] == kInf)
                return;
            int j = kReach;
            for (std::size_t t = 0; t < n; ++t) {
                const int to = choice[t][std::size_t(j)];
                double charge = 0.0, discharge = 0.0;
                powers(stateAt(t, j), stateAt(t + 1, to), charge, discharge);
                s.charge[k][t] = std::clamp(charge, 0.0, spec.maxChargeKw);
                s.discharge[k][t] = std::clamp(discharge, 0.0, spec.maxDischargeKw);
                net[t] = other[t] + s.charge[k][t] - s.discharge[k][t];
                j = to;
            }
        }
    }

    const Scenario &m_s;
    const Plan &m_current;
    const BestResponseOptions m_options;
    const double m_dt;
    std::vector<SlotCost> m_cost;
    std::vector<double> m_fixedKw; // base load minus PV
};

} // namespace

std::vector<double> netLoadKw(const Plan &plan)
{
    std::vector<double> net(plan.importKw.size());
    for (std::size_t t = 0; t < net.size(); ++t)
        net[t] = plan.importKw[t] - (t < plan.exportKw.size() ? plan.exportKw[t] : 0.0);
    return net;
}

std::string coordinationRefusal(const Scenario &scenario)
{
    for (int t = 0; t < scenario.slotCount; ++t) {
        const auto i = std::size_t(t);
        if (scenario.site.pvKw[i] - scenario.site.baseLoadKw[i] > scenario.site.exportLimitKw + 1e-9)
            return "site.exportLimitKw: below the PV surplus in slot " + std::to_string(t) +
                   " (the coordinated planner does not curtail)";
        if (scenario.weights.money > 0.0 && scenario.gridSignals.priceExport[i] < 0.0)
            return "signals.priceExport: negative in slot " + std::to_string(t) +
                   " (the coordinated planner does not curtail)";
    }
    return {};
}

BestResponse bestResponse(const Scenario &scenario, const Plan &current, const CongestionTerms &terms,
                          double floor, const BestResponseOptions &options)
{
    assert(terms.proximalWeight > 0.0);
    BestResponse kept;
    kept.plan = current;
    kept.netKw = netLoadKw(current);
    kept.objective = current.objective;
    if (!coordinationRefusal(scenario).empty())
        return kept;

    Solver solver(scenario, current, terms, options);
    const double currentCost = solver.congestionCost(kept.netKw);
    BestResponse best = kept;
    double bestCost = currentCost;
    // A schedule, its plan and whether the plan meets the floor; the best plan meeting it is kept.
    struct Tried
    {
        Schedule schedule;
        double objective = -kInf;
        bool valid = false; // the site limits hold
    };
    const auto consider = [&](const Schedule &schedule, double lambda) {
        Tried tried;
        tried.schedule = schedule;
        Plan plan;
        tried.valid = solver.toPlan(schedule, plan);
        if (!tried.valid)
            return tried;
        tried.objective = plan.objective;
        if (plan.objective < floor)
            return tried;
        const std::vector<double> net = netLoadKw(plan);
        const double cost = solver.congestionCost(net);
        if (cost < bestCost - 1e-12) {
            bestCost = cost;
            best.plan = std::move(plan);
            best.netKw = net;
            best.objective = best.plan.objective;
            best.multiplier = lambda;
            best.moved = true;
        }
        return tried;
    };
    std::optional<Tried> below, above, lowest; // the last schedules under and over the floor; the first under
    const auto attempt = [&](double lambda) {
        Tried tried = consider(solver.solve(lambda), lambda);
        const bool met = tried.valid && tried.objective >= floor;
        if (tried.valid && !met && !lowest)
            lowest = tried;
        if (tried.valid)
            (met ? above : below) = std::move(tried);
        return met;
    };
    // The least multiplier whose plan meets the floor, bracketed from the last round's when there is one.
    const double hint = options.multiplierHint;
    int steps = options.multiplierSteps;
    double lo = 0.0, hi = 0.25;
    if (hint > 0.0) {
        steps = options.refineSteps;
        if (attempt(hint)) {
            hi = hint;
            lo = 0.5 * hint;
        } else {
            lo = hint;
            hi = 2.0 * hint;
        }
    } else if (attempt(0.0)) {
        return best;
    }
    bool met = hint > 0.0 && hi == hint;
    for (int i = 0; i < 24 && !met; ++i) {
        met = attempt(hi);
        if (!met) {
            lo = hi;
            hi *= hint > 0.0 ? 2.0 : 4.0;
        }
    }
    if (!met)
        return best;
    for (int i = 0; i < steps; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (attempt(mid))
            hi = mid;
        else
            lo = mid;
    }
    // The plans on either side of the multiplier where the objective jumps across the floor are blended:
    // continuous powers mixed, whole-slot choices (appliance starts, an EV's on/off slots) from the plan
    // above. Where both make the same whole-slot choices the objective is concave along the blend, so the
    // first theta meets the floor; either way the recomputed objective decides, and `consider` adopts a
    // blend only if it costs less than the best plan so far. The same with the first plan under the floor
    // (the least congested), against the plan above and against the current plan, which meets it too.
    Tried start;
    start.schedule = solver.initial();
    start.objective = kept.objective;
    start.valid = true;
    const auto blendTowards = [&](const std::optional<Tried> &low, const Tried &high) {
        if (!low || high.objective <= low->objective)
            return;
        double theta = (high.objective - floor) / (high.objective - low->objective);
        for (int i = 0; i < 6 && theta > 1e-3; ++i, theta *= 0.5) {
            const Tried blended = consider(solver.blend(low->schedule, high.schedule, theta), hi);
            if (blended.valid && blended.objective >= floor)
                break;
        }
    };
    if (above) {
        blendTowards(below, *above);
        blendTowards(lowest, *above);
    }
    blendTowards(lowest, start);
    return best;
}

} // namespace commonwatt::coordination
