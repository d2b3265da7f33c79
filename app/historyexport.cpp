#include "historyexport.h"

#include "storage/rollups.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

namespace {

QByteArray isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray isoLocal(qint64 ms, const QTimeZone &zone)
{
    // With its offset, so that the hour repeated when clocks go back is told apart.
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate).toLatin1();
}

// A payload's fields as JSON, through the fields() list each payload struct keeps for the encoder.
struct JsonFields
{
    QJsonObject &object;

    template<typename T> static QJsonValue toJson(const T &value)
    {
        if constexpr (std::is_same_v<T, bool>)
            return value;
        else if constexpr (std::is_integral_v<T>)
            return QJsonValue(qint64(value)); // ledger amounts stay far below 2^53
        else if constexpr (std::is_same_v<T, QString>)
            return value;
        else if constexpr (std::is_same_v<T, QByteArray>)
            return QString::fromLatin1(value.toBase64());
        else
            return value.toHex(); // keys, hashes, signatures
    }
    template<typename T> void operator()(int, const char *name, const T &value)
    {
        object.insert(QLatin1StringView(name), toJson(value));
    }
};

} // namespace

QByteArray ledgerCsvRow(const ledger::Entry &entry, const ledger::Hash &hash)
{
    QJsonObject payload;
    std::visit(
        [&payload](const auto &fields) {
            JsonFields writer{payload};
            std::decay_t<decltype(fields)>::fields(fields, writer);
        },
        entry.payload);
    QByteArray line = isoUtc(entry.timestampMs);
    line += ',' + entry.participant.toHex().toLatin1();
    line += ',' + QByteArray::number(qulonglong(entry.sequence));
    line += ',' + csvField(ledger::entryTypeName(entry.type()));
    line += ',' + hash.toHex().toLatin1();
    line += ',' + csvField(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    line += '\n';
    return line;
}

QString cannotWriteMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("History", "Could not write %1: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray readingsCsvRow(const ExportRow &row, const QTimeZone &zone)
{
    QByteArray line = isoUtc(row.timestampMs);
    line += ',' + isoLocal(row.timestampMs, zone);
    line += ',' + csvField(row.channel->device);
    line += ',' + csvField(row.channel->name);
    line += ',' + csvField(row.channel->unit);
    // The shortest text that reads back as the same double, in the C locale.
    line += ',' + QByteArray::number(row.value, 'g', QLocale::FloatingPointShortest);
    line += row.fromRollup ? ",5min\n" : ",raw\n";
    return line;
}

QByteArray creditsCsv(const QList<DailyCredits> &days, qint64 fromMs, qint64 toMs, const QTimeZone &zone)
{
    QByteArray text = kCreditsCsvHeader;
    for (const DailyCredits &day : days) {
        if (day.dayStartMs < fromMs || day.dayStartMs >= toMs)
            continue;
        text += QDateTime::fromMSecsSinceEpoch(day.dayStartMs, zone).date().toString(Qt::ISODate).toLatin1();
        for (const std::int64_t value :
             {day.giving.value(), day.taking.value(), day.fossil.value(), day.eventRewards.value(),
              day.net().value(), day.slotCount, day.cleanShare.loadWh}) {
            text += ',' + QByteArray::number(qlonglong(value));
        }
        text += ',';
        if (day.cleanShare.loadWh > 0)
            text += QByteArray::number(qlonglong(day.cleanShare.millionths()));
        text += '\n';
    }
    return text;
}

bool writeCsvFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWriteMessage(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = cannotWriteMessage(path, file.errorString());
        return false;
    }
    return true;
}

ReadingsExport::ReadingsExport(storage::ReadingsStore &store, QList<ExportChannel> channels, QTimeZone zone,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_channels(std::move(channels))
    , m_zone(std::move(zone))
{}

bool ReadingsExport::start(const QString &path, qint64 fromMs, qint64 toMs, QString *error)
{
    if (m_file) {
        *error = QCoreApplication::translate("History", "An export is already running.");
        return false;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        *error = cannotWriteMessage(path, file->errorString());
        return false;
    }
    file->write(kReadingsCsvHeader);
    m_file = std::move(file);
    m_fromMs = fromMs;
    m_toMs = std::max(fromMs, toMs);
    m_chunkStartMs = fromMs;
    m_channelIndex = 0;
    m_chunk.clear();
    m_rows = 0;
    nextQuery();
    return true;
}

void ReadingsExport::nextQuery()
{
    if (m_chunkStartMs >= m_toMs || m_channels.isEmpty()) {
        if (!m_file->commit())
            finish(false, cannotWriteMessage(m_file->fileName(), m_file->errorString()));
        else
            finish(true, {});
        return;
    }
    const qint64 chunkEnd = std::min(m_toMs, m_chunkStartMs + kChunkMs);
    m_store.queryRollups(m_channels[m_channelIndex].id, storage::Resolution::Raw, m_chunkStartMs, chunkEnd,
                         this, [this](QList<storage::Rollup> rows) { onChunk(std::move(rows), false); });
}

void ReadingsExport::onChunk(QList<storage::Rollup> rows, bool rollups)
{
    if (!m_file)
        return;
    const qint64 chunkEnd = std::min(m_toMs, m_chunkStartMs + kChunkMs);
    if (rows.isEmpty() && !rollups) {
        // The raw readings of this day may have been pruned (docs/storage.md): their 5-minute means remain.
        m_store.queryRollups(m_channels[m_channelIndex].id, storage::Resolution::FiveMinutes, m_chunkStartMs,
                             chunkEnd, this,
                             [this](QList<storage::Rollup> means) { onChunk(std::move(means), true); });
        return;
    }
    const ExportChannel *channel = &m_channels[m_channelIndex];
    for (const storage::Rollup &row : std::as_const(rows))
        m_chunk.append({row.bucketStartMs, channel, rollups ? row.mean() : row.first, rollups});
    if (++m_channelIndex < m_channels.size()) {
        nextQuery();
        return;
    }
    writeChunk();
    if (!m_file)
        return; // the write failed and the export ended
    m_channelIndex = 0;
    m_chunkStartMs = chunkEnd;
    emit progress(double(m_chunkStartMs - m_fromMs) / double(std::max<qint64>(1, m_toMs - m_fromMs)));
    nextQuery();
}

void ReadingsExport::writeChunk()
{
    // Channels were appended in their order, so a stable sort keeps it within a timestamp.
    std::stable_sort(m_chunk.begin(), m_chunk.end(),
                     [](const ExportRow &a, const ExportRow &b) { return a.timestampMs < b.timestampMs; });
    QByteArray text;
    for (const ExportRow &row : std::as_const(m_chunk))
        text += readingsCsvRow(row, m_zone);
    m_rows += m_chunk.size();
    m_chunk.clear();
    if (m_file->write(text) != text.size())
        finish(false, cannotWriteMessage(m_file->fileName(), m_file->errorString()));
}

void ReadingsExport::finish(bool ok, const QString &message)
{
    std::unique_ptr<QSaveFile> file = std::move(m_file);
    if (file && !ok)
        file->cancelWriting();
    emit finished(ok, message);
}

} // namespace commonwatt::app
