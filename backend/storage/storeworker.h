// The worker that owns the store's connection: it lives on the store's thread and is the only code that
// writes to the database after open().
#pragma once

#include "readingsstore.h"
#include "sqlite.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QTimer;

namespace commonwatt::storage {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

class RollupWriter;

struct ChannelInfo
{
    ChannelId id = 0;
    QString device;
    QString name;
    QString unit;
};

// What append() and channel() hand over to the worker. Producers push under the mutex; the worker swaps the
// whole vector out in one go, so neither side holds the lock while touching the disk.
struct WriteQueue
{
    QMutex mutex;
    QWaitCondition progressed; // the processed counters moved on
    std::vector<Reading> readings;
    std::vector<ChannelInfo> channels;
    // Counted separately: readings are written in order, new channels all with the first batch after them.
    quint64 appendedReadings = 0;
    quint64 appendedChannels = 0;
    quint64 processedReadings = 0; // committed, or refused as invalid
    quint64 processedChannels = 0;
    bool accepting = false;
    // Set when a full batch is waiting and a write has been asked for, so that a burst of appends posts one
    // event to the worker rather than one per reading.
    std::atomic<bool> flushRequested{false};
};

class StoreWorker : public QObject
{
    Q_OBJECT
public:
    StoreWorker(WriteQueue &queue, QString path, StoreOptions options);
    ~StoreWorker() override;

    // Everything below runs on the worker's thread.
    [[nodiscard]] bool openConnection(QString *error, std::vector<ChannelInfo> *channels);
    // Writes what is left (one attempt), checkpoints and closes.
    void closeConnection();

    // Writes what the queue holds. Unless forced, does nothing while backing off after a failure.
    void writePending(bool force);

    [[nodiscard]] QList<Rollup> rollups(ChannelId channel, Resolution resolution, qint64 fromMs, qint64 toMs);
    [[nodiscard]] QHash<ChannelId, double> counterDeltas(const QList<ChannelId> &channels, qint64 fromMs,
                                                         qint64 toMs);
    [[nodiscard]] qint64 latestTimestamp();
    [[nodiscard]] QHash<ChannelId, double> latestValues(const QList<ChannelId> &channels);
    void addForecastErrors(const QList<ForecastErrorDay> &rows);
    [[nodiscard]] QList<ForecastErrorDay> forecastErrors(QDate fromDay);
    void setEventResponse(const EventResponse &response);
    [[nodiscard]] QList<EventResponse> eventResponses(qint64 fromMs);

signals:
    void batchCommitted(qint64 readings, qint64 lastTimestampMs);
    void writeFailed(const QString &message);

private:
    struct Point
    {
        qint64 timestampMs;
        double value;
    };

    void prepareStatements();
    void loadChannels(std::vector<ChannelInfo> *channels);
    // Moves the queue into the in-flight buffer once the previous one is fully written.
    void takeQueued();
    // Writes the in-flight readings in transactions of batchSize; false (and kept) on failure.
    [[nodiscard]] bool writeInFlight();
    struct BatchResult
    {
        qint64 stored = 0;
        qint64 lastTimestampMs = 0;
    };
    // One transaction: new channels, the readings, their rollups and, when due, retention. Throws on failure,
    // leaving the database and this object's state as they were.
    BatchResult writeBatch(std::span<const Reading> batch, const std::vector<ChannelInfo> &newChannels);
    // Sorts the batch into m_batch, keeping the last of readings with the same key and dropping invalid ones.
    void sortBatch(std::span<const Reading> batch, ChannelId maxChannel);
    void repairReplaced(const std::vector<std::pair<Reading, double>> &replaced);
    // Returns the raw cutoff applied, if any.
    std::optional<qint64> applyRetention(qint64 newestMs, const std::vector<ChannelInfo> &newChannels);
    void markProcessed(quint64 readings, quint64 channels);
    void reportFailure(const sqlite::SqliteError &error, qsizetype readings);

    [[nodiscard]] bool hasRollups() const { return m_version >= 2; }
    [[nodiscard]] bool hasForecastErrors() const { return m_version >= 3; }
    [[nodiscard]] bool hasEventResponses() const { return m_version >= 4; }
    [[nodiscard]] bool rawComplete(ChannelId channel, qint64 bucketStartMs) const;
    [[nodiscard]] qint64 latestOf(ChannelId channel);
    [[nodiscard]] std::optional<Point> lastBefore(ChannelId channel, qint64 timestampMs);
    [[nodiscard]] std::optional<Point> firstAtOrAfter(ChannelId channel, qint64 timestampMs);

    WriteQueue &m_queue;
    const QString m_path;
    const StoreOptions m_options;
    sqlite::Database m_db;
    int m_version = 0;

    sqlite::Statement m_insertReading;
    sqlite::Statement m_oldValue;
    sqlite::Statement m_updateReading;
    sqlite::Statement m_insertChannel;
    sqlite::Statement m_deleteRaw;
    sqlite::Statement m_deleteFiveMinutes;
    sqlite::Statement m_deleteHours;
    std::unique_ptr<RollupWriter> m_fiveMinutes;
    std::unique_ptr<RollupWriter> m_hours;

    // Readings taken from the queue; [m_inFlightDone, size) still to be written.
    std::vector<Reading> m_inFlight;
    std::size_t m_inFlightDone = 0;
    std::vector<ChannelInfo> m_inFlightChannels;
    std::vector<Reading> m_batch; // the current batch, sorted and without duplicate keys

    QList<ChannelId> m_channels;
    ChannelId m_maxChannel = 0;
    // Per channel, the oldest raw reading at open: raw readings before it may have been pruned.
    QHash<ChannelId, qint64> m_rawFloor;
    qint64 m_rawCutoff = std::numeric_limits<qint64>::min(); // raw readings before this were pruned
    qint64 m_newestMs = std::numeric_limits<qint64>::min();
    std::optional<qint64> m_lastRetentionMs;

    int m_failures = 0;
    QDeadlineTimer m_retryAt;
    QTimer *m_flushTimer = nullptr;
};

} // namespace commonwatt::storage
