// Demand-response baseline and event reward (currency.md section 5; docs/currency-rules.md R19-R25).
#pragma once

#ifndef Q_MOC_RUN

#include "currency/communityconfig.h"
#include "currency/exact.h"
#include "domain/units.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace commonwatt::currency {

// Section 5: the baseline never looks further back than this.
inline constexpr int kBaselineSearchDays = 90;

// What the baseline reads: the household's validated net import (import - export, Wh) by slot index since the
// epoch, and the community-local dates on which any event targeted its feeder.
struct BaselineHistory
{
    std::map<std::int64_t, std::int64_t> netWhBySlot;
    std::set<QDate> eventDays;
};

// An exact mean in Wh: num / den.
struct MeanWh
{
    Int128 num = 0;
    Int128 den = 1;
    [[nodiscard]] std::int64_t roundedWh() const { return roundHalfEven(num, den); }
};

struct Baseline
{
    std::optional<MeanWh> value; // unset: refused, see reason
    QString reason;
    MeanWh shortMean;
    MeanWh longMean;
    bool weekend = false;
    int shortValues = 0; // validated values found in each window
    int longValues = 0;
    std::vector<QDate> longWindow; // the eligible days of the long window, most recent first
};

// True for Saturdays, Sundays and the configured holidays (section 1).
[[nodiscard]] bool isWeekendDay(const CommunityConfig &config, const QDate &date);

// baseline[t] for the slot with index `slot` (R19-R22).
[[nodiscard]] Baseline computeBaseline(const CommunityConfig &config, const BaselineHistory &history,
                                       std::int64_t slot);

struct EventSlot
{
    std::int64_t slot = 0;
    std::int64_t overlapSeconds = 0; // how much of the slot the event covers
};

struct EventReward
{
    MilliCredits reward;                 // max(0, sum of the slot parts)
    std::vector<MilliCredits> slotParts; // eventRate * (baseline - net) * overlap per slot, rounded (R23)
    QString refusal;                     // why nothing is paid, when a baseline or a net value is missing
};

// Reward of one event for one opted-in household. eventRate in millionths of a credit per kWh.
[[nodiscard]] EventReward computeEventReward(const CommunityConfig &config, const BaselineHistory &history,
                                             const std::vector<EventSlot> &eventSlots,
                                             std::int64_t eventRate);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN
