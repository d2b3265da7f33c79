#include "chain.h"

using namespace Qt::StringLiterals;

namespace commonwatt::ledger {

QString rejectReasonName(RejectReason reason)
{
    switch (reason) {
    case RejectReason::None:
        return u"accepted"_s;
    case RejectReason::Malformed:
        return u"malformed"_s;
    case RejectReason::BadSignature:
        return u"bad signature"_s;
    case RejectReason::BrokenChain:
        return u"broken chain"_s;
    case RejectReason::Gap:
        return u"sequence gap"_s;
    case RejectReason::Replay:
        return u"replay"_s;
    case RejectReason::Fork:
        return u"fork"_s;
    case RejectReason::Frozen:
        return u"participant frozen"_s;
    }
    return u"unknown"_s;
}

Verdict checkEntry(const ChainHead &head, const AcceptedHashLookup &acceptedHash, const Entry &entry)
{
    if (const QString problem = entry.structuralProblem(); !problem.isEmpty())
        return {RejectReason::Malformed, problem};
    const Hash hash = entry.hash();
    if (!entry.verifySignature(hash))
        return {RejectReason::BadSignature,
                u"entry %1 is not signed by participant %2"_s.arg(entry.sequence).arg(entry.participant.toHex()),
                hash};

    if (entry.sequence <= head.sequence) {
        const std::optional<Hash> accepted = acceptedHash(entry.sequence);
        if (accepted && *accepted == hash)
            return {RejectReason::Replay,
                    u"entry %1 (%2) is already accepted"_s.arg(entry.sequence).arg(hash.toHex()), hash};
        return {RejectReason::Fork,
                u"entry %1 (%2) differs from the accepted entry %1 (%3)"_s.arg(entry.sequence)
                    .arg(hash.toHex(), accepted ? accepted->toHex() : u"unknown"_s),
                hash};
    }
    if (entry.sequence > head.sequence + 1)
        return {RejectReason::Gap,
                u"entry %1 arrived while the chain ends at %2: held until the gap fills"_s.arg(entry.sequence)
                    .arg(head.sequence),
                hash};
    if (entry.previous != head.hash)
        return {RejectReason::BrokenChain,
                u"entry %1 names previous %2, but entry %3 is %4"_s.arg(entry.sequence)
                    .arg(entry.previous.toHex())
                    .arg(head.sequence)
                    .arg(head.hash.toHex()),
                hash};
    return {RejectReason::None, {}, hash};
}

ChainHead ParticipantChains::headOf(const Chain &chain)
{
    if (chain.hashes.empty())
        return {};
    return {chain.hashes.size(), chain.hashes.back()};
}

ChainHead ParticipantChains::head(const PublicKey &participant) const
{
    const auto it = m_chains.find(participant);
    return it == m_chains.end() ? ChainHead{} : headOf(it->second);
}

std::size_t ParticipantChains::heldCount(const PublicKey &participant) const
{
    const auto it = m_chains.find(participant);
    return it == m_chains.end() ? 0 : it->second.held.size();
}

bool ParticipantChains::isFrozen(const PublicKey &participant) const
{
    return m_frozen.contains(participant);
}

void ParticipantChains::freeze(const PublicKey &participant, std::uint64_t sequence, const Hash &accepted,
                               const Hash &conflicting)
{
    m_frozen.insert(participant);
    m_forks.push_back({participant, sequence, accepted, conflicting});
    // Nothing more of theirs will be accepted, so what was held is moot.
    if (const auto it = m_chains.find(participant); it != m_chains.end())
        it->second.held.clear();
}

ParticipantChains::Result ParticipantChains::submit(const Entry &entry)
{
    Result result;
    if (isFrozen(entry.participant)) {
        result.verdict = {RejectReason::Frozen,
                          u"participant %1 is frozen after a fork"_s.arg(entry.participant.toHex())};
        return result;
    }
    // A lookup is not a reason to create a chain: a rejected entry leaves no trace.
    static const Chain kEmpty;
    const auto found = m_chains.find(entry.participant);
    const Chain &existing = found == m_chains.end() ? kEmpty : found->second;
    const auto lookup = [&existing](std::uint64_t sequence) -> std::optional<Hash> {
        if (sequence == 0 || sequence > existing.hashes.size())
            return std::nullopt;
        return existing.hashes[sequence - 1];
    };
    result.verdict = checkEntry(headOf(existing), lookup, entry);
    const Hash hash = result.verdict.hash;

    switch (result.verdict.reason) {
    case RejectReason::Fork:
        freeze(entry.participant, entry.sequence, existing.hashes[entry.sequence - 1], hash);
        return result;
    case RejectReason::Gap: {
        const auto held = existing.held.find(entry.sequence);
        if (held != existing.held.end()) {
            const Hash heldHash = held->second.hash();
            if (heldHash == hash) {
                result.verdict = {RejectReason::Replay,
                                  u"entry %1 (%2) is already held"_s.arg(entry.sequence).arg(heldHash.toHex()), hash};
            } else {
                // Both are signed by the participant: a fork, even before either is accepted.
                result.verdict = {RejectReason::Fork,
                                  u"entry %1 (%2) differs from the held entry %1 (%3)"_s.arg(entry.sequence)
                                      .arg(hash.toHex(), heldHash.toHex()),
                                  hash};
                freeze(entry.participant, entry.sequence, heldHash, hash);
            }
            return result;
        }
        if (existing.held.size() >= kMaxHeldPerParticipant) {
            result.verdict.text += u" (not held: %1 entries are held already)"_s.arg(existing.held.size());
            return result;
        }
        m_chains[entry.participant].held.emplace(entry.sequence, entry);
        return result;
    }
    case RejectReason::None:
        break;
    default:
        return result;
    }

    // Held entries are always beyond head + 1 (releaseHeld takes head + 1 out), so none conflicts here.
    Chain &chain = m_chains[entry.participant];
    chain.hashes.push_back(hash);
    result.accepted.push_back(entry);
    releaseHeld(chain, result.accepted);
    return result;
}

void ParticipantChains::restoreChain(const PublicKey &participant, std::vector<Hash> hashes)
{
    m_chains[participant].hashes = std::move(hashes);
}

bool ParticipantChains::restoreHeld(Entry entry)
{
    if (isFrozen(entry.participant))
        return false;
    Chain &chain = m_chains[entry.participant];
    if (entry.sequence <= chain.hashes.size() + 1 || chain.held.size() >= kMaxHeldPerParticipant)
        return false;
    const std::uint64_t sequence = entry.sequence;
    return chain.held.emplace(sequence, std::move(entry)).second;
}

void ParticipantChains::restoreFork(const ForkEvidence &evidence)
{
    freeze(evidence.participant, evidence.sequence, evidence.acceptedHash, evidence.conflictingHash);
}

void ParticipantChains::releaseHeld(Chain &chain, std::vector<Entry> &accepted)
{
    for (;;) {
        const auto next = chain.held.find(chain.hashes.size() + 1);
        if (next == chain.held.end())
            return;
        Entry entry = std::move(next->second);
        chain.held.erase(next);
        // Signature and structure were checked when it was held; only the link is new.
        if (entry.previous != chain.hashes.back()) {
            // It does not extend this chain: dropped, and the later ones wait for the entry that does.
            return;
        }
        chain.hashes.push_back(entry.hash());
        accepted.push_back(std::move(entry));
    }
}

} // namespace commonwatt::ledger
