// writeScenarioJson (generator.h): a scenario as commonwatt-scenario/1 JSON, for saving generated cases.
#include "generator.h"

#include "scheduler/json.h"

#include <algorithm>

namespace commonwatt::scheduler::bench {

namespace {

class Writer
{
public:
    explicit Writer(std::string &out)
        : m_out(out)
    {
    }

    // Starts a member `"key": ` at the given indent, with a comma before it unless it is the first.
    void key(std::string_view name, int indent)
    {
        if (!m_first)
            m_out += ',';
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(indent) * 2, ' ');
        json::appendString(m_out, name);
        m_out += ": ";
        m_first = false;
    }
    void open(char bracket)
    {
        m_out += bracket;
        m_first = true;
    }
    void close(char bracket, int indent)
    {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(indent) * 2, ' ');
        m_out += bracket;
        m_first = false;
    }
    void number(std::string_view name, double value, int indent)
    {
        key(name, indent);
        json::appendNumber(m_out, value);
    }
    void integer(std::string_view name, std::int64_t value, int indent)
    {
        key(name, indent);
        json::appendInteger(m_out, value);
    }
    void string(std::string_view name, std::string_view value, int indent)
    {
        key(name, indent);
        json::appendString(m_out, value);
    }
    void array(std::string_view name, const std::vector<double> &values, int indent)
    {
        key(name, indent);
        m_out += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ", ";
            json::appendNumber(m_out, values[i]);
        }
        m_out += ']';
    }

private:
    std::string &m_out;
    bool m_first = true;
};

bool allZero(const std::vector<double> &values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return v == 0.0; });
}

void writeDevice(Writer &w, std::string &out, const Scenario &s, DeviceRef ref)
{
    const auto i = static_cast<std::size_t>(ref.index);
    out += "\n    ";
    w.open('{');
    switch (ref.type) {
    case DeviceType::Battery: {
        const Battery &b = s.batteries[i];
        w.string("type", "battery", 3);
        w.string("id", b.id, 3);
        w.number("capacityKwh", b.capacityKwh, 3);
        w.number("socKwh", b.socKwh, 3);
        w.number("minSocKwh", b.minSocKwh, 3);
        w.number("maxSocKwh", b.maxSocKwh, 3);
        w.number("maxChargeKw", b.maxChargeKw, 3);
        w.number("maxDischargeKw", b.maxDischargeKw, 3);
        w.number("chargeEfficiency", b.chargeEfficiency, 3);
        w.number("dischargeEfficiency", b.dischargeEfficiency, 3);
        if (b.cycleCostPerKwh != 0.0)
            w.number("cycleCostPerKwh", b.cycleCostPerKwh, 3);
        if (b.finalSocKwhMin)
            w.number("finalSocKwhMin", *b.finalSocKwhMin, 3);
        break;
    }
    case DeviceType::Ev: {
        const Ev &ev = s.evs[i];
        w.string("type", "ev", 3);
        w.string("id", ev.id, 3);
        w.number("capacityKwh", ev.capacityKwh, 3);
        w.number("socKwh", ev.socKwh, 3);
        w.number("targetSocKwh", ev.targetSocKwh, 3);
        w.integer("arrivalSlot", ev.arrivalSlot, 3);
        w.integer("departureSlot", ev.departureSlot, 3);
        w.number("minChargeKw", ev.minChargeKw, 3);
        w.number("maxChargeKw", ev.maxChargeKw, 3);
        w.number("chargeEfficiency", ev.chargeEfficiency, 3);
        break;
    }
    case DeviceType::Appliance: {
        const Appliance &a = s.appliances[i];
        w.string("type", "appliance", 3);
        w.string("id", a.id, 3);
        w.array("profileKw", a.profileKw, 3);
        w.integer("earliestStartSlot", a.earliestStartSlot, 3);
        w.integer("latestEndSlot", a.latestEndSlot, 3);
        break;
    }
    case DeviceType::Thermal: {
        const Thermal &th = s.thermals[i];
        w.string("type", "thermal", 3);
        w.string("id", th.id, 3);
        w.number("maxKw", th.maxKw, 3);
        w.number("energyKwh", th.energyKwh, 3);
        w.integer("windowStartSlot", th.windowStartSlot, 3);
        w.integer("windowEndSlot", th.windowEndSlot, 3);
        break;
    }
    }
    w.close('}', 2);
}

// The devices in the order written, or grouped by type when the scenario has no complete order.
std::vector<DeviceRef> deviceOrder(const Scenario &s)
{
    const std::size_t count = s.batteries.size() + s.evs.size() + s.appliances.size() + s.thermals.size();
    if (s.deviceOrder.size() == count)
        return s.deviceOrder;
    std::vector<DeviceRef> order;
    const auto add = [&](DeviceType type, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i)
            order.push_back({type, static_cast<int>(i)});
    };
    add(DeviceType::Battery, s.batteries.size());
    add(DeviceType::Ev, s.evs.size());
    add(DeviceType::Appliance, s.appliances.size());
    add(DeviceType::Thermal, s.thermals.size());
    return order;
}

} // namespace

std::string writeScenarioJson(const Scenario &s)
{
    std::string out;
    Writer w(out);
    w.open('{');
    w.string("format", "commonwatt-scenario/1", 1);
    w.string("name", s.name, 1);
    w.string("start", s.start, 1);
    w.integer("slotMinutes", s.slotMinutes, 1);
    w.integer("slots", s.slotCount, 1);

    const Signals &sig = s.gridSignals;
    w.key("signals", 1);
    w.open('{');
    w.array("carbonIntensity", sig.carbonIntensity, 2);
    if (!allZero(sig.gridNeed))
        w.array("gridNeed", sig.gridNeed, 2);
    if (!allZero(sig.priceImport))
        w.array("priceImport", sig.priceImport, 2);
    bool defaultExport = sig.priceExport.size() == sig.priceImport.size();
    for (std::size_t t = 0; defaultExport && t < sig.priceExport.size(); ++t)
        defaultExport = sig.priceExport[t] == std::min(0.0, sig.priceImport[t]);
    if (!defaultExport)
        w.array("priceExport", sig.priceExport, 2);
    if (!allZero(sig.eventRate))
        w.array("eventRate", sig.eventRate, 2);
    if (!allZero(sig.eventBaselineKw))
        w.array("eventBaselineKw", sig.eventBaselineKw, 2);
    w.close('}', 1);

    const CurrencyParameters defaults;
    const CurrencyParameters &c = s.currency;
    if (c.referenceIntensity != defaults.referenceIntensity || c.kappa != defaults.kappa || c.gamma != defaults.gamma
        || c.exportFee != defaults.exportFee) {
        w.key("currency", 1);
        w.open('{');
        w.number("referenceIntensity", c.referenceIntensity, 2);
        w.number("kappa", c.kappa, 2);
        w.number("gamma", c.gamma, 2);
        w.number("exportFee", c.exportFee, 2);
        w.close('}', 1);
    }
    if (s.weights.credits != 1.0 || s.weights.money != 0.0) {
        w.key("weights", 1);
        w.open('{');
        w.number("credits", s.weights.credits, 2);
        w.number("money", s.weights.money, 2);
        w.close('}', 1);
    }

    w.key("site", 1);
    w.open('{');
    w.number("importLimitKw", s.site.importLimitKw, 2);
    w.number("exportLimitKw", s.site.exportLimitKw, 2);
    w.array("baseLoadKw", s.site.baseLoadKw, 2);
    if (!allZero(s.site.pvKw))
        w.array("pvKw", s.site.pvKw, 2);
    w.close('}', 1);

    w.key("devices", 1);
    const std::vector<DeviceRef> order = deviceOrder(s);
    w.open('[');
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0)
            out += ',';
        writeDevice(w, out, s, order[i]);
    }
    if (order.empty())
        out += ']';
    else
        w.close(']', 1);
    w.close('}', 0);
    out += '\n';
    return out;
}

} // namespace commonwatt::scheduler::bench
