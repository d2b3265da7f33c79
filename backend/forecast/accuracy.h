// How good the forecasts were (product.md, capability 4): every slot, what the PV and base-load forecasts
// said for the slots 1 h, 6 h and 24 h ahead is kept; once those slots have happened, the forecast is
// compared with what was measured, and so is the persistence forecast (the same slot one day earlier). Errors
// add up per local day and horizon, in kWh; the app keeps them in the readings store (table
// forecast_accuracy). Pure and clock-free: "now" is passed in, so that a simulated year gives the same
// figures as a real one.
#pragma once

#include "forecast.h"

#include <QDate>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace commonwatt::forecast {

enum class Quantity
{
    Pv,
    BaseLoad,
};

inline constexpr std::array<int, 3> kAccuracyHorizonsHours{1, 6, 24};

[[nodiscard]] const char *toString(Quantity quantity); // "pv", "baseLoad"

// One day's sum for one quantity and horizon: how many slots were compared and their absolute errors.
struct DailyError
{
    Quantity quantity = Quantity::Pv;
    int horizonHours = 0;
    QDate day; // local day of the forecast slot
    std::int64_t slotCount = 0;
    double errorKwh = 0.0;
    double persistenceKwh = 0.0;
};

// Error per day over a window of days, and the skill against persistence.
struct AccuracySummary
{
    int days = 0;                // days with any compared slot
    double errorKwhPerDay = 0.0; // mean absolute error per day, scaled to whole days
    double persistenceKwhPerDay = 0.0;
    double skill =
        0.0; // 1 - MAE / MAE_persistence; 0 when persistence was never wrong or nothing was compared
    [[nodiscard]] bool valid() const { return days > 0; }
};

class AccuracyTracker
{
public:
    // Remembers what `forecast` (one value per slot of `horizon`) says for the slots 1, 6 and 24 h after the
    // start of the slot containing horizon.nowMs. A slot already remembered for a horizon keeps its first
    // prediction, so that recording twice in one slot changes nothing.
    void record(Quantity quantity, const Forecast &forecast, const Horizon &horizon);

    // Compares every remembered slot that has ended by `measured.endMs()` with the measurement (its mean over
    // the slot; at least half the buckets must be there, and the same slot one day earlier too, or the slot
    // is dropped uncompared) and returns the errors by day. Slots older than two days are dropped.
    [[nodiscard]] std::vector<DailyError> resolve(Quantity quantity, const PowerHistory &measured,
                                                  const QTimeZone &zone);

    [[nodiscard]] std::size_t pendingCount() const { return m_pending.size(); }

private:
    struct Pending
    {
        Quantity quantity;
        int horizonHours;
        std::int64_t slotStartMs;
        std::int64_t slotMs;
        double forecastKw;
    };
    std::vector<Pending> m_pending;
};

// The mean power over [fromMs, fromMs + lengthMs) from the history's buckets; NaN when fewer than half of
// them hold a value.
[[nodiscard]] double meanPowerOver(const PowerHistory &history, std::int64_t fromMs, std::int64_t lengthMs);

// Summarises the days [lastDay - days + 1, lastDay] of one quantity and horizon. A day counts once at least
// half its slots (slotsPerDay) were compared, scaled up to a whole day.
[[nodiscard]] AccuracySummary summarize(const std::vector<DailyError> &rows, Quantity quantity,
                                        int horizonHours, QDate lastDay, int days, int slotsPerDay);

} // namespace commonwatt::forecast
