#include "checker.h"

#include "json.h"
#include "objective.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace commonwatt::scheduler {

namespace {

constexpr double kRelativeTolerance = 1e-6;
constexpr double kBalanceToleranceKw = 1e-6;

// 1e-6 * max(1, |largest term|).
double tolerance(std::initializer_list<double> terms)
{
    double largest = 1.0;
    for (double term : terms)
        largest = std::max(largest, std::fabs(term));
    return kRelativeTolerance * largest;
}

std::string num(double value)
{
    std::string out;
    json::appendNumber(out, value);
    return out == "null" ? (std::isnan(value) ? "NaN" : (value > 0 ? "inf" : "-inf")) : out;
}

// Where a violation is: "<parent>.<name>" or "<parent>.<name>[slot]", composed only when there is one.
struct Field
{
    static constexpr std::size_t kNoSlot = static_cast<std::size_t>(-1);

    std::string_view parent; // "site" or "devices.<id>"
    std::string_view name;
    std::size_t slot = kNoSlot;

    [[nodiscard]] std::string str() const
    {
        const std::string path = json::memberPath(parent, name);
        return slot == kNoSlot ? path : json::itemPath(path, slot);
    }
};

class Checker
{
public:
    Checker(const Scenario &scenario, const Plan &plan)
        : m_scenario(scenario)
        , m_plan(plan)
        , m_slots(static_cast<std::size_t>(std::max(scenario.slotCount, 0)))
        , m_dt(scenario.dt())
    {}

    CheckReport run()
    {
        if (!m_plan.hasSchedule()) {
            violation(std::string("status: \"") + toString(m_plan.status) +
                      "\", the plan has no schedule to check" +
                      (m_plan.reason.empty() ? std::string() : " (reason: " + m_plan.reason + ")"));
            return finish();
        }
        if (!checkLengths() || !checkFinite())
            return finish();
        m_supply.assign(m_slots, 0.0);
        m_demand.assign(m_slots, 0.0);
        for (std::size_t i = 0; i < m_scenario.batteries.size(); ++i)
            checkBattery(m_scenario.batteries[i], m_plan.batteries[i]);
        for (std::size_t i = 0; i < m_scenario.evs.size(); ++i)
            checkEv(m_scenario.evs[i], m_plan.evs[i]);
        for (std::size_t i = 0; i < m_scenario.appliances.size(); ++i)
            checkAppliance(m_scenario.appliances[i], m_plan.appliances[i]);
        for (std::size_t i = 0; i < m_scenario.thermals.size(); ++i)
            checkThermal(m_scenario.thermals[i], m_plan.thermals[i]);
        checkSite();
        checkObjective();
        return finish();
    }

private:
    void violation(std::string message)
    {
        if (m_count++ < CheckReport::kMaxViolations)
            m_report.violations.push_back(std::move(message));
    }

    CheckReport finish()
    {
        if (m_count > CheckReport::kMaxViolations) {
            m_report.violations.push_back("... and " + std::to_string(m_count - CheckReport::kMaxViolations) +
                                          " more violations");
        }
        return std::move(m_report);
    }

    static std::string devicePath(const std::string &id) { return json::memberPath("devices", id); }

    static std::string path(const std::string &id, std::string_view field)
    {
        return json::memberPath(devicePath(id), field);
    }

    // ---- Shape ----

    bool checkLength(const std::vector<double> &values, const std::string &field, std::size_t expected,
                     std::string_view expectedName = "slots")
    {
        if (values.size() == expected)
            return true;
        violation(field + ": has " + std::to_string(values.size()) + " entries, expected " +
                  std::to_string(expected) + " (" + std::string(expectedName) + ")");
        return false;
    }

    template<typename T>
    bool checkCount(const std::vector<T> &plans, std::size_t expected, std::string_view kind)
    {
        if (plans.size() == expected)
            return true;
        violation("devices: the plan has " + std::to_string(plans.size()) + " " + std::string(kind) +
                  " plans, the scenario " + std::to_string(expected));
        return false;
    }

