#include "planjson.h"

#include "json.h"
#include "jsonfields.h"

#include <cassert>
#include <cmath>
#include <limits>
#include <new>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace commonwatt::scheduler {

namespace {

constexpr std::string_view kFormat = "commonwatt-plan/1";

using jsonfields::fail;
using jsonfields::Failure;
using jsonfields::Object;

// ---- Writing
// ------------------------------------------------------------------------------------------------

double finite(double value)
{
    assert(std::isfinite(value) && "a plan must not hold a NaN or an infinity");
    if (std::isnan(value))
        return 0.0;
    if (std::isinf(value))
        return std::copysign(std::numeric_limits<double>::max(), value);
    return value;
}

class Writer
{
public:
    explicit Writer(std::string &out)
        : m_out(out)
    {}

    // `"name": ` on a new line at the given depth, after a comma unless it is the object's first member.
    void key(int depth, std::string_view name, bool first)
    {
        m_out += first ? "\n" : ",\n";
        m_out.append(static_cast<std::size_t>(depth) * 2, ' ');
        json::appendString(m_out, name);
        m_out += ": ";
    }

    void close(int depth, char bracket)
    {
        m_out.push_back('\n');
        m_out.append(static_cast<std::size_t>(depth) * 2, ' ');
        m_out.push_back(bracket);
    }

    void string(std::string_view value) { json::appendString(m_out, value); }
    void number(double value) { json::appendNumber(m_out, finite(value)); }
    void integer(std::int64_t value) { json::appendInteger(m_out, value); }

    void array(const std::vector<double> &values)
    {
        m_out.push_back('[');
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ", ";
            number(values[i]);
        }
        m_out.push_back(']');
    }

    std::string &out() { return m_out; }

private:
    std::string &m_out;
};

template<typename T> const T &at(const std::vector<T> &plans, int index)
{
    static const T empty{};
    const auto i = static_cast<std::size_t>(index);
    return index >= 0 && i < plans.size() ? plans[i] : empty;
}

void writeDevices(Writer &w, const Scenario &scenario, const Plan &plan)
{
    w.key(1, "devices", false);
    if (scenario.deviceOrder.empty()) {
        w.out() += "{}";
        return;
    }
    w.out().push_back('{');
    bool first = true;
    for (const DeviceRef &ref : scenario.deviceOrder) {
        w.key(2, scenario.deviceId(ref), first);
        first = false;
        switch (ref.type) {
        case DeviceType::Battery: {
            const BatteryPlan &b = at(plan.batteries, ref.index);
            w.out().push_back('{');
            w.key(3, "chargeKw", true);
            w.array(b.chargeKw);
            w.key(3, "dischargeKw", false);
            w.array(b.dischargeKw);
            w.key(3, "socKwh", false);
            w.array(b.socKwh);
            w.close(2, '}');
            break;
        }
        case DeviceType::Ev: {
            const EvPlan &ev = at(plan.evs, ref.index);
            w.out().push_back('{');
            w.key(3, "chargeKw", true);
            w.array(ev.chargeKw);
            w.key(3, "evShortfallKwh", false);
            w.number(ev.shortfallKwh);
            w.close(2, '}');
            break;
        }
        case DeviceType::Appliance:
            w.out() += "{\"startSlot\": ";
            w.integer(at(plan.appliances, ref.index).startSlot);
            w.out().push_back('}');
            break;
        case DeviceType::Thermal:
            w.out().push_back('{');
            w.key(3, "powerKw", true);
            w.array(at(plan.thermals, ref.index).powerKw);
            w.close(2, '}');
            break;
        }
    }
    w.close(1, '}');
}

void writeInfo(Writer &w, const Plan &plan)
{
    if (plan.info.empty())
        return;
    w.key(1, "info", false);
    w.out().push_back('{');
    bool first = true;
    for (std::size_t i = 0; i < plan.info.size(); ++i) {
        const auto &[name, value] = plan.info[i];
        bool repeated = false; // a repeated key would make the plan unreadable: the first one wins
        for (std::size_t j = 0; j < i && !repeated; ++j)
            repeated = plan.info[j].first == name;
        if (repeated)
            continue;
        w.key(2, name, first);
        first = false;
        json::appendNumber(w.out(), value); // null when not finite: info may hold "no bound yet"
    }
    w.close(1, '}');
}

