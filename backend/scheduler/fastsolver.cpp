#include "fastsolver.h"

#include "lpmodel.h"
#include "objective.h"
#include "siteflows.h"
#include "solverinternals.h"

#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <limits>

namespace commonwatt::scheduler {

const char *fastSolverName()
{
    return "fast: LP relaxation, rounding, dual-guided local search";
}

namespace {

constexpr int kMaxRounds = 20;
constexpr std::size_t kCandidatesPerMove = 3; // re-solves tried per appliance or EV and round

// Puts the n highest-rated (rating, choice) pairs first, best first; returns how many there are (<= n).
std::size_t keepBest(std::vector<std::pair<double, int>> &rated, std::size_t n)
{
    n = std::min(n, rated.size());
    std::partial_sort(rated.begin(), rated.begin() + static_cast<std::ptrdiff_t>(n), rated.end(),
                      [](const auto &x, const auto &y) { return x.first > y.first; });
    return n;
}

class FastSearch
{
public:
    FastSearch(const Scenario &scenario, const SolveOptions &options)
        : m_scenario(scenario)
        , m_deadline(options.timeLimitMs)
        , m_model(scenario, LpModel::Integrality::Relaxed)
        , m_warmStart(options.warmStart)
        , m_siteFlows(scenario)
    {}

    Plan run();

private:
    bool relax();
    void round();
    bool solveFixed();
    bool tryMove(const std::function<void()> &apply, const std::function<void()> &undo);
    void accept();
    [[nodiscard]] bool searchBudgetSpent() const
    {
        return std::chrono::steady_clock::now() >= m_searchEnd;
    }
    [[nodiscard]] double moveGain(const std::vector<double> &profile, int from, int to) const;
    // The duals' value of appliance a's run starting at `start`: its profile against the balance rows'
    // duals of the accepted solution (the objective's change per kW of load in each slot).
    [[nodiscard]] double dualLoadValue(std::size_t appliance, int start) const;
    bool repairRounding();
    bool improveAppliances(bool exhaustive);
    bool improveEvs();
    bool improveSwaps();
    [[nodiscard]] double objective() const { return glp_get_obj_val(m_model.problem()); }

