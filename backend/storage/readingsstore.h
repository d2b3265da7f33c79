// The household's readings in SQLite: raw readings plus 5-minute and hourly rollups, in WAL mode, migrated
// by PRAGMA user_version (with a backup first). All writes are batched on a worker thread that owns its own
// connection; callers never wait on disk except in open() and close(), which run at start-up and shut-down.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <span>

namespace commonwatt::storage {

using ChannelId = qint32;

struct Reading
{
    ChannelId channel = 0;
    qint64 timestampMs = 0; // since the epoch, UTC
    double value = 0.0;
};

enum class Resolution
{
    Raw,
    FiveMinutes,
    Hour,
};

// One bucket of one channel. For a raw reading, count is 1 and every field is its value.
struct Rollup
{
    ChannelId channel = 0;
    qint64 bucketStartMs = 0;
    qint64 count = 0;
    double sum = 0.0;
    double min = 0.0;
    double max = 0.0;
    double first = 0.0; // value of the earliest reading in the bucket
    double last = 0.0;  // value of the latest reading in the bucket
    [[nodiscard]] double mean() const { return count > 0 ? sum / static_cast<double>(count) : 0.0; }
};

// How far off one forecast was over one local day, for one quantity and horizon (docs/storage.md, v3): the
// summed absolute error of its slots and that of the persistence forecast (the same slot a day earlier).
struct ForecastErrorDay
{
    QString quantity; // "pv", "baseLoad"
    int horizonHours = 0;
    QDate day;
    qint64 slotCount = 0;
    double errorKwh = 0.0;
    double persistenceKwh = 0.0;

    friend bool operator==(const ForecastErrorDay &, const ForecastErrorDay &) = default;
};

// The household's answer to one grid event (docs/events.md; schema v4), keyed by the event's start. The
// response is "accepted" or "declined"; an event without a row has had none.
struct EventResponse
{
    qint64 eventStartMs = 0;
    qint64 eventEndMs = 0;
    int level = 0;
    QString response;
    qint64 respondedAtMs = 0;

    friend bool operator==(const EventResponse &, const EventResponse &) = default;
};

// How long each resolution is kept, in days; 0 keeps it for ever.
struct RetentionPolicy
{
    int rawDays = 35;
    int fiveMinuteDays = 400;
    int hourDays = 0;
};

struct StoreOptions
{
    int batchSize = 8192;                         // a full batch is written at once
    std::chrono::milliseconds flushInterval{500}; // a partial batch waits at most this long
    RetentionPolicy retention;
    int schemaVersion = 0; // 0: the current schema. Tests set an older version to make old databases.
};

class StoreWorker;

class ReadingsStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCurrentSchemaVersion = 4;

    explicit ReadingsStore(QObject *parent = nullptr);
    ~ReadingsStore() override; // close()s

    // Opens (creating if needed) the database at path, migrating it to the current schema after copying it
    // to "<path>.v<old>.bak". Blocks until done. On failure returns false, leaves the file untouched when it
    // is not a usable Commonwatt database, and errorString() names the path and the reason.
    [[nodiscard]] bool open(const QString &path, const StoreOptions &options = {});
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString path() const;

    // Writes everything pending, stops the worker and closes the connection. Idempotent.
    void close();

    // The id of a channel, created on first use. Thread-safe and non-blocking: new channels are written with
    // the next batch.
    [[nodiscard]] ChannelId channel(const QString &device, const QString &name, const QString &unit);

    // Queue readings. Thread-safe and non-blocking.
    void append(const Reading &reading);
    void append(std::span<const Reading> readings);

    // Asks the worker to write what is pending now, without waiting.
    void flush();
    // Blocks until everything appended before this call is committed (tests, shut-down, benchmarks).
    [[nodiscard]] bool waitForFlushed(std::chrono::milliseconds timeout = std::chrono::seconds(60));

    // Asynchronous queries, run on the worker after pending writes; the callback runs on context's thread.
    // Buckets (or raw readings) of one channel with fromMs <= bucketStart < toMs, in time order.
    void queryRollups(ChannelId channel, Resolution resolution, qint64 fromMs, qint64 toMs, QObject *context,
                      std::function<void(QList<Rollup>)> callback);
    // For monotonic counters: how much each channel increased over [fromMs, toMs), from the rollups (the last
    // value before fromMs, or the first one after it, to the last value before toMs). Channels with no
    // readings in the range are absent from the result.
    void queryCounterDeltas(QList<ChannelId> channels, qint64 fromMs, qint64 toMs, QObject *context,
                            std::function<void(QHash<ChannelId, double>)> callback);
    // The latest timestamp of any reading, or -1 for an empty store.
    void queryLatestTimestamp(QObject *context, std::function<void(qint64)> callback);
    // The newest stored value of each channel that has one (after pending writes).
    void queryLatestValues(QList<ChannelId> channels, QObject *context,
                           std::function<void(QHash<ChannelId, double>)> callback);

    // Forecast accuracy (schema v3). Adds each row's slots and errors to what is stored for its quantity,
    // horizon and day; thread-safe and non-blocking, written on the worker in one transaction, in order with
    // the readings appended before. A store below version 3 ignores them.
    void addForecastErrors(QList<ForecastErrorDay> rows);
    // The rows of the days from fromDay on, by quantity, horizon and day.
    void queryForecastErrors(QDate fromDay, QObject *context,
                             std::function<void(QList<ForecastErrorDay>)> callback);

    // Grid-event responses (schema v4). Replaces the stored response to the same event; thread-safe and
    // non-blocking, written on the worker in order with what was appended before. A store below version 4
    // ignores it.
    void setEventResponse(EventResponse response);
    // The responses to events that end after fromMs, by start.
    void queryEventResponses(qint64 fromMs, QObject *context,
                             std::function<void(QList<EventResponse>)> callback);

signals:
    // A batch was committed: how many readings, and the latest timestamp in it.
    void batchCommitted(qint64 readings, qint64 lastTimestampMs);
    // A write failed (disk full, I/O error). The batch is kept and retried; the message names the path.
    void writeFailed(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace commonwatt::storage

Q_DECLARE_METATYPE(commonwatt::storage::Reading)
