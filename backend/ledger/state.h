// The community's state, derived from the set of accepted ledger entries (docs/ledger-state.md, L1-L30):
// who is a member, every account's balance, the pool, trades, grants, pending claims, and every entry that
// has no effect with the reason. Pure: the same entries give the same state on every replica, whatever the
// order they arrived in.
#pragma once

#ifndef Q_MOC_RUN

#include "currency/communityconfig.h"
#include "currency/reputation.h"
#include "ledger/entry.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <utility>
#include <vector>

namespace commonwatt::ledger {

// Why an accepted entry has no effect. Stable names (refusalCodeName) for logs and the app.
enum class RefusalCode : std::uint8_t
{
    NotInChain,             // not linked to its participant's chain in the given set (L2)
    UnknownReference,       // references an entry not earlier in the canonical order, or unknown (L3)
    WrongReference,         // references a refused entry, or an entry of the wrong type (L3)
    NotAllowed,             // its participant may not publish this type (L6)
    NotMember,              // published by a key that is not a joined member, or has left (L6, L9)
    BadConfiguration,       // a configuration that does not parse or names no distributor (L4)
    BadJoin,                // a join with limits or devices that cannot be used (L8)
    BadClaim,               // a second claim for the slot, unaligned, too early or late, not sealed (L10)
    DuplicateValidation,    // a second validation of one claim (L11)
    InconsistentValidation, // numbers that do not follow from the claim, the join or the recomputation (L12)
    BadTrade,               // an offer, acceptance or settlement with impossible numbers (L14-L16)
    OverAccepted,           // acceptances beyond the offer's energy: the trade spent twice (L15)
    InsufficientBalance,    // a transfer the payer's balance does not cover (L16, L18)
    BadAmount,              // a non-positive amount, an unknown contribution kind, a partial grant (L18-L24)
    BadApproval,            // an approval by a non-steward, late, repeated, or of a closed subject (L5, L21)
    SelfApproval,           // a steward approving a grant to their own dwelling (L21)
    GrantWithoutApprovals,  // a grant payment before its approvals are complete (L23)
    PaidTwice,              // a second payment of one grant request (L23)
    PoolCannotCover,        // a grant larger than the pool (L23)
};

[[nodiscard]] QString refusalCodeName(RefusalCode code);

struct Refusal
{
    Hash entry = {};
    PublicKey participant = {};
    std::uint64_t sequence = 0;
    RefusalCode code = RefusalCode::NotInChain;
    QString text = {};
};

// A configuration: the genesis, adopted ones, and proposals still collecting steward approvals (L4, L5).
struct ConfigurationRecord
{
    Hash entry = {};
    PublicKey author = {};
    currency::CommunityConfig config = {};
    std::set<PublicKey> stewards = {};  // config.stewards as keys
    PublicKey distributor = {};         // config.distributor as a key
    std::set<PublicKey> approvers = {}; // the author and the stewards whose approval stands
    bool adopted = false;
    std::int64_t effectiveFromMs = 0; // when adopted: max(effectiveFromSlotMs, last approval + 7 days)
};

struct MemberRecord
{
    MembershipJoin join = {};
    Hash joinEntry = {};
    bool left = false;
};

// One validated slot of a member, for windows (reputation) and audits.
struct ValidatedSlot
{
    std::int64_t slotStartMs = 0;
    std::int64_t importWh = 0;
    std::int64_t renewableThousandths = 0;
    MilliCredits taking = {};
    MilliCredits giving = {};
    MilliCredits fee = {};
    MilliCredits fossil = {};
};

struct PendingClaim
{
    Hash entry = {};
    std::int64_t slotStartMs = 0;
};

struct MemberTotals
{
    MilliCredits taking = {};
    MilliCredits giving = {};
    MilliCredits fee = {};
    MilliCredits fossil = {};
    std::int64_t validatedClaims = 0;
    std::int64_t refusedClaims = 0;                 // claims the distributor's validation did not accept
    std::vector<PendingClaim> pendingClaims = {};   // "waiting for the grid to confirm", by slot
    std::vector<ValidatedSlot> validatedSlots = {}; // in canonical order
    MilliCredits donated = {};                      // donations and round-ups into the pool
    MilliCredits patron = {}; // capital purchases minted into the pool (a separate patron score)
};

struct PoolAccount
{
    MilliCredits balance = {};
    MilliCredits inflows = {};
    MilliCredits outflows = {};
};

struct OfferRecord
{
    Hash entry = {};
    PublicKey seller = {};
    TradeOffer offer = {};
    std::int64_t acceptedWh = 0;
};

struct TradeRecord
{
    Hash acceptance = {};
    Hash offer = {};
    PublicKey seller = {};
    PublicKey buyer = {};
    std::int64_t acceptedWh = 0;
    std::int64_t firstSlotMs = 0;
    bool settled = false;
    std::int64_t deliveredWh = 0;
    MilliCredits payment = {};
};

struct GrantRecord
{
    Hash request = {};
    PublicKey requester = {};
    GrantRequest details = {};
    std::int64_t requestedAtMs = 0;
    std::set<PublicKey> stewards = {};                // of the configuration in force at the request
    int threshold = 0;                                // its k
    std::map<PublicKey, std::int64_t> approvals = {}; // standing approvals and when they were given
    bool paid = false;
};

struct GridEventRecord
{
    Hash entry = {};
    GridEvent event = {};
    std::map<PublicKey, bool> responses = {}; // the latest response per member
};

struct CommunityState
{
    // Empty when the genesis is usable; else why not, and nothing else is derived.
    QString error = {};
    Hash genesis = {};
    std::int64_t asOfMs = 0; // the latest timestamp among the entries