    bool checkLengths()
    {
        bool ok = checkLength(m_plan.importKw, "site.importKw", m_slots);
        ok = checkLength(m_plan.exportKw, "site.exportKw", m_slots) && ok;
        ok = checkLength(m_plan.pvUsedKw, "site.pvUsedKw", m_slots) && ok;
        bool counts = checkCount(m_plan.batteries, m_scenario.batteries.size(), "battery");
        counts = checkCount(m_plan.evs, m_scenario.evs.size(), "ev") && counts;
        counts = checkCount(m_plan.appliances, m_scenario.appliances.size(), "appliance") && counts;
        counts = checkCount(m_plan.thermals, m_scenario.thermals.size(), "thermal") && counts;
        if (!counts)
            return false;
        for (std::size_t i = 0; i < m_scenario.batteries.size(); ++i) {
            const std::string &id = m_scenario.batteries[i].id;
            const BatteryPlan &b = m_plan.batteries[i];
            ok = checkLength(b.chargeKw, path(id, "chargeKw"), m_slots) && ok;
            ok = checkLength(b.dischargeKw, path(id, "dischargeKw"), m_slots) && ok;
            ok = checkLength(b.socKwh, path(id, "socKwh"), m_slots + 1, "slots + 1") && ok;
        }
        for (std::size_t i = 0; i < m_scenario.evs.size(); ++i)
            ok = checkLength(m_plan.evs[i].chargeKw, path(m_scenario.evs[i].id, "chargeKw"), m_slots) && ok;
        for (std::size_t i = 0; i < m_scenario.thermals.size(); ++i)
            ok = checkLength(m_plan.thermals[i].powerKw, path(m_scenario.thermals[i].id, "powerKw"),
                             m_slots) &&
                 ok;
        return ok;
    }

    bool checkFinite(double value, const std::string &field)
    {
        if (std::isfinite(value))
            return true;
        violation(field + ": " + num(value) + " is not a finite number");
        return false;
    }

    bool checkFinite(const std::vector<double> &values, const std::string &field)
    {
        bool ok = true;
        for (std::size_t t = 0; t < values.size(); ++t) {
            if (!std::isfinite(values[t])) {
                violation(json::itemPath(field, t) + ": " + num(values[t]) + " is not a finite number");
                ok = false;
            }
        }
        return ok;
    }

    bool checkFinite()
    {
        bool ok = checkFinite(m_plan.objective, "objective");
        ok = checkFinite(m_plan.solveMs, "solveMs") && ok;
        ok = checkFinite(m_plan.importKw, "site.importKw") && ok;
        ok = checkFinite(m_plan.exportKw, "site.exportKw") && ok;
        ok = checkFinite(m_plan.pvUsedKw, "site.pvUsedKw") && ok;
        for (std::size_t i = 0; i < m_scenario.batteries.size(); ++i) {
            const std::string &id = m_scenario.batteries[i].id;
            ok = checkFinite(m_plan.batteries[i].chargeKw, path(id, "chargeKw")) && ok;
            ok = checkFinite(m_plan.batteries[i].dischargeKw, path(id, "dischargeKw")) && ok;
            ok = checkFinite(m_plan.batteries[i].socKwh, path(id, "socKwh")) && ok;
        }
        for (std::size_t i = 0; i < m_scenario.evs.size(); ++i) {
            const std::string &id = m_scenario.evs[i].id;
            ok = checkFinite(m_plan.evs[i].chargeKw, path(id, "chargeKw")) && ok;
            ok = checkFinite(m_plan.evs[i].shortfallKwh, path(id, "evShortfallKwh")) && ok;
        }
        for (std::size_t i = 0; i < m_scenario.thermals.size(); ++i)
            ok = checkFinite(m_plan.thermals[i].powerKw, path(m_scenario.thermals[i].id, "powerKw")) && ok;
        return ok;
    }

    // ---- Bounds ----

    // lower <= value <= upper, each side within the tolerance of its terms.
    void checkBetween(double value, double lower, std::string_view lowerName, double upper,
                      std::string_view upperName, const Field &field)
    {
        if (value < lower - tolerance({value, lower}))
            violation(field.str() + ": " + num(value) + " below " + std::string(lowerName) + " " +
                      num(lower));
        else if (value > upper + tolerance({value, upper}))
            violation(field.str() + ": " + num(value) + " above " + std::string(upperName) + " " +
                      num(upper));
    }

    void checkZero(double value, const Field &field, std::string_view why)
    {
        if (std::fabs(value) > tolerance({value}))
            violation(field.str() + ": " + num(value) + " is not 0 " + std::string(why));
    }

    // ---- Devices ----

