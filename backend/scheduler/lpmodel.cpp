#include "lpmodel.h"

#include "objective.h"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace commonwatt::scheduler {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Builder
{
    std::vector<double> colLower{0.0}, colUpper{0.0}, colObjective{0.0};
    std::vector<int> colKind{GLP_CV};
    std::vector<int> rowType{0};
    std::vector<double> rowLower{0.0}, rowUpper{0.0};
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};

    int column(double lower, double upper, double objective, int kind = GLP_CV)
    {
        colLower.push_back(lower);
        colUpper.push_back(upper);
        colObjective.push_back(objective);
        colKind.push_back(kind);
        return static_cast<int>(colLower.size()) - 1;
    }
    int row(int type, double lower, double upper)
    {
        rowType.push_back(type);
        rowLower.push_back(lower);
        rowUpper.push_back(upper);
        return static_cast<int>(rowType.size()) - 1;
    }
    void entry(int r, int c, double value)
    {
        if (value == 0.0 || c == 0)
            return;
        ia.push_back(r);
        ja.push_back(c);
        ar.push_back(value);
    }
};

int boundType(double lower, double upper)
{
    if (lower == upper)
        return GLP_FX;
    if (std::isinf(upper))
        return std::isinf(lower) ? GLP_FR : GLP_LO;
    return std::isinf(lower) ? GLP_UP : GLP_DB;
}

} // namespace

LpModel::LpModel(const Scenario &scenario, Integrality integrality)
    : m_scenario(scenario)
    , m_integrality(integrality)
{
    build();
}

LpModel::~LpModel()
{
    if (m_problem != nullptr)
        glp_delete_prob(m_problem);
}

