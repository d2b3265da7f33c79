// The worker's read side. Queries are rare next to ingest, so their statements are prepared per call.
#include "rollups.h"
#include "storeworker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace commonwatt::storage {

namespace {

constexpr qint64 kNone = std::numeric_limits<qint64>::min();

std::string withTable(const char *sql, const RollupTable &table)
{
    std::string result(sql);
    result.replace(result.find("$T"), 2, table.name);
    return result;
}

} // namespace

QList<Rollup> StoreWorker::rollups(ChannelId channel, Resolution resolution, qint64 fromMs, qint64 toMs)
{
    QList<Rollup> result;
    if (!m_db.isOpen() || (resolution != Resolution::Raw && !hasRollups()))
        return result;
    try {
        if (resolution == Resolution::Raw) {
            sqlite::Statement rows(
                m_db,
                "SELECT ts, value FROM readings WHERE channel = ?1 AND ts >= ?2 AND ts < ?3 ORDER BY ts");
            rows.bind(1, qint64{channel}).bind(2, fromMs).bind(3, toMs);
            while (rows.next()) {
                const double value = rows.real(1);
                result.append(Rollup{channel, rows.int64(0), 1, value, value, value, value, value});
            }
            return result;
        }
        const RollupTable &table = resolution == Resolution::Hour ? kHourTable : kFiveMinuteTable;
        sqlite::Statement rows(
            m_db, withTable("SELECT bucket, count, sum, min, max, first, last FROM $T "
                            "WHERE channel = ?1 AND bucket >= ?2 AND bucket < ?3 ORDER BY bucket",
                            table));
        rows.bind(1, qint64{channel}).bind(2, fromMs).bind(3, toMs);
        while (rows.next()) {
            result.append(Rollup{channel, rows.int64(0), rows.int64(1), rows.real(2), rows.real(3),
                                 rows.real(4), rows.real(5), rows.real(6)});
        }
    } catch (const sqlite::SqliteError &error) {
        qCWarning(lcStorage).noquote() << m_path << u": query failed:" << error.message();
        result.clear();
    }
    return result;
}

// Exact whenever the raw readings around fromMs and toMs are still kept: the value at a boundary is the last
// reading before it, and raw readings, 5-minute and hourly buckets are all asked for their best candidate.
// Once raw readings are pruned, the buckets still give the exact answer at their own boundaries (whole
// hours, whole 5 minutes) and the nearest earlier bucket boundary elsewhere.
QHash<ChannelId, double> StoreWorker::counterDeltas(const QList<ChannelId> &channels, qint64 fromMs,
                                                    qint64 toMs)
{
    QHash<ChannelId, double> result;
    if (!m_db.isOpen() || fromMs >= toMs)
        return result;
    try {
        for (const ChannelId channel : channels) {
            const std::optional<Point> first = firstAtOrAfter(channel, fromMs);
            if (!first || first->timestampMs >= toMs)
                continue; // no reading in the range
            const std::optional<Point> start = lastBefore(channel, fromMs);
            const std::optional<Point> end = lastBefore(channel, toMs);
            if (!end)
                continue; // cannot happen: first is before toMs
            result.insert(channel, end->value - (start ? start->value : first->value));
        }
    } catch (const sqlite::SqliteError &error) {
        qCWarning(lcStorage).noquote() << m_path << u": query failed:" << error.message();
        result.clear();
    }
    return result;
}

// The newest value of each channel that has one: the raw readings' newest, or the newest bucket's last value
// once those are pruned.
QHash<ChannelId, double> StoreWorker::latestValues(const QList<ChannelId> &channels)
{
    QHash<ChannelId, double> result;
    if (!m_db.isOpen())
        return result;
    try {
        for (const ChannelId channel : channels) {
            if (const std::optional<Point> latest = lastBefore(channel, std::numeric_limits<qint64>::max()))
                result.insert(channel, latest->value);
        }
    } catch (const sqlite::SqliteError &error) {
        qCWarning(lcStorage).noquote() << m_path << u": query failed:" << error.message();
        result.clear();
    }
    return result;
}

