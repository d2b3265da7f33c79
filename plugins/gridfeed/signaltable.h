// What the feed has said about each stretch of time: non-overlapping slots with their signals, each from the
// document that settled it. A new document's slot replaces what it overlaps only when it takes precedence:
// an actual over a forecast, else a strictly later issuedAt of the same kind. Anything else is a replay.
#pragma once

#include "signaldocument.h"

#include <QMap>

#include <optional>
#include <utility>

namespace commonwatt::gridfeed {

struct SlotSignals
{
    qint64 endMs = 0; // exclusive; the table's key is the start
    double g = 0.0;
    double s = 0.0;
    std::optional<double> r;
    int eventLevel = 0;
    SignalKind kind = SignalKind::Forecast;
    qint64 issuedAtMs = 0;
};

class SignalTable
{
public:
    struct Applied
    {
        qsizetype taken = 0;   // the document's slots now in the table
        qsizetype ignored = 0; // its slots that lost to what was already there (replays)
    };

    Applied apply(const SignalDocument &document);
    // The entry that contains ms, as (start, signals), or nothing.
    [[nodiscard]] std::optional<std::pair<qint64, SlotSignals>> entryAt(qint64 ms) const;
    // Forgets entries that ended at or before ms.
    void forgetBefore(qint64 ms);
    // By start time.
    [[nodiscard]] const QMap<qint64, SlotSignals> &entries() const { return m_entries; }

private:
    [[nodiscard]] static bool precedes(const SlotSignals &incoming, const SlotSignals &existing);

    QMap<qint64, SlotSignals> m_entries;
};

} // namespace commonwatt::gridfeed