void LpModel::build()
{
    const Scenario &s = m_scenario;
    const int slots = s.slotCount;
    const double dt = s.dt();
    const std::vector<double> w = gridWeights(s);
    const double wc = s.weights.credits;
    const double wm = s.weights.money;
    const double fee = s.currency.exportFee;
    const bool integer = m_integrality == Integrality::Integer;
    Builder b;

    m_import.assign(static_cast<std::size_t>(slots), 0);
    m_export.assign(static_cast<std::size_t>(slots), 0);
    m_pvUsed.assign(static_cast<std::size_t>(slots), 0);
    m_giving.assign(static_cast<std::size_t>(slots), 0);
    m_balanceRow.assign(static_cast<std::size_t>(slots), 0);

    double constant = 0.0;
    std::vector<std::pair<int, double>> givingUpper; // (column, upper bound its rows imply)
    for (int t = 0; t < slots; ++t) {
        const auto i = static_cast<std::size_t>(t);
        const double rate = s.gridSignals.eventRate[i];
        constant += wc * dt * rate * s.gridSignals.eventBaselineKw[i];
        m_import[i] = b.column(0.0, s.site.importLimitKw,
                               -dt * (wc * (w[i] + rate) + wm * s.gridSignals.priceImport[i]));
        m_export[i] = b.column(0.0, s.site.exportLimitKw, dt * (wc * rate + wm * s.gridSignals.priceExport[i]));
        if (s.site.pvKw[i] > 0.0)
            m_pvUsed[i] = b.column(0.0, s.site.pvKw[i], 0.0);
        m_balanceRow[i] = b.row(GLP_FX, s.site.baseLoadKw[i], s.site.baseLoadKw[i]);
        b.entry(m_balanceRow[i], m_pvUsed[i], 1.0);
        b.entry(m_balanceRow[i], m_import[i], 1.0);
        b.entry(m_balanceRow[i], m_export[i], -1.0);
        const double givingValue = wc * dt * w[i] * (1.0 - fee);
        if (m_pvUsed[i] != 0 && s.site.exportLimitKw > 0.0 && givingValue > 0.0) {
            m_giving[i] = b.column(0.0, kInfinity, givingValue);
            givingUpper.emplace_back(m_giving[i], std::min(s.site.pvKw[i], s.site.exportLimitKw));
            const int capExport = b.row(GLP_UP, -kInfinity, 0.0);
            b.entry(capExport, m_giving[i], 1.0);
            b.entry(capExport, m_export[i], -1.0);
            const int capPv = b.row(GLP_UP, -kInfinity, 0.0);
            b.entry(capPv, m_giving[i], 1.0);
            b.entry(capPv, m_pvUsed[i], -1.0);
        }
    }

    for (const Battery &battery : s.batteries) {
        BatteryColumns columns;
        const double wear = -dt * battery.cycleCostPerKwh;
        double previousSoc = battery.socKwh;
        int previousColumn = 0;
        for (int t = 0; t < slots; ++t) {
            const int charge = b.column(0.0, battery.maxChargeKw, wear);
            const int discharge = b.column(0.0, battery.maxDischargeKw, wear);
            double lower = battery.minSocKwh;
            if (t == slots - 1 && battery.finalSocKwhMin)
                lower = std::max(lower, *battery.finalSocKwhMin);
            const int soc = b.column(lower, std::max(lower, battery.maxSocKwh), 0.0);
            // soc[t] - soc[t-1] - eta_c*dt*charge + dt/eta_d*discharge = 0 (soc[-1] is the initial state)
            const int dynamics = b.row(GLP_FX, previousColumn == 0 ? previousSoc : 0.0,
                                       previousColumn == 0 ? previousSoc : 0.0);
            b.entry(dynamics, soc, 1.0);
            b.entry(dynamics, previousColumn, -1.0);
            b.entry(dynamics, charge, -battery.chargeEfficiency * dt);
            b.entry(dynamics, discharge, dt / battery.dischargeEfficiency);
            if (battery.maxChargeKw > 0.0 && battery.maxDischargeKw > 0.0 && integer) {
                const int sharing = b.row(GLP_UP, -kInfinity, 1.0);
                b.entry(sharing, charge, 1.0 / battery.maxChargeKw);
                b.entry(sharing, discharge, 1.0 / battery.maxDischargeKw);
            }
            const int balance = m_balanceRow[static_cast<std::size_t>(t)];
            b.entry(balance, discharge, 1.0);
            b.entry(balance, charge, -1.0);
            columns.charge.push_back(charge);
            columns.discharge.push_back(discharge);
            columns.soc.push_back(soc);
            previousColumn = soc;
            previousSoc = 0.0;
        }
        m_batteries.push_back(std::move(columns));
    }

    for (const Ev &ev : s.evs) {
        EvColumns columns;
        columns.first = s.clampSlot(ev.arrivalSlot);
        columns.last = s.clampSlot(ev.departureSlot);
        const double need = std::max(0.0, ev.targetSocKwh - ev.socKwh);
        columns.shortfall = b.column(0.0, need, 0.0);
        const int energy = b.row(GLP_LO, need, kInfinity);
        const int capacity = b.row(GLP_UP, -kInfinity, std::max(0.0, ev.capacityKwh - ev.socKwh));
        b.entry(energy, columns.shortfall, 1.0);
        for (int t = columns.first; t < columns.last; ++t) {
            const int power = b.column(0.0, ev.maxChargeKw, 0.0);
            columns.power.push_back(power);
            b.entry(energy, power, ev.chargeEfficiency * dt);
            b.entry(capacity, power, ev.chargeEfficiency * dt);
            b.entry(m_balanceRow[static_cast<std::size_t>(t)], power, -1.0);
            if (integer && ev.minChargeKw > 0.0) {
                const int on = b.column(0.0, 1.0, 0.0, GLP_BV);
                columns.on.push_back(on);
                const int upper = b.row(GLP_UP, -kInfinity, 0.0);
                b.entry(upper, power, 1.0);
                b.entry(upper, on, -ev.maxChargeKw);
                const int lower = b.row(GLP_LO, 0.0, kInfinity);
                b.entry(lower, power, 1.0);
                b.entry(lower, on, -ev.minChargeKw);
            }
        }
        m_evs.push_back(std::move(columns));
    }

    for (const Appliance &appliance : s.appliances) {
        ApplianceColumns columns;
        const auto length = static_cast<std::int64_t>(appliance.profileKw.size());
        const std::int64_t firstStart = std::max<std::int64_t>(0, appliance.earliestStartSlot);
        const std::int64_t lastStart = std::min<std::int64_t>(appliance.latestEndSlot, slots) - length;
        const int choose = b.row(GLP_FX, 1.0, 1.0);
        for (std::int64_t start = firstStart; start <= lastStart; ++start) {
            const int column = b.column(0.0, 1.0, 0.0, integer ? GLP_BV : GLP_CV);
            b.entry(choose, column, 1.0);
            for (std::int64_t k = 0; k < length; ++k)
                b.entry(m_balanceRow[static_cast<std::size_t>(start + k)], column,
                        -appliance.profileKw[static_cast<std::size_t>(k)]);
            columns.starts.push_back(static_cast<int>(start));
            columns.columns.push_back(column);
        }
        m_appliances.push_back(std::move(columns));
    }

    for (const Thermal &thermal : s.thermals) {
        std::vector<int> columns(static_cast<std::size_t>(slots), 0);
        const int energy = b.row(GLP_FX, thermal.energyKwh, thermal.energyKwh);
        for (int t = s.clampSlot(thermal.windowStartSlot); t < s.clampSlot(thermal.windowEndSlot); ++t) {
            const int power = b.column(0.0, thermal.maxKw, 0.0);
            columns[static_cast<std::size_t>(t)] = power;
            b.entry(energy, power, dt);
            b.entry(m_balanceRow[static_cast<std::size_t>(t)], power, -1.0);
        }
        m_thermals.push_back(std::move(columns));
    }

    std::vector<int> shortfalls;
    for (const EvColumns &ev : m_evs)
        shortfalls.push_back(ev.shortfall);
    if (!shortfalls.empty()) {
        m_shortfallRow = b.row(GLP_UP, -kInfinity, kInfinity);
        for (int column : shortfalls)
            b.entry(m_shortfallRow, column, 1.0);
    }

    m_problem = glp_create_prob();
    glp_set_obj_dir(m_problem, GLP_MAX);
    const int rows = static_cast<int>(b.rowType.size()) - 1;
    const int columns = static_cast<int>(b.colLower.size()) - 1;
    glp_add_rows(m_problem, rows);
    glp_add_cols(m_problem, columns);
    for (int r = 1; r <= rows; ++r) {
        const auto i = static_cast<std::size_t>(r);
        const int type = b.rowType[i] == GLP_FX ? GLP_FX : boundType(b.rowLower[i], b.rowUpper[i]);
        glp_set_row_bnds(m_problem, r, type, std::isinf(b.rowLower[i]) ? 0.0 : b.rowLower[i],
                         std::isinf(b.rowUpper[i]) ? 0.0 : b.rowUpper[i]);
    }
    for (int c = 1; c <= columns; ++c) {
        const auto i = static_cast<std::size_t>(c);
        if (b.colKind[i] != GLP_CV)
            glp_set_col_kind(m_problem, c, b.colKind[i]);
        else
            glp_set_col_bnds(m_problem, c, boundType(b.colLower[i], b.colUpper[i]), b.colLower[i],
                             std::isinf(b.colUpper[i]) ? 0.0 : b.colUpper[i]);
    }
    glp_load_matrix(m_problem, static_cast<int>(b.ia.size()) - 1, b.ia.data(), b.ja.data(), b.ar.data());
    b.colObjective[0] = constant;
    m_planObjective = std::move(b.colObjective);
    m_impliedUpper.assign(m_planObjective.size(), kInfinity);
    for (const auto &[column, upper] : givingUpper)
        m_impliedUpper[static_cast<std::size_t>(column)] = upper;
    usePlanObjective(kInfinity);
}

