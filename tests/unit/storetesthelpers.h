// Shared by the readings store's tests: reading a database back with the sqlite3 C API (not through the
// store, so that the store is checked against the file itself) and an independent reference for rollups.
#pragma once

#include "storage/readingsstore.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace storetest {

using commonwatt::storage::ChannelId;
using commonwatt::storage::Reading;
using commonwatt::storage::ReadingsStore;

inline constexpr qint64 kMinute = 60'000;
inline constexpr qint64 kFiveMinutes = 5 * kMinute;
inline constexpr qint64 kHour = 60 * kMinute;
inline constexpr qint64 kDay = 24 * kHour;

using Key = std::pair<ChannelId, qint64>; // (channel, timestamp or bucket start)

// A read-only (or read-write) sqlite3 handle for checks.
class Db
{
public:
    explicit Db(const QString &path, int flags = SQLITE_OPEN_READONLY)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK)
            qWarning("cannot open %s: %s", qPrintable(path), sqlite3_errmsg(m_db));
    }
    ~Db() { sqlite3_close_v2(m_db); }
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    // Calls row(statement) for every row; returns false (with a warning) on error.
    template<typename RowFunction> bool each(const char *sql, RowFunction row) const
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            qWarning("%s: %s", sql, sqlite3_errmsg(m_db));
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            row(statement);
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            qWarning("%s: %s", sql, sqlite3_errmsg(m_db));
        return rc == SQLITE_DONE;
    }

    [[nodiscard]] qint64 integer(const char *sql) const
    {
        qint64 value = -1;
        each(sql, [&](sqlite3_stmt *s) { value = sqlite3_column_int64(s, 0); });
        return value;
    }

    [[nodiscard]] QString text(const char *sql) const
    {
        QString value;
        each(sql, [&](sqlite3_stmt *s) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        });
        return value;
    }

    [[nodiscard]] bool exec(const char *sql) const
    {
        char *error = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
        if (rc != SQLITE_OK)
            qWarning("%s: %s", sql, error);
        sqlite3_free(error);
        return rc == SQLITE_OK;
    }

    [[nodiscard]] QMap<Key, double> readings() const
    {
        QMap<Key, double> result;
        each("SELECT channel, ts, value FROM readings", [&](sqlite3_stmt *s) {
            result.insert({static_cast<ChannelId>(sqlite3_column_int64(s, 0)), sqlite3_column_int64(s, 1)},
                          sqlite3_column_double(s, 2));
        });
        return result;
    }

private:
    sqlite3 *m_db = nullptr;
};

struct Aggregate
{
    qint64 count = 0;
    double sum = 0;
    double min = 0;
    double max = 0;
    double first = 0;
    qint64 firstTs = 0;
    double last = 0;
    qint64 lastTs = 0;

    friend bool operator==(const Aggregate &, const Aggregate &) = default;
};

inline qint64 floorTo(qint64 ts, qint64 width)
{
    return ts >= 0 ? ts - ts % width : -((-ts + width - 1) / width) * width;
}

// The reference: each bucket from the raw readings, in timestamp order (QMap is sorted by key), written
// separately from the store's own code on purpose.
inline QMap<Key, Aggregate> aggregate(const QMap<Key, double> &readings, qint64 width)
{
    QMap<Key, Aggregate> result;
    for (auto it = readings.cbegin(); it != readings.cend(); ++it) {
        const Key bucket{it.key().first, floorTo(it.key().second, width)};
        const qint64 ts = it.key().second;
        const double value = it.value();
        auto found = result.find(bucket);
        if (found == result.end()) {
            result.insert(bucket, Aggregate{1, value, value, value, value, ts, value, ts});
            continue;
        }
        Aggregate &a = *found;
        ++a.count;
        a.sum += value;
        a.min = std::min(a.min, value);
        a.max = std::max(a.max, value);
        a.last = value; // readings come in timestamp order
        a.lastTs = ts;
    }
    return result;
}