// ---- Reading
// ------------------------------------------------------------------------------------------------

std::vector<double> slotSeries(const Object &object, std::string_view key, std::size_t count,
                               std::string_view countName = "slots")
{
    return jsonfields::series(object.required(key), object.path(key), count, jsonfields::anyNumber,
                              countName);
}

PlanStatus readStatus(const json::Value &value)
{
    const std::string status = jsonfields::text(value, "status");
    for (PlanStatus s :
         {PlanStatus::Optimal, PlanStatus::Feasible, PlanStatus::Infeasible, PlanStatus::TimeLimit}) {
        if (status == toString(s))
            return s;
    }
    fail("status", R"(must be "optimal", "feasible", "infeasible" or "time-limit")");
}

void readDevicePlans(const Object &root, const Scenario &scenario, Plan &plan)
{
    const Object devices(root.required("devices"), "devices");
    // Hashed both ways, so that a scenario with thousands of devices reads in linear time.
    std::unordered_map<std::string_view, const json::Value *> byId;
    for (const json::Member &member : devices.value().members())
        byId.emplace(member.key, &member.value);
    std::unordered_set<std::string_view> ids;
    for (const DeviceRef &ref : scenario.deviceOrder)
        ids.insert(scenario.deviceId(ref));
    for (const json::Member &member : devices.value().members()) {
        if (ids.count(member.key) == 0)
            fail(devices.path(member.key), "not a device of the scenario");
    }
    const auto slots = static_cast<std::size_t>(scenario.slotCount);
    plan.batteries.resize(scenario.batteries.size());
    plan.evs.resize(scenario.evs.size());
    plan.appliances.resize(scenario.appliances.size());
    plan.thermals.resize(scenario.thermals.size());
    for (const DeviceRef &ref : scenario.deviceOrder) {
        const std::string &id = scenario.deviceId(ref);
        const auto found = byId.find(id);
        if (found == byId.end())
            fail(devices.path(id), "missing");
        const Object device(*found->second, devices.path(id));
        const auto index = static_cast<std::size_t>(ref.index);
        switch (ref.type) {
        case DeviceType::Battery: {
            device.rejectUnknownFields({"chargeKw", "dischargeKw", "socKwh"});
            BatteryPlan &b = plan.batteries[index];
            b.chargeKw = slotSeries(device, "chargeKw", slots);
            b.dischargeKw = slotSeries(device, "dischargeKw", slots);
            b.socKwh = slotSeries(device, "socKwh", slots + 1, "slots + 1");
            break;
        }
        case DeviceType::Ev: {
            device.rejectUnknownFields({"chargeKw", "evShortfallKwh"});
            EvPlan &ev = plan.evs[index];
            ev.chargeKw = slotSeries(device, "chargeKw", slots);
            ev.shortfallKwh =
                jsonfields::number(device.required("evShortfallKwh"), device.path("evShortfallKwh"));
            break;
        }
        case DeviceType::Appliance:
            device.rejectUnknownFields({"startSlot"});
            plan.appliances[index].startSlot =
                static_cast<int>(jsonfields::integer(device.required("startSlot"), device.path("startSlot")));
            break;
        case DeviceType::Thermal:
            device.rejectUnknownFields({"powerKw"});
            plan.thermals[index].powerKw = slotSeries(device, "powerKw", slots);
            break;
        }
    }
}

void readInfo(const Object &root, Plan &plan)
{
    const json::Value *value = root.optional("info");
    if (!value)
        return;
    const Object info(*value, "info");
    // Free-form: numbers (and null, for a value not known) are kept; other kinds are left out.
    for (const json::Member &member : info.value().members()) {
        if (member.value.isNumber())
            plan.info.emplace_back(member.key, member.value.toNumber());
        else if (member.value.isNull())
            plan.info.emplace_back(member.key, std::numeric_limits<double>::quiet_NaN());
    }
}

