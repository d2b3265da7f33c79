// The household's devices for the scenario generator (generator.h): batteries, cars, appliances with
// realistic run profiles and windows, and thermal loads.
#include "generatorinternals.h"

#include <algorithm>
#include <cmath>

namespace commonwatt::scheduler::bench::detail {

namespace {

// (the appliance is off for the rest of the last slot).
std::vector<double> resample(const std::vector<double> &quarterHours, int slotMinutes)
{
    const auto perSlot = static_cast<std::size_t>(slotMinutes / 15);
    std::vector<double> profile;
    for (std::size_t i = 0; i < quarterHours.size(); i += perSlot) {
        double sum = 0.0;
        for (std::size_t k = i; k < std::min(quarterHours.size(), i + perSlot); ++k)
            sum += quarterHours[k];
        profile.push_back(round3(sum / static_cast<double>(perSlot)));
    }
    return profile;
}

std::vector<double> repeat(double kw, int quarters) { return std::vector<double>(static_cast<std::size_t>(quarters), kw); }
void append(std::vector<double> &to, const std::vector<double> &more) { to.insert(to.end(), more.begin(), more.end()); }

// A realistic run profile in 15-minute steps for one kind of appliance.
std::vector<double> applianceProfile(Random &random, const std::string &kind)
{
    std::vector<double> p;
    if (kind == "washer" || kind == "washer-dryer") {
        append(p, repeat(random.uniform(1.8, 2.3), random.integer(1, 2)));
        append(p, repeat(random.uniform(0.15, 0.3), random.integer(3, 6)));
        append(p, repeat(random.uniform(0.35, 0.7), 2));
        if (kind == "washer-dryer")
            append(p, repeat(random.uniform(1.2, 1.8), random.integer(4, 8)));
    } else if (kind == "dishwasher") {
        const double heat = random.uniform(1.8, 2.2);
        p = {0.05, heat, heat * random.uniform(0.6, 1.0), 0.15, 0.1};
        append(p, repeat(0.08, random.integer(0, 3)));
        append(p, {heat * 0.9, 0.1, 0.02});
    } else if (kind == "dryer") {
        if (random.chance(0.5)) {
            append(p, repeat(random.uniform(2.2, 2.8), random.integer(4, 6))); // vented
        } else {
            append(p, repeat(random.uniform(0.6, 0.9), random.integer(8, 12))); // heat pump
        }
        p.push_back(0.2);
    } else if (kind == "pool-pump") {
        p = repeat(random.uniform(0.6, 1.2), random.integer(12, 24));
    } else if (kind == "dehumidifier") {
        p = repeat(random.uniform(0.25, 0.5), random.integer(8, 16));
    } else if (kind == "bread-maker") {
        p = {0.12, 0.05, 0.05, 0.05, 0.12, 0.05, 0.05};
        append(p, repeat(random.uniform(0.55, 0.7), random.integer(3, 5)));
    } else if (kind == "ebike-charger") {
        p = repeat(random.uniform(0.08, 0.25), random.integer(8, 16));
        p.back() *= 0.4;
    } else if (kind == "oven-pyrolysis") {
        p = repeat(random.uniform(2.5, 3.5), random.integer(4, 8));
    } else { // sauna: heating up, then holding
        append(p, repeat(random.uniform(6.0, 9.0), random.integer(3, 4)));
        append(p, repeat(random.uniform(2.0, 3.0), random.integer(2, 4)));
    }
    return p;
}

const std::vector<std::string> &applianceKinds()
{
    static const std::vector<std::string> kinds = {"washer", "dishwasher", "dryer", "washer-dryer", "pool-pump",
                                                   "dehumidifier", "bread-maker", "ebike-charger",
                                                   "oven-pyrolysis", "sauna"};
    return kinds;
}

} // namespace

void Builder::addBattery()
{
    Battery b;
    b.id = uniqueId(m_s.batteries.empty() ? "house-battery" : "garage-battery");
    const double sizes[] = {5.0, 7.7, 9.8, 10.2, 13.5};
    b.capacityKwh = round2(sizes[m_random.integer(0, 4)] * m_random.uniform(0.9, 1.1));
    b.minSocKwh = round2(b.capacityKwh * m_random.uniform(0.03, 0.12));
    b.maxSocKwh = std::max(b.minSocKwh, floor2(b.capacityKwh * m_random.uniform(0.9, 1.0)));
    b.socKwh = round2(m_random.uniform(b.minSocKwh, b.maxSocKwh));
    b.socKwh = std::clamp(b.socKwh, b.minSocKwh, b.maxSocKwh);
    b.maxChargeKw = round2(b.capacityKwh * m_random.uniform(0.25, 0.5));
    b.maxDischargeKw = m_random.chance(0.6) ? b.maxChargeKw : round2(b.maxChargeKw * m_random.uniform(0.8, 1.2));
    b.chargeEfficiency = round3(m_random.uniform(0.9, 0.97));
    b.dischargeEfficiency = m_random.chance(0.7) ? b.chargeEfficiency : round3(m_random.uniform(0.9, 0.97));
    b.cycleCostPerKwh = m_random.chance(0.3) ? 0.0 : round3(m_random.uniform(0.005, 0.05));
    if (m_random.chance(0.5)) {
        const double reachable
            = std::min(b.maxSocKwh, b.socKwh + b.chargeEfficiency * b.maxChargeKw * m_h.dt * m_h.slotCount);
        const double wanted = m_random.chance(0.6)
                                  ? m_random.uniform(b.minSocKwh, b.socKwh)
                                  : b.socKwh + m_random.uniform(0.0, 0.5) * (reachable - b.socKwh);
        b.finalSocKwhMin = std::max(0.0, floor2(std::min(wanted, reachable)));
    }
    m_s.batteries.push_back(b);
    m_s.deviceOrder.push_back({DeviceType::Battery, static_cast<int>(m_s.batteries.size()) - 1});
}

void Builder::addEv()
{
    Ev ev;
    ev.id = uniqueId(m_s.evs.empty() ? "car" : "second-car");
    const double capacities[] = {40.0, 52.0, 58.0, 64.0, 77.0, 82.0, 100.0};
    ev.capacityKwh = capacities[m_random.integer(0, 6)];
    ev.socKwh = round1(ev.capacityKwh * m_random.uniform(0.08, 0.6));
    ev.targetSocKwh = m_random.chance(0.1) ? round1(ev.socKwh * m_random.uniform(0.6, 1.0))
                                           : round1(ev.capacityKwh * m_random.uniform(0.5, 0.9));
    const int charger = m_random.integer(0, 3);
    ev.minChargeKw = charger == 2 ? 4.1 : 1.4;
    ev.maxChargeKw = charger == 0 ? 3.7 : (charger == 1 ? 7.4 : 11.0);
    ev.chargeEfficiency = round3(m_random.uniform(0.85, 0.95));

    const double horizonHours = m_h.slotCount * m_h.dt;
    const int lastDay = m_h.days() - 1;
    double arrive = 0.0;
    double leave = 0.0;
    const double pattern = m_random.uniform();
    if (pattern < 0.55) { // home overnight
        arrive = m_h.hoursUntil(m_random.integer(0, std::max(0, lastDay - 1)), m_random.uniform(16.5, 20.0));
        leave = arrive + (24.0 - std::fmod(arrive + m_h.startHour, 24.0)) + m_random.uniform(6.5, 8.5);
    } else if (pattern < 0.75) { // plugged in already
        arrive = 0.0;
        leave = m_random.uniform(4.0, 14.0);
    } else if (pattern < 0.9) { // at home for the day
        arrive = m_h.hoursUntil(m_random.integer(0, lastDay), m_random.uniform(9.0, 11.0));
        leave = arrive + m_random.uniform(5.0, 8.0);
    } else { // a short stop: the target is often out of reach
        arrive = m_random.uniform(0.0, horizonHours - 2.0);
        leave = arrive + m_random.uniform(1.0, 2.0);
    }
    if (arrive < 0.0 || arrive >= horizonHours - 1.0) {
        arrive = std::max(0.0, std::min(arrive, horizonHours - 1.0));
        leave = std::max(leave, arrive + 1.0);
    }
    ev.arrivalSlot = m_h.slotAt(arrive);
    ev.departureSlot = std::max(ev.arrivalSlot, static_cast<std::int64_t>(m_h.slotAt(leave)));
    m_s.evs.push_back(ev);
    m_s.deviceOrder.push_back({DeviceType::Ev, static_cast<int>(m_s.evs.size()) - 1});
}

void Builder::addAppliance(const std::string &kind)
{
    Appliance a;
    a.id = uniqueId(kind);
    a.profileKw = resample(applianceProfile(m_random, kind), m_h.slotMinutes);
    const int len = static_cast<int>(a.profileKw.size());
    const int slots = m_h.slotCount;
    const double style = m_random.uniform();
    int earliest = 0;
    int latestEnd = slots;
    if (style < 0.35) { // today, any time after a morning hour; may end beyond the horizon
        earliest = std::max(0, m_h.slotAt(m_h.hoursUntil(0, m_random.uniform(6.0, 10.0))));
        latestEnd = m_random.chance(0.3) ? slots + m_random.integer(1, 8) : slots;
    } else if (style < 0.65) { // overnight, done by morning
        const int day = m_random.integer(0, std::max(0, m_h.days() - 2));
        earliest = std::max(0, m_h.slotAt(m_h.hoursUntil(day, m_random.uniform(18.0, 22.0))));
        latestEnd = m_h.slotAt(m_h.hoursUntil(day + 1, m_random.uniform(6.0, 8.0)));
    } else if (style < 0.85) { // a little slack
        earliest = m_random.integer(0, std::max(0, slots - len));
        latestEnd = earliest + len + m_h.slotAt(m_random.uniform(0.0, 3.0));
    } else if (style < 0.9) { // no slack at all
        earliest = m_random.integer(0, std::max(0, slots - len));
        latestEnd = earliest + len;
    } // else: the whole horizon
    const int end = std::min(latestEnd, slots);
    if (earliest + len > end) {
        earliest = std::max(0, end - len);
        if (earliest + len > end)
            latestEnd = earliest + len;
    }
    a.earliestStartSlot = earliest;
    a.latestEndSlot = latestEnd;
    m_s.appliances.push_back(a);
    m_s.deviceOrder.push_back({DeviceType::Appliance, static_cast<int>(m_s.appliances.size()) - 1});
}

void Builder::addThermal(bool heatPump)
{
    Thermal th;
    th.id = uniqueId(heatPump ? "heat-pump" : "water-heater");
    const int slots = m_h.slotCount;
    const double horizonDays = slots * m_h.dt / 24.0;
    double daily = 0.0;
    if (heatPump) {
        th.maxKw = round2(m_random.uniform(1.5, 4.0));
        daily = m_random.uniform(3.0, 10.0) * (1.0 + 0.8 * (1.0 - m_h.season) / 2.0);
        th.windowStartSlot = m_random.chance(0.7) ? 0 : m_h.slotAt(m_random.uniform(1.0, 6.0));
        th.windowEndSlot = m_random.chance(0.8) ? slots : slots + m_random.integer(1, 12);
    } else {
        const double powers[] = {2.0, 2.5, 3.0};
        th.maxKw = powers[m_random.integer(0, 2)];
        daily = m_random.uniform(2.0, 7.0);
        const double style = m_random.uniform();
        if (style < 0.6) {
            th.windowStartSlot = 0;
            th.windowEndSlot = slots;
        } else if (style < 0.85) { // night tariff window
            th.windowStartSlot = std::max(0, m_h.slotAt(m_h.hoursUntil(0, 22.0)) % slots);
            th.windowEndSlot = th.windowStartSlot + m_h.slotAt(m_random.uniform(6.0, 9.0));
        } else {
            th.windowStartSlot = 0;
            th.windowEndSlot = slots + m_random.integer(1, 12);
        }
    }
    const int window = std::min<int>(static_cast<int>(th.windowEndSlot), slots) - static_cast<int>(th.windowStartSlot);
    const double windowHours = std::max(0, window) * m_h.dt;
    const double wanted = daily * std::max(0.5, std::min(horizonDays, windowHours / 24.0 + 0.5));
    th.energyKwh = std::max(0.0, floor2(std::min(wanted, m_random.uniform(0.4, 0.75) * th.maxKw * windowHours)));
    m_s.thermals.push_back(th);
    m_s.deviceOrder.push_back({DeviceType::Thermal, static_cast<int>(m_s.thermals.size()) - 1});
}

void Builder::makeDevices()
{
    const Household household = m_options.size.household;
    int batteries = 0;
    int evs = 0;
    int appliances = 0;
    int thermals = 0;
    switch (household) {
    case Household::Flat:
        appliances = m_random.integer(1, 3);
        thermals = m_random.chance(0.6) ? 1 : 0;
        break;
    case Household::House:
        batteries = m_random.chance(m_kwp > 0.0 ? 0.5 : 0.1) ? 1 : 0;
        evs = m_random.chance(0.5) ? 1 : 0;
        appliances = m_random.integer(2, 5);
        thermals = 1;
        break;
    case Household::Large:
        batteries = 2;
        evs = 2;
        appliances = 8;
        thermals = 2;
        break;
    }
    for (int i = 0; i < batteries; ++i)
        addBattery();
    for (int i = 0; i < evs; ++i)
        addEv();
    // The common three first (mostly), then kinds the household does not have yet (a second washer only
    // once every kind is taken).
    std::vector<std::string> unused = applianceKinds();
    for (int i = 0; i < appliances; ++i) {
        if (unused.empty())
            unused = applianceKinds();
        const int last = static_cast<int>(unused.size()) - 1;
        const bool common = i < 3 && m_random.chance(0.8); // the first unused kinds are the common ones
        const auto pick = static_cast<std::size_t>(common ? 0 : m_random.integer(0, last));
        addAppliance(unused[pick]);
        unused.erase(unused.begin() + static_cast<std::ptrdiff_t>(pick));
    }
    for (int i = 0; i < thermals; ++i)
        addThermal(thermals == 2 ? i == 1 : m_random.chance(household == Household::Flat ? 0.0 : 0.5));
    if (m_random.chance(0.5)) { // devices in any order, not grouped by type
        std::vector<DeviceRef> &order = m_s.deviceOrder;
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[static_cast<std::size_t>(m_random.integer(0, static_cast<int>(i) - 1))]);
    }
}

} // namespace commonwatt::scheduler::bench::detail
