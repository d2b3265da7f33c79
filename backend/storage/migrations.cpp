#include "migrations.h"

#include "rollups.h"

#include <sqlite3.h>

#include <iterator>
#include <string>

namespace commonwatt::storage::schema {

namespace {

// v1: channels and raw readings. A reading is identified by (channel, ts); WITHOUT ROWID stores the rows in
// that order, so that a channel's time range is one contiguous B-tree walk and no separate index is needed.
void toVersion1(sqlite::Database &db)
{
    db.exec(R"(
CREATE TABLE channels(
    id INTEGER PRIMARY KEY,
    device TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    UNIQUE(device, name));
CREATE TABLE readings(
    channel INTEGER NOT NULL,
    ts INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY(channel, ts)) WITHOUT ROWID;)");
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
}

// v2: 5-minute and hourly rollups, back-filled from the raw readings already stored.
void toVersion2(sqlite::Database &db)
{
    for (const RollupTable &table : {kFiveMinuteTable, kHourTable}) {
        db.exec("CREATE TABLE " + std::string(table.name) + R"((
    channel INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    count INTEGER NOT NULL,
    sum REAL NOT NULL,
    min REAL NOT NULL,
    max REAL NOT NULL,
    first REAL NOT NULL,
    first_ts INTEGER NOT NULL,
    last REAL NOT NULL,
    last_ts INTEGER NOT NULL,
    PRIMARY KEY(channel, bucket)) WITHOUT ROWID)");
    }
    // The same writer as ingest, so that back-filled buckets cannot differ from ones built live.
    RollupWriter fiveMinutes(db, kFiveMinuteTable);
    RollupWriter hours(db, kHourTable);
    sqlite::Statement rows(db, "SELECT channel, ts, value FROM readings ORDER BY channel, ts");
    while (rows.next()) {
        const auto channel = static_cast<ChannelId>(rows.int64(0));
        const qint64 ts = rows.int64(1);
        const double value = rows.real(2);
        fiveMinutes.add(channel, ts, value);
        hours.add(channel, ts, value);
    }
    fiveMinutes.finish();
    hours.finish();
}

// v3: forecast accuracy per quantity ("pv", "baseLoad"), horizon in hours and local day (ISO date): how many
// slots were compared, their summed absolute error and that of the persistence forecast, in kWh.
void toVersion3(sqlite::Database &db)
{
    db.exec(R"(
CREATE TABLE forecast_accuracy(
    quantity TEXT NOT NULL,
    horizon_h INTEGER NOT NULL,
    day TEXT NOT NULL,
    slots INTEGER NOT NULL,
    error_kwh REAL NOT NULL,
    persistence_kwh REAL NOT NULL,
    PRIMARY KEY(quantity, horizon_h, day)) WITHOUT ROWID)");
}

// v4: the household's accept or decline of each grid event, by the event's start (ms since the epoch, UTC).
void toVersion4(sqlite::Database &db)
{
    db.exec(R"(
CREATE TABLE event_responses(
    start_ms INTEGER PRIMARY KEY,
    end_ms INTEGER NOT NULL,
    level INTEGER NOT NULL,
    response TEXT NOT NULL,
    responded_ms INTEGER NOT NULL))");
}

} // namespace

void configureConnection(sqlite::Database &db)
{
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    const QString mode = db.queryText("PRAGMA journal_mode = WAL");
    if (mode.compare(u"wal", Qt::CaseInsensitive) != 0)
        throw sqlite::SqliteError(SQLITE_ERROR,
                                  u"cannot use write-ahead logging (journal mode " + mode + u')');
    db.exec("PRAGMA synchronous = NORMAL");
}

void migrate(sqlite::Database &db, int target)
{
    using Step = void (*)(sqlite::Database &);
    static constexpr Step steps[] = {toVersion1, toVersion2, toVersion3, toVersion4};
    static_assert(std::size(steps) == ReadingsStore::kCurrentSchemaVersion);
    Q_ASSERT(target <= ReadingsStore::kCurrentSchemaVersion);
    for (int version = static_cast<int>(db.queryInt("PRAGMA user_version")); version < target; ++version) {
        sqlite::Transaction transaction(db);
        steps[version](db);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        transaction.commit();
    }
}

} // namespace commonwatt::storage::schema
