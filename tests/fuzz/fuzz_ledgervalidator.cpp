// libFuzzer target for the ledger's chain rules (ParticipantChains, docs/ledger-encoding.md "Chains"). A small
// community of three households with fixed keys; the input is a sequence of operations, each a byte choosing
// what to do and bytes choosing whose chain and which entry: publish the next correctly signed entry, deliver
// an entry already published (a replay, or out of order so that a gap opens), a mutated copy of one, a second
// signed entry with an already used sequence (a fork), an entry that names the wrong previous hash, one signed
// with another household's key, or raw bytes through the decoder. After every submission the invariants hold:
//   - a head only moves when entries are accepted, by one sequence per accepted entry, each naming the
//     previous head's hash, and never moves backwards;
//   - a refused entry changes nothing, except that a gap holds it and a fork freezes its participant;
//   - a frozen participant has nothing accepted and nothing held;
//   - nobody but a participant can make their chain accept, hold or freeze (mutated copies and entries under
//     another key are refused before the chain is looked at).
#include "ledger/chain.h"
#include "ledger/encoding.h"
#include "ledger/entry.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

using namespace commonwatt::ledger;

namespace {

constexpr std::size_t kHouseholds = 3;
// Each operation signs at most one entry; the bound keeps an input fast enough for many runs per second.
constexpr std::size_t kMaxOperations = 48;

[[noreturn]] void bug(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

const std::array<SecretKey, kHouseholds> &keys()
{
    // Created once: key generation is the slow part, and fixed seeds keep every crash reproducible.
    static const std::array<SecretKey, kHouseholds> created = [] {
        if (!cryptoAvailable())
            bug("libsodium cannot initialise");
        const auto make = [](std::uint8_t fill) {
            Seed seed;
            seed.bytes.fill(fill);
            return *SecretKey::fromSeed(seed);
        };
        return std::array<SecretKey, kHouseholds>{make(1), make(2), make(3)};
    }();
    return created;
}

// Reads the input front to back; past its end every byte is zero, so that any input is a whole program.
class Input
{
public:
    Input(const std::uint8_t *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}
    [[nodiscard]] bool atEnd() const { return m_pos >= m_size; }
    [[nodiscard]] std::uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    [[nodiscard]] QByteArray bytes(std::size_t count)
    {
        QByteArray out;
        for (std::size_t i = 0; i < count && !atEnd(); ++i)
            out.append(static_cast<char>(byte()));
        return out;
    }

private:
    const std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_pos = 0;
};

// Everything ParticipantChains shows of one participant.
struct ParticipantState
{
    ChainHead head = {};
    std::size_t held = 0;
    bool frozen = false;

    // ChainHead has no comparison of its own; the chain code never needs one.
    friend bool operator==(const ParticipantState &a, const ParticipantState &b)
    {
        return a.head.sequence == b.head.sequence && a.head.hash == b.head.hash && a.held == b.held &&
               a.frozen == b.frozen;
    }
};

struct Snapshot
{
    std::array<ParticipantState, kHouseholds> participants = {};
    std::size_t forks = 0;
};

Snapshot snapshot(const ParticipantChains &chains)
{
    Snapshot out;
    for (std::size_t i = 0; i < kHouseholds; ++i) {
        const PublicKey &key = keys()[i].publicKey();
        out.participants[i] = {chains.head(key), chains.heldCount(key), chains.isFrozen(key)};
    }
    out.forks = chains.forks().size();
    return out;
}

// What the community has published: each household's own chain, correctly signed, whether or not it has
// reached the replica yet.
struct Community
{
    std::array<std::vector<Entry>, kHouseholds> published = {};

    [[nodiscard]] Entry next(std::size_t household, std::int64_t timestampMs) const
    {
        const std::vector<Entry> &chain = published[household];
        Entry entry;
        entry.sequence = chain.size() + 1;
        entry.previous = chain.empty() ? Hash{} : chain.back().hash();
        entry.timestampMs = timestampMs;
        entry.payload = TradeOffer{timestampMs, timestampMs + 900'000, 1000, 250, 2};
        entry.sign(keys()[household]);
        return entry;
    }
    Entry publish(std::size_t household, std::int64_t timestampMs)
    {
        published[household].push_back(next(household, timestampMs));
        return published[household].back();
    }
};

std::size_t householdOf(const PublicKey &key)
{
    for (std::size_t i = 0; i < kHouseholds; ++i) {
        if (keys()[i].publicKey() == key)
            return i;
    }
    return kHouseholds;
}

// Checks one submission against the states before and after it.
void check(const Snapshot &before, const Snapshot &after, const Entry &entry,
           const ParticipantChains::Result &result, bool forged,
           std::array<std::vector<Hash>, kHouseholds> &acceptedHashes)
{
    const std::size_t who = householdOf(entry.participant);
    for (std::size_t i = 0; i < kHouseholds; ++i) {
        if (i != who && !(before.participants[i] == after.participants[i]))
            bug("an entry changed another participant's chain", QString::number(i));
    }
    const RejectReason reason = result.verdict.reason;
    if (result.verdict.accepted() != !result.accepted.empty())
        bug("the verdict and the accepted entries disagree", result.verdict.text);
    if (!result.verdict.accepted() && result.verdict.text.isEmpty())
        bug("a refusal gives no reason");
    if (forged && reason != RejectReason::Malformed && reason != RejectReason::BadSignature &&
        reason != RejectReason::Frozen)
        bug("an entry its participant did not sign got past the signature check", result.verdict.text);

    if (who == kHouseholds) {
        // A key outside the community (decoded raw bytes): the chain rules know no members, but such an
        // entry can only be refused here, since nobody holds that key's secret.
        if (result.verdict.accepted())
            bug("an entry under an unknown key was accepted");
        if (after.forks != before.forks)
            bug("an entry under an unknown key recorded a fork");
        return;
    }
    const ParticipantState &was = before.participants[who];
    const ParticipantState &now = after.participants[who];
    if (now.head.sequence < was.head.sequence)
        bug("a head moved backwards");
    if (now.held > ParticipantChains::kMaxHeldPerParticipant)
        bug("more entries held than the bound");
    if (now.frozen && (now.held != 0 || (!was.frozen && now.head.sequence != was.head.sequence)))
        bug("a freeze accepted or kept something");
    if (was.frozen && (reason != RejectReason::Frozen || !(now == was) || after.forks != before.forks))
        bug("a frozen participant's entry was not refused as frozen", result.verdict.text);

    switch (reason) {
    case RejectReason::None: {
        if (!(result.accepted.front() == entry))
            bug("the accepted entries do not start with the submitted one");
        ChainHead head = was.head;
        for (const Entry &accepted : result.accepted) {
            if (accepted.participant != entry.participant || accepted.sequence != head.sequence + 1 ||
                accepted.previous != head.hash)
                bug("an accepted entry does not extend the head by one", QString::number(accepted.sequence));
            head = {accepted.sequence, accepted.hash()};
            acceptedHashes[who].push_back(head.hash);
        }
        if (!(now.head.sequence == head.sequence && now.head.hash == head.hash))
            bug("the head is not the last accepted entry");
        if (now.frozen || after.forks != before.forks)
            bug("an accepted entry froze its participant");
        // Every entry released came out of the held ones.
        if (now.held + (result.accepted.size() - 1) > was.held)
            bug("releasing held entries grew the held set");
        break;
    }
    case RejectReason::Gap:
        // Held (or not, when the bound is reached): nothing else changes.
        if (!(now.head.sequence == was.head.sequence && now.head.hash == was.head.hash) || now.frozen ||
            now.held < was.held || now.held > was.held + 1 || after.forks != before.forks)
            bug("a gap changed more than the held entries");
        break;
    case RejectReason::Fork:
        if (!now.frozen || after.forks != before.forks + 1 ||
            !(now.head.sequence == was.head.sequence && now.head.hash == was.head.hash))
            bug("a fork did not freeze exactly its participant");
        break;
    default:
        if (!(now == was) || after.forks != before.forks)
            bug("a refused entry changed the state", result.verdict.text);
        break;
    }
    // The replica's view of each chain is exactly the entries it reported accepted.
    const std::vector<Hash> &hashes = acceptedHashes[who];
    if (now.head.sequence != hashes.size() || (!hashes.empty() && now.head.hash != hashes.back()))
        bug("the head disagrees with the entries reported accepted");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)keys();
    Input input(data, size);
    Community community;
    ParticipantChains chains;
    std::array<std::vector<Hash>, kHouseholds> acceptedHashes = {};
    std::int64_t clock = 1'767'225'600'000; // advances per operation, so that no two signed entries coincide

    for (std::size_t op = 0; op < kMaxOperations && !input.atEnd(); ++op) {
        const std::uint8_t code = input.byte();
        const std::size_t household = input.byte() % kHouseholds;
        const std::uint8_t which = input.byte();
        clock += 60'000;
        const std::vector<Entry> &published = community.published[household];

        Entry entry;
        bool forged = false; // not signed by its participant's key
        switch (code % 8) {
        case 0: // the next entry, delivered at once
            entry = community.publish(household, clock);
            break;
        case 1: // published now, delivered later: a gap until it is
            (void)community.publish(household, clock);
            continue;
        case 2: // an entry published earlier: a replay, or the one that fills a gap
            if (published.empty())
                continue;
            entry = published[which % published.size()];
            break;
        case 3: { // a mutated copy of a published entry, through the decoder as it would arrive
            if (published.empty())
                continue;
            const Entry &original = published[which % published.size()];
            QByteArray bytes = encode(original);
            const std::uint8_t position = input.byte();
            const std::uint8_t mask = input.byte() | 1; // never zero, so the bytes always change
            bytes[position % bytes.size()] = static_cast<char>(bytes[position % bytes.size()] ^ mask);
            const DecodeResult decoded = decode(bytes);
            if (!decoded.entry)
                continue;
            entry = *decoded.entry;
            forged = true;
            break;
        }
        case 4: { // a second, correctly signed entry with a sequence already used: a fork
            if (published.empty())
                continue;
            const Entry &original = published[which % published.size()];
            entry = original;
            entry.timestampMs = clock;
            entry.sign(keys()[household]);
            break;
        }
        case 5: { // the next sequence, correctly signed, naming a previous hash that is not the head's
            entry = community.next(household, clock);
            entry.previous.bytes[which % Hash::size] ^= 0x5a;
            entry.sign(keys()[household]);
            break;
        }
        case 6: { // the next entry as it would be, signed with another household's key
            entry = community.next(household, clock);
            const std::size_t other = (household + 1 + which % (kHouseholds - 1)) % kHouseholds;
            entry.signature = keys()[other].sign(entry.signingInput());
            forged = true;
            break;
        }
        case 7: { // raw bytes, as a peer could send them
            const DecodeResult decoded = decode(input.bytes(which));
            if (!decoded.entry)
                continue;
            entry = *decoded.entry;
            forged = householdOf(entry.participant) == kHouseholds; // nobody here signed it
            break;
        }
        }

        const Snapshot before = snapshot(chains);
        const ParticipantChains::Result result = chains.submit(entry);
        const Snapshot after = snapshot(chains);
        check(before, after, entry, result, forged, acceptedHashes);
    }
    return 0;
}
