// Where an exported kWh was consumed, when no trade says so (currency.md, section 4): the hop split the
// distributor's validation applies from its feeder, substation and region readings (docs/currency-rules.md,
// R37-R38).
#pragma once

#ifndef Q_MOC_RUN

#include "currency/communityconfig.h"

#include <array>
#include <cstdint>
#include <span>

namespace commonwatt::currency {

// What a level of the grid exchanges in a slot, Wh: the export that reaches it and the import it serves. On a
// feeder, all customers' export and import; above it, what its children pass up and draw down (crossing()).
struct LevelFlows
{
    std::int64_t exportWh = 0;
    std::int64_t importWh = 0;
};

// The flows a parent level sees from its children: each child's surplus goes up, each child's deficit comes
// down; what a child balances itself never leaves it.
[[nodiscard]] LevelFlows crossing(std::span<const LevelFlows> children);

// Splits one household's export over hops 0 (same feeder) .. 3 (national); hop 4 (cross-border) is only ever
// set by a trade. At each level a share min(1, import / export) of what is left is consumed there. The parts
// add up to exportWh exactly (R38).
[[nodiscard]] std::array<std::int64_t, kHopCount> splitExportByHops(std::int64_t exportWh,
                                                                    const LevelFlows &feeder,
                                                                    const LevelFlows &substation,
                                                                    const LevelFlows &region);

} // namespace commonwatt::currency

#endif // Q_MOC_RUN
