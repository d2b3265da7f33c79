// Washing machine, dishwasher and tumble dryer. On some days, at seeded times, the user loads a machine and
// sets when it must be done; the machine then waits for a start (from the scheduler, or its own fallback at
// the latest start that still ends in time) and runs its program's power profile (heating phases at high
// power, the rest low).
#pragma once

#include "domain/units.h"
#include "localcalendar.h"

#include <array>
#include <cstdint>
#include <deque>
#include <span>
#include <vector>

namespace commonwatt::simulator {

enum class Appliance
{
    Washer,
    Dishwasher,
    Dryer,
};
inline constexpr std::array<Appliance, 3> allAppliances = {Appliance::Washer, Appliance::Dishwasher,
                                                           Appliance::Dryer};
[[nodiscard]] constexpr std::size_t indexOf(Appliance appliance)
{
    return static_cast<std::size_t>(appliance);
}

struct ProgramPhase
{
    double seconds = 0.0;
    Kilowatts power;
};

[[nodiscard]] std::span<const ProgramPhase> programOf(Appliance appliance);
[[nodiscard]] double programSeconds(Appliance appliance);
[[nodiscard]] Kilowatts programPeak(Appliance appliance);
[[nodiscard]] KilowattHours programEnergy(Appliance appliance);
// The program's mean power in each `slotSeconds` from its start, the last slot partly filled: what the
// appliance tells the scheduler. The slots' energy is the program's.
[[nodiscard]] std::vector<double> programProfileKw(Appliance appliance, double slotSeconds);

// A load: the user fills the machine and says by when it must be done.
struct ApplianceLoad
{
    qint64 loadMs = 0;     // when the machine is filled: its earliest start
    qint64 deadlineMs = 0; // its program must have ended by then; on a 15-minute boundary
};

// The loads the user puts in on a local day, per machine (indexed by indexOf) and in time order. Every
// deadline is at most 06:00 the next morning and leaves at least half an hour more than the program needs,
// and a machine's next load never comes before the previous one's deadline, also across days: a machine
// that always runs by its deadline is always empty when it is loaded. The dryer's list includes the washes
// of the day before that finished overnight, so it depends on that day's washes too.
[[nodiscard]] std::array<std::vector<ApplianceLoad>, 3>
planApplianceLoads(std::uint64_t seed, qint64 day, double latitudeDeg, const LocalCalendar &calendar);

struct ApplianceUse
{
    Kilowatts power;      // mean over the interval
    bool running = false; // a run overlaps the interval
};

// One machine: idle, waiting with a load for its start, or running its program. A waiting machine starts
// when told to (start()) or, at the latest, at the last moment that still ends by the load's deadline.
class ApplianceMachine
{
public:
    enum class State
    {
        Idle,
        Waiting,
        Running,
    };

    explicit ApplianceMachine(Appliance appliance);

    // Queues loads behind those already queued; each list in time order.
    void enqueue(const std::vector<ApplianceLoad> &loads);
    // Advances over (fromMs, toMs]: loads come in, a waiting machine starts at its latest start, a run ends.
    // A load that comes while the machine is still busy waits until it is empty (the deadlines make that
    // impossible as long as every run ends by its deadline).
    [[nodiscard]] ApplianceUse advance(qint64 fromMs, qint64 toMs);
    // Starts the waiting program at atMs (not before it was loaded); false when nothing is waiting. Ends a hold.
    bool start(qint64 atMs);
    // Keeps a waiting load from starting on its own before untilMs (0: no hold), even past its latest start:
    // the household said "not today". When the hold ends, a load past its latest start starts at once.
    void hold(qint64 untilMs) { m_holdUntilMs = untilMs; }
    [[nodiscard]] qint64 holdUntilMs() const { return m_holdUntilMs; }

    [[nodiscard]] Appliance appliance() const { return m_appliance; }
    [[nodiscard]] State state() const { return m_state; }
    // While waiting or running: the load, when it came into the machine, and for a run when it started.
    [[nodiscard]] const ApplianceLoad &load() const { return m_load; }
    [[nodiscard]] qint64 loadedMs() const { return m_loadedMs; }
    [[nodiscard]] qint64 runStartMs() const { return m_runStartMs; }
    [[nodiscard]] qint64 programMs() const { return m_programMs; }
    [[nodiscard]] qint64 latestStartMs() const { return m_load.deadlineMs - m_programMs; }

private:
    Appliance m_appliance;
    qint64 m_programMs;
    std::deque<ApplianceLoad> m_queue;
    State m_state = State::Idle;
    ApplianceLoad m_load;
    qint64 m_loadedMs = 0;
    qint64 m_runStartMs = 0;
    qint64 m_holdUntilMs = 0;
};

} // namespace commonwatt::simulator