    std::vector<ConfigurationRecord> configurations = {}; // the genesis first, then in canonical order
    std::map<PublicKey, MemberRecord> members = {};
    std::map<PublicKey, MilliCredits> balances = {}; // members' and distributors' accounts
    std::map<PublicKey, MemberTotals> totals = {};
    PoolAccount pool = {};
    std::vector<OfferRecord> offers = {};
    std::vector<TradeRecord> trades = {};
    std::vector<GrantRecord> grants = {};
    std::vector<GridEventRecord> gridEvents = {};
    std::vector<Refusal> refused = {}; // in canonical order, then entries outside their chains
    std::size_t effectiveEntries = 0;

    // The adopted configuration in force at timeMs (L5): the last adopted whose effective time has come.
    [[nodiscard]] const ConfigurationRecord *configurationAt(std::int64_t timeMs) const;
    // As of asOfMs.
    [[nodiscard]] const ConfigurationRecord *currentConfiguration() const { return configurationAt(asOfMs); }
    [[nodiscard]] MilliCredits balance(const PublicKey &account) const;
    [[nodiscard]] bool isMember(const PublicKey &key) const;
    [[nodiscard]] const Refusal *refusalOf(const Hash &entry) const;
    // The member's reputation figures over validated slots starting in [fromMs, toMs) and trades whose
    // offer starts there (L27); cleanShare (millionths) is the caller's (currency/cleanshare.h).
    [[nodiscard]] currency::ReputationInputs reputationInputs(const PublicKey &member, std::int64_t fromMs,
                                                              std::int64_t toMs,
                                                              std::int64_t cleanShareMillionths) const;
    // SHA-256 over a canonical serialisation of accounts, pool, members, totals, trades, grants, adopted
    // configurations and refusals (L30): replicas compare states by it.
    [[nodiscard]] Hash stateDigest() const;
};

struct HashedEntry
{
    Entry entry = {};
    Hash hash = {}; // entry.hash(), computed once by whoever accepted it
};

// The state of the community whose genesis is `genesis`, from a set of accepted entries in any order.
[[nodiscard]] CommunityState deriveState(const Hash &genesis, std::span<const HashedEntry> entries);

} // namespace commonwatt::ledger

#endif // Q_MOC_RUN