qint64 StoreWorker::latestTimestamp()
{
    qint64 latest = kNone;
    try {
        for (const ChannelId channel : std::as_const(m_channels))
            latest = std::max(latest, latestOf(channel));
    } catch (const sqlite::SqliteError &error) {
        qCWarning(lcStorage).noquote() << m_path << u": query failed:" << error.message();
    }
    return latest == kNone ? -1 : latest;
}

// The latest timestamp of a channel (or the lowest qint64 when it has none): the raw readings' newest, or,
// once those are pruned, the newest bucket's last timestamp. Each lookup is one step down the primary key.
qint64 StoreWorker::latestOf(ChannelId channel)
{
    qint64 latest = kNone;
    sqlite::Statement raw(m_db, "SELECT ts FROM readings WHERE channel = ?1 ORDER BY ts DESC LIMIT 1");
    raw.bind(1, qint64{channel});
    if (raw.next())
        latest = raw.int64(0);
    if (hasRollups()) {
        for (const RollupTable &table : {kFiveMinuteTable, kHourTable}) {
            sqlite::Statement bucket(
                m_db,
                withTable("SELECT last_ts FROM $T WHERE channel = ?1 ORDER BY bucket DESC LIMIT 1", table));
            bucket.bind(1, qint64{channel});
            if (bucket.next())
                latest = std::max(latest, bucket.int64(0));
        }
    }
    return latest;
}

std::optional<StoreWorker::Point> StoreWorker::lastBefore(ChannelId channel, qint64 timestampMs)
{
    Point best{kNone, 0.0};
    sqlite::Statement raw(
        m_db, "SELECT ts, value FROM readings WHERE channel = ?1 AND ts < ?2 ORDER BY ts DESC LIMIT 1");
    raw.bind(1, qint64{channel}).bind(2, timestampMs);
    if (raw.next())
        best = Point{raw.int64(0), raw.real(1)};
    if (hasRollups()) {
        for (const RollupTable &table : {kFiveMinuteTable, kHourTable}) {
            // The bucket holding timestampMs may also hold later readings; then the one before it answers.
            sqlite::Statement buckets(m_db, withTable("SELECT last_ts, last FROM $T WHERE channel = ?1 AND "
                                                      "bucket < ?2 ORDER BY bucket DESC LIMIT 2",
                                                      table));
            buckets.bind(1, qint64{channel}).bind(2, timestampMs);
            while (buckets.next()) {
                if (buckets.int64(0) < timestampMs) {
                    if (buckets.int64(0) > best.timestampMs)
                        best = Point{buckets.int64(0), buckets.real(1)};
                    break;
                }
            }
        }
    }
    return best.timestampMs == kNone ? std::nullopt : std::optional<Point>(best);
}

std::optional<StoreWorker::Point> StoreWorker::firstAtOrAfter(ChannelId channel, qint64 timestampMs)
{
    constexpr qint64 kAfterAll = std::numeric_limits<qint64>::max();
    Point best{kAfterAll, 0.0};
    sqlite::Statement raw(
        m_db, "SELECT ts, value FROM readings WHERE channel = ?1 AND ts >= ?2 ORDER BY ts LIMIT 1");
    raw.bind(1, qint64{channel}).bind(2, timestampMs);
    if (raw.next())
        best = Point{raw.int64(0), raw.real(1)};
    if (hasRollups()) {
        for (const RollupTable &table : {kFiveMinuteTable, kHourTable}) {
            // Buckets that end after timestampMs; the first may start before it and hold earlier readings.
            sqlite::Statement buckets(m_db, withTable("SELECT first_ts, first FROM $T WHERE channel = ?1 AND "
                                                      "bucket > ?2 ORDER BY bucket LIMIT 2",
                                                      table));
            buckets.bind(1, qint64{channel}).bind(2, timestampMs - table.widthMs);
            while (buckets.next()) {
                if (buckets.int64(0) >= timestampMs) {
                    if (buckets.int64(0) < best.timestampMs)
                        best = Point{buckets.int64(0), buckets.real(1)};
                    break;
                }
            }
        }
    }
    return best.timestampMs == kAfterAll ? std::nullopt : std::optional<Point>(best);
}

