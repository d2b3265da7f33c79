// The grid the household is connected to, as the commons credit sees it (docs/currency.md, sections 2 and 5):
// the region's carbon intensity g, renewable share r and grid need s for every 15-minute slot, and the
// occasional demand-response event. A plain, deterministic model like the household's: everything random is
// a hash of (seed, local day, purpose), and the sky is the household's own (weather.h), so a sunny day at
// the house is a sunny day in the region. Formulas and figures are in docs/simulator.md.
#pragma once

#include "householdconfig.h"
#include "localcalendar.h"
#include "solar.h"
#include "weather.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

namespace commonwatt::simulator {

// The mean of each signal over one slot [startMs, startMs + slotMs).
struct GridSignalSlot
{
    qint64 startMs = 0;
    double carbonIntensity = 0.0; // gCO2/kWh, >= 0
    double renewableShare = 0.0;  // 0 to 1
    double gridNeed = 0.0;        // -1 (surplus) to 1 (stressed); an event's floor is the reader's to apply
    int eventLevel = 0;           // 0, or the LEVEL (1 to 3) of the event covering the slot
};

// A demand-response event in the evening peak of a local weekday, announced the day before.
struct GridEvent
{
    qint64 day = 0;                           // local day, as in DateInfo
    double startSecond = 17.0 * 3600.0;       // local wall-clock time
    double endSecond = 19.0 * 3600.0;         // exclusive
    int level = 1;                            // 1 to 3
    [[nodiscard]] double minimumNeed() const; // 0.5, 0.75 or 1.0 (currency.md, section 5)
};

class GridSignalModel
{
public:
    // Slots are aligned to multiples of 15 minutes since the epoch (currency.md, section 1).
    static constexpr qint64 slotMs = 15 * 60 * 1000;

    explicit GridSignalModel(const HouseholdConfig &config);

    [[nodiscard]] static qint64 slotStartOf(qint64 utcMs);

    // The slot that contains utcMs. Not const: slots are cached, because every slot start publishes a
    // forecast of up to two days that overlaps the previous one almost entirely.
    [[nodiscard]] GridSignalSlot slotAt(qint64 utcMs);
    // Every slot from the one containing utcMs to the end of the next local day: 24 to 48 hours ahead.
    [[nodiscard]] std::vector<GridSignalSlot> forecast(qint64 utcMs);
    // The event on a local day, if there is one. Only weekdays have events.
    [[nodiscard]] std::optional<GridEvent> eventOn(qint64 day) const;

private:
    struct Instant
    {
        double renewableShare = 0.0;
        double gridNeed = 0.0;
    };
    struct Day
    {
        DateInfo date;
        double winter = 0.0;
        DayWeather weather; // the household's sky, with the region's smaller swings
        std::optional<GridEvent> event;
    };
    [[nodiscard]] GridSignalSlot compute(qint64 slotStartMs);
    [[nodiscard]] Instant at(qint64 utcMs);
    const Day &dayOf(qint64 day);

    HouseholdConfig m_config;
    LocalCalendar m_calendar;
    SunTracker m_sun;
    std::optional<Day> m_day;
    std::deque<GridSignalSlot> m_slots; // consecutive slots, oldest first
};

} // namespace commonwatt::simulator
