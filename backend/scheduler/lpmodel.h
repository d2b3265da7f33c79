// The scheduling problem of scheduling.md as a GLPK linear program, shared by both solvers.
// The exact solver makes the appliance starts and the EVs' on/off decisions integer (a MILP); the fast
// solver keeps the relaxation, then fixes those decisions and re-solves the remaining LP, warm-started.
#pragma once

#include "plan.h"
#include "scenario.h"

#include <string>
#include <utility>
#include <vector>

struct glp_prob;

namespace commonwatt::scheduler {

class LpModel
{
public:
    enum class Integrality
    {
        Relaxed, // appliance starts as a convex combination, EV power in [0, max]
        Integer, // binary starts and EV on/off (for glp_intopt)
    };

    LpModel(const Scenario &scenario, Integrality integrality);
    ~LpModel();
    LpModel(const LpModel &) = delete;
    LpModel &operator=(const LpModel &) = delete;

    [[nodiscard]] glp_prob *problem() const { return m_problem; }
    [[nodiscard]] const Scenario &scenario() const { return m_scenario; }

    // Feasible start slots of appliance a (empty: the appliance cannot run in the horizon).
    [[nodiscard]] const std::vector<int> &starts(int appliance) const { return m_appliances[static_cast<std::size_t>(appliance)].starts; }
    [[nodiscard]] bool evChargesIn(int ev, int slot) const;

    // Objective modes: the EVs' total shortfall first (minimise), then the plan objective (maximise) with the
    // shortfall capped at what phase one reached.
    void useShortfallObjective();
    void usePlanObjective(double shortfallCapKwh);
    // Minimise a linear cost of the site's net exchange, sum_t costPerKw[t] * (import[t] - export[t]) (one
    // entry per slot), every other column at cost 0 and the shortfall capped as usePlanObjective caps it. The
    // problem stays a maximisation: glp_get_obj_val is minus that cost. Used by the community's coordination
    // (docs/coordination.md), where the cost is the gradient of the feeder's objective.
    void useNetExchangeObjective(const std::vector<double> &costPerKw, double shortfallCapKwh);

    // The row "plan objective >= floor": usePlanObjective's coefficients with its constant part, whatever the
    // objective in use. Set again, it moves; removed, it becomes a free row (it stays in the problem, so a
    // warm basis stays valid). At most one such row.
    void setPlanObjectiveFloor(double floor);
    void removePlanObjectiveFloor();
    [[nodiscard]] bool hasPlanObjectiveFloor() const { return m_floorActive; }
    // usePlanObjective's objective (constant included) at the simplex solution, whatever the objective in
    // use.
    [[nodiscard]] double planObjectiveValue() const;

    // import[t] - export[t] of the simplex solution, per slot.
    [[nodiscard]] std::vector<double> netExchangeKw() const;
    // Fixes import to max(0, net[t]) and export to max(0, -net[t]) in every slot (a membership test: some
    // solution has that net exchange exactly when one has it without importing and exporting at once, which
    // never lowers the plan objective); release gives them their limits back. False, fixing nothing, when
    // netKw has not one entry per slot or a slot's net is beyond the site's limits (by more than 1e-9
    // relative).
    [[nodiscard]] bool fixNetExchange(const std::vector<double> &netKw);
    void releaseNetExchange();

    // An upper bound on the current objective's maximum over the LP's feasible set that does not rest on the
    // simplex's tolerances (weak duality): with the simplex solution's row duals y, the reduced costs
    // c - A'y recomputed from the matrix, every column's bounds and every row's bounds (a one-sided row, or
    // the giving column's missing upper bound, takes what its columns imply), plus a margin for the rounding
    // of these sums. Equal to the optimum up to that margin when the simplex is optimal; valid for any duals.
    [[nodiscard]] double provenObjectiveBound() const;

    // The relaxed model leaves out the batteries' time-sharing rows (charge/maxCharge + discharge/maxDischarge
    // <= 1), which rarely bind and slow the simplex; this adds the rows that the current solution breaks.
    // Returns how many were added (re-solve when any).
    int addViolatedSharingRows();

    // Fixing the integer decisions in the relaxed model.
    void fixApplianceStart(int appliance, int startSlot);
    void setEvSlotOn(int ev, int slot, bool on);
    // Back to the relaxation: the appliance's starts in [0, 1], the EV's slot power in [0, max].
    void releaseAppliance(int appliance);
    void releaseEvSlot(int ev, int slot);

    // Column values, from the simplex (Relaxed) or the MILP (Integer) solution.
    enum class Source
    {
        Simplex,
        Mip,
    };
    [[nodiscard]] double value(int column, Source source) const;
    [[nodiscard]] Plan extract(Source source) const;
    // The plan as this model's column values (index 0 unused), e.g. to offer it as a MILP's incumbent.
    [[nodiscard]] std::vector<double> columnValues(const Plan &plan) const;

    // Row dual of slot t's power balance: the objective's change per extra kW of load in slot t.
    [[nodiscard]] double balanceDual(int slot) const;
    [[nodiscard]] double applianceStartValue(int appliance, int startIndex, Source source) const;
    [[nodiscard]] double evPower(int ev, int slot, Source source) const;
    // The EV power column's reduced cost in the simplex solution: the objective's change per kW more charging.
    [[nodiscard]] double evReducedCost(int ev, int slot) const;

    [[nodiscard]] int shortfallColumn(int ev) const { return m_evs[static_cast<std::size_t>(ev)].shortfall; }

private:
    struct BatteryColumns
    {
        std::vector<int> charge, discharge, soc; // soc[t] is the state after slot t
    };
    struct EvColumns
    {
        int first = 0, last = 0; // charging slots [first, last)
        std::vector<int> power, on;  // indexed by slot - first; `on` only when Integer
        int shortfall = 0;
    };
    struct ApplianceColumns
    {
        std::vector<int> starts, columns;
    };

    void build();
    int addColumn(double lower, double upper, double objective);
    void capShortfall(double shortfallCapKwh);
    // The column's bounds, the giving columns' upper bound being what their rows imply.
    [[nodiscard]] std::pair<double, double> columnRange(int column) const;

    const Scenario &m_scenario;
    Integrality m_integrality;
    glp_prob *m_problem = nullptr;
    std::vector<int> m_import, m_export, m_pvUsed, m_giving; // 0: no column
    std::vector<int> m_balanceRow;
    std::vector<BatteryColumns> m_batteries;
    std::vector<EvColumns> m_evs;
    std::vector<ApplianceColumns> m_appliances;
    std::vector<std::vector<int>> m_thermals; // power columns in the window, 0 outside
    std::vector<double> m_planObjective;      // objective coefficient per column (index 0: constant)
    int m_shortfallRow = 0;
    int m_floorRow = 0; // 0: none yet
    bool m_floorActive = false;
    // Per column (index 0 unused): infinity, or the upper bound a giving column's rows imply.
    std::vector<double> m_impliedUpper;
};

} // namespace commonwatt::scheduler
