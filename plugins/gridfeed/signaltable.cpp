#include "signaltable.h"

namespace commonwatt::gridfeed {

bool SignalTable::precedes(const SlotSignals &incoming, const SlotSignals &existing)
{
    if (incoming.kind != existing.kind)
        return incoming.kind == SignalKind::Actual;
    return incoming.issuedAtMs > existing.issuedAtMs;
}

SignalTable::Applied SignalTable::apply(const SignalDocument &document)
{
    Applied applied;
    const qint64 slotMs = document.slotMs();
    for (qsizetype i = 0; i < document.slotCount(); ++i) {
        const qint64 start = document.startMs + i * slotMs;
        const qint64 end = start + slotMs;
        SlotSignals incoming;
        incoming.endMs = end;
        incoming.g = document.g[i];
        incoming.s = document.s[i];
        if (document.r)
            incoming.r = (*document.r)[i];
        incoming.eventLevel = document.eventLevel(start, end);
        incoming.kind = document.kind;
        incoming.issuedAtMs = document.issuedAtMs;

        // The entries that overlap [start, end): the last one starting at or before `start`, then the rest.
        auto first = m_entries.upperBound(start);
        if (first != m_entries.begin() && std::prev(first).value().endMs > start)
            first = std::prev(first);
        bool wins = true;
        for (auto it = first; it != m_entries.end() && it.key() < end; ++it) {
            if (!precedes(incoming, it.value())) {
                wins = false;
                break;
            }
        }
        if (!wins) {
            ++applied.ignored;
            continue;
        }
        // What overlapped keeps the parts outside the new slot (documents of another slot length).
        QList<std::pair<qint64, SlotSignals>> remainders;
        for (auto it = first; it != m_entries.end() && it.key() < end;) {
            if (it.key() < start) {
                SlotSignals left = it.value();
                left.endMs = start;
                remainders.append({it.key(), left});
            }
            if (it.value().endMs > end)
                remainders.append({end, it.value()});
            it = m_entries.erase(it);
        }
        for (const auto &[remainderStart, remainder] : remainders)
            m_entries.insert(remainderStart, remainder);
        m_entries.insert(start, incoming);
        ++applied.taken;
    }
    return applied;
}

std::optional<std::pair<qint64, SlotSignals>> SignalTable::entryAt(qint64 ms) const
{
    auto it = m_entries.upperBound(ms);
    if (it == m_entries.begin())
        return std::nullopt;
    --it;
    if (it.value().endMs <= ms)
        return std::nullopt;
    return std::pair{it.key(), it.value()};
}

void SignalTable::forgetBefore(qint64 ms)
{
    for (auto it = m_entries.begin(); it != m_entries.end() && it.key() < ms;) {
        if (it.value().endMs <= ms)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace commonwatt::gridfeed
