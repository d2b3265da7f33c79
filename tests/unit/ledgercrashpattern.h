// The deterministic stream of ledgerstorecrash_child, shared with tst_ledgerreplica so that the test can tell
// exactly which entries a killed child had committed.
#pragma once

#include "ledgertesthelpers.h"

#include "ledger/encoding.h"

#include <QByteArray>

#include <deque>
#include <vector>

namespace ledgercrash {

inline constexpr int kParticipants = 8;
// Entries are made in groups of three per participant and each group is delivered in reverse: a
// participant's third and second entries arrive first and are held until the first releases them. A batch
// that ends inside a group leaves held entries on disk.
inline constexpr int kGroup = 3 * kParticipants;

class Stream
{
public:
    Stream()
    {
        for (int p = 0; p < kParticipants; ++p) {
            m_keys.push_back(commonwatt::ledger::test::fixedKey(static_cast<std::uint8_t>(0x60 + p)));
            m_heads.emplace_back();
            m_sequences.push_back(0);
        }
    }

    [[nodiscard]] const std::vector<commonwatt::ledger::SecretKey> &keys() const { return m_keys; }

    // The canonical bytes of the next entry of the stream.
    QByteArray next()
    {
        using namespace commonwatt::ledger;
        if (m_pending.empty()) {
            for (int i = 0; i < kGroup; ++i) {
                const auto p = static_cast<std::size_t>(i % kParticipants);
                const std::uint64_t sequence = ++m_sequences[p];
                const Entry entry =
                    test::signedEntry(m_keys[p], sequence, m_heads[p],
                                      TradeOffer{0, 900'000, static_cast<std::int64_t>(sequence), 250, 2},
                                      1'790'000'000'000 + static_cast<std::int64_t>(sequence));
                m_heads[p] = entry.hash();
                m_pending.push_front(encode(entry));
            }
        }
        QByteArray bytes = m_pending.front();
        m_pending.pop_front();
        return bytes;
    }

private:
    std::vector<commonwatt::ledger::SecretKey> m_keys;
    std::vector<commonwatt::ledger::Hash> m_heads;
    std::vector<std::uint64_t> m_sequences;
    std::deque<QByteArray> m_pending;
};

} // namespace ledgercrash
