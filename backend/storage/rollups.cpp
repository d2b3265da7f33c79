#include "rollups.h"

#include <algorithm>
#include <string>

namespace commonwatt::storage {

namespace {

std::string withTable(std::string_view sql, std::string_view table)
{
    std::string result(sql);
    const std::string_view marker = "$T";
    for (auto at = result.find(marker); at != std::string::npos; at = result.find(marker, at))
        result.replace(at, marker.size(), table);
    return result;
}

// Merging a batch's bucket into a stored one: counts and sums add, the extremes widen, and first/last come
// from whichever side holds the earlier/later timestamp. SET expressions all see the row before the update.
constexpr std::string_view kUpsertSql = R"(
INSERT INTO $T(channel, bucket, count, sum, min, max, first, first_ts, last, last_ts)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT(channel, bucket) DO UPDATE SET
    count = count + excluded.count,
    sum = sum + excluded.sum,
    min = min(min, excluded.min),
    max = max(max, excluded.max),
    first = CASE WHEN excluded.first_ts < first_ts THEN excluded.first ELSE first END,
    first_ts = min(first_ts, excluded.first_ts),
    last = CASE WHEN excluded.last_ts >= last_ts THEN excluded.last ELSE last END,
    last_ts = max(last_ts, excluded.last_ts))";

constexpr std::string_view kReplaceSql = R"(
INSERT OR REPLACE INTO $T(channel, bucket, count, sum, min, max, first, first_ts, last, last_ts)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))";

constexpr std::string_view kAdjustSql = R"(
UPDATE $T SET
    sum = sum + (?4 - ?3),
    min = min(min, ?4),
    max = max(max, ?4),
    first = CASE WHEN first_ts = ?5 THEN ?4 ELSE first END,
    last = CASE WHEN last_ts = ?5 THEN ?4 ELSE last END
WHERE channel = ?1 AND bucket = ?2)";

constexpr std::string_view kRawSql =
    "SELECT ts, value FROM readings WHERE channel = ?1 AND ts >= ?2 AND ts < ?3 ORDER BY ts";

void bindBucket(sqlite::Statement &statement, const Bucket &bucket)
{
    statement.bind(1, qint64{bucket.channel})
        .bind(2, bucket.startMs)
        .bind(3, bucket.count)
        .bind(4, bucket.sum)
        .bind(5, bucket.min)
        .bind(6, bucket.max)
        .bind(7, bucket.first)
        .bind(8, bucket.firstTs)
        .bind(9, bucket.last)
        .bind(10, bucket.lastTs);
}

} // namespace

void Bucket::add(qint64 timestampMs, double value)
{
    if (count == 0) {
        sum = min = max = first = last = value;
        firstTs = lastTs = timestampMs;
        count = 1;
        return;
    }
    ++count;
    sum += value;
    min = std::min(min, value);
    max = std::max(max, value);
    if (timestampMs < firstTs) {
        first = value;
        firstTs = timestampMs;
    }
    if (timestampMs >= lastTs) {
        last = value;
        lastTs = timestampMs;
    }
}

RollupWriter::RollupWriter(const sqlite::Database &db, const RollupTable &table)
    : m_table(table)
    , m_upsert(db, withTable(kUpsertSql, table.name))
    , m_replace(db, withTable(kReplaceSql, table.name))
    , m_adjust(db, withTable(kAdjustSql, table.name))
    , m_raw(db, kRawSql)
{}

void RollupWriter::add(ChannelId channel, qint64 timestampMs, double value)
{
    const qint64 start = bucketStart(timestampMs, m_table.widthMs);
    if (m_hasOpen && (m_open.channel != channel || m_open.startMs != start)) {
        upsert(m_open);
        m_hasOpen = false;
    }
    if (!m_hasOpen) {
        m_open = Bucket();
        m_open.channel = channel;
        m_open.startMs = start;
        m_hasOpen = true;
    }
    m_open.add(timestampMs, value);
}

void RollupWriter::finish()
{
    if (m_hasOpen) {
        upsert(m_open);
        m_hasOpen = false;
    }
}

void RollupWriter::upsert(const Bucket &bucket)
{
    bindBucket(m_upsert, bucket);
    m_upsert.run();
}

void RollupWriter::replaced(const Reading &reading, double oldValue, bool rawComplete)
{
    const qint64 start = bucketStart(reading.timestampMs, m_table.widthMs);
    if (rawComplete) {
        Bucket bucket;
        bucket.channel = reading.channel;
        bucket.startMs = start;
        m_raw.bind(1, qint64{reading.channel}).bind(2, start).bind(3, start + m_table.widthMs);
        while (m_raw.next())
            bucket.add(m_raw.int64(0), m_raw.real(1));
        m_raw.reset();
        if (bucket.count > 0) {
            bindBucket(m_replace, bucket);
            m_replace.run();
        }
        return;
    }
    m_adjust.bind(1, qint64{reading.channel})
        .bind(2, start)
        .bind(3, oldValue)
        .bind(4, reading.value)
        .bind(5, reading.timestampMs);
    m_adjust.run();
}

} // namespace commonwatt::storage
