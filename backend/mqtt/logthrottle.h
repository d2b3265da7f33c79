// Keeps a repeating log line from filling the journal: a broker that flaps all night, or a device that floods
// oversized messages, is logged once a minute per kind of event, with a count of what was left out.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QString>

#include <optional>

namespace commonwatt::mqtt {

// "commonwatt.mqtt": everything the transport logs.
Q_DECLARE_LOGGING_CATEGORY(lcMqtt)

// Thread-safe.
class LogThrottle
{
public:
    explicit LogThrottle(qint64 intervalMs = 60'000);

    // When a line of this kind may be logged now: how many of its kind were left out since the last one.
    [[nodiscard]] std::optional<quint64> admit(const QString &kind);

private:
    struct Entry
    {
        qint64 lastMs = 0;
        quint64 suppressed = 0;
    };
    QMutex m_mutex;
    QElapsedTimer m_clock;
    QHash<QString, Entry> m_entries;
    qint64 m_intervalMs;
};

// " (12 similar messages left out)", or empty: for appending to an admitted line.
[[nodiscard]] QString suppressedNote(quint64 suppressed);

} // namespace commonwatt::mqtt
