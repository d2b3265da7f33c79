// Energy reputation, 0 to 100, always with its parts (currency.md section 8; docs/currency-rules.md R25-R28).
#pragma once

#ifndef Q_MOC_RUN

#include "domain/units.h"

#include <cstdint>

namespace commonwatt::currency {

// The household's figures over the reputation window (reputationDays community-local days before the last
// midnight, as of the latest checkpoint). Gathering them is the ledger's job; this is the arithmetic.
struct ReputationInputs
{
    MilliCredits taking; // T: charged for taking, fossil generation included (R5)
    MilliCredits giving; // minted for giving, after fees
    MilliCredits eventRewards;
    MilliCredits allowance;             // allowance credited over the window, for U = max(0, allowance - T)
    std::int64_t committedWh = 0;       // opted-in events and accepted trades
    std::int64_t deliveredCappedWh = 0; // sum of min(delivered, committed)
    std::int64_t cleanShare = 0;        // CS, millionths (section 9)
    std::int64_t regionRenewable = 0;   // R: import-weighted mean r over the same slots, millionths
};

// Points in thousandths (0 .. 100'000), each part rounded half to even once; the total is the clamped sum of
// the rounded parts, so the parts shown always add up to it.
struct Reputation
{
    std::int64_t givingPart = 0;      // 0 .. 50'000
    std::int64_t reliabilityPart = 0; // 0 .. 30'000
    std::int64_t cleanPart = 0;       // 0 .. 20'000
    std::int64_t total = 0;           // 0 .. 100'000
};

[[nodiscard]] Reputation computeReputation(const ReputationInputs &inputs);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN
