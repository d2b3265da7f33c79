#include "gridsignals.h"

#include "seededrandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace commonwatt::simulator {

namespace {
// A north-west European grid (the Netherlands around 2024), in units of the region's mean demand. The
// figures these give are in docs/simulator.md.
constexpr double windFleet = 0.85;           // wind output at a capacity factor of 1
constexpr double solarFleet = 1.2;           // solar output at 1000 W/m^2 on the horizontal
constexpr double renewableBase = 0.08;       // biomass, waste and imported hydro: a steady share of demand
constexpr double renewableCap = 0.9;         // beyond this, renewables are curtailed or exported
constexpr double nuclearShare = 0.03;        // neither fossil nor renewable
constexpr double mustRunFossil = 0.08;       // gas for heat and balancing that never switches off
constexpr double fossilIntensity = 740.0;    // gCO2/kWh of the gas and coal mix
constexpr double intensityFloor = 20.0;      // life-cycle emissions of everything else
constexpr double comfortableResidual = 0.62; // residual load at which the grid needs neither more nor less

// The mean of an independent draw per day in [-1, 1] and its predecessors, weighted 0.65^k: weather
// systems last several days, so neighbouring days' wind is correlated (0.65 from one day to the next)
// without any state carried from step to step.
constexpr int windMemoryDays = 7;
constexpr double windPersistence = 0.65;

// The region's wind capacity factor for a local day: log-normal around a seasonal mean, so that most days
// are moderate, some calm and a few stormy.
[[nodiscard]] double windDayLevel(std::uint64_t seed, qint64 day, double winter)
{
    double sum = 0.0;
    double weight = 1.0;
    double norm = 0.0;
    for (int k = 0; k < windMemoryDays; ++k) {
        sum += weight * (2.0 * unitOf(hashOf(seed, day - k, Purpose::GridWind, 0)) - 1.0);
        norm += weight * weight;
        weight *= windPersistence;
    }
    const double z = sum / std::sqrt(norm / 3.0); // about unit variance: a uniform in [-1, 1] has 1/3
    const double mean = 0.24 + 0.20 * winter;
    return std::clamp(mean * std::exp(0.55 * z - 0.15), 0.03, 0.85);
}

[[nodiscard]] double smoothstep(double x)
{
    return x * x * (3.0 - 2.0 * x);
}

// The day levels hold at local noon and blend into each other overnight, with gusts and lulls of a few
// hours on top (knots every 3 hours).
[[nodiscard]] double windAt(std::uint64_t seed, qint64 day, double secondOfDay, double winter)
{
    const double position = secondOfDay / secondsPerDay - 0.5;
    const qint64 first = position < 0.0 ? day - 1 : day;
    const double blend = smoothstep(position < 0.0 ? position + 1.0 : position);
    const double level =
        windDayLevel(seed, first, winter) * (1.0 - blend) + windDayLevel(seed, first + 1, winter) * blend;
    const double gusts = 1.0 + 0.3 * knotNoise(seed, day, Purpose::GridWindKnots, secondOfDay, 3.0 * 3600.0);
    return std::clamp(level * gusts, 0.01, 0.95);
}

// Demand relative to the yearly mean, at the middle of each local hour of a weekday: low at night, a
// plateau by day, a peak at 18 h when people come home, cook and switch the lights on.
constexpr std::array<double, 24> weekdayDemand = {0.78, 0.74, 0.72, 0.71, 0.72, 0.76, 0.86, 0.97,
                                                  1.03, 1.05, 1.05, 1.05, 1.04, 1.03, 1.02, 1.02,
                                                  1.05, 1.14, 1.18, 1.15, 1.08, 1.00, 0.92, 0.84};

[[nodiscard]] double demandAt(double secondOfDay, bool weekend, double winter)
{
    const double hour = secondOfDay / 3600.0 - 0.5;
    const double whole = std::floor(hour);
    const double fraction = hour - whole;
    const auto index = [](double h) { return static_cast<std::size_t>((static_cast<int>(h) + 24) % 24); };
    double demand =
        weekdayDemand[index(whole)] * (1.0 - fraction) + weekdayDemand[index(whole + 1.0)] * fraction;
    if (weekend && secondOfDay > 6.0 * 3600.0 && secondOfDay < 21.0 * 3600.0)
        demand *= 0.9;                      // offices and workshops are closed
    return demand * (0.92 + 0.16 * winter); // heating, heat pumps and lighting
}

// Grid need from the residual load (demand minus wind and sun): above a comfortable level the grid is
// stressed, linearly; below it, it has surplus, gently at first (an ordinary night is near 0) and steeply
// when wind and sun cover nearly everything.
[[nodiscard]] double needFromResidual(double residual)
{
    const double need = residual >= comfortableResidual
                            ? (residual - comfortableResidual) / 0.6
                            : -std::pow((comfortableResidual - residual) / 0.55, 1.5);
    return std::clamp(need, -1.0, 1.0);
}

[[nodiscard]] double intensityOf(double renewableShare)
{
    const double fossil = std::max(mustRunFossil, 1.0 - renewableShare - nuclearShare);
    return intensityFloor + fossilIntensity * fossil;
}
} // namespace

