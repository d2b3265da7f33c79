// Grid-benefit credits of one household in one slot (currency.md, sections 2-4), in exact integer
// arithmetic with one half-to-even rounding per amount (docs/currency-rules.md, R1-R12).
#pragma once

#ifndef Q_MOC_RUN

#include "currency/communityconfig.h"
#include "currency/exact.h"
#include "domain/units.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace commonwatt::currency {

// The slot's settled signals as the validation publishes them (section 6): integers only.
struct SlotSignals
{
    int g = 400;        // gCO2/kWh
    int s = 0;          // grid need in thousandths, -1000 .. 1000
    int r = 500;        // renewable share in thousandths, 0 .. 1000
    int eventLevel = 0; // highest LEVEL (1-3) of a signed event covering the slot for this household, else 0
};

// Grid signals as a feed or a meter measures them: g in gCO2/kWh, s in -1..1, r in 0..1, the event LEVEL.
struct MeasuredSignals
{
    std::optional<double> g;
    std::optional<double> s;
    std::optional<double> r;
    std::optional<double> eventLevel;
};

// The settled integers of section 6 (g in whole g/kWh, s and r in thousandths, LEVEL 0..3), each rounded half
// away from zero and clamped to its range; a missing or non-finite value takes the community default
// (g = referenceIntensity, s = 0, r = 1 - referenceIntensity / fossilIntensity, no event).
[[nodiscard]] SlotSignals settledSignals(const CommunityConfig &config, const MeasuredSignals &measured);

// One household's validated meter data for one slot, in Wh (section 6). Settlement reads import, export, PV,
// fossil and the hop split; storage and loads are carried for the energy passport (section 9).
struct SlotMeterData
{
    std::int64_t importWh = 0;
    std::int64_t exportWh = 0;
    std::int64_t pvWh = 0;     // separately metered on-site renewable generation
    std::int64_t fossilWh = 0; // metered on-site fossil generation
    std::int64_t storageChargeWh = 0;
    std::int64_t storageDischargeWh = 0;
    std::int64_t loadWh = 0;
    // Export by hops 0..4 from the validator's split (section 4); must add up to exportWh. Unset: not yet
    // validated, all export shown at h = 0 and marked pending (R9).
    std::optional<std::array<std::int64_t, kHopCount>> exportByHops;
    std::optional<std::int64_t> pvPeakW; // registered PV peak; unset: no cap beyond the meter (R8)
};

// The weight of a grid kWh, w = num / den exactly (R4). Never rounded inside settlement.
struct Weight
{
    Int128 num = 0;
    Int128 den = 1;
    [[nodiscard]] std::int64_t millionthsRounded() const { return roundHalfEven(num * kMillion, den); }
};

// What the slot contributes. All amounts are non-negative magnitudes; net() is what the household's balance
// moves by. `fee` goes to the distributor's account.
struct SlotBreakdown
{
    MilliCredits taking;
    MilliCredits giving;
    MilliCredits fee;
    MilliCredits fossil;
    // Informative: how much of taking + fossil the event's LEVEL added by raising s (R6). Not charged again.
    MilliCredits eventPart;
    std::int64_t givingEligibleWh = 0; // export that counted as giving (R7)
    int effectiveS = 0;                // s after the event raise, thousandths
    bool hopsPending = false;

    [[nodiscard]] MilliCredits net() const { return giving - taking - fossil; }
    friend bool operator==(const SlotBreakdown &, const SlotBreakdown &) = default;
};

struct SlotSettlement
{
    std::optional<SlotBreakdown> breakdown;
    QString error; // why the inputs were refused (R2), when breakdown is unset
};

// Inputs beyond these are refused rather than risk overflow; validation rejects far smaller values already.
inline constexpr std::int64_t kMaxSlotWh = 1'000'000;
inline constexpr std::int64_t kMaxPeakW = 1'000'000'000;

[[nodiscard]] int effectiveStress(const SlotSignals &signal);
[[nodiscard]] Weight gridWeight(const CommunityConfig &config, int g, int effectiveS);
[[nodiscard]] Weight fossilWeight(const CommunityConfig &config, int effectiveS);
[[nodiscard]] SlotSettlement settleSlot(const CommunityConfig &config, const SlotSignals &signal,
                                        const SlotMeterData &meter);

// A period's totals: the sum of its slots' rounded values, never a rounding of the period (R11).
struct PeriodTotals
{
    MilliCredits taking;
    MilliCredits giving;
    MilliCredits fee;
    MilliCredits fossil;
    MilliCredits eventPart;
    std::int64_t slotCount = 0;
    std::int64_t pendingSlots = 0;

    void add(const SlotBreakdown &slot);
    [[nodiscard]] MilliCredits net() const { return giving - taking - fossil; }
};

[[nodiscard]] PeriodTotals sumSlots(std::span<const SlotBreakdown> slotList);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN
