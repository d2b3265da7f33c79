// Fixed keys and entries for the ledger tests.
#pragma once

#include "ledger/claim.h"
#include "ledger/entry.h"
#include "ledger/state.h"

#include <QByteArray>

#include <map>
#include <vector>

namespace commonwatt::ledger::test {

// A key from a fixed seed (every byte `fill`), so that vectors and failures reproduce.
inline SecretKey fixedKey(std::uint8_t fill)
{
    Seed seed;
    seed.bytes.fill(fill);
    return *SecretKey::fromSeed(seed);
}

// A signed entry of key's chain.
inline Entry signedEntry(const SecretKey &key, std::uint64_t sequence, const Hash &previous, Payload payload,
                         std::int64_t timestampMs = 1'790'000'000'000)
{
    Entry entry;
    entry.sequence = sequence;
    entry.previous = previous;
    entry.timestampMs = timestampMs;
    entry.payload = std::move(payload);
    entry.sign(key);
    return entry;
}

// Entries 1..count of key's chain, each linked to the one before.
inline std::vector<Entry> chainOf(const SecretKey &key, int count)
{
    std::vector<Entry> entries;
    Hash previous;
    for (int i = 1; i <= count; ++i) {
        entries.push_back(signedEntry(key, static_cast<std::uint64_t>(i), previous,
                                      TradeOffer{0, 900'000, 1000 * i, 250, 2}, 1'790'000'000'000 + i));
        previous = entries.back().hash();
    }
    return entries;
}

// A claim with a fixed salt (every byte `saltFill`) and two devices, for slot slotStartMs.
inline ClaimContent sampleClaim(std::int64_t slotStartMs, std::uint8_t saltFill = 0x5a)
{
    ClaimContent content;
    content.salt.bytes.fill(saltFill);
    content.slotStartMs = slotStartMs;
    content.importWh = 300;
    content.exportWh = 800;
    content.pvWh = 900;
    content.fossilWh = 0;
    content.devices = {{QStringLiteral("battery"), 400, 0, 0}, {QStringLiteral("heatpump"), 0, 0, 350}};
    return content;
}

// Writes several participants' chains: each entry links to its participant's previous one.
class LedgerWriter
{
public:
    // A signed entry of key's chain; its hash.
    Hash add(const SecretKey &key, Payload payload, std::int64_t timestampMs)
    {
        Entry entry = next(key.publicKey(), std::move(payload), timestampMs);
        entry.sign(key);
        return push(std::move(entry));
    }
    // The same without a signature, for derived-state tests that need many entries fast: the derived state
    // takes its entries as already accepted and does not verify them.
    Hash addUnsigned(const PublicKey &participant, Payload payload, std::int64_t timestampMs)
    {
        return push(next(participant, std::move(payload), timestampMs));
    }

    std::vector<HashedEntry> entries;

private:
    Entry next(const PublicKey &participant, Payload payload, std::int64_t timestampMs)
    {
        auto &[sequence, previous] = m_heads[participant];
        Entry entry;
        entry.participant = participant;
        entry.sequence = ++sequence;
        entry.previous = previous;
        entry.timestampMs = timestampMs;
        entry.payload = std::move(payload);
        return entry;
    }
    Hash push(Entry entry)
    {
        const Hash hash = entry.hash();
        m_heads[entry.participant].second = hash;
        entries.push_back({std::move(entry), hash});
        return hash;
    }

    std::map<PublicKey, std::pair<std::uint64_t, Hash>> m_heads;
};

} // namespace commonwatt::ledger::test
