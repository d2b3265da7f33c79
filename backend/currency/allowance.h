// The monthly allowance (currency.md section 3; docs/currency-rules.md R29-R31).
#pragma once

#ifndef Q_MOC_RUN

#include "domain/units.h"

#include <cstdint>
#include <vector>

namespace commonwatt::currency {

// One dwelling in the month the allowance is for.
struct AllowanceDwelling
{
    int memberDays = 0;    // days of the month it was a member (the whole month unless it joined during it)
    int validatedDays = 0; // days of the month with validated claims
};

struct Allowance
{
    MilliCredits pool;                  // max(0, T - G - F)
    MilliCredits fullMonth;             // A: what a dwelling that was a member all month receives
    std::vector<MilliCredits> credited; // per dwelling, in input order; 0 for those that do not qualify
    int qualifying = 0;
};

// Whether a dwelling counts in N: validated claims on 20 days, pro rata for a dwelling that joined (R30).
[[nodiscard]] bool qualifiesForAllowance(const AllowanceDwelling &dwelling, int daysInMonth);

// All members' validated taking (fossil included), giving and distributor fees of the month.
[[nodiscard]] Allowance computeAllowance(MilliCredits taking, MilliCredits giving, MilliCredits fees,
                                         int daysInMonth, const std::vector<AllowanceDwelling> &dwellings);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN
