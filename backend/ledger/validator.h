// The distributor's validator (currency.md section 6; docs/ledger-state.md "Validation", V1-V8): from an
// opened claim, the member's join, the distributor's own readings and the slot's signals, the Validation a
// replica can recompute. Pure: the caller opens the claim, reads the meters and publishes the result.
#pragma once

#ifndef Q_MOC_RUN

#include "currency/communityconfig.h"
#include "currency/hopsplit.h"
#include "currency/slotsettlement.h"
#include "ledger/claim.h"
#include "ledger/payloads.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace commonwatt::ledger {

// One entry of a MembershipJoin's devicesJson: [{"id", "kind", "powerW", "capacityWh"}], capacityWh optional
// (devices that store nothing).
struct DeclaredDevice
{
    QString id = {};
    QString kind = {};
    std::int64_t powerW = 0;
    std::optional<std::int64_t> capacityWh = {};
    friend bool operator==(const DeclaredDevice &, const DeclaredDevice &) = default;
};

struct DeclaredDevicesResult
{
    std::optional<std::vector<DeclaredDevice>> devices = {};
    QString error = {}; // names the device index and field
};
[[nodiscard]] DeclaredDevicesResult parseDeclaredDevices(const QString &json);

// What powerW allows in one slot, Wh, rounded down (V3): floor(powerW * slotMinutes / 60).
[[nodiscard]] std::int64_t slotLimitWh(std::int64_t powerW, int slotMinutes);

// The distributor's revenue-meter register deltas for the household and slot, Wh.
struct RevenueMeterDelta
{
    std::int64_t importWh = 0;
    std::int64_t exportWh = 0;
};

// The feeder's, primary substation's and region's flows in the slot, for the hop split (currency.md
// section 4; currency/hopsplit.h).
struct GridLevelFlows
{
    currency::LevelFlows feeder = {};
    currency::LevelFlows substation = {};
    currency::LevelFlows region = {};
};

// Why the claim is beyond what the join allows (V2-V4: ranges, slot alignment, connection limits, PV peak,
// each device's power and capacity), naming the field or device and both numbers; empty if it is within.
// What the validator checks, and what a steward who opened the claim can check again.
[[nodiscard]] QString claimBeyondJoin(const currency::CommunityConfig &config, const MembershipJoin &join,
                                      const ClaimContent &claim);

// The Validation of the claim entry claimEntry (its entry hash) by join.member. Accepted when the claim is
// within the join and import and export each match the revenue meter within max(validationTolerance, 10 Wh)
// (V5); it then carries the revenue meter's numbers, the export that may count as giving (V6), the hop split
// (V7) and the fee that settleSlot computes from them (V8). A refused claim carries the reason, the meter's
// numbers and the signals, and zero for the rest.
[[nodiscard]] Validation validateClaim(const currency::CommunityConfig &config, const MembershipJoin &join,
                                       const Hash &claimEntry, const ClaimContent &claim,
                                       const RevenueMeterDelta &meter, const GridLevelFlows &flows,
                                       const currency::MeasuredSignals &measured);

// The slot's credits as any replica recomputes them from a Validation (V8, L12): settleSlot on the meter's
// import and export, givingEligibleWh as the PV, the fossil generation, the hop split, the join's PV peak
// and the validation's signals.
[[nodiscard]] currency::SlotSettlement settleValidation(const currency::CommunityConfig &config,
                                                        const Validation &validation, std::int64_t pvPeakW);

// For a steward who opened the claim: why an ACCEPTED validation does not follow from it (the claim is
// beyond the join, the fossil generation differs, or givingEligibleWh exceeds the claimed PV); empty if it
// does.
[[nodiscard]] QString auditValidation(const currency::CommunityConfig &config, const MembershipJoin &join,
                                      const ClaimContent &claim, const Validation &validation);

} // namespace commonwatt::ledger

#endif // Q_MOC_RUN
