#include "generatorinternals.h"

#include "scheduler/immediate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace commonwatt::scheduler::bench {

namespace detail {

namespace {

// Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yoe = year - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

} // namespace

std::string Builder::uniqueId(const std::string &base)
{
    std::string id = base;
    for (int n = 2; std::find(m_ids.begin(), m_ids.end(), id) != m_ids.end(); ++n)
        id = base + "-" + std::to_string(n);
    m_ids.push_back(id);
    return id;
}

void Builder::makeTime(std::uint64_t seed)
{
    const SizeClass &size = m_options.size;
    m_h.slotMinutes = size.slotMinutes;
    m_h.slotCount = size.slotCount();
    m_h.dt = size.slotMinutes / 60.0;
    const double startHours[] = {0, 0, 0, 0, 0, 6, 7, 12, 15, 17, 18, 21};
    m_h.startHour = static_cast<int>(startHours[m_random.integer(0, 11)]);
    const int month = m_random.integer(1, 12);
    const int day = m_random.integer(1, 28);
    const int dayOfYear = (month - 1) * 30 + day;
    m_h.season = std::cos(2.0 * std::numbers::pi * (dayOfYear - 172) / 365.0);
    m_h.daylight = 12.0 + 4.0 * m_h.season;
    m_h.sunrise = 13.0 - m_h.daylight / 2.0;

    char start[32];
    std::snprintf(start, sizeof start, "2026-%02d-%02dT%02d:00:00Z", month, day, m_h.startHour);
    char name[96];
    std::snprintf(name, sizeof name, "gen-%s-%016llx", size.name().c_str(), static_cast<unsigned long long>(seed));
    m_s.name = name;
    m_s.start = start;
    m_s.startEpochSeconds = daysFromCivil(2026, month, day) * 86400 + m_h.startHour * 3600;
    m_s.slotMinutes = m_h.slotMinutes;
    m_s.slotCount = m_h.slotCount;
}

void Builder::makeSignals()
{
    const auto n = static_cast<std::size_t>(m_h.slotCount);
    Signals &sig = m_s.gridSignals;
    sig.carbonIntensity.assign(n, 0.0);
    sig.gridNeed.assign(n, 0.0);
    sig.priceImport.assign(n, 0.0);
    sig.priceExport.assign(n, 0.0);
    sig.eventRate.assign(n, 0.0);
    sig.eventBaselineKw.assign(n, 0.0);

    // Carbon intensity: the region's level, an evening peak, a solar dip that is deeper in summer, day to day
    // weather and slot noise.
    const double level = m_random.uniform(80.0, 550.0);
    const double solarDip = 0.05 + m_random.uniform(0.0, 0.45) * (m_h.season + 1.0) / 2.0;
    std::vector<double> dayFactor(static_cast<std::size_t>(m_h.days()) + 1);
    for (double &f : dayFactor)
        f = m_random.uniform(0.85, 1.15);
    Noise carbonNoise(m_random, 0.8);
    for (std::size_t t = 0; t < n; ++t) {
        const int slot = static_cast<int>(t);
        const double hour = m_h.hourOf(slot);
        const double shape = 1.0 + 0.25 * bump(hour, 19.0, 2.5) + 0.1 * bump(hour, 8.0, 1.5) - solarDip * m_h.sun(hour);
        const double g = level * dayFactor[static_cast<std::size_t>(m_h.dayOf(slot))] * shape
                         * (1.0 + 0.06 * carbonNoise.next());
        sig.carbonIntensity[t] = std::max(0.0, std::round(g));
    }

    if (m_random.chance(0.65)) {
        const double evening = m_random.uniform(0.3, 0.8);
        const double midday = m_random.uniform(0.1, 0.6) * (m_h.season + 1.2) / 2.2;
        Noise needNoise(m_random, 0.7);
        for (std::size_t t = 0; t < n; ++t) {
            const double hour = m_h.hourOf(static_cast<int>(t));
            const double s = evening * bump(hour, 19.0, 2.0) + 0.3 * bump(hour, 8.0, 1.5) - midday * m_h.sun(hour)
                             + 0.08 * needNoise.next();
            sig.gridNeed[t] = std::clamp(std::round(s * 1000.0) / 1000.0, -1.0, 1.0);
        }
    }

    if (m_random.chance(0.55)) {
        const int kind = m_random.integer(0, 2);
        const double exportFlat = m_random.chance(0.5) ? 0.0 : round3(m_random.uniform(0.04, 0.12));
        if (kind == 0) { // flat tariff
            const double import = round3(m_random.uniform(0.22, 0.38));
            std::fill(sig.priceImport.begin(), sig.priceImport.end(), import);
            std::fill(sig.priceExport.begin(), sig.priceExport.end(), exportFlat);
        } else if (kind == 1) { // time of use
            const double night = round3(m_random.uniform(0.12, 0.2));
            const double dayPrice = round3(m_random.uniform(0.25, 0.32));
            const double peak = round3(m_random.uniform(0.35, 0.5));
            for (std::size_t t = 0; t < n; ++t) {
                const double hour = m_h.hourOf(static_cast<int>(t));
                sig.priceImport[t] = hour < 7.0 ? night : (hour >= 17.0 && hour < 21.0 ? peak : dayPrice);
                sig.priceExport[t] = exportFlat;
            }
        } else { // dynamic: wholesale plus fees; a sunny surplus can push both below zero
            const double base = m_random.uniform(0.05, 0.15);
            const double depth = m_random.chance(0.3) ? m_random.uniform(0.9, 1.6) : m_random.uniform(0.0, 0.5);
            const double fees = m_random.chance(0.1) ? m_random.uniform(0.01, 0.04) : m_random.uniform(0.1, 0.2);
            Noise priceNoise(m_random, 0.6);
            for (std::size_t t = 0; t < n; ++t) {
                const double hour = m_h.hourOf(static_cast<int>(t));
                const double wholesale = base * (0.7 + 0.5 * bump(hour, 19.0, 2.5) + 0.2 * bump(hour, 8.0, 1.5)
                                                 - depth * m_h.sun(hour))
                                         + 0.01 * priceNoise.next();
                sig.priceImport[t] = std::round((wholesale + fees) * 1e4) / 1e4;
                sig.priceExport[t] = std::min(std::round(wholesale * 1e4) / 1e4, sig.priceImport[t]);
            }
        }
        const double moneyWeights[] = {0.0, 0.0, 0.5, 1.0, 1.0, 2.0, 3.0};
        m_s.weights.money = moneyWeights[m_random.integer(0, 6)];
        if (m_s.weights.money > 0.0 && m_random.chance(0.08))
            m_s.weights.credits = 0.0;
    }
    if (m_s.weights.credits > 0.0 && m_random.chance(0.1))
        m_s.weights.credits = round2(m_random.uniform(0.3, 1.0));
    for (std::size_t t = 0; t < n; ++t) // the export default, for scenarios without export prices
        sig.priceExport[t] = std::min(sig.priceExport[t], sig.priceImport[t]);

    if (m_random.chance(0.3)) {
        m_s.currency.referenceIntensity = std::round(m_random.uniform(300.0, 450.0));
        m_s.currency.kappa = round2(m_random.uniform(0.15, 0.35));
        m_s.currency.gamma = round2(m_random.uniform(0.3, 0.8));
        m_s.currency.exportFee = round3(m_random.uniform(0.01, 0.05));
    }
}

void Builder::makeSite()
{
    const auto n = static_cast<std::size_t>(m_h.slotCount);
    const Household household = m_options.size.household;
    const double scale = household == Household::Flat ? 0.6 : (household == Household::House ? 1.0 : 1.5);
    Site &site = m_s.site;
    site.baseLoadKw.assign(n, 0.0);
    site.pvKw.assign(n, 0.0);

    const double night = m_random.uniform(0.15, 0.35);
    const double morning = m_random.uniform(0.4, 1.2);
    const double evening = m_random.uniform(0.8, 2.0);
    Noise loadNoise(m_random, 0.5);
    for (std::size_t t = 0; t < n; ++t) {
        const double hour = m_h.hourOf(static_cast<int>(t));
        double load = night + morning * bump(hour, 7.5, 1.0) + evening * bump(hour, 19.5, 1.8)
                      + 0.25 * bump(hour, 13.0, 2.0);
        load *= scale * (1.0 + 0.15 * loadNoise.next());
        if (m_random.chance(0.04)) // kettle, cooking: short peaks, diluted in longer slots
            load += m_random.uniform(0.5, 1.5) * scale * 15.0 / m_h.slotMinutes;
        site.baseLoadKw[t] = std::max(0.05, round3(load));
    }

    if (household == Household::Large || (household == Household::House && m_random.chance(0.7)))
        m_kwp = round1(household == Household::Large ? m_random.uniform(6.0, 15.0) : m_random.uniform(3.0, 10.0));
    if (m_kwp > 0.0) {
        const double peak = 0.55 + 0.3 * (m_h.season + 1.0) / 2.0;
        std::vector<double> clearness(static_cast<std::size_t>(m_h.days()) + 1);
        for (double &c : clearness)
            c = m_random.chance(0.4) ? m_random.uniform(0.9, 1.0) : m_random.uniform(0.2, 0.9);
        Noise cloudNoise(m_random, 0.85);
        for (std::size_t t = 0; t < n; ++t) {
            const int slot = static_cast<int>(t);
            const double k = clearness[static_cast<std::size_t>(m_h.dayOf(slot))];
            const double cloud = std::clamp(k + 0.3 * (1.0 - k) * cloudNoise.next(), 0.05, 1.0);
            site.pvKw[t] = std::max(0.0, round3(m_kwp * peak * m_h.sun(m_h.hourOf(slot)) * cloud));
        }
    }
}

void Builder::drawLimits()
{
    const Household household = m_options.size.household;
    const double flat[] = {5.75, 8.05, 11.0, 17.0};
    const double house[] = {11.0, 13.8, 17.0, 22.0, 25.0};
    const double large[] = {17.0, 22.0, 25.0, 34.5, 43.5};
    Site &site = m_s.site;
    site.importLimitKw = household == Household::Flat    ? flat[m_random.integer(0, 3)]
                         : household == Household::House ? house[m_random.integer(0, 4)]
                                                         : large[m_random.integer(0, 4)];
    const double exportChoices[] = {3.68, 4.6, 5.0, 7.0, 10.0, 17.0};
    const double draw = m_random.uniform();
    if (m_kwp > 0.0 && draw < 0.15)
        site.exportLimitKw = 0.0; // zero export
    else if (m_kwp > 0.0 && draw < 0.4)
        site.exportLimitKw = round2(m_kwp * m_random.uniform(0.3, 0.7));
    else
        site.exportLimitKw = exportChoices[m_random.integer(0, 5)];

    // The immediate plan is the witness of feasibility: when it breaks the drawn import limit, or when the
    // limit is drawn to bind, the limit is set just above the immediate plan's peak import.
    const bool binding = m_random.chance(0.2);
    const double drawn = site.importLimitKw;
    site.importLimitKw = 1e6;
    const Plan witness = immediatePlan(m_s);
    double peak = 0.0;
    if (witness.hasSchedule())
        peak = *std::max_element(witness.importKw.begin(), witness.importKw.end());
    if (binding)
        site.importLimitKw = std::ceil((peak + m_random.uniform(0.05, 1.0)) * 10.0) / 10.0;
    else
        site.importLimitKw = drawn >= peak + 1e-6 ? drawn : std::ceil((peak + 0.5) * 10.0) / 10.0;
}

void Builder::breakFeasibility()
{
    const int slots = m_h.slotCount;
    switch (m_options.infeasibility) {
    case Infeasibility::None:
        return;
    case Infeasibility::ApplianceWindow: {
        if (m_s.appliances.empty())
            addAppliance("washer");
        Appliance &a = m_s.appliances.front();
        a.earliestStartSlot = std::min<std::int64_t>(a.earliestStartSlot, slots - 1);
        a.latestEndSlot = a.earliestStartSlot + static_cast<std::int64_t>(a.profileKw.size()) - 1;
        return;
    }
    case Infeasibility::ThermalEnergy: {
        if (m_s.thermals.empty())
            addThermal(false);
        Thermal &th = m_s.thermals.front();
        const int window = std::clamp<int>(static_cast<int>(th.windowEndSlot), 0, slots)
                           - std::clamp<int>(static_cast<int>(th.windowStartSlot), 0, slots);
        th.energyKwh = round2(th.maxKw * std::max(0, window) * m_h.dt * 1.2 + 1.0);
        return;
    }
    case Infeasibility::BatteryEnd: {
        if (m_s.batteries.empty())
            addBattery();
        Battery &b = m_s.batteries.front();
        b.socKwh = b.minSocKwh;
        b.maxSocKwh = std::max(b.maxSocKwh, b.minSocKwh + 1.0);
        b.capacityKwh = std::max(b.capacityKwh, b.maxSocKwh);
        b.finalSocKwhMin = b.maxSocKwh;
        // Too slow a charger to get there within the horizon.
        b.maxChargeKw = floor2(0.5 * (b.maxSocKwh - b.socKwh) / (b.chargeEfficiency * m_h.dt * slots));
        return;
    }
    case Infeasibility::ImportLimit:
        break;
    }
    // The largest need that neither PV nor every battery at full discharge can cover.
    double discharge = 0.0;
    for (const Battery &b : m_s.batteries)
        discharge += b.maxDischargeKw;
    std::size_t worst = 0;
    double need = -1e300;
    for (std::size_t t = 0; t < static_cast<std::size_t>(slots); ++t) {
        const double n = m_s.site.baseLoadKw[t] - m_s.site.pvKw[t] - discharge;
        if (n > need) {
            need = n;
            worst = t;
        }
    }
    if (need < 0.5) {
        m_s.site.baseLoadKw[worst] = round3(m_s.site.baseLoadKw[worst] + 0.5 - need);
        need = 0.5;
    }
    m_s.site.importLimitKw = floor2(need * 0.5);
}

Scenario Builder::build(std::uint64_t seed)
{
    makeTime(seed);
    makeSignals();
    makeSite();
    makeDevices();

    // A grid event in an evening of the horizon: it also raises the grid need to at least its level.
    if (m_random.chance(0.2)) {
        const int day = m_random.integer(0, std::max(0, m_h.days() - 1));
        const double from = m_h.hoursUntil(day, m_random.uniform(16.0, 19.0));
        const int first = std::max(0, m_h.slotAt(from));
        const int last = std::min(m_h.slotCount, first + std::max(1, m_h.slotAt(m_random.uniform(1.0, 3.0))));
        const double rate = round2(m_random.uniform(2.0, 5.0));
        const double level = 0.5 + 0.25 * m_random.integer(0, 2);
        double meanLoad = 0.0;
        for (int t = first; t < last; ++t)
            meanLoad += m_s.site.baseLoadKw[static_cast<std::size_t>(t)] / std::max(1, last - first);
        const double baseline = round3(meanLoad * m_random.uniform(1.0, 1.5) + 0.3);
        for (int t = first; t < last; ++t) {
            const auto i = static_cast<std::size_t>(t);
            m_s.gridSignals.eventRate[i] = rate;
            m_s.gridSignals.eventBaselineKw[i] = baseline;
            m_s.gridSignals.gridNeed[i] = std::max(m_s.gridSignals.gridNeed[i], level);
        }
    }

    drawLimits();
    breakFeasibility();
    return m_s;
}

} // namespace detail


const char *toString(Household household)
{
    switch (household) {
    case Household::Flat:
        return "flat";
    case Household::House:
        return "house";
    case Household::Large:
        break;
    }
    return "large";
}

std::string SizeClass::name() const
{
    return std::to_string(slotMinutes) + "min-" + std::to_string(hours) + "h-" + toString(household);
}

std::vector<SizeClass> benchmarkSizeClasses()
{
    std::vector<SizeClass> classes;
    for (Household household : {Household::Flat, Household::House, Household::Large})
        for (int hours : {24, 48})
            for (int minutes : {60, 30, 15})
                classes.push_back({minutes, hours, household});
    return classes;
}

SizeClass largestSizeClass()
{
    return {15, 48, Household::Large};
}

std::uint64_t scenarioSeed(std::uint64_t runSeed, std::size_t classIndex, std::size_t index)
{
    Random mix(runSeed ^ (0x9e3779b97f4a7c15ULL * (classIndex + 1)) ^ (0xbf58476d1ce4e5b9ULL * (index + 1)));
    return mix.next();
}

Scenario generateScenario(std::uint64_t seed, const GeneratorOptions &options)
{
    detail::Builder builder(seed, options);
    return builder.build(seed);
}

} // namespace commonwatt::scheduler::bench
