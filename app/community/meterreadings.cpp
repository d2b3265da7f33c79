#include "meterreadings.h"

#include <QDateTime>
#include <QList>

using namespace Qt::StringLiterals;

namespace commonwatt::community {

currency::CsvResult<MeterReadings> parseMeterReadings(const QByteArray &text, const QString &file, int slotMinutes)
{
    const auto fail = [&file](qint64 row, const QString &column, const QString &message) {
        return currency::CsvResult<MeterReadings>{std::nullopt, {file, row, column, message}};
    };
    QByteArray body = text;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    const QList<QByteArray> lines = body.split('\n');
    const QStringList expected{u"meter"_s, u"slot_start"_s, u"import_wh"_s, u"export_wh"_s};
    MeterReadings readings;
    bool headerSeen = false;
    std::map<QString, int> column;
    const qint64 slotMs = qint64(slotMinutes) * 60'000;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 row = i + 1;
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        QStringList fields = line.split(u',');
        for (QString &f : fields)
            f = f.trimmed();
        if (!headerSeen) {
            headerSeen = true;
            for (int c = 0; c < fields.size(); ++c) {
                if (!expected.contains(fields[c]))
                    return fail(row, fields[c], u"unknown column; expected meter, slot_start, import_wh, export_wh"_s);
                if (column.contains(fields[c]))
                    return fail(row, fields[c], u"named twice"_s);
                column[fields[c]] = c;
            }
            for (const QString &name : expected) {
                if (!column.contains(name))
                    return fail(row, name, u"missing"_s);
            }
            continue;
        }
        if (fields.size() != qsizetype(column.size()))
            return fail(row, {}, u"%1 fields, the header has %2"_s.arg(fields.size()).arg(column.size()));
        const QString meter = fields[column[u"meter"_s]];
        if (meter.isEmpty())
            return fail(row, u"meter"_s, u"empty"_s);
        const QDateTime start = QDateTime::fromString(fields[column[u"slot_start"_s]], Qt::ISODate);
        if (!start.isValid() || start.timeSpec() == Qt::LocalTime)
            return fail(row, u"slot_start"_s, u"not an ISO 8601 time with a zone, e.g. 2026-06-15T10:15:00Z"_s);
        const qint64 startMs = start.toMSecsSinceEpoch();
        if (startMs % slotMs != 0)
            return fail(row, u"slot_start"_s, u"not the start of a %1-minute slot"_s.arg(slotMinutes));
        std::int64_t values[2] = {};
        const QString names[2] = {u"import_wh"_s, u"export_wh"_s};
        for (int k = 0; k < 2; ++k) {
            bool ok = false;
            values[k] = fields[column[names[k]]].toLongLong(&ok);
            if (!ok || values[k] < 0 || values[k] > currency::kMaxSlotWh)
                return fail(row, names[k], u"a whole number of Wh from 0 to %1"_s.arg(currency::kMaxSlotWh));
        }
        if (meter.startsWith(u"feeder:"_s)) {
            if (!readings.feeders.emplace(std::pair{meter.mid(7), startMs}, currency::LevelFlows{values[1], values[0]}).second)
                return fail(row, u"slot_start"_s, u"a second row for %1 and this slot"_s.arg(meter));
        } else if (!readings.households.emplace(std::pair{meter, startMs}, ledger::RevenueMeterDelta{values[0], values[1]})
                        .second) {
            return fail(row, u"slot_start"_s, u"a second row for %1 and this slot"_s.arg(meter));
        }
    }
    if (!headerSeen)
        return fail(0, {}, u"empty: no header"_s);
    return {std::move(readings), {}};
}

} // namespace commonwatt::community
