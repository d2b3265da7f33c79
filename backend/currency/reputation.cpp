#include "currency/reputation.h"

#include "currency/exact.h"

#include <algorithm>

namespace commonwatt::currency {

namespace {
constexpr std::int64_t kGivingPoints = 50'000;
constexpr std::int64_t kReliabilityPoints = 30'000;
constexpr std::int64_t kCleanPoints = 20'000;
constexpr std::int64_t kCleanGridThreshold = 990'000; // R >= 0.99: the formula would divide by ~0
} // namespace

Reputation computeReputation(const ReputationInputs &in)
{
    Reputation out;
    // Negative inputs cannot come from settlement; they are treated as 0 so that the part stays in range.
    const Int128 taking = std::max<std::int64_t>(0, in.taking.value());
    const Int128 frugal = std::max<Int128>(0, Int128(in.allowance.value()) - taking);
    const Int128 given = std::max<std::int64_t>(0, in.giving.value()) +
                         std::max<std::int64_t>(0, in.eventRewards.value()) + frugal;
    out.givingPart =
        given + taking == 0 ? kGivingPoints / 2 : roundHalfEven(kGivingPoints * given, given + taking);

    const std::int64_t committed = std::max<std::int64_t>(0, in.committedWh);
    const std::int64_t delivered = std::clamp<std::int64_t>(in.deliveredCappedWh, 0, committed);
    out.reliabilityPart = committed == 0 ? kReliabilityPoints / 2
                                         : roundHalfEven(Int128(kReliabilityPoints) * delivered, committed);

    const std::int64_t cs = std::clamp<std::int64_t>(in.cleanShare, 0, kMillion);
    const std::int64_t r = std::clamp<std::int64_t>(in.regionRenewable, 0, kMillion);
    if (r >= kCleanGridThreshold) {
        out.cleanPart = roundHalfEven(Int128(kCleanPoints) * cs, kMillion);
    } else {
        // 20 * clamp(0.5 + 0.5 (CS - R) / (1 - R), 0, 1) = (10 (1 - R) + 10 (CS - R)) / (1 - R) points,
        // clamped to [0, 20] before the one rounding.
        const Int128 den = kMillion - r;
        const Int128 num =
            std::clamp<Int128>(Int128(kCleanPoints / 2) * den + Int128(kCleanPoints / 2) * (cs - r), 0,
                               Int128(kCleanPoints) * den);
        out.cleanPart = roundHalfEven(num, den);
    }
    out.total = std::clamp<std::int64_t>(out.givingPart + out.reliabilityPart + out.cleanPart, 0, 100'000);
    return out;
}

} // namespace commonwatt::currency