bool LpModel::evChargesIn(int ev, int slot) const
{
    const EvColumns &columns = m_evs[static_cast<std::size_t>(ev)];
    return slot >= columns.first && slot < columns.last;
}

void LpModel::useShortfallObjective()
{
    for (std::size_t c = 0; c < m_planObjective.size(); ++c)
        glp_set_obj_coef(m_problem, static_cast<int>(c), 0.0);
    for (const EvColumns &ev : m_evs)
        glp_set_obj_coef(m_problem, ev.shortfall, -1.0);
    if (m_shortfallRow != 0)
        glp_set_row_bnds(m_problem, m_shortfallRow, GLP_FR, 0.0, 0.0);
}

void LpModel::usePlanObjective(double shortfallCapKwh)
{
    for (std::size_t c = 0; c < m_planObjective.size(); ++c)
        glp_set_obj_coef(m_problem, static_cast<int>(c), m_planObjective[c]);
    capShortfall(shortfallCapKwh);
}

void LpModel::capShortfall(double shortfallCapKwh)
{
    if (m_shortfallRow != 0) {
        if (std::isinf(shortfallCapKwh))
            glp_set_row_bnds(m_problem, m_shortfallRow, GLP_FR, 0.0, 0.0);
        else
            glp_set_row_bnds(m_problem, m_shortfallRow, GLP_UP, 0.0, std::max(0.0, shortfallCapKwh));
    }
}

void LpModel::useNetExchangeObjective(const std::vector<double> &costPerKw, double shortfallCapKwh)
{
    for (std::size_t c = 0; c < m_planObjective.size(); ++c)
        glp_set_obj_coef(m_problem, static_cast<int>(c), 0.0);
    for (std::size_t t = 0; t < m_import.size() && t < costPerKw.size(); ++t) {
        glp_set_obj_coef(m_problem, m_import[t], -costPerKw[t]);
        glp_set_obj_coef(m_problem, m_export[t], costPerKw[t]);
    }
    capShortfall(shortfallCapKwh);
}

void LpModel::setPlanObjectiveFloor(double floor)
{
    if (m_floorRow == 0) {
        std::vector<int> index{0};
        std::vector<double> values{0.0};
        for (std::size_t c = 1; c < m_planObjective.size(); ++c) {
            if (m_planObjective[c] != 0.0) {
                index.push_back(static_cast<int>(c));
                values.push_back(m_planObjective[c]);
            }
        }
        m_floorRow = glp_add_rows(m_problem, 1);
        glp_set_mat_row(m_problem, m_floorRow, static_cast<int>(index.size()) - 1, index.data(),
                        values.data());
    }
    glp_set_row_bnds(m_problem, m_floorRow, GLP_LO, floor - m_planObjective[0], 0.0);
    m_floorActive = true;
}

void LpModel::removePlanObjectiveFloor()
{
    if (m_floorRow != 0)
        glp_set_row_bnds(m_problem, m_floorRow, GLP_FR, 0.0, 0.0);
    m_floorActive = false;
}

double LpModel::planObjectiveValue() const
{
    double value = m_planObjective[0];
    for (std::size_t c = 1; c < m_planObjective.size(); ++c)
        if (m_planObjective[c] != 0.0)
            value += m_planObjective[c] * glp_get_col_prim(m_problem, static_cast<int>(c));
    return value;
}

std::vector<double> LpModel::netExchangeKw() const
{
    std::vector<double> net(m_import.size());
    for (std::size_t t = 0; t < net.size(); ++t)
        net[t] = glp_get_col_prim(m_problem, m_import[t]) - glp_get_col_prim(m_problem, m_export[t]);
    return net;
}

bool LpModel::fixNetExchange(const std::vector<double> &netKw)
{
    const double importLimit = m_scenario.site.importLimitKw;
    const double exportLimit = m_scenario.site.exportLimitKw;
    auto within = [](double value, double limit) { return value <= limit * (1.0 + 1e-9) + 1e-9; };
    for (std::size_t t = 0; t < m_import.size(); ++t)
        if (t >= netKw.size() || !std::isfinite(netKw[t]) || !within(netKw[t], importLimit) ||
            !within(-netKw[t], exportLimit))
            return false;
    for (std::size_t t = 0; t < m_import.size(); ++t) {
        const double imported = std::clamp(netKw[t], 0.0, importLimit);
        const double exported = std::clamp(-netKw[t], 0.0, exportLimit);
        glp_set_col_bnds(m_problem, m_import[t], GLP_FX, imported, imported);
        glp_set_col_bnds(m_problem, m_export[t], GLP_FX, exported, exported);
    }
    return true;
}

void LpModel::releaseNetExchange()
{
    const double importLimit = m_scenario.site.importLimitKw;
    const double exportLimit = m_scenario.site.exportLimitKw;
    for (std::size_t t = 0; t < m_import.size(); ++t) {
        glp_set_col_bnds(m_problem, m_import[t], boundType(0.0, importLimit), 0.0, importLimit);
        glp_set_col_bnds(m_problem, m_export[t], boundType(0.0, exportLimit), 0.0, exportLimit);
    }
}

std::pair<double, double> LpModel::columnRange(int column) const
{
    const int type = glp_get_col_type(m_problem, column);
    const double lower = type == GLP_FR || type == GLP_UP ? -kInfinity : glp_get_col_lb(m_problem, column);
    const double upper = type == GLP_FR || type == GLP_LO ? kInfinity : glp_get_col_ub(m_problem, column);
    return {lower, std::min(upper, m_impliedUpper[static_cast<std::size_t>(column)])};
}

double LpModel::provenObjectiveBound() const
{
    // For any row multipliers y and every feasible x, with r = Ax the row activities:
    //   c0 + c'x = c0 + (c - A'y)'x + y'r <= c0 + sum_j max_{x_j} d_j x_j + sum_i max_{r_i} y_i r_i.
    // The simplex's duals make this the optimum; any error in them only loosens it.
    const int rows = glp_get_num_rows(m_problem);
    const int columns = glp_get_num_cols(m_problem);
    const auto rowCount = static_cast<std::size_t>(rows) + 1;
    std::vector<int> index(rowCount);
    std::vector<double> value(rowCount);
    std::vector<double> dual(rowCount), low(rowCount, 0.0), high(rowCount, 0.0), spread(rowCount, 0.0);
    std::vector<int> length(rowCount, 0);
    for (int i = 1; i <= rows; ++i)
        dual[static_cast<std::size_t>(i)] = glp_get_row_dual(m_problem, i);

    constexpr double eps = std::numeric_limits<double>::epsilon();
    double bound = glp_get_obj_coef(m_problem, 0);
    double magnitude = std::fabs(bound); // sum of |terms|, for the rounding margin
    int longest = 0;
    for (int j = 1; j <= columns; ++j) {
        const auto [lower, upper] = columnRange(j);
        const int count = glp_get_mat_col(m_problem, j, index.data(), value.data());
        longest = std::max(longest, count);
        double reduced = glp_get_obj_coef(m_problem, j);
        double reducedMagnitude = std::fabs(reduced);
        for (int k = 1; k <= count; ++k) {
            const auto i = static_cast<std::size_t>(index[static_cast<std::size_t>(k)]);
            const double a = value[static_cast<std::size_t>(k)];
            reduced -= a * dual[i];
            reducedMagnitude += std::fabs(a * dual[i]);
            // The row's activity range implied by its columns' ranges (infinite when one is).
            low[i] += std::min(a * lower, a * upper);
            high[i] += std::max(a * lower, a * upper);
            spread[i] += std::max(std::fabs(a * lower), std::fabs(a * upper));
            ++length[i];
        }
        if (reduced != 0.0) {
            const double term = std::max(reduced * lower, reduced * upper);
            bound += term;
        }
        const double reach = std::max(std::fabs(lower), std::fabs(upper));
        if (reducedMagnitude != 0.0)
            magnitude += reducedMagnitude * reach;
    }
    for (int r = 1; r <= rows; ++r) {
        const auto i = static_cast<std::size_t>(r);
        if (dual[i] == 0.0)
            continue;
        // Widen the implied range by its own rounding, then intersect it with the row's bounds.
        const double slack = (length[i] + 2) * eps * spread[i];
        double lower = low[i] - slack;
        double upper = high[i] + slack;
        const int type = glp_get_row_type(m_problem, r);
        if (type == GLP_LO || type == GLP_DB || type == GLP_FX)
            lower = std::max(lower, glp_get_row_lb(m_problem, r));
        if (type == GLP_UP || type == GLP_DB || type == GLP_FX)
            upper = std::min(upper, glp_get_row_ub(m_problem, r));
        bound += std::max(dual[i] * lower, dual[i] * upper);
        magnitude += std::fabs(dual[i]) * std::max(std::fabs(lower), std::fabs(upper));
        longest = std::max(longest, length[i]);
    }
    // Each sum above is within (terms + 2) * eps * sum|terms| of its exact value.
    return bound + (rows + columns + longest + 4) * eps * magnitude;
}

void LpModel::fixApplianceStart(int appliance, int startSlot)
{
    const ApplianceColumns &columns = m_appliances[static_cast<std::size_t>(appliance)];
    for (std::size_t k = 0; k < columns.starts.size(); ++k) {
        const double value = columns.starts[k] == startSlot ? 1.0 : 0.0;
        glp_set_col_bnds(m_problem, columns.columns[k], GLP_FX, value, value);
    }
}

void LpModel::setEvSlotOn(int ev, int slot, bool on)
{
    const EvColumns &columns = m_evs[static_cast<std::size_t>(ev)];
    if (slot < columns.first || slot >= columns.last)
        return;
    const int column = columns.power[static_cast<std::size_t>(slot - columns.first)];
    const Ev &car = m_scenario.evs[static_cast<std::size_t>(ev)];
    if (on && car.maxChargeKw > 0.0)
        glp_set_col_bnds(m_problem, column, car.minChargeKw < car.maxChargeKw ? GLP_DB : GLP_FX,
                         car.minChargeKw, car.maxChargeKw);
    else
        glp_set_col_bnds(m_problem, column, GLP_FX, 0.0, 0.0);
}

void LpModel::releaseAppliance(int appliance)
{
    for (int column : m_appliances[static_cast<std::size_t>(appliance)].columns)
        glp_set_col_bnds(m_problem, column, GLP_DB, 0.0, 1.0);
}

void LpModel::releaseEvSlot(int ev, int slot)
{
    const EvColumns &columns = m_evs[static_cast<std::size_t>(ev)];
    if (slot < columns.first || slot >= columns.last)
        return;
    const double maxKw = m_scenario.evs[static_cast<std::size_t>(ev)].maxChargeKw;
    glp_set_col_bnds(m_problem, columns.power[static_cast<std::size_t>(slot - columns.first)],
                     maxKw > 0.0 ? GLP_DB : GLP_FX, 0.0, maxKw);
}

double LpModel::value(int column, Source source) const
{
    if (column == 0)
        return 0.0;
    return source == Source::Simplex ? glp_get_col_prim(m_problem, column) : glp_mip_col_val(m_problem, column);
}

double LpModel::balanceDual(int slot) const
{
    return glp_get_row_dual(m_problem, m_balanceRow[static_cast<std::size_t>(slot)]);
}

double LpModel::applianceStartValue(int appliance, int startIndex, Source source) const
{
    return value(m_appliances[static_cast<std::size_t>(appliance)].columns[static_cast<std::size_t>(startIndex)],
                 source);
}

