#include "storeworker.h"

#include "migrations.h"
#include "rollups.h"

#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace commonwatt::storage {

Q_LOGGING_CATEGORY(lcStorage, "commonwatt.storage")

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::min();
constexpr qint64 kMaxRetryDelayMs = 30'000;

bool keyLess(const Reading &a, const Reading &b)
{
    return a.channel < b.channel || (a.channel == b.channel && a.timestampMs < b.timestampMs);
}

} // namespace

StoreWorker::StoreWorker(WriteQueue &queue, QString path, StoreOptions options)
    : m_queue(queue)
    , m_path(std::move(path))
    , m_options(options)
{}

StoreWorker::~StoreWorker() = default;

bool StoreWorker::openConnection(QString *error, std::vector<ChannelInfo> *channels)
{
    try {
        m_db = sqlite::Database::open(m_path, SQLITE_OPEN_READWRITE);
        schema::configureConnection(m_db);
        m_version = static_cast<int>(m_db.queryInt("PRAGMA user_version"));
        prepareStatements();
        loadChannels(channels);
    } catch (const sqlite::SqliteError &failure) {
        *error = m_path + u": " + failure.message();
        closeConnection();
        return false;
    }
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(m_options.flushInterval);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { writePending(false); });
    m_flushTimer->start();
    return true;
}

void StoreWorker::prepareStatements()
{
    // DO NOTHING rather than REPLACE: a conflict is then visible (no row changed), and the rare replacement
    // of a stored reading takes the slower path that keeps its rollups right.
    m_insertReading = sqlite::Statement(
        m_db,
        "INSERT INTO readings(channel, ts, value) VALUES (?1, ?2, ?3) ON CONFLICT(channel, ts) DO NOTHING");
    m_oldValue = sqlite::Statement(m_db, "SELECT value FROM readings WHERE channel = ?1 AND ts = ?2");
    m_updateReading =
        sqlite::Statement(m_db, "UPDATE readings SET value = ?3 WHERE channel = ?1 AND ts = ?2");
    m_insertChannel =
        sqlite::Statement(m_db, "INSERT INTO channels(id, device, name, unit) VALUES (?1, ?2, ?3, ?4)");
    // Per channel, so that deletion walks the primary key instead of needing an index on ts for every insert.
    m_deleteRaw = sqlite::Statement(m_db, "DELETE FROM readings WHERE channel = ?1 AND ts < ?2");
    if (hasRollups()) {
        m_fiveMinutes = std::make_unique<RollupWriter>(m_db, kFiveMinuteTable);
        m_hours = std::make_unique<RollupWriter>(m_db, kHourTable);
        m_deleteFiveMinutes =
            sqlite::Statement(m_db, "DELETE FROM rollup_5min WHERE channel = ?1 AND bucket <= ?2");
        m_deleteHours =
            sqlite::Statement(m_db, "DELETE FROM rollup_hour WHERE channel = ?1 AND bucket <= ?2");
    }
}

void StoreWorker::loadChannels(std::vector<ChannelInfo> *channels)
{
    sqlite::Statement rows(m_db, "SELECT id, device, name, unit FROM channels ORDER BY id");
    sqlite::Statement oldest(m_db, "SELECT ts FROM readings WHERE channel = ?1 ORDER BY ts LIMIT 1");
    while (rows.next()) {
        const ChannelInfo info{static_cast<ChannelId>(rows.int64(0)), rows.text(1), rows.text(2),
                               rows.text(3)};
        channels->push_back(info);
        m_channels.append(info.id);
        m_maxChannel = std::max(m_maxChannel, info.id);
        const qint64 latest = latestOf(info.id);
        m_newestMs = std::max(m_newestMs, latest);
        // With no raw readings left, everything up to the channel's last rollup may have been pruned.
        oldest.bind(1, qint64{info.id});
        m_rawFloor.insert(info.id,
                          oldest.next() ? oldest.int64(0) : (latest == kNever ? kNever : latest + 1));
        oldest.reset();
    }
    // The first batch prunes up to here anyway; refusing older readings from the start keeps rollups exact.
    if (m_options.retention.rawDays > 0 && m_newestMs != kNever)
        m_rawCutoff = m_newestMs - m_options.retention.rawDays * kDayMs;
}

void StoreWorker::closeConnection()
{
    if (m_flushTimer) {
        m_flushTimer->stop();
        delete m_flushTimer;
        m_flushTimer = nullptr;
    }
    if (m_db.isOpen() && m_insertReading.isValid()) {
        // The last chance to write: report what cannot be, since there is no later retry.
        writePending(true);
        QMutexLocker lock(&m_queue.mutex);
        const auto lost = m_inFlight.size() - m_inFlightDone + m_queue.readings.size();
        if (lost > 0 || !m_inFlightChannels.empty() || !m_queue.channels.empty()) {
            qCCritical(lcStorage).noquote() << m_path << u": closed with" << lost << u"readings not written";
            m_queue.processedReadings = m_queue.appendedReadings;
            m_queue.processedChannels = m_queue.appendedChannels;
            m_queue.progressed.wakeAll();
        }
    }
    m_fiveMinutes.reset();
    m_hours.reset();
    for (sqlite::Statement *statement : {&m_insertReading, &m_oldValue, &m_updateReading, &m_insertChannel,
                                         &m_deleteRaw, &m_deleteFiveMinutes, &m_deleteHours})
        statement->finalize();
    if (m_db.isOpen()) {
        try {
            // Leaves a single file behind, which is what users copy when they back up by hand.
            m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const sqlite::SqliteError &error) {
            qCWarning(lcStorage).noquote() << m_path << u": checkpoint on close failed:" << error.message();
        }
        m_db.close();
    }
}

void StoreWorker::writePending(bool force)
{
    if (!m_db.isOpen() || !m_insertReading.isValid())
        return;
    if (m_failures > 0 && !force && !m_retryAt.hasExpired())
        return;
    if (!writeInFlight())
        return;
    takeQueued();
    if (!writeInFlight())
        return;
    // A full batch that arrived during the write goes next, after queued queries and timers have had a turn.
    QMutexLocker lock(&m_queue.mutex);
    if (m_queue.readings.size() >= static_cast<std::size_t>(std::max(1, m_options.batchSize)) &&
        !m_queue.flushRequested.exchange(true)) {
        QMetaObject::invokeMethod(
            this, [this] { writePending(false); }, Qt::QueuedConnection);
    }
}

void StoreWorker::takeQueued()
{
    if (m_inFlightDone < m_inFlight.size() || !m_inFlightChannels.empty())
        return;
    const auto batchSize = static_cast<std::size_t>(std::max(1, m_options.batchSize));
    if (m_inFlight.capacity() > 4 * batchSize) {
        // The buffer goes back to the producers: do not let one huge burst pin its memory for ever.
        m_inFlight = std::vector<Reading>();
        m_inFlight.reserve(batchSize);
    }
    m_inFlight.clear();
    m_inFlightDone = 0;
    QMutexLocker lock(&m_queue.mutex);
    m_inFlight.swap(m_queue.readings);
    m_inFlightChannels.swap(m_queue.channels);
    m_queue.flushRequested = false;
}

bool StoreWorker::writeInFlight()
{
    const auto batchSize = static_cast<std::size_t>(std::max(1, m_options.batchSize));
    while (m_inFlightDone < m_inFlight.size() || !m_inFlightChannels.empty()) {
        const std::size_t count = std::min(batchSize, m_inFlight.size() - m_inFlightDone);
        BatchResult result;
        try {
            result = writeBatch(std::span<const Reading>(m_inFlight.data() + m_inFlightDone, count),
                                m_inFlightChannels);
        } catch (const sqlite::SqliteError &error) {
            reportFailure(error, static_cast<qsizetype>(count));
            return false;
        }
        const std::size_t channels = m_inFlightChannels.size();
        for (const ChannelInfo &channel : m_inFlightChannels) {
            m_channels.append(channel.id);
            m_maxChannel = std::max(m_maxChannel, channel.id);
        }
        m_inFlightChannels.clear();
        m_inFlightDone += count;
        m_failures = 0;
        if (result.stored > 0)
            emit batchCommitted(result.stored, result.lastTimestampMs);
        markProcessed(count, channels);
    }
    return true;
}

void StoreWorker::sortBatch(std::span<const Reading> batch, ChannelId maxChannel)
{
    // In key order, inserts walk each channel's part of the B-tree forwards and every bucket's readings are
    // contiguous. Stable, so that of two readings with the same key the one appended last is kept.
    m_batch.assign(batch.begin(), batch.end());
    std::stable_sort(m_batch.begin(), m_batch.end(), keyLess);
    std::size_t kept = 0;
    qsizetype invalid = 0;
    qsizetype tooOld = 0;
    for (std::size_t i = 0; i < m_batch.size(); ++i) {
        const Reading reading = m_batch[i];
        if (i + 1 < m_batch.size() && !keyLess(reading, m_batch[i + 1]))
            continue;
        // A NaN would be stored as NULL and fail the whole batch for ever; an unknown channel has no name.
        if (reading.channel < 1 || reading.channel > maxChannel || !std::isfinite(reading.value)) {
            ++invalid;
            continue;
        }
        // Its period has been pruned: stored again, it would be counted a second time in its rollups.
        if (reading.timestampMs < m_rawCutoff) {
            ++tooOld;
            continue;
        }
        m_batch[kept++] = reading;
    }
    m_batch.resize(kept);
    if (invalid > 0) {
        qCWarning(lcStorage).noquote() << m_path << u": dropped" << invalid
                                       << u"readings with an unknown channel or a value that is not a number";
    }
    if (tooOld > 0) {
        qCWarning(lcStorage).noquote()
            << m_path << u": dropped" << tooOld << u"readings older than the raw retention period";
    }
}

StoreWorker::BatchResult StoreWorker::writeBatch(std::span<const Reading> batch,
                                                 const std::vector<ChannelInfo> &newChannels)
{
    ChannelId maxChannel = m_maxChannel;
    for (const ChannelInfo &channel : newChannels)
        maxChannel = std::max(maxChannel, channel.id);
    sortBatch(batch, maxChannel);
    if (m_fiveMinutes) {
        m_fiveMinutes->discard();
        m_hours->discard();
    }

    sqlite::Transaction transaction(m_db);
    for (const ChannelInfo &channel : newChannels)
        m_insertChannel.bind(1, qint64{channel.id})
            .bind(2, channel.device)
            .bind(3, channel.name)
            .bind(4, channel.unit)
            .run();

    std::vector<std::pair<Reading, double>> replaced;
    BatchResult result{static_cast<qint64>(m_batch.size()), kNever};
    for (const Reading &reading : m_batch) {
        m_insertReading.bind(1, qint64{reading.channel}).bind(2, reading.timestampMs).bind(3, reading.value);
        m_insertReading.run();
        result.lastTimestampMs = std::max(result.lastTimestampMs, reading.timestampMs);
        if (sqlite3_changes(m_db.handle()) == 0) {
            m_oldValue.bind(1, qint64{reading.channel}).bind(2, reading.timestampMs);
            const double oldValue = m_oldValue.next() ? m_oldValue.real(0) : reading.value;
            m_oldValue.reset();
            if (oldValue != reading.value) {
                m_updateReading.bind(1, qint64{reading.channel})
                    .bind(2, reading.timestampMs)
                    .bind(3, reading.value);
                m_updateReading.run();
                replaced.emplace_back(reading, oldValue);
            }
        } else if (m_fiveMinutes) {
            m_fiveMinutes->add(reading.channel, reading.timestampMs, reading.value);
            m_hours->add(reading.channel, reading.timestampMs, reading.value);
        }
    }
    if (m_fiveMinutes) {
        m_fiveMinutes->finish();
        m_hours->finish();
        repairReplaced(replaced);
    }

    const qint64 newest = std::max(m_newestMs, result.lastTimestampMs);
    const bool retentionDue =
        newest != kNever && (!m_lastRetentionMs || newest >= *m_lastRetentionMs + kHourMs);
    std::optional<qint64> rawCutoff;
    if (retentionDue)
        rawCutoff = applyRetention(newest, newChannels);
    transaction.commit();

    // Only now that the batch is on disk does it change what this worker believes is stored.
    m_newestMs = newest;
    if (retentionDue)
        m_lastRetentionMs = newest;
    if (rawCutoff)
        m_rawCutoff = std::max(m_rawCutoff, *rawCutoff);
    return result;
}

