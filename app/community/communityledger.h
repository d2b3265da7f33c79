// What commonwatt-community reads from a replica: its derived state, a digest of its chain heads, and an
// independent recomputation of the balances from the entries (the simulation's cross-check of the state).
#pragma once

#include "currency/communityconfig.h"
#include "ledger/replica.h"
#include "ledger/state.h"
#include "ledger/sync.h"

#include <QString>

#include <functional>
#include <map>

namespace commonwatt::community {

// deriveState over every entry the replica holds.
[[nodiscard]] ledger::CommunityState deriveReplicaState(const ledger::LedgerReplica &replica,
                                                        const ledger::Hash &genesis);

// The hooks through which a LedgerSync reaches replica: submissions judged and stored there, its heads, and
// its entries for answers. onAccepted (optional) sees every entry the replica accepts through the sync, in
// order. A storage failure is a Malformed verdict carrying the replica's error.
[[nodiscard]] ledger::ReplicaHooks
replicaHooks(ledger::LedgerReplica &replica,
             std::function<void(const ledger::Entry &, const ledger::Hash &)> onAccepted = {});

// SHA-256 (hex) over every (participant, sequence, hash) head, in key order: equal on replicas holding the
// same chains.
[[nodiscard]] QString headsDigest(const ledger::LedgerReplica &replica);

// The balances recomputed from the entries with the currency engine directly, written apart from the derived
// state's code and simpler: it applies every validation, settlement, contribution and grant payment as if
// each were valid, so it agrees with the state only when nothing that moves credits was refused.
struct Recomputation
{
    std::map<ledger::PublicKey, std::int64_t> balances = {}; // milli-credits
    std::int64_t pool = 0;
    std::int64_t fees = 0;
    [[nodiscard]] std::int64_t balance(const ledger::PublicKey &key) const
    {
        const auto found = balances.find(key);
        return found == balances.end() ? 0 : found->second;
    }
};
[[nodiscard]] Recomputation recomputeBalances(const ledger::LedgerReplica &replica,
                                              const currency::CommunityConfig &config);

} // namespace commonwatt::community
