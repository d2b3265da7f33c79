#include "appliances.h"

#include "seededrandom.h"
#include "weather.h"

#include <algorithm>
#include <cmath>

namespace commonwatt::simulator {

namespace {
constexpr double minute = 60.0;
constexpr double hour = 3600.0;
constexpr qint64 msPerSecond = 1000;
constexpr qint64 slotMs = 15 * 60 * msPerSecond;
constexpr qint64 leastSlackMs = 30 * 60 * msPerSecond; // a deadline leaves at least this over the program

// A 40 degC cotton wash: fill, heat the water, wash, rinse, spin. About 2 h and 1 kWh.
constexpr std::array washerProgram = {
    ProgramPhase{4 * minute, Kilowatts(0.05)},  ProgramPhase{20 * minute, Kilowatts(2.0)},
    ProgramPhase{50 * minute, Kilowatts(0.25)}, ProgramPhase{25 * minute, Kilowatts(0.15)},
    ProgramPhase{15 * minute, Kilowatts(0.45)}, ProgramPhase{6 * minute, Kilowatts(0.05)},
};
// An eco program: heat for the wash, wash, heat again for the final rinse, dry with residual heat. 2.5 h.
constexpr std::array dishwasherProgram = {
    ProgramPhase{10 * minute, Kilowatts(0.1)},  ProgramPhase{20 * minute, Kilowatts(1.8)},
    ProgramPhase{40 * minute, Kilowatts(0.15)}, ProgramPhase{15 * minute, Kilowatts(1.8)},
    ProgramPhase{20 * minute, Kilowatts(0.1)},  ProgramPhase{45 * minute, Kilowatts(0.02)},
};
// A vented dryer: element on for most of the cycle, then less as the load dries, then a cool-down. 1.5 h.
constexpr std::array dryerProgram = {
    ProgramPhase{65 * minute, Kilowatts(2.5)},
    ProgramPhase{15 * minute, Kilowatts(1.2)},
    ProgramPhase{10 * minute, Kilowatts(0.2)},
};

[[nodiscard]] qint64 msOf(double seconds)
{
    return std::llround(seconds * 1000.0);
}

[[nodiscard]] qint64 floorToSlot(qint64 ms)
{
    const qint64 quotient = ms / slotMs;
    const qint64 down = quotient * slotMs;
    return down > ms ? down - slotMs : down; // negative times round towards zero with /
}

// Energy (kW s) of a run that started at runStart (seconds) within [from, to) (seconds, same origin).
[[nodiscard]] double runEnergy(Appliance appliance, double runStart, double from, double to)
{
    double energy = 0.0;
    double phaseStart = runStart;
    for (const ProgramPhase &phase : programOf(appliance)) {
        energy += phase.power.value() * overlapSeconds(from, to, phaseStart, phaseStart + phase.seconds);
        phaseStart += phase.seconds;
    }
    return energy;
}

// What one day's planning needs of the calendar: instants of local times, and the latest any deadline of
// that day may be.
struct DayClock
{
    const LocalCalendar &calendar;
    qint64 day;

