// What the Community page shows (docs/community-app.md), derived on the LedgerService's worker from the
// replica and the derived state and handed to the UI thread as a value: the ledger as feed items (numbers,
// not sentences: CommunityModel writes them in the user's language), open offers, the household's trades,
// the subsidy pool and its grant requests, the steward's rights, and the reputation board.
//
// Also the rules the page checks before it publishes (offer, acceptance, contribution, grant request,
// approval, payment): pure functions of the snapshot, each returning why an action is not allowed.
#pragma once

#ifndef Q_MOC_RUN

#include "currency/communityconfig.h"
#include "ledger/replica.h"
#include "ledger/state.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace commonwatt::app {

// One ledger entry as the feed shows it. The fields used depend on the type (see buildCommunitySnapshot).
struct FeedItem
{
    ledger::EntryType type = ledger::EntryType::MeterClaim;
    ledger::Hash hash = {};
    ledger::PublicKey participant = {};
    std::uint64_t sequence = 0;
    std::int64_t timestampMs = 0;
    bool mine = false; // published by this household
    bool aboutMe =
        false; // concerns this household: its claim validated, its offer accepted, its grant approved
    ledger::PublicKey other =
        {};                    // the member the entry is about (validated, seller, requester, joined, left)
    std::int64_t firstMs = 0;  // a slot or a slot range: claims, validations, offers, events
    std::int64_t lastMs = 0;   // the last slot's start
    std::int64_t energyWh = 0; // offers, acceptances, settlements (delivered)
    std::int64_t milliCredits = 0; // a validation's net, a price per kWh, a payment, a contribution, a grant
    int number = 0;                // maxHops, a contribution's kind, an approval's subject type
    bool flag = false;             // a validation accepted, an approval given (not withdrawn), a response
    QString text = {};             // a grant's purpose, a refusal's or a leave's reason, an event's id
    bool refused = false;          // the entry has no effect (L24): refusalCode and refusalText say why
    ledger::RefusalCode refusalCode = ledger::RefusalCode::NotInChain;
    QString refusalText = {};
};

struct OfferView
{
    ledger::Hash entry = {};
    ledger::PublicKey seller = {};
    ledger::TradeOffer offer = {};
    std::int64_t acceptedWh = 0;
    std::int64_t timestampMs = 0;
    bool mine = false;
    // Its last slot has not ended and energy is left.
    bool open = false;
    [[nodiscard]] std::int64_t remainingWh() const { return offer.energyWh - acceptedWh; }
};

struct TradeView
{
    ledger::TradeRecord trade = {};
    std::int64_t priceMilliCreditsPerKWh = 0;
    bool sold = false; // this household is the seller (else the buyer)
};

struct GrantView
{
    ledger::GrantRecord grant = {};
    std::int64_t timestampMs = 0;
    bool mine = false;
    bool ownDwelling = false;       // the requester is this household or a member of its dwelling
    int needed = 0;                 // approvals needed to pay: k, or k + 1 for a grant over 10% of the pool
    std::int64_t payableFromMs = 0; // a large grant waits 7 days after its last approval
};

struct BoardRow
{
    int rank = 0;
    std::int64_t points = 0; // thousandths: the giving and reliability parts (0 .. 80'000)
    bool me = false;
    QString displayName = {}; // empty: anonymous
};

struct CommunitySnapshot
{
    bool derived = false;
    QString error = {}; // the derived state's error
    ledger::PublicKey me = {};
    bool joined = false;
    QString dwelling = {};
    std::int64_t exportLimitW = 0;
    std::int64_t asOfMs = 0;
    std::int64_t nowMs = 0;
    currency::CommunityConfig config = {}; // in force now
    MilliCredits balance = {};
    ledger::PoolAccount pool = {};
    std::set<ledger::PublicKey> stewards = {};
    int stewardThreshold = 0;
    bool steward = false; // this household's key is one of the stewards in force
    int memberCount = 0;
    std::vector<FeedItem> feed = {};      // newest first
    std::vector<OfferView> offers = {};   // every offer, newest first
    std::vector<TradeView> myTrades = {}; // acceptances this household sold or bought, newest first
    std::vector<GrantView> grants = {};   // newest first
    std::vector<BoardRow> board = {};     // by rank
    // This household's own entries: nullopt when in effect, else the refusal (what a pending action waits
    // for).
    std::map<ledger::Hash, std::optional<ledger::Refusal>> ownEntries = {};
};

// Everything the page needs. displayNames: the members who chose to show their name on the board (others are
// anonymous); only joined members' names are used. nowMs: the household's clock.
[[nodiscard]] CommunitySnapshot
buildCommunitySnapshot(const ledger::LedgerReplica &replica, const ledger::CommunityState &state,
                       const ledger::PublicKey &me, std::int64_t nowMs,
                       const std::map<ledger::PublicKey, QString> &displayNames);

