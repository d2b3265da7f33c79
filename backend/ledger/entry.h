// One entry of a participant's hash-chained, signed ledger chain (docs/ledger-encoding.md).
#pragma once

#include "ledger/crypto.h"
#include "ledger/payloads.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <variant>

namespace commonwatt::ledger {

// The wire value of each type; never renumbered, since it is inside every signature.
enum class EntryType : std::uint8_t
{
    MeterClaim = 1,
    Validation = 2,
    TradeOffer = 3,
    TradeAcceptance = 4,
    TradeSettlement = 5,
    GridEvent = 6,
    GridEventResponse = 7,
    Contribution = 8,
    GrantRequest = 9,
    StewardApproval = 10,
    GrantPayment = 11,
    CommunityConfiguration = 12,
    MembershipJoin = 13,
    MembershipLeave = 14,
};
inline constexpr std::uint8_t kLastEntryType = 14;

// Alternative i holds the payload of EntryType i + 1, so that the type cannot disagree with the payload.
using Payload = std::variant<MeterClaim, Validation, TradeOffer, TradeAcceptance, TradeSettlement, GridEvent,
                             GridEventResponse, Contribution, GrantRequest, StewardApproval, GrantPayment,
                             CommunityConfiguration, MembershipJoin, MembershipLeave>;
static_assert(std::variant_size_v<Payload> == kLastEntryType);

[[nodiscard]] QString entryTypeName(EntryType type);

// Domain separation: an entry's hash and its signature can never be mistaken for each other or for any
// other use of the same key.
inline constexpr char kHashDomain[] = "commonwatt-ledger/2 entry";
inline constexpr char kSignatureDomain[] = "commonwatt-ledger/2 signature";

struct Entry
{
    PublicKey participant = {};
    std::uint64_t sequence = 0; // from 1
    Hash previous = {};         // the hash of entry sequence - 1; zero for sequence 1
    std::int64_t timestampMs = 0;
    Payload payload = {};
    Signature signature = {};

    [[nodiscard]] EntryType type() const { return static_cast<EntryType>(payload.index() + 1); }

    // SHA-256 over the domain and the canonical encoding without the signature: a re-signed copy of the
    // same content is the same entry.
    [[nodiscard]] Hash hash() const;
    // What the participant's key signs: the signature domain and hash().
    [[nodiscard]] QByteArray signingInput() const;
    [[nodiscard]] static QByteArray signingInput(const Hash &hash);
    // Sets participant to key's public key and signs.
    void sign(const SecretKey &key);
    [[nodiscard]] bool verifySignature() const;
    // The same, with the entry's hash() already at hand (the validator computes it once per entry).
    [[nodiscard]] bool verifySignature(const Hash &hash) const;
    // Why the entry cannot be in any chain (sequence 0, a first entry with a previous hash, a later entry
    // without one), or empty.
    [[nodiscard]] QString structuralProblem() const;

    friend bool operator==(const Entry &, const Entry &) = default;
};

} // namespace commonwatt::ledger