double LpModel::evPower(int ev, int slot, Source source) const
{
    const EvColumns &columns = m_evs[static_cast<std::size_t>(ev)];
    if (slot < columns.first || slot >= columns.last)
        return 0.0;
    return value(columns.power[static_cast<std::size_t>(slot - columns.first)], source);
}

int LpModel::addViolatedSharingRows()
{
    int added = 0;
    for (std::size_t i = 0; i < m_batteries.size(); ++i) {
        const Battery &battery = m_scenario.batteries[i];
        if (battery.maxChargeKw <= 0.0 || battery.maxDischargeKw <= 0.0 || m_integrality == Integrality::Integer)
            continue;
        BatteryColumns &columns = m_batteries[i];
        for (std::size_t t = 0; t < columns.charge.size(); ++t) {
            const double share = glp_get_col_prim(m_problem, columns.charge[t]) / battery.maxChargeKw
                + glp_get_col_prim(m_problem, columns.discharge[t]) / battery.maxDischargeKw;
            if (share <= 1.0 + 1e-9)
                continue;
            const int row = glp_add_rows(m_problem, 1);
            const int index[3] = {0, columns.charge[t], columns.discharge[t]};
            const double values[3] = {0.0, 1.0 / battery.maxChargeKw, 1.0 / battery.maxDischargeKw};
            glp_set_mat_row(m_problem, row, 2, index, values);
            glp_set_row_bnds(m_problem, row, GLP_UP, 0.0, 1.0);
            ++added;
        }
    }
    return added;
}

double LpModel::evReducedCost(int ev, int slot) const
{
    const EvColumns &columns = m_evs[static_cast<std::size_t>(ev)];
    if (slot < columns.first || slot >= columns.last)
        return 0.0;
    return glp_get_col_dual(m_problem, columns.power[static_cast<std::size_t>(slot - columns.first)]);
}

namespace {

// Solver noise (1e-12 below a bound) must not reach the plan: clamp into [lower, upper].
double clamp(double value, double lower, double upper)
{
    return std::min(std::max(value, lower), upper);
}

} // namespace

std::vector<double> LpModel::columnValues(const Plan &plan) const
{
    const Scenario &s = m_scenario;
    std::vector<double> x(static_cast<std::size_t>(glp_get_num_cols(m_problem)) + 1, 0.0);
    auto set = [&](int column, double value) {
        if (column != 0)
            x[static_cast<std::size_t>(column)] = value;
    };
    for (std::size_t t = 0; t < static_cast<std::size_t>(s.slotCount); ++t) {
        set(m_import[t], plan.importKw[t]);
        set(m_export[t], plan.exportKw[t]);
        set(m_pvUsed[t], plan.pvUsedKw[t]);
        set(m_giving[t], std::min(plan.exportKw[t], plan.pvUsedKw[t]));
    }
    for (std::size_t i = 0; i < m_batteries.size(); ++i) {
        for (std::size_t t = 0; t < m_batteries[i].charge.size(); ++t) {
            set(m_batteries[i].charge[t], plan.batteries[i].chargeKw[t]);
            set(m_batteries[i].discharge[t], plan.batteries[i].dischargeKw[t]);
            set(m_batteries[i].soc[t], plan.batteries[i].socKwh[t + 1]);
        }
    }
    for (std::size_t i = 0; i < m_evs.size(); ++i) {
        const EvColumns &columns = m_evs[i];
        set(columns.shortfall, plan.evs[i].shortfallKwh);
        for (int t = columns.first; t < columns.last; ++t) {
            const auto k = static_cast<std::size_t>(t - columns.first);
            const double power = plan.evs[i].chargeKw[static_cast<std::size_t>(t)];
            set(columns.power[k], power);
            if (k < columns.on.size())
                set(columns.on[k], power > 0.0 ? 1.0 : 0.0);
        }
    }
    for (std::size_t i = 0; i < m_appliances.size(); ++i) {
        const ApplianceColumns &columns = m_appliances[i];
        for (std::size_t k = 0; k < columns.starts.size(); ++k)
            set(columns.columns[k], columns.starts[k] == plan.appliances[i].startSlot ? 1.0 : 0.0);
    }
    for (std::size_t i = 0; i < m_thermals.size(); ++i)
        for (std::size_t t = 0; t < m_thermals[i].size(); ++t)
            set(m_thermals[i][t], plan.thermals[i].powerKw[t]);
    return x;
}

