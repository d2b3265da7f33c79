// "Is now a good time to use energy?" for the household's screen: the weight of a grid kWh now, w[t]
// (currency.md, section 2), placed in the range that w takes over the coming day, and the next slot that is
// better. Advisory only: it ranks with the exact weights but never settles anything (docs/currency-rules.md,
// R32-R34).
#pragma once

#ifndef Q_MOC_RUN

#include "currency/communityconfig.h"
#include "currency/slotsettlement.h"

#include <QList>

#include <optional>

namespace commonwatt::currency {

// One slot of a grid-signal forecast, as the feed gives it.
struct SignalSlot
{
    qint64 startMs = 0;
    SlotSignals signal;
};

enum class TimeRating
{
    Good,
    Fair,
    Poor,
};

struct TimeAdvice
{
    TimeRating rating = TimeRating::Fair;
    double weightNow = 0.0; // w of the current slot, credits per grid kWh
    double lowest = 0.0;    // the range of w over the window the rating was made in
    double highest = 0.0;
    // Start of the first later slot rated better than now; unset when now is good or nothing is better.
    std::optional<qint64> nextBetterMs;
};

// The window the rating looks at: the coming day from the current slot (a rolling day, so that late in the
// evening "now" is not compared with the hour left before midnight) (R32).
inline constexpr qint64 kAdviceWindowMs = 24LL * 3600 * 1000;

// Rates the slot containing nowMs against the forecast slots that start within the window (R33, R34).
// nullopt when the forecast has no slot containing nowMs.
[[nodiscard]] std::optional<TimeAdvice> adviseTime(const CommunityConfig &config,
                                                   const QList<SignalSlot> &forecast, qint64 nowMs);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN
