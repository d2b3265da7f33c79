// Settles a Period read from CSV (currency/periodcsv.h) and writes it out as a table or as JSON
// (docs/credits-cli.md): the engine's integers, formatted, never recomputed.
#pragma once

#ifndef Q_MOC_RUN

#include "currency/cleanshare.h"
#include "currency/communityconfig.h"
#include "currency/periodcsv.h"
#include "currency/slotsettlement.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace commonwatt::credits {

struct SettledSlot
{
    currency::PeriodSlot input;
    currency::SlotBreakdown breakdown;
    std::int64_t weightMillionths = 0; // w at the effective s, shown rounded (R4)
    std::int64_t cleanMean = 0;        // the pool mean m[t], millionths (R14)
};

struct Report
{
    currency::CommunityConfig config;
    currency::Period period; // flags only; the slots are in `settled`
    std::vector<SettledSlot> settled;
    currency::PeriodTotals totals; // the sum of the slots (R11)
    currency::CleanShare cleanShare;
};

struct ReportResult
{
    std::optional<Report> report;
    QString error;
};

// Settles every slot in time order. Storage columns feed one passport with no losses modelled, so any loss
// shows as discharge beyond the tracked content, which counts 0 (R17).
[[nodiscard]] ReportResult settlePeriod(const currency::CommunityConfig &config,
                                        const currency::Period &period);

// milli-credits as credits with three decimals: -1978 -> "-1.978".
[[nodiscard]] QString formatCredits(std::int64_t milliCredits);
// millionths with six decimals: 585294 -> "0.585294".
[[nodiscard]] QString formatMillionths(std::int64_t millionths);

[[nodiscard]] QString formatTable(const Report &report);
[[nodiscard]] QByteArray formatJson(const Report &report);

} // namespace commonwatt::credits

#endif // Q_MOC_RUN
