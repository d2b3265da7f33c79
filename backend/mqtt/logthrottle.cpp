#include "logthrottle.h"

using namespace Qt::StringLiterals;

namespace commonwatt::mqtt {

Q_LOGGING_CATEGORY(lcMqtt, "commonwatt.mqtt")

namespace {
// Kinds include reasons and topics chosen by others: a bound keeps the table from growing without limit.
constexpr qsizetype kMaxKinds = 256;
} // namespace

LogThrottle::LogThrottle(qint64 intervalMs)
    : m_intervalMs(intervalMs)
{
    m_clock.start();
}

std::optional<quint64> LogThrottle::admit(const QString &kind)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.elapsed();
    auto it = m_entries.find(kind);
    if (it == m_entries.end()) {
        if (m_entries.size() >= kMaxKinds)
            m_entries.clear();
        m_entries.insert(kind, Entry{now, 0});
        return quint64{0};
    }
    if (now - it->lastMs < m_intervalMs) {
        ++it->suppressed;
        return std::nullopt;
    }
    const quint64 suppressed = it->suppressed;
    *it = Entry{now, 0};
    return suppressed;
}

QString suppressedNote(quint64 suppressed)
{
    return suppressed == 0 ? QString() : u" (%1 similar messages left out)"_s.arg(suppressed);
}

} // namespace commonwatt::mqtt