void StoreWorker::addForecastErrors(const QList<ForecastErrorDay> &rows)
{
    if (!m_db.isOpen() || !hasForecastErrors())
        return;
    try {
        sqlite::Transaction transaction(m_db);
        sqlite::Statement upsert(
            m_db,
            "INSERT INTO forecast_accuracy(quantity, horizon_h, day, slots, error_kwh, persistence_kwh) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(quantity, horizon_h, day) DO UPDATE SET "
            "slots = slots + excluded.slots, error_kwh = error_kwh + excluded.error_kwh, "
            "persistence_kwh = persistence_kwh + excluded.persistence_kwh");
        for (const ForecastErrorDay &row : rows) {
            if (!row.day.isValid() || !std::isfinite(row.errorKwh) || !std::isfinite(row.persistenceKwh))
                continue;
            upsert.bind(1, row.quantity)
                .bind(2, row.horizonHours)
                .bind(3, row.day.toString(Qt::ISODate))
                .bind(4, row.slotCount)
                .bind(5, row.errorKwh)
                .bind(6, row.persistenceKwh)
                .run();
        }
        transaction.commit();
    } catch (const sqlite::SqliteError &error) {
        // Accuracy is a statistic: a day that misses a few slots is still worth showing; no retry.
        qCWarning(lcStorage).noquote() << m_path << u": cannot write forecast accuracy:" << error.message();
    }
}

QList<ForecastErrorDay> StoreWorker::forecastErrors(QDate fromDay)
{
    QList<ForecastErrorDay> result;
    if (!m_db.isOpen() || !hasForecastErrors())
        return result;
    try {
        sqlite::Statement rows(m_db,
                               "SELECT quantity, horizon_h, day, slots, error_kwh, persistence_kwh "
                               "FROM forecast_accuracy WHERE day >= ?1 ORDER BY quantity, horizon_h, day");
        rows.bind(1, fromDay.toString(Qt::ISODate));
        while (rows.next()) {
            result.append(ForecastErrorDay{rows.text(0), static_cast<int>(rows.int64(1)),
                                           QDate::fromString(rows.text(2), Qt::ISODate), rows.int64(3),
                                           rows.real(4), rows.real(5)});
        }
    } catch (const sqlite::SqliteError &error) {
        qCWarning(lcStorage).noquote() << m_path << u": query failed:" << error.message();
        result.clear();
    }
    return result;
}

void StoreWorker::setEventResponse(const EventResponse &response)
{
    if (!m_db.isOpen() || !hasEventResponses())
        return;
    try {
        sqlite::Statement upsert(m_db,
                                 "INSERT OR REPLACE INTO event_responses(start_ms, end_ms, level, response, "
                                 "responded_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
        upsert.bind(1, response.eventStartMs)
            .bind(2, response.eventEndMs)
            .bind(3, response.level)
            .bind(4, response.response)
            .bind(5, response.respondedAtMs)
            .run();
    } catch (const sqlite::SqliteError &error) {
        // The household sees the answer it gave until the restart; say why it was not kept.
        qCWarning(lcStorage).noquote() << m_path << u": cannot write a grid-event response:" << error.message();
    }
}

QList<EventResponse> StoreWorker::eventResponses(qint64 fromMs)
{
    QList<EventResponse> result;
    if (!m_db.isOpen() || !hasEventResponses())
        return result;
    try {
        sqlite::Statement rows(m_db, "SELECT start_ms, end_ms, level, response, responded_ms "
                                     "FROM event_responses WHERE end_ms > ?1 ORDER BY start_ms");
        rows.bind(1, fromMs);
        while (rows.next()) {
            result.append(EventResponse{rows.int64(0), rows.int64(1), static_cast<int>(rows.int64(2)),
                                        rows.text(3), rows.int64(4)});
        }
    } catch (const sqlite::SqliteError &error) {
        qCWarning(lcStorage).noquote() << m_path << u": query failed:" << error.message();
        result.clear();
    }
    return result;
}

} // namespace commonwatt::storage
