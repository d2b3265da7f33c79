#include "currency/hopsplit.h"

#include "currency/exact.h"

#include <algorithm>

namespace commonwatt::currency {

namespace {

// A share min(1, import / export) as an exact fraction; a level that receives no export consumes nothing of
// it (there is nothing to place there), which only matters for a household exporting into such a level.
struct Share
{
    Int128 num = 0;
    Int128 den = 1;
};

// Readings beyond this (10 GWh in one slot) are a broken meter; bounding them keeps the exact arithmetic
// within 128 bits (R37).
constexpr std::int64_t kMaxLevelWh = 10'000'000'000;
constexpr std::int64_t kMaxSlotWhForSplit = 1'000'000; // a household's slot, as settlement bounds it (R2)

Share shareAt(const LevelFlows &level)
{
    const std::int64_t exported = std::clamp<std::int64_t>(level.exportWh, 0, kMaxLevelWh);
    const std::int64_t imported = std::clamp<std::int64_t>(level.importWh, 0, kMaxLevelWh);
    if (exported == 0)
        return {0, 1};
    return {std::min(imported, exported), exported};
}

} // namespace

LevelFlows crossing(std::span<const LevelFlows> children)
{
    LevelFlows parent;
    for (const LevelFlows &child : children) {
        parent.exportWh += std::max<std::int64_t>(0, child.exportWh - child.importWh);
        parent.importWh += std::max<std::int64_t>(0, child.importWh - child.exportWh);
    }
    return parent;
}

std::array<std::int64_t, kHopCount> splitExportByHops(std::int64_t exportWh, const LevelFlows &feeder,
                                                      const LevelFlows &substation, const LevelFlows &region)
{
    std::array<std::int64_t, kHopCount> parts{};
    if (exportWh <= 0)
        return parts;
    exportWh = std::min(exportWh, kMaxSlotWhForSplit);
    // The cumulative share consumed up to each level, exactly: c0 = s0, c1 = c0 + (1 - c0) s1, ... Rounding
    // the cumulative amounts (half to even), not each part, makes the parts add up to the export (R38).
    Int128 num = 0; // cumulative share so far, num / den
    Int128 den = 1;
    std::int64_t placed = 0;
    const std::array<Share, 3> shares{shareAt(feeder), shareAt(substation), shareAt(region)};
    for (std::size_t hop = 0; hop < shares.size(); ++hop) {
        const Share &s = shares[hop];
        // c' = c + (1 - c) * s = (num * s.den + (den - num) * s.num) / (den * s.den)
        num = num * s.den + (den - num) * s.num;
        den = den * s.den;
        const std::int64_t cumulative = roundHalfEven(Int128(exportWh) * num, den);
        parts[hop] = cumulative - placed;
        placed = cumulative;
    }
    parts[3] = exportWh - placed; // the rest travels the national grid
    return parts;
}

} // namespace commonwatt::currency