inline QMap<Key, Aggregate> rollupTable(const Db &db, const char *table)
{
    QMap<Key, Aggregate> result;
    const QByteArray sql =
        QByteArray("SELECT channel, bucket, count, sum, min, max, first, first_ts, last, last_ts FROM ") +
        table;
    db.each(sql.constData(), [&](sqlite3_stmt *s) {
        result.insert({static_cast<ChannelId>(sqlite3_column_int64(s, 0)), sqlite3_column_int64(s, 1)},
                      Aggregate{sqlite3_column_int64(s, 2), sqlite3_column_double(s, 3),
                                sqlite3_column_double(s, 4), sqlite3_column_double(s, 5),
                                sqlite3_column_double(s, 6), sqlite3_column_int64(s, 7),
                                sqlite3_column_double(s, 8), sqlite3_column_int64(s, 9)});
    });
    return result;
}

// Compares two bucket maps and reports the first difference in words, so that a failure is readable.
inline QString firstDifference(const QMap<Key, Aggregate> &actual, const QMap<Key, Aggregate> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 buckets, expected %2").arg(actual.size()).arg(expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend())
            return QStringLiteral("missing bucket channel %1 at %2").arg(it.key().first).arg(it.key().second);
        if (!(*found == *it)) {
            const Aggregate &a = *found;
            const Aggregate &e = *it;
            return QStringLiteral(
                       "channel %1 bucket %2: count %3/%4 sum %5/%6 min %7/%8 max %9/%10 first %11/%12 "
                       "last %13/%14 (actual/expected)")
                .arg(it.key().first)
                .arg(it.key().second)
                .arg(a.count)
                .arg(e.count)
                .arg(a.sum, 0, 'g', 17)
                .arg(e.sum, 0, 'g', 17)
                .arg(a.min)
                .arg(e.min)
                .arg(a.max)
                .arg(e.max)
                .arg(a.first)
                .arg(e.first)
                .arg(a.last)
                .arg(e.last);
        }
    }
    return {};
}

// Values with few binary digits (multiples of 1/1024), so that sums are exact in any order and the store's
// rollups can be compared with the reference for equality, not within a tolerance.
inline double exactValue(QRandomGenerator &random, int range = 500'000)
{
    return static_cast<double>(random.bounded(-range, range)) / 1024.0;
}

// Runs an asynchronous query and waits for its answer, processing this thread's events.
template<typename T, typename Start> std::optional<T> await(Start start)
{
    QObject context;
    std::optional<T> result;
    start(&context, [&result](T value) { result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60'000))
        return std::nullopt;
    return result;
}

// The counter delta straight from the raw readings of one channel: the last value before toMs minus the last
// value before fromMs (or the first one in the range); absent when the range holds no reading.
inline std::optional<double> rawDelta(const QMap<qint64, double> &series, qint64 fromMs, qint64 toMs)
{
    const auto first = series.lowerBound(fromMs);
    if (first == series.cend() || first.key() >= toMs)
        return std::nullopt;
    const double start = first == series.cbegin() ? first.value() : std::prev(first).value();
    const double end = std::prev(series.lowerBound(toMs)).value();
    return end - start;
}

// Feeds readings in pieces of random size, the way several devices would.
inline void appendInPieces(ReadingsStore &store, const std::vector<Reading> &readings,
                           QRandomGenerator &random)
{
    std::size_t at = 0;
    while (at < readings.size()) {
        const std::size_t piece = std::min<std::size_t>(readings.size() - at, 1 + random.bounded(400));
        store.append(std::span<const Reading>(readings.data() + at, piece));
        at += piece;
    }
}

// The file's bytes and modification time, to prove that open() left a refused file alone.
struct FileSnapshot
{
    QByteArray bytes;
    QDateTime modified;
    friend bool operator==(const FileSnapshot &, const FileSnapshot &) = default;
};

inline FileSnapshot snapshot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return {file.readAll(), QFileInfo(path).fileTime(QFileDevice::FileModificationTime)};
}

} // namespace storetest
