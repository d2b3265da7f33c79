// The per-participant chain rules (docs/ledger-encoding.md, "Chains"): which new entry extends a chain, and
// why any other is refused. Pure: storage and MQTT feed it entries and keep what it accepts.
#pragma once

#include "ledger/entry.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace commonwatt::ledger {

enum class RejectReason : std::uint8_t
{
    None,         // accepted
    Malformed,    // cannot be in any chain
    BadSignature, // not signed by its participant's key
    BrokenChain,  // the next sequence, but its previous hash is not the head's
    Gap,          // later than the next sequence: held until the gap fills
    Replay,       // an entry already accepted (or already held)
    Fork,         // a second, different entry with an accepted sequence number: the participant is frozen
    Frozen,       // the participant forked earlier; nothing more of theirs is accepted
};

[[nodiscard]] QString rejectReasonName(RejectReason reason);

struct Verdict
{
    RejectReason reason = RejectReason::None;
    QString text = {};
    Hash hash = {}; // the entry's hash, for every verdict but Malformed: computed once, used by the caller

    [[nodiscard]] bool accepted() const { return reason == RejectReason::None; }
};

struct ChainHead
{
    std::uint64_t sequence = 0; // 0: nothing accepted yet
    Hash hash = {};
};

// The hash of the accepted entry with a sequence at or below the head's.
using AcceptedHashLookup = std::function<std::optional<Hash>(std::uint64_t sequence)>;

// The verdict on entry for a chain at head. The signature is checked before anything that depends on the
// sequence, so that nobody but the participant can make them look like a forker.
[[nodiscard]] Verdict checkEntry(const ChainHead &head, const AcceptedHashLookup &acceptedHash,
                                 const Entry &entry);

// Two entries signed by one key with one sequence number: the evidence stewards are shown.
struct ForkEvidence
{
    PublicKey participant = {};
    std::uint64_t sequence = 0;
    Hash acceptedHash = {};
    Hash conflictingHash = {};
};

// Every participant's chain head, the entries held behind a gap, and the frozen participants.
class ParticipantChains
{
public:
    // Bounds what one participant can make us hold in memory while a gap is open.
    static constexpr std::size_t kMaxHeldPerParticipant = 1024;

    struct Result
    {
        Verdict verdict = {};
        std::vector<Entry> accepted = {}; // the entry, then any held entries it released, in chain order
    };

    [[nodiscard]] Result submit(const Entry &entry);

    [[nodiscard]] ChainHead head(const PublicKey &participant) const;
    [[nodiscard]] std::size_t heldCount(const PublicKey &participant) const;
    [[nodiscard]] bool isFrozen(const PublicKey &participant) const;
    [[nodiscard]] const std::vector<ForkEvidence> &forks() const { return m_forks; }

    // Restoring the state a store kept (backend/ledger/replica.*). What is restored is trusted: it was
    // checked when it was first submitted. participant's accepted hashes, hashes[i] being that of sequence i
    // + 1; replaces the chain's hashes.
    void restoreChain(const PublicKey &participant, std::vector<Hash> hashes);
    // An entry held behind a gap. False, and nothing held, unless its sequence is beyond the head's next one,
    // its participant is not frozen and the participant's held entries are below the bound.
    [[nodiscard]] bool restoreHeld(Entry entry);
    // A fork found earlier: freezes the participant (dropping what was held) and keeps the evidence.
    void restoreFork(const ForkEvidence &evidence);

private:
    struct Chain
    {
        std::vector<Hash> hashes = {}; // hashes[i]: the accepted entry with sequence i + 1
        std::map<std::uint64_t, Entry> held = {};
    };

    [[nodiscard]] static ChainHead headOf(const Chain &chain);
    void freeze(const PublicKey &participant, std::uint64_t sequence, const Hash &accepted,
                const Hash &conflicting);
    void releaseHeld(Chain &chain, std::vector<Entry> &accepted);

    std::map<PublicKey, Chain> m_chains;
    std::set<PublicKey> m_frozen;
    std::vector<ForkEvidence> m_forks;
};

} // namespace commonwatt::ledger
