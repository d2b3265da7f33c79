#include "currency/allowance.h"

#include "currency/exact.h"

#include <algorithm>

namespace commonwatt::currency {

namespace {
constexpr int kRequiredDays = 20;
}

bool qualifiesForAllowance(const AllowanceDwelling &dwelling, int daysInMonth)
{
    if (daysInMonth <= 0 || dwelling.memberDays <= 0)
        return false;
    const int memberDays = std::min(dwelling.memberDays, daysInMonth);
    // validated >= ceil(20 * memberDays / daysInMonth), in integers.
    return std::int64_t(dwelling.validatedDays) * daysInMonth >= std::int64_t(kRequiredDays) * memberDays;
}

Allowance computeAllowance(MilliCredits taking, MilliCredits giving, MilliCredits fees, int daysInMonth,
                           const std::vector<AllowanceDwelling> &dwellings)
{
    Allowance out;
    out.pool = MilliCredits(std::max<std::int64_t>(0, (taking - giving - fees).value()));
    out.credited.assign(dwellings.size(), MilliCredits(0));
    // N counts a dwelling that joined during the month by its share of the month's days, so that the pool is
    // shared out whole (R31): each receives pool * memberDays / sum(memberDays).
    std::int64_t memberDaysTotal = 0;
    for (const AllowanceDwelling &d : dwellings) {
        if (qualifiesForAllowance(d, daysInMonth)) {
            memberDaysTotal += std::min(d.memberDays, daysInMonth);
            ++out.qualifying;
        }
    }
    if (memberDaysTotal == 0)
        return out;
    out.fullMonth = MilliCredits(roundHalfEven(Int128(out.pool.value()) * daysInMonth, memberDaysTotal));
    for (std::size_t i = 0; i < dwellings.size(); ++i) {
        if (!qualifiesForAllowance(dwellings[i], daysInMonth))
            continue;
        const int days = std::min(dwellings[i].memberDays, daysInMonth);
        out.credited[i] = MilliCredits(roundHalfEven(Int128(out.pool.value()) * days, memberDaysTotal));
    }
    return out;
}

} // namespace commonwatt::currency