Plan read(std::string_view jsonText, const Scenario &scenario)
{
    json::ParseResult parsed = json::parse(jsonText);
    if (!parsed.ok())
        throw Failure{std::move(parsed.error)};
    const Object root(parsed.value, "", "plan");
    const json::Value &format = root.required("format");
    if (!format.isString() || format.toString() != kFormat)
        fail("format", R"(must be "commonwatt-plan/1")");

    Plan plan;
    plan.status = readStatus(root.required("status"));
    if (!plan.hasSchedule())
        root.rejectUnknownFields({"format", "scenario", "status", "reason", "solver", "solveMs"});
    else
        root.rejectUnknownFields(
            {"format", "scenario", "status", "objective", "solver", "solveMs", "site", "devices", "info"});

    plan.scenario = jsonfields::text(root.required("scenario"), "scenario");
    if (plan.scenario != scenario.name) {
        fail("scenario", jsonfields::quoted(plan.scenario) + " is not the scenario's name " +
                             jsonfields::quoted(scenario.name));
    }
    plan.solver = jsonfields::text(root.required("solver"), "solver");
    plan.solveMs = jsonfields::number(root.required("solveMs"), "solveMs");
    if (!plan.hasSchedule()) {
        plan.reason = jsonfields::text(root.required("reason"), "reason");
        return plan;
    }
    plan.objective = jsonfields::number(root.required("objective"), "objective");

    const Object site(root.required("site"), "site");
    site.rejectUnknownFields({"importKw", "exportKw", "pvUsedKw"});
    const auto slots = static_cast<std::size_t>(scenario.slotCount);
    plan.importKw = slotSeries(site, "importKw", slots);
    plan.exportKw = slotSeries(site, "exportKw", slots);
    plan.pvUsedKw = slotSeries(site, "pvUsedKw", slots);

    readDevicePlans(root, scenario, plan);
    readInfo(root, plan);
    return plan;
}

} // namespace

std::string writePlanJson(const Scenario &scenario, const Plan &plan)
{
    std::string out;
    out.reserve(256 +
                static_cast<std::size_t>(scenario.slotCount) * 24 *
                    (3 + 3 * scenario.batteries.size() + scenario.evs.size() + scenario.thermals.size()));
    Writer w(out);
    out.push_back('{');
    w.key(1, "format", true);
    w.string(kFormat);
    w.key(1, "scenario", false);
    w.string(scenario.name);
    w.key(1, "status", false);
    w.string(toString(plan.status));
    if (!plan.hasSchedule()) {
        w.key(1, "reason", false);
        w.string(plan.reason);
        w.key(1, "solver", false);
        w.string(plan.solver);
        w.key(1, "solveMs", false);
        w.number(plan.solveMs);
        w.close(0, '}');
        out.push_back('\n');
        return out;
    }
    w.key(1, "objective", false);
    w.number(plan.objective);
    w.key(1, "solver", false);
    w.string(plan.solver);
    w.key(1, "solveMs", false);
    w.number(plan.solveMs);

    w.key(1, "site", false);
    out.push_back('{');
    w.key(2, "importKw", true);
    w.array(plan.importKw);
    w.key(2, "exportKw", false);
    w.array(plan.exportKw);
    w.key(2, "pvUsedKw", false);
    w.array(plan.pvUsedKw);
    w.close(1, '}');

    writeDevices(w, scenario, plan);
    writeInfo(w, plan);
    w.close(0, '}');
    out.push_back('\n');
    return out;
}

PlanReadResult readPlan(std::string_view json, const Scenario &scenario)
{
    PlanReadResult result;
    try {
        result.plan = read(json, scenario);
    } catch (const Failure &failure) {
        result.error = failure.message;
    } catch (const std::bad_alloc &) {
        result.error = "out of memory reading the plan";
    }
    return result;
}

} // namespace commonwatt::scheduler