bool StoreWorker::rawComplete(ChannelId channel, qint64 bucketStartMs) const
{
    return bucketStartMs >= m_rawCutoff && bucketStartMs >= m_rawFloor.value(channel, kNever);
}

void StoreWorker::repairReplaced(const std::vector<std::pair<Reading, double>> &replaced)
{
    for (const auto &[reading, oldValue] : replaced) {
        for (RollupWriter *writer : {m_fiveMinutes.get(), m_hours.get()}) {
            const qint64 start = bucketStart(reading.timestampMs, writer->table().widthMs);
            writer->replaced(reading, oldValue, rawComplete(reading.channel, start));
        }
    }
}

std::optional<qint64> StoreWorker::applyRetention(qint64 newestMs,
                                                  const std::vector<ChannelInfo> &newChannels)
{
    const RetentionPolicy &policy = m_options.retention;
    QList<ChannelId> channels = m_channels;
    for (const ChannelInfo &channel : newChannels)
        channels.append(channel.id);
    const qint64 rawCutoff = newestMs - policy.rawDays * kDayMs;
    // A bucket goes once all of it is older than the cutoff: bucket + width <= cutoff.
    const qint64 lastFiveMinutes = newestMs - policy.fiveMinuteDays * kDayMs - kFiveMinutesMs;
    const qint64 lastHour = newestMs - policy.hourDays * kDayMs - kHourMs;
    for (const ChannelId channel : std::as_const(channels)) {
        if (policy.rawDays > 0)
            m_deleteRaw.bind(1, qint64{channel}).bind(2, rawCutoff).run();
        if (hasRollups() && policy.fiveMinuteDays > 0)
            m_deleteFiveMinutes.bind(1, qint64{channel}).bind(2, lastFiveMinutes).run();
        if (hasRollups() && policy.hourDays > 0)
            m_deleteHours.bind(1, qint64{channel}).bind(2, lastHour).run();
    }
    return policy.rawDays > 0 ? std::optional<qint64>(rawCutoff) : std::nullopt;
}

void StoreWorker::markProcessed(quint64 readings, quint64 channels)
{
    QMutexLocker lock(&m_queue.mutex);
    m_queue.processedReadings += readings;
    m_queue.processedChannels += channels;
    m_queue.progressed.wakeAll();
}

void StoreWorker::reportFailure(const sqlite::SqliteError &error, qsizetype readings)
{
    ++m_failures;
    // Back off (1 s, 2 s, 4 s ... 30 s) so that a full disk is not hammered; flush() still retries at once.
    const qint64 delayMs = std::min(kMaxRetryDelayMs, qint64{1000} << std::min(m_failures - 1, 5));
    m_retryAt.setRemainingTime(delayMs);
    const QString message = QStringLiteral("%1: cannot write %2 readings (%3); they are kept and retried")
                                .arg(m_path)
                                .arg(readings)
                                .arg(error.message());
    qCWarning(lcStorage).noquote() << message;
    emit writeFailed(message);
}

} // namespace commonwatt::storage
