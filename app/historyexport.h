// CSV exports of the History page (docs/history.md): the readings of a period, streamed a day at a time
// from the store so that a year never sits in memory at once, and the household's settled credits per day.
// No GUI: the tests check the exact bytes.
#pragma once

#include "creditsservice.h"
#include "storage/readingsstore.h"

#ifndef Q_MOC_RUN
#include "ledger/entry.h"
#endif

#include <QIODevice>
#include <QList>
#include <QObject>
#include <QSaveFile>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace commonwatt::app {

// A channel as the readings export names it.
struct ExportChannel
{
    storage::ChannelId id = 0;
    QString device;
    QString name;
    QString unit;
};

// One row of the readings export; `source` is "raw" for a reading, "5min" for a 5-minute mean where the raw
// readings were already pruned.
struct ExportRow
{
    qint64 timestampMs = 0;
    const ExportChannel *channel = nullptr;
    double value = 0.0;
    bool fromRollup = false;
};

inline constexpr auto kReadingsCsvHeader = "time_utc,local_time,device,channel,unit,value,source\n";
inline constexpr auto kCreditsCsvHeader =
    "day,giving_mcr,taking_mcr,fossil_mcr,event_rewards_mcr,net_mcr,slots,load_wh,clean_share_ppm\n";

inline constexpr auto kLedgerCsvHeader = "time_utc,participant,sequence,type,hash,payload\n";

// A field quoted as RFC 4180 says when it holds a comma, a quote or a line break.
[[nodiscard]] QByteArray csvField(const QString &text);
[[nodiscard]] QByteArray readingsCsvRow(const ExportRow &row, const QTimeZone &zone);
// The header and a row per settled day in [fromMs, toMs), oldest first.
[[nodiscard]] QByteArray creditsCsv(const QList<DailyCredits> &days, qint64 fromMs, qint64 toMs,
                                    const QTimeZone &zone);

// One accepted ledger entry: its time, the participant's key and sequence, the type's name, the entry's hash
// (keys and hashes in hex) and the payload's fields as compact JSON, named as docs/ledger-encoding.md names
// them (byte strings in base64).
[[nodiscard]] QByteArray ledgerCsvRow(const ledger::Entry &entry, const ledger::Hash &hash);

// "Could not write <file>: <reason>", translated.
[[nodiscard]] QString cannotWriteMessage(const QString &path, const QString &reason);

// Writes a CSV file in one go (QSaveFile: a failed or cancelled export leaves no half file). The error names
// the file.
[[nodiscard]] bool writeCsvFile(const QString &path, const QByteArray &bytes, QString *error);

// Streams the readings of [fromMs, toMs) into a CSV file: per chunk of time, each channel's raw readings (or
// its 5-minute means where no raw reading is left), merged in time order. Runs through the store's queries,
// so the UI thread never waits on disk; emits progress after each chunk and finished once.
class ReadingsExport : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kChunkMs = 24LL * 60 * 60 * 1000;

    ReadingsExport(storage::ReadingsStore &store, QList<ExportChannel> channels, QTimeZone zone,
                   QObject *parent = nullptr);

    // False (with *error naming the file) when the file cannot be opened; else the export runs.
    [[nodiscard]] bool start(const QString &path, qint64 fromMs, qint64 toMs, QString *error);
    [[nodiscard]] bool isRunning() const { return m_file != nullptr; }
    [[nodiscard]] qint64 rowsWritten() const { return m_rows; }

signals:
    void progress(double fraction);
    // ok: the file is complete; otherwise message names the file and the reason.
    void finished(bool ok, const QString &message);

private:
    void nextQuery();
    void onChunk(QList<storage::Rollup> rows, bool rollups);
    void writeChunk();
    void finish(bool ok, const QString &message);

    storage::ReadingsStore &m_store;
    QList<ExportChannel> m_channels;
    QTimeZone m_zone;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_chunkStartMs = 0;
    qsizetype m_channelIndex = 0;
    QList<ExportRow> m_chunk;
    qint64 m_rows = 0;
};

} // namespace commonwatt::app