    const Scenario &m_scenario;
    Deadline m_deadline;
    LpModel m_model;
    const Plan *m_warmStart;
    double m_shortfallCap = std::numeric_limits<double>::infinity();
    double m_bound = std::numeric_limits<double>::infinity();
    std::vector<int> m_starts;             // per appliance
    std::vector<std::vector<char>> m_evOn; // per EV and slot
    int m_resolves = 0;
    double m_accepted = 0.0; // objective of the accepted decisions
    bool m_stale = false;    // the LP's solution is of a rejected move
    std::vector<double> m_duals;
    std::vector<std::vector<double>> m_evPower, m_evReduced;
    std::vector<double> m_consumption, m_discharge; // per slot, of the accepted solution (base load included)
    SiteFlowModel m_siteFlows;
    double m_relaxMs = 0.0;
    // The local search's time: a fifth of the relaxation's, at least 8 ms (measured: more buys nothing on the
    // largest households, docs/benchmarks.md). In its first round each appliance
    // and EV still gets its best-rated move tried, however long that takes.
    std::chrono::steady_clock::time_point m_searchEnd;
    bool m_budgetHard = false; // after the first round, the budget stops every move
    bool m_timedOut = false;
};

// The relaxation, with the least EV shortfall first. False when no plan exists (or the time ran out).
bool FastSearch::relax()
{
    const bool carsWantEnergy = evsNeedEnergy(m_scenario);
    m_shortfallCap = carsWantEnergy ? 0.0 : std::numeric_limits<double>::infinity();
    m_model.usePlanObjective(m_shortfallCap);
    LpOutcome outcome = runSimplex(m_model, m_deadline, false);
    if (outcome == LpOutcome::Infeasible && carsWantEnergy) {
        m_model.useShortfallObjective();
        outcome = runSimplex(m_model, m_deadline, false);
        if (outcome == LpOutcome::Optimal) {
            m_shortfallCap = shortfallCap(-objective());
            m_model.usePlanObjective(m_shortfallCap);
            outcome = runSimplex(m_model, m_deadline, true);
        }
    }
    while (outcome == LpOutcome::Optimal && m_model.addViolatedSharingRows() > 0)
        outcome = runSimplex(m_model, m_deadline, true);
    m_timedOut = outcome == LpOutcome::TimeLimit;
    if (outcome != LpOutcome::Optimal)
        return false;
    m_bound = objective();
    return true;
}

// Whole starts and on/off slots from the relaxation (or from the previous plan, when it still fits).
void FastSearch::round()
{
    const auto source = LpModel::Source::Simplex;
    const std::size_t count = m_scenario.appliances.size();
    m_starts.assign(count, 0);
    // Appliances whose relaxed run is whole are fixed at once; the split ones one at a time, most decided
    // first, each to the best (after a re-solve) of its few heaviest starts, so the others adapt to it.
    std::vector<std::pair<double, std::size_t>> split;
    for (std::size_t a = 0; a < count; ++a) {
        const int index = static_cast<int>(a);
        const std::vector<int> &starts = m_model.starts(index);
        double best = -1.0;
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const double x = m_model.applianceStartValue(index, static_cast<int>(k), source);
            if (x > best + 1e-9) {
                best = x;
                m_starts[a] = starts[k];
            }
        }
        if (best >= 1.0 - 1e-6)
            m_model.fixApplianceStart(index, m_starts[a]);
        else
            split.emplace_back(best, a);
    }
    std::stable_sort(split.begin(), split.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    bool solved = true; // the LP's solution is the relaxation's, for the fixings so far
    for (const auto &[weight, a] : split) {
        const int index = static_cast<int>(a);
        if (!solved && !solveFixed())
            break; // repaired by the caller
        const std::vector<int> &starts = m_model.starts(index);
        std::vector<std::pair<double, int>> candidates;
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const double x = m_model.applianceStartValue(index, static_cast<int>(k), source);
            if (x > 1e-6)
                candidates.emplace_back(x, starts[k]);
        }
        if (m_warmStart != nullptr && a < m_warmStart->appliances.size()) {
            const int previous = m_warmStart->appliances[a].startSlot;
            if (std::find(starts.begin(), starts.end(), previous) != starts.end())
                candidates.emplace_back(2.0, previous); // tried first
        }
        std::stable_sort(candidates.begin(), candidates.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        if (candidates.size() > kCandidatesPerMove)
            candidates.resize(kCandidatesPerMove);
        int bestStart = m_starts[a];
        double bestObjective = -std::numeric_limits<double>::infinity();
        for (const auto &[x, start] : candidates) {
            m_model.fixApplianceStart(index, start);
            if (solveFixed() && objective() > bestObjective) {
                bestObjective = objective();
                bestStart = start;
            }
            if (m_deadline.passed())
                break;
        }
        m_starts[a] = bestStart;
        m_model.fixApplianceStart(index, bestStart);
        solved = !candidates.empty() && candidates.back().second == bestStart
            && glp_get_status(m_model.problem()) == GLP_OPT;
    }
    if (!solved)
        solveFixed();
    m_evOn.assign(m_scenario.evs.size(), std::vector<char>(static_cast<std::size_t>(m_scenario.slotCount), 0));
    for (std::size_t e = 0; e < m_scenario.evs.size(); ++e) {
        const Ev &ev = m_scenario.evs[e];
        const int index = static_cast<int>(e);
        // Slots charged at least at the minimum stay on; the energy of the slots below it goes to as few of
        // them as can carry it at the minimum power, the most charged first.
        std::vector<std::pair<double, int>> partial;
        double partialEnergy = 0.0;
        for (int t = 0; t < m_scenario.slotCount; ++t) {
            if (!m_model.evChargesIn(index, t))
                continue;
            const double power = m_model.evPower(index, t, source);
            if (ev.minChargeKw <= 0.0 || power >= ev.minChargeKw - 1e-9) {
                m_evOn[e][static_cast<std::size_t>(t)] = 1;
            } else if (power > 1e-9) {
                partial.emplace_back(power, t);
                partialEnergy += power;
            }
        }
        std::sort(partial.begin(), partial.end(), [](const auto &a, const auto &b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        const auto needed = static_cast<std::size_t>(std::ceil(partialEnergy / std::max(ev.minChargeKw, 1e-9) - 1e-9));
        for (std::size_t k = 0; k < partial.size() && k < needed; ++k)
            m_evOn[e][static_cast<std::size_t>(partial[k].second)] = 1;
        for (int t = 0; t < m_scenario.slotCount; ++t)
            if (m_model.evChargesIn(index, t))
                m_model.setEvSlotOn(index, t, m_evOn[e][static_cast<std::size_t>(t)] != 0);
    }
}

bool FastSearch::solveFixed()
{
    ++m_resolves;
    const LpOutcome outcome = runSimplex(m_model, m_deadline, true);
    m_timedOut = m_timedOut || outcome == LpOutcome::TimeLimit;
    return outcome == LpOutcome::Optimal;
}

// Applies a change and re-solves; keeps it when the objective improves. Otherwise the change is undone
// without a re-solve (the LP's solution is then stale until the next accepted move or the final re-solve).
bool FastSearch::tryMove(const std::function<void()> &apply, const std::function<void()> &undo)
{
    apply();
    if (solveFixed() && objective() > m_accepted + 1e-9 * std::max(1.0, std::abs(m_accepted))) {
        accept();
        return true;
    }
    undo();
    m_stale = true;
    return false;
}

// Remembers the current LP solution as the accepted one: its objective, duals and EV reduced costs.
void FastSearch::accept()
{
    m_accepted = objective();
    m_stale = false;
    m_duals.resize(static_cast<std::size_t>(m_scenario.slotCount));
    for (int t = 0; t < m_scenario.slotCount; ++t)
        m_duals[static_cast<std::size_t>(t)] = m_model.balanceDual(t);
    const Plan plan = m_model.extract(LpModel::Source::Simplex);
    const DeviceTotals totals = deviceTotals(m_scenario, plan);
    m_consumption = totals.consumptionKw;
    for (std::size_t t = 0; t < m_consumption.size(); ++t)
        m_consumption[t] += m_scenario.site.baseLoadKw[t];
    m_discharge = totals.dischargeKw;
    m_evPower.assign(m_scenario.evs.size(), std::vector<double>(static_cast<std::size_t>(m_scenario.slotCount), 0.0));
    m_evReduced = m_evPower;
    for (std::size_t e = 0; e < m_scenario.evs.size(); ++e) {
        for (int t = 0; t < m_scenario.slotCount; ++t) {
            if (!m_model.evChargesIn(static_cast<int>(e), t))
                continue;
            m_evPower[e][static_cast<std::size_t>(t)] = m_model.evPower(static_cast<int>(e), t, LpModel::Source::Simplex);
            m_evReduced[e][static_cast<std::size_t>(t)] = m_model.evReducedCost(static_cast<int>(e), t);
        }
    }
}

double FastSearch::dualLoadValue(std::size_t appliance, int start) const
{
    const std::vector<double> &profile = m_scenario.appliances[appliance].profileKw;
    double value = 0.0;
    for (std::size_t k = 0; k < profile.size(); ++k)
        value += profile[k] * m_duals[static_cast<std::size_t>(start) + k];
    return value;
}

// The change of the site's value when a run of `profile` moves from `from` to `to`, every other device held.
// Minus infinity when a site limit would break.
double FastSearch::moveGain(const std::vector<double> &profile, int from, int to) const
{
    const int length = static_cast<int>(profile.size());
    const int first = std::min(from, to);
    const int last = std::max(from, to) + length;
    double gain = 0.0;
    for (int t = first; t < last; ++t) {
        double delta = 0.0;
        if (t >= to && t < to + length)
            delta += profile[static_cast<std::size_t>(t - to)];
        if (t >= from && t < from + length)
            delta -= profile[static_cast<std::size_t>(t - from)];
        if (delta == 0.0)
            continue;
        const auto i = static_cast<std::size_t>(t);
        const SlotFlows before = m_siteFlows.bestFlows(t, m_consumption[i], m_discharge[i]);
        const SlotFlows after = m_siteFlows.bestFlows(t, m_consumption[i] + delta, m_discharge[i]);
        if (after.limit != SiteLimit::None)
            return -std::numeric_limits<double>::infinity();
        gain += m_siteFlows.slotValue(t, after) - m_siteFlows.slotValue(t, before);
    }
    return gain;
}

// Moves each appliance to one of the starts its duals rate best, when the re-solved LP agrees.
bool FastSearch::improveAppliances(bool exhaustive)
{
    bool improved = false;
    for (std::size_t a = 0; a < m_scenario.appliances.size() && !m_deadline.passed(); ++a) {
        const int index = static_cast<int>(a);
        const std::vector<double> &profile = m_scenario.appliances[a].profileKw;
        const std::vector<int> &starts = m_model.starts(index);
        const int current = m_starts[a];
        const double currentValue = dualLoadValue(a, current);
        // Two views of each start: the duals' linear estimate, and the exact change of the site's value with
        // every other device held where it is (which sees a PV surplus filling up, say).
        std::vector<double> dualGain(starts.size());
        std::vector<double> flowGain(starts.size());
        std::vector<std::pair<double, int>> byDuals;
        std::vector<std::pair<double, int>> byFlows;
        for (std::size_t k = 0; k < starts.size(); ++k) {
            dualGain[k] = dualLoadValue(a, starts[k]) - currentValue;
            flowGain[k] = moveGain(profile, current, starts[k]);
            if (starts[k] == current)
                continue;
            if (dualGain[k] > 1e-9)
                byDuals.emplace_back(dualGain[k], starts[k]);
            if (flowGain[k] > 1e-9)
                byFlows.emplace_back(flowGain[k], starts[k]);
        }
        // Tried in this order: the best of each view and the neighbouring starts; then, while the search's
        // time budget lasts, every other start by the two views' mean.
        std::vector<int> candidates;
        auto add = [&](int start) {
            if (start != current && std::find(candidates.begin(), candidates.end(), start) == candidates.end())
                candidates.push_back(start);
        };
        for (auto *list : {&byDuals, &byFlows}) {
            const std::size_t n = keepBest(*list, kCandidatesPerMove);
            for (std::size_t k = 0; k < n; ++k)
                add((*list)[k].second);
        }
        for (int offset : {-1, 1, -2, 2})
            if (std::find(starts.begin(), starts.end(), current + offset) != starts.end())
                add(current + offset);
        if (exhaustive) {
            std::vector<std::pair<double, int>> rest;
            for (std::size_t k = 0; k < starts.size(); ++k)
                rest.emplace_back(0.5 * dualGain[k] + 0.5 * (std::isfinite(flowGain[k]) ? flowGain[k] : -1e9),
                                  starts[k]);
            std::stable_sort(rest.begin(), rest.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
            for (const auto &[score, start] : rest)
                add(start);
        }
        for (std::size_t k = 0; k < candidates.size() && !m_deadline.passed(); ++k) {
            if (searchBudgetSpent() && (k >= 1 || m_budgetHard))
                break;
            const int start = candidates[k];
            if (tryMove([&] { m_model.fixApplianceStart(index, start); },
                        [&] { m_model.fixApplianceStart(index, current); })) {
                m_starts[a] = start;
                improved = true;
                break;
            }
        }
    }
    return improved;
}

// Two appliances trade places (each to its feasible start nearest the other's): the move that single moves
// cannot make when both want the same cheap hours. Pairs are tried by the duals' estimate, best first.
bool FastSearch::improveSwaps()
{
    const std::size_t count = m_scenario.appliances.size();
    auto nearest = [&](std::size_t a, int target) {
        const std::vector<int> &starts = m_model.starts(static_cast<int>(a));
        int best = m_starts[a];
        for (int start : starts)
            if (std::abs(start - target) < std::abs(best - target))
                best = start;
        return best;
    };
    struct Swap
    {
        double estimate;
        std::size_t a, b;
        int startA, startB;
    };
    std::vector<Swap> swaps;
    for (std::size_t a = 0; a < count; ++a) {
        for (std::size_t b = a + 1; b < count; ++b) {
            const int startA = nearest(a, m_starts[b]);
            const int startB = nearest(b, m_starts[a]);
            if (startA == m_starts[a] || startB == m_starts[b])
                continue;
            const double estimate = dualLoadValue(a, startA) - dualLoadValue(a, m_starts[a])
                + dualLoadValue(b, startB) - dualLoadValue(b, m_starts[b]);
            swaps.push_back({estimate, a, b, startA, startB});
        }
    }
    std::stable_sort(swaps.begin(), swaps.end(), [](const Swap &x, const Swap &y) { return x.estimate > y.estimate; });
    bool improved = false;
    for (const Swap &swap : swaps) {
        if (m_deadline.passed() || searchBudgetSpent())
            break;
        const int oldA = m_starts[swap.a];
        const int oldB = m_starts[swap.b];
        if (oldA == swap.startA || oldB == swap.startB)
            continue; // one of them moved already this round
        const int a = static_cast<int>(swap.a);
        const int b = static_cast<int>(swap.b);
        if (tryMove(
                [&] {
                    m_model.fixApplianceStart(a, swap.startA);
                    m_model.fixApplianceStart(b, swap.startB);
                },
                [&] {
                    m_model.fixApplianceStart(a, oldA);
                    m_model.fixApplianceStart(b, oldB);
                })) {
            m_starts[swap.a] = swap.startA;
            m_starts[swap.b] = swap.startB;
            improved = true;
        }
    }
    return improved;
}

// Switches EV slots on where the reduced cost says charging there pays, and off where the minimum power
// is forced against the objective.
bool FastSearch::improveEvs()
{
    bool improved = false;
    for (std::size_t e = 0; e < m_scenario.evs.size() && !m_deadline.passed(); ++e) {
        const Ev &ev = m_scenario.evs[e];
        if (ev.minChargeKw <= 0.0)
            continue;
        const int index = static_cast<int>(e);
        std::vector<std::pair<double, int>> candidates;
        for (int t = 0; t < m_scenario.slotCount; ++t) {
            if (!m_model.evChargesIn(index, t))
                continue;
            const double power = m_evPower[e][static_cast<std::size_t>(t)];
            const double reduced = m_evReduced[e][static_cast<std::size_t>(t)];
            double gain = 0.0;
            if (!m_evOn[e][static_cast<std::size_t>(t)])
                gain = reduced * ev.minChargeKw;
            else if (power <= ev.minChargeKw + 1e-9)
                gain = -reduced * ev.minChargeKw;
            if (gain > 1e-9)
                candidates.emplace_back(gain, t);
        }
        const std::size_t tries = keepBest(candidates, kCandidatesPerMove);
        for (std::size_t k = 0; k < tries && !m_deadline.passed(); ++k) {
            if (searchBudgetSpent() && (k >= 1 || m_budgetHard))
                break;
            const int slot = candidates[k].second;
            const bool on = !m_evOn[e][static_cast<std::size_t>(slot)];
            if (tryMove([&] { m_model.setEvSlotOn(index, slot, on); },
                        [&] { m_model.setEvSlotOn(index, slot, !on); })) {
                m_evOn[e][static_cast<std::size_t>(slot)] = on ? 1 : 0;
                improved = true;
                break;
            }
        }
    }
    return improved;
}

// When the rounded decisions break the site's limits: back to the relaxation, then fix one appliance at a
// time, each to the first of its starts (by relaxed weight) that leaves the LP feasible, then the EVs.
bool FastSearch::repairRounding()
{
    for (std::size_t a = 0; a < m_scenario.appliances.size(); ++a)
        m_model.releaseAppliance(static_cast<int>(a));
    for (std::size_t e = 0; e < m_scenario.evs.size(); ++e)
        for (int t = 0; t < m_scenario.slotCount; ++t)
            m_model.releaseEvSlot(static_cast<int>(e), t);
    if (!solveFixed())
        return false;
    for (std::size_t a = 0; a < m_scenario.appliances.size() && !m_deadline.passed(); ++a) {
        const int index = static_cast<int>(a);
        const std::vector<int> &starts = m_model.starts(index);
        std::vector<std::pair<double, int>> order;
        for (std::size_t k = 0; k < starts.size(); ++k)
            order.emplace_back(m_model.applianceStartValue(index, static_cast<int>(k), LpModel::Source::Simplex), starts[k]);
        std::stable_sort(order.begin(), order.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        bool placed = false;
        for (const auto &[weight, start] : order) {
            m_model.fixApplianceStart(index, start);
            if (solveFixed()) {
                m_starts[a] = start;
                placed = true;
                break;
            }
            if (m_deadline.passed())
                break;
        }
        if (!placed)
            return false;
    }
    for (std::size_t e = 0; e < m_scenario.evs.size() && !m_deadline.passed(); ++e) {
        const Ev &ev = m_scenario.evs[e];
        const int index = static_cast<int>(e);
        if (ev.minChargeKw <= 0.0) {
            for (int t = 0; t < m_scenario.slotCount; ++t)
                m_evOn[e][static_cast<std::size_t>(t)] = m_model.evChargesIn(index, t) ? 1 : 0;
            continue;
        }
        // Slots by relaxed power: switch them on one by one (the rest off) until the LP is feasible.
        std::vector<std::pair<double, int>> order;
        for (int t = 0; t < m_scenario.slotCount; ++t)
            if (m_model.evChargesIn(index, t))
                order.emplace_back(m_model.evPower(index, t, LpModel::Source::Simplex), t);
        std::stable_sort(order.begin(), order.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        std::fill(m_evOn[e].begin(), m_evOn[e].end(), 0);
        std::size_t on = 0;
        while (on < order.size() && order[on].first >= ev.minChargeKw - 1e-9)
            m_evOn[e][static_cast<std::size_t>(order[on++].second)] = 1;
        for (const auto &[power, slot] : order)
            m_model.setEvSlotOn(index, slot, m_evOn[e][static_cast<std::size_t>(slot)] != 0);
        while (!solveFixed() && on < order.size() && !m_deadline.passed()) {
            m_evOn[e][static_cast<std::size_t>(order[on].second)] = 1;
            m_model.setEvSlotOn(index, order[on++].second, true);
        }
    }
    return glp_get_status(m_model.problem()) == GLP_OPT;
}

Plan FastSearch::run()
{
    const auto t0 = std::chrono::steady_clock::now();
    const bool relaxed = relax();
    m_relaxMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (!relaxed) {
        if (m_timedOut)
            return timeLimitPlan(m_scenario, fastSolverName());
        return siteInfeasiblePlan(m_scenario, fastSolverName());
    }
    round();
    if (!solveFixed() && !repairRounding()) {
        // The least EV shortfall of the relaxation may need more once the car charges in whole slots.
        m_model.useShortfallObjective();
        if (solveFixed()) {
            m_model.usePlanObjective(shortfallCap(-objective()));
            solveFixed();
        }
        if (glp_get_status(m_model.problem()) != GLP_OPT) {
            if (m_timedOut)
                return timeLimitPlan(m_scenario, fastSolverName());
            return siteInfeasiblePlan(m_scenario, fastSolverName());
        }
    }
    accept();
    m_searchEnd = std::chrono::steady_clock::now()
        + std::chrono::microseconds(static_cast<std::int64_t>(1000.0 * std::max(8.0, 0.2 * m_relaxMs)));
    int rounds = 0;
    while (rounds < kMaxRounds && !m_deadline.passed() && !provedOptimal(m_accepted, m_bound)) {
        ++rounds;
        const bool appliancesMoved = improveAppliances(false);
        const bool evsMoved = improveEvs();
        const bool swapped = improveSwaps();
        m_budgetHard = true;
        if (!appliancesMoved && !evsMoved && !swapped && (searchBudgetSpent() || !improveAppliances(true)))
            break;
    }

    if (m_stale)
        solveFixed(); // back to the accepted decisions
    while (m_model.addViolatedSharingRows() > 0 && solveFixed()) {
    }
    if (glp_get_status(m_model.problem()) != GLP_OPT)
        return siteInfeasiblePlan(m_scenario, fastSolverName());

    Plan plan = m_model.extract(LpModel::Source::Simplex);
    plan.solver = fastSolverName();
    std::string reason;
    if (!finalisePlan(m_scenario, plan, &reason))
        return infeasiblePlan(m_scenario, fastSolverName(), reason);
    plan.status = provedOptimal(plan.objective, m_bound) ? PlanStatus::Optimal : PlanStatus::Feasible;
    plan.info.emplace_back("bound", m_bound);
    plan.info.emplace_back("resolves", m_resolves);
    plan.info.emplace_back("rounds", rounds);
    plan.info.emplace_back("relaxationMs", m_relaxMs);
    return plan;
}

} // namespace

Plan solveFast(const Scenario &scenario, const SolveOptions &options)
{
    FastSearch search(scenario, options);
    return search.run();
}

} // namespace commonwatt::scheduler