// The highest price per kWh an offer may ask, in milli-credits: the weight of a grid kWh w[t] in the
// dirtiest, most stressed slot the configuration allows (d = 2, s = 1), rounded down (docs/community-app.md
// C3).
[[nodiscard]] std::int64_t offerPriceCapMilliCredits(const currency::CommunityConfig &config);

// Why an action is not allowed, as a code and the numbers the sentence needs; Ok when it is.
struct ActionCheck
{
    enum Code
    {
        Ok,
        NoCommunity,       // not joined (or the ledger is not derived yet)
        BadSlotRange,      // first after last, or not aligned to the slot length
        SlotInThePast,     // the first slot has begun
        TooFarAhead,       // more than 7 days ahead
        NoEnergy,          // energy not above 0
        BeyondExportLimit, // more than the export limit allows over the range (limit: the Wh)
        PriceNegative,
        PriceAboveCap, // limit: the cap per kWh
        BadHops,       // not 0-4
        UnknownOffer,
        OwnOffer,
        OfferClosed,     // its last slot has ended, or nothing is left
        BeyondRemaining, // limit: the Wh left
        BalanceTooLow,   // limit: the balance; amount: what it would cost
        NoAmount,        // amount not above 0
        NoPurpose,       // an empty purpose
        PurposeTooLong,  // limit: the characters allowed
        UnknownGrant,
        NotSteward, // not one of the request's stewards
        OwnGrant,   // a grant to this household's dwelling: no self-approval
        AlreadyApproved,
        NotApproved, // nothing to withdraw
        GrantPaid,
        ApprovalTooLate, // more than 60 days after the request
        NeedsApprovals,  // limit: approvals needed, amount: standing
        WaitingPeriod,   // a large grant: limit: when it can be paid
        PoolTooSmall,    // limit: the pool's balance
    };
    Code code = Ok;
    std::int64_t limit = 0;
    std::int64_t amount = 0;
    [[nodiscard]] bool ok() const { return code == Ok; }
};

inline constexpr int kMaxGrantPurposeLength = 200;
inline constexpr std::int64_t kMaxOfferAheadMs = 7LL * 24 * 60 * 60 * 1000;

// nowMs: the household's clock now (the snapshot may be older).
[[nodiscard]] ActionCheck checkOffer(const CommunitySnapshot &snapshot, const ledger::TradeOffer &offer,
                                     std::int64_t nowMs);
[[nodiscard]] ActionCheck checkAcceptance(const CommunitySnapshot &snapshot, const ledger::Hash &offer,
                                          std::int64_t energyWh, std::int64_t nowMs);
[[nodiscard]] ActionCheck checkContribution(const CommunitySnapshot &snapshot, std::int64_t milliCredits);
[[nodiscard]] ActionCheck checkGrantRequest(const CommunitySnapshot &snapshot, const QString &purpose,
                                            std::int64_t milliCredits);
// approve: true to approve, false to withdraw an approval.
[[nodiscard]] ActionCheck checkApproval(const CommunitySnapshot &snapshot, const ledger::Hash &request,
                                        bool approve, std::int64_t nowMs);
[[nodiscard]] ActionCheck checkGrantPayment(const CommunitySnapshot &snapshot, const ledger::Hash &request,
                                            std::int64_t nowMs);

// The reputation board's opt-in names (docs/community-app.md, "Reputation board"): a member who chooses to
// show a name publishes it, signed with the member's key, retained on the community's broker under
// profileTopic(c16, key); an empty retained message takes it back. Nothing else of the household is
// published.
inline constexpr char kProfileFormat[] = "commonwatt-profile/1";
inline constexpr int kMaxDisplayNameLength = 40;
[[nodiscard]] QString profileTopic(const QString &communityTopicId, const ledger::PublicKey &member);
[[nodiscard]] QString profileTopicFilter(const QString &communityTopicId);
// {"format","member","displayName","timestampMs","signature"}, signed over the format, the key, the name's
// UTF-8 bytes and the timestamp.
[[nodiscard]] QByteArray encodeProfile(const ledger::SecretKey &key, const QString &displayName,
                                       std::int64_t timestampMs);
struct Profile
{
    ledger::PublicKey member = {};
    QString displayName = {};
    std::int64_t timestampMs = 0;
};
// The profile on topic, if its payload is one signed by the topic's key with a name of 1 to
// kMaxDisplayNameLength characters; else nullopt with *error saying why (an empty payload is no error).
[[nodiscard]] std::optional<Profile> decodeProfile(const QString &topic, const QByteArray &payload,
                                                   QString *error);

} // namespace commonwatt::app

#endif // Q_MOC_RUN