Plan LpModel::extract(Source source) const
{
    const Scenario &s = m_scenario;
    const auto slots = static_cast<std::size_t>(s.slotCount);
    const double dt = s.dt();
    Plan plan;
    plan.scenario = s.name;
    plan.importKw.resize(slots);
    plan.exportKw.resize(slots);
    plan.pvUsedKw.resize(slots);
    for (std::size_t t = 0; t < slots; ++t) {
        plan.importKw[t] = clamp(value(m_import[t], source), 0.0, s.site.importLimitKw);
        plan.exportKw[t] = clamp(value(m_export[t], source), 0.0, s.site.exportLimitKw);
        plan.pvUsedKw[t] = clamp(value(m_pvUsed[t], source), 0.0, s.site.pvKw[t]);
    }
    for (std::size_t i = 0; i < s.batteries.size(); ++i) {
        const Battery &battery = s.batteries[i];
        BatteryPlan out;
        out.socKwh.push_back(battery.socKwh);
        for (std::size_t t = 0; t < slots; ++t) {
            double charge = clamp(value(m_batteries[i].charge[t], source), 0.0, battery.maxChargeKw);
            double discharge = clamp(value(m_batteries[i].discharge[t], source), 0.0, battery.maxDischargeKw);
            out.chargeKw.push_back(charge);
            out.dischargeKw.push_back(discharge);
            out.socKwh.push_back(out.socKwh.back()
                                 + (battery.chargeEfficiency * charge - discharge / battery.dischargeEfficiency) * dt);
        }
        plan.batteries.push_back(std::move(out));
    }
    for (std::size_t i = 0; i < s.evs.size(); ++i) {
        EvPlan out;
        out.chargeKw.assign(slots, 0.0);
        const EvColumns &columns = m_evs[i];
        const Ev &ev = s.evs[i];
        for (int t = columns.first; t < columns.last; ++t) {
            double power = clamp(evPower(static_cast<int>(i), t, source), 0.0, ev.maxChargeKw);
            if (power < 1e-9)
                power = 0.0;
            else if (power < ev.minChargeKw && ev.minChargeKw - power < 1e-7)
                power = ev.minChargeKw;
            out.chargeKw[static_cast<std::size_t>(t)] = power;
        }
        out.shortfallKwh = evShortfallKwh(s, ev, out.chargeKw);
        plan.evs.push_back(std::move(out));
    }
    for (std::size_t i = 0; i < s.appliances.size(); ++i) {
        const ApplianceColumns &columns = m_appliances[i];
        AppliancePlan out;
        double best = -1.0;
        for (std::size_t k = 0; k < columns.starts.size(); ++k) {
            const double x = value(columns.columns[k], source);
            if (x > best) {
                best = x;
                out.startSlot = columns.starts[k];
            }
        }
        plan.appliances.push_back(out);
    }
    for (std::size_t i = 0; i < s.thermals.size(); ++i) {
        ThermalPlan out;
        out.powerKw.assign(slots, 0.0);
        for (std::size_t t = 0; t < slots; ++t)
            out.powerKw[t] = clamp(value(m_thermals[i][t], source), 0.0, s.thermals[i].maxKw);
        plan.thermals.push_back(std::move(out));
    }
    return plan;
}

} // namespace commonwatt::scheduler