    [[nodiscard]] qint64 at(double secondOfDay) const { return calendar.utcMs(day, secondOfDay); }
    // 06:00 the next morning: before any machine's first load of a day (the earliest is a 06:30 wash).
    [[nodiscard]] qint64 cutoff() const { return calendar.utcMs(day + 1, 6.0 * hour); }
    // "Done within so many hours", as a machine's delay timer does it, rounded down to a slot boundary.
    [[nodiscard]] qint64 within(qint64 loadMs, double hours) const
    {
        return std::min(floorToSlot(loadMs + msOf(hours * hour)), cutoff());
    }
    // "Done by this time of day".
    [[nodiscard]] qint64 by(double secondOfDay) const
    {
        return std::min(floorToSlot(at(secondOfDay)), cutoff());
    }
};

[[nodiscard]] bool fits(const ApplianceLoad &load, Appliance appliance)
{
    return load.deadlineMs - load.loadMs >= msOf(programSeconds(appliance)) + leastSlackMs;
}

// Washing: on about half of weekdays (before work or in the evening), most weekend days, sometimes twice. A
// morning load before work is to be done when someone is home again; other loads within 6-10 hours. A
// second load goes in after the first one's deadline, when someone empties the machine, if that is before
// 21:30.
[[nodiscard]] std::vector<ApplianceLoad> planWashes(std::uint64_t seed, const DayClock &clock)
{
    std::vector<ApplianceLoad> loads;
    const bool weekend = DateInfo::of(clock.day).isWeekend();
    DayRandom washer(seed, clock.day, Purpose::Washer);
    DayRandom deadline(seed, clock.day, Purpose::WasherDeadline);
    if (!washer.chance(weekend ? 0.7 : 0.4))
        return loads;
    double start = 0.0;
    bool beforeWork = false;
    if (weekend) {
        start = washer.uniform(8.5, 14.0) * hour;
    } else {
        beforeWork = washer.chance(0.3);
        start = beforeWork ? washer.uniform(6.5, 7.5) * hour : washer.uniform(17.5, 20.5) * hour;
    }
    ApplianceLoad first{clock.at(start), 0};
    first.deadlineMs = beforeWork ? clock.by(deadline.uniform(17.0, 18.5) * hour)
                                  : clock.within(first.loadMs, deadline.uniform(6.0, 10.0));
    if (!fits(first, Appliance::Washer))
        return loads;
    loads.push_back(first);
    const double emptiedAfter = washer.uniform(10.0, 90.0) * minute;
    if (washer.chance(weekend ? 0.4 : 0.1)) {
        ApplianceLoad second{first.deadlineMs + msOf(emptiedAfter), 0};
        second.deadlineMs = clock.within(second.loadMs, deadline.uniform(6.0, 10.0));
        if (second.loadMs <= clock.at(21.5 * hour) && fits(second, Appliance::Washer))
            loads.push_back(second);
    }
    return loads;
}

// When the day's washes that go into the dryer come out of the washer: some of them, more in winter when
// nothing dries outside, a while after the wash's deadline.
[[nodiscard]] std::vector<qint64> dryingRequests(std::uint64_t seed, const DayClock &clock,
                                                 double latitudeDeg)
{
    const double winter = winterness(DateInfo::of(clock.day), latitudeDeg);
    DayRandom dryer(seed, clock.day, Purpose::Dryer);
    std::vector<qint64> requests;
    for (const ApplianceLoad &wash : planWashes(seed, clock)) {
        const double after = dryer.uniform(5.0, 45.0) * minute;
        if (dryer.chance(0.3 + 0.4 * winter))
            requests.push_back(wash.deadlineMs + msOf(after));
    }
    return requests;
}

// Drying: a wash that comes out by 22:30 goes into the dryer then, one that finishes later the next morning
// at 07:00-08:00. A load waits for the previous one's deadline; one that would go in after 22:30 is hung up
// instead. Each is to be done within 6-10 hours.
[[nodiscard]] std::vector<ApplianceLoad> planDrying(std::uint64_t seed, const DayClock &clock,
                                                    double latitudeDeg)
{
    const DayClock dayBefore{clock.calendar, clock.day - 1};
    DayRandom random(seed, clock.day, Purpose::DryerDeadline);
    std::vector<qint64> requests;
    for (qint64 request : dryingRequests(seed, dayBefore, latitudeDeg)) {
        if (request > dayBefore.at(22.5 * hour)) {
            const double morning = random.uniform(7.0, 8.0) * hour;
            requests.push_back(std::max(request, clock.at(morning)));
        }
    }
    for (qint64 request : dryingRequests(seed, clock, latitudeDeg)) {
        if (request <= clock.at(22.5 * hour))
            requests.push_back(request);
    }
    std::sort(requests.begin(), requests.end());

    std::vector<ApplianceLoad> loads;
    qint64 free = dayBefore.cutoff(); // the day before's last deadline at the latest
    for (qint64 request : requests) {
        ApplianceLoad load{std::max(request, free), 0};
        load.deadlineMs = clock.within(load.loadMs, random.uniform(6.0, 10.0));
        if (load.loadMs > clock.at(22.5 * hour) || !fits(load, Appliance::Dryer))
            continue;
        loads.push_back(load);
        free = load.deadlineMs;
    }
    return loads;
}

// Dishes: most days after dinner, to be done by the morning (within 6-10 hours); at the weekend sometimes
// after lunch instead, to be done by 18:00-19:00, before dinner's dishes.
[[nodiscard]] std::vector<ApplianceLoad> planDishes(std::uint64_t seed, const DayClock &clock)
{
    std::vector<ApplianceLoad> loads;
    const bool weekend = DateInfo::of(clock.day).isWeekend();
    DayRandom dishes(seed, clock.day, Purpose::Dishwasher);
    DayRandom deadline(seed, clock.day, Purpose::DishwasherDeadline);
    if (!dishes.chance(0.7))
        return loads;
    const bool afterLunch = dishes.chance(weekend ? 0.35 : 0.15);
    const double start = afterLunch ? dishes.uniform(13.0, 14.5) * hour : dishes.uniform(19.25, 21.25) * hour;
    ApplianceLoad load{clock.at(start), 0};
    load.deadlineMs = afterLunch ? clock.by(deadline.uniform(18.0, 19.0) * hour)
                                 : clock.within(load.loadMs, deadline.uniform(6.0, 10.0));
    if (fits(load, Appliance::Dishwasher))
        loads.push_back(load);
    return loads;
}
} // namespace

std::span<const ProgramPhase> programOf(Appliance appliance)
{
    switch (appliance) {
    case Appliance::Washer:
        return washerProgram;
    case Appliance::Dishwasher:
        return dishwasherProgram;
    case Appliance::Dryer:
        return dryerProgram;
    }
    return {};
}

double programSeconds(Appliance appliance)
{
    // Asked for at every step of every machine: summed once, at compile time.
    constexpr auto total = [](const auto &program) {
        double sum = 0.0;
        for (const ProgramPhase &phase : program)
            sum += phase.seconds;
        return sum;
    };
    static constexpr std::array<double, 3> seconds = {total(washerProgram), total(dishwasherProgram),
                                                      total(dryerProgram)};
    return seconds[indexOf(appliance)];
}

Kilowatts programPeak(Appliance appliance)
{
    Kilowatts peak;
    for (const ProgramPhase &phase : programOf(appliance))
        peak = std::max(peak, phase.power);
    return peak;
}

KilowattHours programEnergy(Appliance appliance)
{
    double kws = 0.0;
    for (const ProgramPhase &phase : programOf(appliance))
        kws += phase.power.value() * phase.seconds;
    return KilowattHours(kws / hour);
}

std::vector<double> programProfileKw(Appliance appliance, double slotSeconds)
{
    std::vector<double> profile;
    if (slotSeconds <= 0.0)
        return profile;
    const double total = programSeconds(appliance);
    for (double from = 0.0; from < total; from += slotSeconds)
        profile.push_back(runEnergy(appliance, 0.0, from, from + slotSeconds) / slotSeconds);
    return profile;
}

std::array<std::vector<ApplianceLoad>, 3>
planApplianceLoads(std::uint64_t seed, qint64 day, double latitudeDeg, const LocalCalendar &calendar)
{
    const DayClock clock{calendar, day};
    std::array<std::vector<ApplianceLoad>, 3> loads;
    loads[indexOf(Appliance::Washer)] = planWashes(seed, clock);
    loads[indexOf(Appliance::Dishwasher)] = planDishes(seed, clock);
    loads[indexOf(Appliance::Dryer)] = planDrying(seed, clock, latitudeDeg);
    return loads;
}

ApplianceMachine::ApplianceMachine(Appliance appliance)
    : m_appliance(appliance)
    , m_programMs(msOf(programSeconds(appliance)))
{}

void ApplianceMachine::enqueue(const std::vector<ApplianceLoad> &loads)
{
    m_queue.insert(m_queue.end(), loads.begin(), loads.end());
}

bool ApplianceMachine::start(qint64 atMs)
{
    if (m_state != State::Waiting)
        return false;
    m_state = State::Running;
    m_runStartMs = std::max(atMs, m_loadedMs);
    m_holdUntilMs = 0;
    return true;
}

ApplianceUse ApplianceMachine::advance(qint64 fromMs, qint64 toMs)
{
    ApplianceUse use;
    if (toMs <= fromMs)
        return use;
    double energy = 0.0; // kW s
    const double to = static_cast<double>(toMs - fromMs) / 1000.0;
    const auto account = [&](qint64 runStartMs) {
        const double start = static_cast<double>(runStartMs - fromMs) / 1000.0;
        if (overlapSeconds(0.0, to, start, start + static_cast<double>(m_programMs) / 1000.0) <= 0.0)
            return;
        use.running = true;
        energy += runEnergy(m_appliance, start, 0.0, to);
    };
    // The events within the interval, in order: a load comes in, a waiting machine starts, a run ends (and
    // the next load may come in). Each step of this loop moves to a later state, so a few rounds suffice.
    qint64 now = fromMs;
    for (int round = 0; round < 16; ++round) {
        if (m_state == State::Idle) {
            if (m_queue.empty() || m_queue.front().loadMs > toMs)
                break;
            m_load = m_queue.front();
            m_queue.pop_front();
            m_loadedMs = std::max(m_load.loadMs, now);
            m_state = State::Waiting;
            now = m_loadedMs;
        } else if (m_state == State::Waiting) {
            const qint64 startMs = std::max({latestStartMs(), m_loadedMs, m_holdUntilMs});
            if (startMs > toMs)
                break;
            m_runStartMs = startMs;
            m_state = State::Running;
            now = startMs;
        } else {
            const qint64 endMs = m_runStartMs + m_programMs;
            if (endMs > toMs)
                break;
            account(m_runStartMs);
            m_state = State::Idle;
            now = endMs;
        }
    }
    if (m_state == State::Running)
        account(m_runStartMs);
    use.power = Kilowatts(energy / to);
    return use;
}

} // namespace commonwatt::simulator