    void checkBattery(const Battery &battery, const BatteryPlan &plan)
    {
        const std::string device = devicePath(battery.id);
        const std::vector<double> &soc = plan.socKwh;
        if (std::fabs(soc[0] - battery.socKwh) > tolerance({soc[0], battery.socKwh})) {
            violation(Field{device, "socKwh", 0}.str() + ": " + num(soc[0]) + " is not the initial socKwh " +
                      num(battery.socKwh));
        }
        for (std::size_t t = 0; t < m_slots; ++t) {
            const double charge = plan.chargeKw[t];
            const double discharge = plan.dischargeKw[t];
            checkBetween(charge, 0.0, "0", battery.maxChargeKw, "maxChargeKw", {device, "chargeKw", t});
            checkBetween(discharge, 0.0, "0", battery.maxDischargeKw, "maxDischargeKw",
                         {device, "dischargeKw", t});
            // Time-sharing; a term with a zero limit is left out (its power must be 0, checked just above).
            const double chargeShare = battery.maxChargeKw > 0.0 ? charge / battery.maxChargeKw : 0.0;
            const double dischargeShare =
                battery.maxDischargeKw > 0.0 ? discharge / battery.maxDischargeKw : 0.0;
            if (chargeShare + dischargeShare > 1.0 + tolerance({chargeShare, dischargeShare})) {
                violation(Field{device, "chargeKw", t}.str() + ": charging " + num(charge) +
                          " and discharging " + num(discharge) + " kW share the slot beyond its length (" +
                          num(chargeShare) + " + " + num(dischargeShare) + " > 1)");
            }
            const double chargedKwh = battery.chargeEfficiency * charge * m_dt;
            const double dischargedKwh = discharge / battery.dischargeEfficiency * m_dt;
            const double expected = soc[t] + chargedKwh - dischargedKwh;
            if (std::fabs(soc[t + 1] - expected) >
                tolerance({soc[t + 1], soc[t], chargedKwh, dischargedKwh})) {
                violation(Field{device, "socKwh", t + 1}.str() + ": " + num(soc[t + 1]) + ", but socKwh[" +
                          std::to_string(t) + "] " + num(soc[t]) + " with charging and discharging in slot " +
                          std::to_string(t) + " gives " + num(expected));
            }
            checkBetween(soc[t + 1], battery.minSocKwh, "minSocKwh", battery.maxSocKwh, "maxSocKwh",
                         {device, "socKwh", t + 1});
            m_demand[t] += charge;
            m_supply[t] += discharge;
        }
        if (battery.finalSocKwhMin) {
            const double last = soc[m_slots];
            if (last < *battery.finalSocKwhMin - tolerance({last, *battery.finalSocKwhMin})) {
                violation(Field{device, "socKwh", m_slots}.str() + ": " + num(last) +
                          " below finalSocKwhMin " + num(*battery.finalSocKwhMin));
            }
        }
    }

    void checkEv(const Ev &ev, const EvPlan &plan)
    {
        const std::string device = devicePath(ev.id);
        const auto arrival = static_cast<std::size_t>(m_scenario.clampSlot(ev.arrivalSlot));
        const auto departure = static_cast<std::size_t>(m_scenario.clampSlot(ev.departureSlot));
        const std::string window = "outside arrivalSlot..departureSlot [" + std::to_string(arrival) + ", " +
                                   std::to_string(departure) + ")";
        double energy = 0.0;
        for (std::size_t t = 0; t < m_slots; ++t) {
            const double charge = plan.chargeKw[t];
            energy += charge;
            m_demand[t] += charge;
            if (t < arrival || t >= departure) {
                checkZero(charge, {device, "chargeKw", t}, window);
                continue;
            }
            if (std::fabs(charge) <= tolerance({charge}))
                continue; // off
            if (charge < ev.minChargeKw - tolerance({charge, ev.minChargeKw}) ||
                charge > ev.maxChargeKw + tolerance({charge, ev.maxChargeKw})) {
                violation(Field{device, "chargeKw", t}.str() + ": " + num(charge) +
                          " is neither 0 nor between minChargeKw " + num(ev.minChargeKw) +
                          " and maxChargeKw " + num(ev.maxChargeKw));
            }
        }
        const double delivered = ev.chargeEfficiency * energy * m_dt;
        if (ev.socKwh + delivered > ev.capacityKwh + tolerance({ev.socKwh, delivered, ev.capacityKwh})) {
            violation(Field{device, "chargeKw"}.str() + ": socKwh " + num(ev.socKwh) + " + " +
                      num(delivered) + " kWh delivered is above capacityKwh " + num(ev.capacityKwh));
        }
        const double shortfall = evShortfallKwh(m_scenario, ev, plan.chargeKw);
        m_report.totalShortfallKwh += shortfall;
        if (std::fabs(plan.shortfallKwh - shortfall) >
            tolerance({plan.shortfallKwh, shortfall, ev.targetSocKwh, ev.socKwh, delivered})) {
            violation(Field{device, "evShortfallKwh"}.str() + ": " + num(plan.shortfallKwh) +
                      ", but the charging leaves " + num(shortfall) + " kWh short of targetSocKwh " +
                      num(ev.targetSocKwh));
        }
    }

    void checkAppliance(const Appliance &appliance, const AppliancePlan &plan)
    {
        const std::int64_t start = plan.startSlot;
        const auto length = static_cast<std::int64_t>(appliance.profileKw.size());
        const int earliest = m_scenario.clampSlot(appliance.earliestStartSlot);
        const int latestEnd = m_scenario.clampSlot(appliance.latestEndSlot);
        if (start < earliest) {
            violation(path(appliance.id, "startSlot") + ": " + std::to_string(start) +
                      " before earliestStartSlot " + std::to_string(earliest));
        } else if (start + length > latestEnd) {
            violation(path(appliance.id, "startSlot") + ": " + std::to_string(start) + " + " +
                      std::to_string(length) + " slots ends after latestEndSlot " +
                      std::to_string(latestEnd) + (latestEnd == m_scenario.slotCount ? " (the horizon)" : ""));
        }
        // Its power counts in the site balance wherever it falls inside the horizon.
        for (std::int64_t k = 0; k < length; ++k) {
            const std::int64_t t = start + k;
            if (t >= 0 && t < static_cast<std::int64_t>(m_slots))
                m_demand[static_cast<std::size_t>(t)] += appliance.profileKw[static_cast<std::size_t>(k)];
        }
    }

    void checkThermal(const Thermal &thermal, const ThermalPlan &plan)
    {
        const std::string device = devicePath(thermal.id);
        const auto begin = static_cast<std::size_t>(m_scenario.clampSlot(thermal.windowStartSlot));
        const auto end = static_cast<std::size_t>(m_scenario.clampSlot(thermal.windowEndSlot));
        const std::string window = "outside windowStartSlot..windowEndSlot [" + std::to_string(begin) + ", " +
                                   std::to_string(end) + ")";
        double energy = 0.0;
        for (std::size_t t = 0; t < m_slots; ++t) {
            const double power = plan.powerKw[t];
            energy += power * m_dt;
            m_demand[t] += power;
            if (t < begin || t >= end)
                checkZero(power, {device, "powerKw", t}, window);
            else
                checkBetween(power, 0.0, "0", thermal.maxKw, "maxKw", {device, "powerKw", t});
        }
        if (std::fabs(energy - thermal.energyKwh) > tolerance({energy, thermal.energyKwh})) {
            violation(Field{device, "powerKw"}.str() + ": delivers " + num(energy) + " kWh, not energyKwh " +
                      num(thermal.energyKwh));
        }
    }

    // ---- Site ----

    void checkSite()
    {
        const Site &site = m_scenario.site;
        for (std::size_t t = 0; t < m_slots; ++t) {
            const double imp = m_plan.importKw[t];
            const double exp = m_plan.exportKw[t];
            const double pv = m_plan.pvUsedKw[t];
            checkBetween(imp, 0.0, "0", site.importLimitKw, "importLimitKw", {"site", "importKw", t});
            checkBetween(exp, 0.0, "0", site.exportLimitKw, "exportLimitKw", {"site", "exportKw", t});
            checkBetween(pv, 0.0, "0", site.pvKw[t], "pvKw", {"site", "pvUsedKw", t});
            const double supply = pv + imp + m_supply[t];
            const double demand = site.baseLoadKw[t] + m_demand[t] + exp;
            if (std::fabs(supply - demand) > kBalanceToleranceKw) {
                violation(Field{"site", "balance", t}.str() +
                          ": pvUsed + import + discharge = " + num(supply) +
                          " kW, but baseLoad + charging + appliances + thermal + export = " + num(demand) +
                          " kW (off by " + num(supply - demand) + ")");
            }
        }
    }

    void checkObjective()
    {
        const double objective = planObjective(m_scenario, m_plan);
        m_report.objective = objective;
        if (std::fabs(objective - m_plan.objective) > tolerance({objective, m_plan.objective})) {
            violation("objective: " + num(m_plan.objective) + ", but the plan as written gives " +
                      num(objective));
        }
    }

    const Scenario &m_scenario;
    const Plan &m_plan;
    std::size_t m_slots = 0;
    double m_dt = 0.0;
    std::vector<double> m_supply; // per slot: battery discharging
    std::vector<double> m_demand; // per slot: charging, EVs, appliances, thermal
    std::size_t m_count = 0;
    CheckReport m_report;
};

} // namespace

CheckReport checkPlan(const Scenario &scenario, const Plan &plan)
{
    return Checker(scenario, plan).run();
}

} // namespace commonwatt::scheduler
