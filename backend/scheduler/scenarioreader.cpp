#include "scenarioreader.h"

#include "json.h"
#include "jsonfields.h"

#include <array>
#include <cmath>
#include <new>
#include <unordered_map>
#include <utility>

namespace commonwatt::scheduler {

namespace {

constexpr std::string_view kFormat = "commonwatt-scenario/1";
constexpr int kMaxSlots = 2016;

using jsonfields::atLeastZero;
using jsonfields::fail;
using jsonfields::failType;
using jsonfields::Failure;
using jsonfields::integer;
using jsonfields::nonNegative;
using jsonfields::number;
using jsonfields::Object;
using jsonfields::series;
using jsonfields::text;

double unitInterval(const json::Value &value, std::string_view path)
{
    const double v = number(value, path);
    if (!(v >= 0.0 && v <= 1.0))
        fail(path, "must be between 0 and 1");
    return v;
}

double efficiency(const json::Value &value, std::string_view path)
{
    const double v = number(value, path);
    if (!(v > 0.0 && v <= 1.0))
        fail(path, "must be in (0, 1]");
    return v;
}

// An optional per-slot array: its entries, or `slots` zeros.
template<typename Check>
std::vector<double> optionalSeries(const Object &object, std::string_view key, int slots, Check check)
{
    if (const json::Value *value = object.optional(key))
        return series(*value, object.path(key), static_cast<std::size_t>(slots), check);
    return std::vector<double>(static_cast<std::size_t>(slots), 0.0);
}

bool isLeapYear(std::int64_t year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(std::int64_t year, int month)
{
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

// Days since 1970-01-01 of a date in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t yearOfEra = year - era * 400;
    const std::int64_t dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void readSignals(const Object &root, Scenario &scenario)
{
    const Object signalObject(root.required("signals"), "signals");
    signalObject.rejectUnknownFields(
        {"carbonIntensity", "gridNeed", "priceImport", "priceExport", "eventRate", "eventBaselineKw"});
    const int slots = scenario.slotCount;
    Signals &s = scenario.gridSignals;
    s.carbonIntensity = series(signalObject.required("carbonIntensity"), signalObject.path("carbonIntensity"),
                               static_cast<std::size_t>(slots), atLeastZero);
    s.gridNeed = optionalSeries(signalObject, "gridNeed", slots, [](double v, std::size_t) {
        return v >= -1.0 && v <= 1.0 ? nullptr : "must be between -1 and 1";
    });
    s.priceImport = optionalSeries(signalObject, "priceImport", slots, jsonfields::anyNumber);
    if (const json::Value *value = signalObject.optional("priceExport")) {
        std::string message;
        s.priceExport = series(*value, signalObject.path("priceExport"), s.priceImport.size(),
                               [&](double v, std::size_t t) {
                                   if (v <= s.priceImport[t])
                                       return static_cast<const char *>(nullptr);
                                   message = "must be <= priceImport[" + std::to_string(t) + "]";
                                   return message.c_str();
                               });
    } else {
        s.priceExport.resize(s.priceImport.size());
        for (std::size_t t = 0; t < s.priceImport.size(); ++t)
            s.priceExport[t] = std::min(0.0, s.priceImport[t]);
    }
    s.eventRate = optionalSeries(signalObject, "eventRate", slots, atLeastZero);
    s.eventBaselineKw = optionalSeries(signalObject, "eventBaselineKw", slots, atLeastZero);
}

void readCurrency(const Object &root, Scenario &scenario)
{
    const json::Value *value = root.optional("currency");
    if (!value)
        return;
    const Object currency(*value, "currency");
    currency.rejectUnknownFields({"referenceIntensity", "kappa", "gamma", "exportFee"});
    CurrencyParameters &c = scenario.currency;
    if (const json::Value *v = currency.optional("referenceIntensity")) {
        c.referenceIntensity = number(*v, currency.path("referenceIntensity"));
        if (!(c.referenceIntensity > 0.0))
            fail(currency.path("referenceIntensity"), "must be > 0");
    }
    if (const json::Value *v = currency.optional("kappa"))
        c.kappa = unitInterval(*v, currency.path("kappa"));
    if (const json::Value *v = currency.optional("gamma"))
        c.gamma = unitInterval(*v, currency.path("gamma"));
    if (const json::Value *v = currency.optional("exportFee"))
        c.exportFee = unitInterval(*v, currency.path("exportFee"));
}

void readWeights(const Object &root, Scenario &scenario)
{
    const json::Value *value = root.optional("weights");
    if (!value)
        return;
    const Object weights(*value, "weights");
    weights.rejectUnknownFields({"credits", "money"});
    if (const json::Value *v = weights.optional("credits"))
        scenario.weights.credits = nonNegative(*v, weights.path("credits"));
    if (const json::Value *v = weights.optional("money"))
        scenario.weights.money = nonNegative(*v, weights.path("money"));
}

void readSite(const Object &root, Scenario &scenario)
{
    const Object site(root.required("site"), "site");
    site.rejectUnknownFields({"importLimitKw", "exportLimitKw", "baseLoadKw", "pvKw"});
    Site &s = scenario.site;
    s.importLimitKw = nonNegative(site.required("importLimitKw"), site.path("importLimitKw"));
    s.exportLimitKw = nonNegative(site.required("exportLimitKw"), site.path("exportLimitKw"));
    s.baseLoadKw = series(site.required("baseLoadKw"), site.path("baseLoadKw"),
                          static_cast<std::size_t>(scenario.slotCount), atLeastZero);
    s.pvKw = optionalSeries(site, "pvKw", scenario.slotCount, atLeastZero);
}

double requiredNonNegative(const Object &device, std::string_view key)
{
    return nonNegative(device.required(key), device.path(key));
}

double requiredEfficiency(const Object &device, std::string_view key)
{
    return efficiency(device.required(key), device.path(key));
}

std::int64_t requiredSlot(const Object &device, std::string_view key)
{
    return integer(device.required(key), device.path(key));
}

Battery readBattery(const Object &device, std::string id)
{
    Battery b;
    b.id = std::move(id);
    b.capacityKwh = requiredNonNegative(device, "capacityKwh");
    b.socKwh = requiredNonNegative(device, "socKwh");
    b.minSocKwh = requiredNonNegative(device, "minSocKwh");
    b.maxSocKwh = requiredNonNegative(device, "maxSocKwh");
    b.maxChargeKw = requiredNonNegative(device, "maxChargeKw");
    b.maxDischargeKw = requiredNonNegative(device, "maxDischargeKw");
    b.chargeEfficiency = requiredEfficiency(device, "chargeEfficiency");
    b.dischargeEfficiency = requiredEfficiency(device, "dischargeEfficiency");
    if (const json::Value *v = device.optional("cycleCostPerKwh"))
        b.cycleCostPerKwh = nonNegative(*v, device.path("cycleCostPerKwh"));
    if (const json::Value *v = device.optional("finalSocKwhMin"))
        b.finalSocKwhMin = nonNegative(*v, device.path("finalSocKwhMin"));
    if (b.socKwh < b.minSocKwh)
        fail(device.path("socKwh"), "below minSocKwh");
    if (b.socKwh > b.maxSocKwh)
        fail(device.path("socKwh"), "above maxSocKwh");
    if (b.maxSocKwh > b.capacityKwh)
        fail(device.path("maxSocKwh"), "above capacityKwh");
    return b;
}

Ev readEv(const Object &device, std::string id)
{
    Ev ev;
    ev.id = std::move(id);
    ev.capacityKwh = requiredNonNegative(device, "capacityKwh");
    ev.socKwh = requiredNonNegative(device, "socKwh");
    ev.targetSocKwh = requiredNonNegative(device, "targetSocKwh");
    ev.arrivalSlot = requiredSlot(device, "arrivalSlot");
    ev.departureSlot = requiredSlot(device, "departureSlot");
    ev.minChargeKw = requiredNonNegative(device, "minChargeKw");
    ev.maxChargeKw = requiredNonNegative(device, "maxChargeKw");
    ev.chargeEfficiency = requiredEfficiency(device, "chargeEfficiency");
    if (ev.socKwh > ev.capacityKwh)
        fail(device.path("socKwh"), "above capacityKwh");
    if (ev.targetSocKwh > ev.capacityKwh)
        fail(device.path("targetSocKwh"), "above capacityKwh");
    if (ev.minChargeKw > ev.maxChargeKw)
        fail(device.path("minChargeKw"), "above maxChargeKw");
    if (ev.departureSlot < ev.arrivalSlot)
        fail(device.path("departureSlot"), "before arrivalSlot");
    return ev;
}

Appliance readAppliance(const Object &device, std::string id)
{
    Appliance a;
    a.id = std::move(id);
    const json::Value &profile = device.required("profileKw");
    const std::string profilePath = device.path("profileKw");
    if (!profile.isArray())
        failType(profilePath, "an array of numbers", profile);
    if (profile.items().empty())
        fail(profilePath, "must not be empty");
    a.profileKw.reserve(profile.items().size());
    for (std::size_t k = 0; k < profile.items().size(); ++k)
        a.profileKw.push_back(nonNegative(profile.items()[k], json::itemPath(profilePath, k)));
    a.earliestStartSlot = requiredSlot(device, "earliestStartSlot");
    a.latestEndSlot = requiredSlot(device, "latestEndSlot");
    if (a.latestEndSlot < a.earliestStartSlot)
        fail(device.path("latestEndSlot"), "before earliestStartSlot");
    return a;
}

Thermal readThermal(const Object &device, std::string id)
{
    Thermal th;
    th.id = std::move(id);
    th.maxKw = requiredNonNegative(device, "maxKw");
    th.energyKwh = requiredNonNegative(device, "energyKwh");
    th.windowStartSlot = requiredSlot(device, "windowStartSlot");
    th.windowEndSlot = requiredSlot(device, "windowEndSlot");
    if (th.windowEndSlot < th.windowStartSlot)
        fail(device.path("windowEndSlot"), "before windowStartSlot");
    return th;
}

void readDevices(const Object &root, Scenario &scenario)
{
    const json::Value &devices = root.required("devices");
    if (!devices.isArray())
        failType("devices", "an array", devices);
    std::unordered_map<std::string, std::size_t> ids; // id -> index in devices
    for (std::size_t i = 0; i < devices.items().size(); ++i) {
        const Object device(devices.items()[i], json::itemPath("devices", i));
        const std::string type = text(device.required("type"), device.path("type"));
        if (type == "battery") {
            device.rejectUnknownFields({"type", "id", "capacityKwh", "socKwh", "minSocKwh", "maxSocKwh",
                                        "maxChargeKw", "maxDischargeKw", "chargeEfficiency",
                                        "dischargeEfficiency", "cycleCostPerKwh", "finalSocKwhMin"});
        } else if (type == "ev") {
            device.rejectUnknownFields({"type", "id", "capacityKwh", "socKwh", "targetSocKwh", "arrivalSlot",
                                        "departureSlot", "minChargeKw", "maxChargeKw", "chargeEfficiency"});
        } else if (type == "appliance") {
            device.rejectUnknownFields({"type", "id", "profileKw", "earliestStartSlot", "latestEndSlot"});
        } else if (type == "thermal") {
            device.rejectUnknownFields(
                {"type", "id", "maxKw", "energyKwh", "windowStartSlot", "windowEndSlot"});
        } else {
            fail(device.path("type"), R"(must be "battery", "ev", "appliance" or "thermal")");
        }

        std::string id = text(device.required("id"), device.path("id"));
        if (id.empty())
            fail(device.path("id"), "must not be empty");
        const auto [it, inserted] = ids.emplace(id, i);
        if (!inserted) {
            fail(device.path("id"),
                 jsonfields::quoted(id) + " is already the id of " + json::itemPath("devices", it->second));
        }

        if (type == "battery") {
            scenario.deviceOrder.push_back(
                {DeviceType::Battery, static_cast<int>(scenario.batteries.size())});
            scenario.batteries.push_back(readBattery(device, std::move(id)));
        } else if (type == "ev") {
            scenario.deviceOrder.push_back({DeviceType::Ev, static_cast<int>(scenario.evs.size())});
            scenario.evs.push_back(readEv(device, std::move(id)));
        } else if (type == "appliance") {
            scenario.deviceOrder.push_back(
                {DeviceType::Appliance, static_cast<int>(scenario.appliances.size())});
            scenario.appliances.push_back(readAppliance(device, std::move(id)));
        } else {
            scenario.deviceOrder.push_back({DeviceType::Thermal, static_cast<int>(scenario.thermals.size())});
            scenario.thermals.push_back(readThermal(device, std::move(id)));
        }
    }
}

Scenario read(std::string_view jsonText)
{
    json::ParseResult parsed = json::parse(jsonText);
    if (!parsed.ok())
        throw Failure{std::move(parsed.error)};
    const Object root(parsed.value, "", "scenario");
    const json::Value &format = root.required("format");
    if (!format.isString() || format.toString() != kFormat)
        fail("format", R"(must be "commonwatt-scenario/1")");
    root.rejectUnknownFields({"format", "name", "start", "slotMinutes", "slots", "signals", "currency",
                              "weights", "site", "devices"});

    Scenario scenario;
    scenario.name = text(root.required("name"), "name");
    scenario.start = text(root.required("start"), "start");
    const std::optional<std::int64_t> start = parseUtcTimestamp(scenario.start);
    if (!start)
        fail("start", R"(must be an ISO 8601 UTC time such as "2026-06-01T00:00:00Z")");
    scenario.startEpochSeconds = *start;

    const std::int64_t slotMinutes = integer(root.required("slotMinutes"), "slotMinutes");
    if (slotMinutes != 5 && slotMinutes != 10 && slotMinutes != 15 && slotMinutes != 30 && slotMinutes != 60)
        fail("slotMinutes", "must be 5, 10, 15, 30 or 60");
    scenario.slotMinutes = static_cast<int>(slotMinutes);
    const std::int64_t slots = integer(root.required("slots"), "slots");
    if (slots < 1 || slots > kMaxSlots)
        fail("slots", "must be an integer from 1 to " + std::to_string(kMaxSlots));
    scenario.slotCount = static_cast<int>(slots);

    readSignals(root, scenario);
    readCurrency(root, scenario);
    readWeights(root, scenario);
    readSite(root, scenario);
    readDevices(root, scenario);
    return scenario;
}

// Two decimal digits at text[pos], or -1.
int twoDigits(std::string_view text, std::size_t pos)
{
    const char a = text[pos];
    const char b = text[pos + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9')
        return -1;
    return (a - '0') * 10 + (b - '0');
}

} // namespace

std::optional<std::int64_t> parseUtcTimestamp(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SS, then optional zero fractional seconds, then Z or +00:00.
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':') {
        return std::nullopt;
    }
    const int century = twoDigits(text, 0);
    const int yearOfCentury = twoDigits(text, 2);
    const int month = twoDigits(text, 5);
    const int day = twoDigits(text, 8);
    const int hour = twoDigits(text, 11);
    const int minute = twoDigits(text, 14);
    const int second = twoDigits(text, 17);
    if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 59) {
        return std::nullopt;
    }
    const std::int64_t year = century * 100 + yearOfCentury;
    if (day > daysInMonth(year, month))
        return std::nullopt;
    std::string_view zone = text.substr(19);
    if (!zone.empty() && zone.front() == '.') {
        std::size_t zeros = 1;
        while (zeros < zone.size() && zone[zeros] == '0')
            ++zeros;
        if (zeros == 1)
            return std::nullopt; // a '.' without digits (or with a non-zero first digit)
        zone.remove_prefix(zeros);
    }
    if (zone != "Z" && zone != "+00:00")
        return std::nullopt;
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

ScenarioReadResult readScenario(std::string_view json)
{
    ScenarioReadResult result;
    try {
        result.scenario = read(json);
    } catch (const Failure &failure) {
        result.error = failure.message;
    } catch (const std::bad_alloc &) {
        result.error = "out of memory reading the scenario";
    }
    return result;
}

} // namespace commonwatt::scheduler