double GridEvent::minimumNeed() const
{
    return level >= 3 ? 1.0 : level == 2 ? 0.75 : 0.5;
}

GridSignalModel::GridSignalModel(const HouseholdConfig &config)
    : m_config(config)
    , m_calendar(config.timeZone)
    , m_sun(config.latitudeDeg, config.longitudeDeg)
{}

qint64 GridSignalModel::slotStartOf(qint64 utcMs)
{
    const qint64 quotient = utcMs / slotMs;
    const qint64 down = quotient * slotMs;
    return down > utcMs ? down - slotMs : down; // / rounds towards zero for negative times
}

std::optional<GridEvent> GridSignalModel::eventOn(qint64 day) const
{
    const DateInfo date = DateInfo::of(day);
    if (date.isWeekend())
        return std::nullopt;
    // How tight the evening will be: the 18 h residual load with the day's wind and no sun (in winter there
    // is none by then; in summer the sun makes an event rarer still).
    const double winter = winterness(date, m_config.latitudeDeg);
    const double tightness =
        demandAt(18.0 * 3600.0, false, winter) - windFleet * windDayLevel(m_config.seed, day, winter);
    DayRandom random(m_config.seed, day, Purpose::GridEvent);
    const double draw = random.uniform();
    // Never on an easy evening; on the tightest, coldest ones about every third day; rare out of winter,
    // when the evening is milder and the grid has capacity to spare.
    const double season = 0.05 + 0.95 * winter * winter;
    const double chance = 0.4 * season * std::clamp((tightness - 0.9) / 0.25, 0.0, 1.0);
    if (draw >= chance)
        return std::nullopt;
    GridEvent event;
    event.day = day;
    event.level = tightness >= 1.12 ? 3 : tightness >= 1.02 ? 2 : 1;
    return event;
}

const GridSignalModel::Day &GridSignalModel::dayOf(qint64 day)
{
    if (!m_day || m_day->date.day != day) {
        Day plan;
        plan.date = DateInfo::of(day);
        plan.winter = winterness(plan.date, m_config.latitudeDeg);
        plan.weather = dayWeather(m_config.seed, plan.date, plan.winter);
        plan.weather.variability *= 0.5; // a region averages out the passing clouds a single roof sees
        plan.event = eventOn(day);
        m_day = plan;
    }
    return *m_day;
}

