// Rollup buckets: the arithmetic shared by ingest, the v2 back-fill and the repair of replaced readings, so
// that all three produce the same rows.
#pragma once

#include "readingsstore.h"
#include "sqlite.h"

#include <string_view>

namespace commonwatt::storage {

inline constexpr qint64 kFiveMinutesMs = 5 * 60 * 1000;
inline constexpr qint64 kHourMs = 60 * 60 * 1000;
inline constexpr qint64 kDayMs = 24 * kHourMs;

// Buckets are aligned to the epoch (UTC). Floor division keeps timestamps before 1970 in the right bucket.
[[nodiscard]] constexpr qint64 bucketStart(qint64 timestampMs, qint64 widthMs)
{
    const qint64 remainder = timestampMs % widthMs;
    return remainder < 0 ? timestampMs - remainder - widthMs : timestampMs - remainder;
}

struct RollupTable
{
    std::string_view name;
    qint64 widthMs;
};

inline constexpr RollupTable kFiveMinuteTable{"rollup_5min", kFiveMinutesMs};
inline constexpr RollupTable kHourTable{"rollup_hour", kHourMs};

// One bucket being built. first/last follow the timestamps, not the order in which readings arrive.
struct Bucket
{
    ChannelId channel = 0;
    qint64 startMs = 0;
    qint64 count = 0;
    double sum = 0.0;
    double min = 0.0;
    double max = 0.0;
    double first = 0.0;
    qint64 firstTs = 0;
    double last = 0.0;
    qint64 lastTs = 0;

    void add(qint64 timestampMs, double value);
};

// Writes the rollups of one table. add() takes readings sorted by (channel, timestamp) and emits a bucket
// whenever the next reading leaves it, so that a batch costs one upsert per bucket, not one per reading.
class RollupWriter
{
public:
    RollupWriter(const sqlite::Database &db, const RollupTable &table);

    void add(ChannelId channel, qint64 timestampMs, double value);
    // Writes the bucket still open; call once per batch, after the last add().
    void finish();
    // Forgets the open bucket of a batch that failed, so that its retry does not count it twice.
    void discard() { m_hasOpen = false; }

    // A reading replaced an older value. Rebuilds the bucket from the raw readings when they are all still
    // there (rawComplete), else corrects sum, min, max, first and last in place: exact except that a min or
    // max held by the old value can only widen.
    void replaced(const Reading &reading, double oldValue, bool rawComplete);

    [[nodiscard]] const RollupTable &table() const { return m_table; }

private:
    void upsert(const Bucket &bucket);

    RollupTable m_table;
    sqlite::Statement m_upsert;
    sqlite::Statement m_replace;
    sqlite::Statement m_adjust;
    sqlite::Statement m_raw;
    Bucket m_open;
    bool m_hasOpen = false;
};

} // namespace commonwatt::storage