GridSignalModel::Instant GridSignalModel::at(qint64 utcMs)
{
    const LocalTime local = m_calendar.at(utcMs);
    const Day &day = dayOf(local.day);
    const SolarPosition sun = m_sun.at(utcMs);
    double solar = 0.0;
    if (sun.elevationDeg > 0.0) {
        const double cover = cloudCover(m_config.seed, local.day, day.weather, local.secondOfDay);
        solar = solarFleet * underClouds(clearSky(sun), sun, cover).globalHorizontal / 1000.0;
    }
    const double wind = windFleet * windAt(m_config.seed, local.day, local.secondOfDay, day.winter);
    const double demand = demandAt(local.secondOfDay, day.date.isWeekend(), day.winter);
    Instant instant;
    instant.renewableShare = std::min(renewableCap, renewableBase + (solar + wind) / demand);
    instant.gridNeed = needFromResidual(demand - solar - wind);
    return instant;
}

GridSignalSlot GridSignalModel::compute(qint64 slotStartMs)
{
    GridSignalSlot slot;
    slot.startMs = slotStartMs;
    // Slot means from the middles of its three 5-minute thirds: the sun moves too fast at dawn and dusk for
    // a single point to stand for 15 minutes.
    constexpr int points = 3;
    for (int i = 0; i < points; ++i) {
        const Instant instant = at(slotStartMs + (2 * i + 1) * slotMs / (2 * points));
        slot.renewableShare += instant.renewableShare / points;
        slot.carbonIntensity += intensityOf(instant.renewableShare) / points;
        slot.gridNeed += instant.gridNeed / points;
    }
    const LocalTime local = m_calendar.at(slotStartMs);
    const Day &day = dayOf(local.day);
    // An event covers every slot it overlaps (currency.md, section 5). Its floor on the grid need is applied
    // by whoever reads the signals (settlement, advice, the planner), as for a community feed, so that s stays
    // the grid's own need and a household that declines the event can plan without the floor.
    if (day.event && overlapSeconds(local.secondOfDay, local.secondOfDay + slotMs / 1000.0,
                                    day.event->startSecond, day.event->endSecond) > 0.0)
        slot.eventLevel = day.event->level;
    return slot;
}

GridSignalSlot GridSignalModel::slotAt(qint64 utcMs)
{
    const qint64 start = slotStartOf(utcMs);
    constexpr qint64 keptSlots = 2 * 96; // a forecast's length: anything further is a jump, not a step
    if (m_slots.empty() || start < m_slots.front().startMs ||
        start > m_slots.back().startMs + keptSlots * slotMs) {
        m_slots.clear();
        m_slots.push_back(compute(start));
    }
    while (m_slots.back().startMs < start)
        m_slots.push_back(compute(m_slots.back().startMs + slotMs));
    // Keep two forecasts' worth: the next forecast starts one slot after the previous one, which must still
    // be here, or every slot start would compute two days of slots again.
    while (m_slots.size() > static_cast<std::size_t>(2 * keptSlots))
        m_slots.pop_front();
    return m_slots[static_cast<std::size_t>((start - m_slots.front().startMs) / slotMs)];
}

std::vector<GridSignalSlot> GridSignalModel::forecast(qint64 utcMs)
{
    const qint64 first = slotStartOf(utcMs);
    const LocalTime local = m_calendar.at(first);
    // The end of the next local day: midnight two days on, unless a clock change moves it by its offset.
    qint64 end = slotStartOf(first + static_cast<qint64>((2.0 * secondsPerDay - local.secondOfDay) * 1000.0));
    while (m_calendar.at(end).day > local.day + 1)
        end -= slotMs;
    while (m_calendar.at(end).day <= local.day + 1)
        end += slotMs;
    // Fill the cache from first to the last slot, then copy the range: one lookup per slot costs more than
    // the rare slot the cache has to compute.
    (void)slotAt(first);
    (void)slotAt(end - slotMs);
    const auto from = m_slots.begin() + (first - m_slots.front().startMs) / slotMs;
    std::vector<GridSignalSlot> ahead(from, from + (end - first) / slotMs); // not `slots`: a Qt macro
    return ahead;
}

} // namespace commonwatt::simulator
