// The History page's CSV exports: the exact bytes of a readings row and of the credits file, and the readings
// export streamed from a real store (a day at a time, in time order, pruned raw readings replaced by their
// 5-minute means), with errors that name the file.
#include "historyexport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace commonwatt;
using namespace commonwatt::app;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}
} // namespace

class TestHistoryExport : public QObject
{
    Q_OBJECT
private slots:
    void fieldsAreQuotedOnlyWhenNeeded()
    {
        QCOMPARE(csvField(u"pv"_s), QByteArray("pv"));
        QCOMPARE(csvField(u"a,b"_s), QByteArray("\"a,b\""));
        QCOMPARE(csvField(u"say \"hi\""_s), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(u"two\nlines"_s), QByteArray("\"two\nlines\""));
        QCOMPARE(csvField(u"Küche"_s), QByteArray("K\xc3\xbc"
                                                  "che"));
    }

    void readingRowHasUtcAndLocalTime()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const ExportChannel channel{7, u"pv"_s, u"energy"_s, u"kWh"_s};
        // Summer: UTC+2.
        QCOMPARE(readingsCsvRow({utc(2026, 6, 20, 11, 20), &channel, 12.345, false}, berlin),
                 QByteArray("2026-06-20T11:20:00.000Z,2026-06-20T13:20:00+02:00,pv,energy,kWh,12.345,raw\n"));
        // Winter: UTC+1; a 5-minute mean; a value that needs all its digits to read back the same.
        QCOMPARE(readingsCsvRow({utc(2026, 1, 5, 23, 55) + 123, &channel, 0.1 + 0.2, true}, berlin),
                 QByteArray("2026-01-05T23:55:00.123Z,2026-01-06T00:55:00+01:00,pv,energy,kWh,0."
                            "30000000000000004,5min\n"));
        QCOMPARE(readingsCsvRow({0, &channel, -1500, false}, QTimeZone::utc()),
                 QByteArray("1970-01-01T00:00:00.000Z,1970-01-01T00:00:00+00:00,pv,energy,kWh,-1500,raw\n"));
    }

    void creditsFileHasADayPerRowInRange()
    {
        const QTimeZone berlin("Europe/Berlin");
        const qint64 day1 = QDateTime(QDate(2026, 3, 28), QTime(0, 0), berlin).toMSecsSinceEpoch();
        const qint64 day2 =
            QDateTime(QDate(2026, 3, 29), QTime(0, 0), berlin).toMSecsSinceEpoch(); // 23 hours
        const qint64 day3 = QDateTime(QDate(2026, 3, 30), QTime(0, 0), berlin).toMSecsSinceEpoch();
        DailyCredits first;
        first.dayStartMs = day1;
        first.giving = MilliCredits(1250);
        first.taking = MilliCredits(300);
        first.fossil = MilliCredits(45);
        first.eventRewards = MilliCredits(0);
        first.slotCount = 96;
        first.cleanShare.loadWh = 3;
        first.cleanShare.cleanLoadWhMillionths = 2'000'000; // 2 of 3 Wh clean: 666,667 ppm (half to even)
        DailyCredits second;
        second.dayStartMs = day2;
        second.giving = MilliCredits(0);
        second.taking = MilliCredits(1001);
        second.fossil = MilliCredits(2);
        second.eventRewards = MilliCredits(500);
        second.slotCount = 92;
        DailyCredits outside = first;
        outside.dayStartMs = day3;
        const QByteArray csv = creditsCsv({first, second, outside}, day1, day3, berlin);
        QCOMPARE(csv,
                 QByteArray("day,giving_mcr,taking_mcr,fossil_mcr,event_rewards_mcr,net_mcr,slots,load_wh,"
                            "clean_share_ppm\n"
                            "2026-03-28,1250,300,45,0,905,96,3,666667\n"
                            "2026-03-29,0,1001,2,500,-503,92,0,\n"));
        QCOMPARE(creditsCsv({}, day1, day3, berlin), QByteArray(kCreditsCsvHeader));
    }

    void ledgerRowCarriesTheEntryAndItsPayload()
    {
        ledger::Entry entry;
        entry.participant.bytes.fill(0x01);
        entry.sequence = 7;
        entry.timestampMs = utc(2026, 6, 20, 11, 0) + 5;
        ledger::MembershipLeave leave;
        leave.member.bytes.fill(0xab);
        leave.reason = u"moved, \"far\" away"_s;
        entry.payload = leave;
        ledger::Hash hash;
        hash.bytes.fill(0x0f);
        const QByteArray ones = QByteArray(32, '\x01').toHex();
        const QByteArray abs = QByteArray(32, '\xab').toHex();
        const QByteArray hashHex = QByteArray(32, '\x0f').toHex();
        QCOMPARE(ledgerCsvRow(entry, hash),
                 "2026-06-20T11:00:00.005Z," + ones + ",7,membership leave," + hashHex +
                     ",\"{\"\"member\"\":\"\"" + abs +
                     "\"\",\"\"reason\"\":\"\"moved, \\\"\"far\\\"\" away\"\"}\"\n");

        ledger::GridEventResponse response;
        response.event = hash;
        response.accepted = true;
        entry.payload = response;
        QCOMPARE(ledgerCsvRow(entry, hash), "2026-06-20T11:00:00.005Z," + ones + ",7,grid event response," +
                                                hashHex + ",\"{\"\"accepted\"\":true,\"\"event\"\":\"\"" +
                                                hashHex + "\"\"}\"\n");
    }

    void writingAFileNamesItOnError()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"credits.csv"_s);
        QString error;
        QVERIFY(writeCsvFile(good, "a,b\n", &error));
        QCOMPARE(readAll(good), QByteArray("a,b\n"));
        const QString bad = dir.filePath(u"missing-folder/credits.csv"_s);
        QVERIFY(!writeCsvFile(bad, "a,b\n", &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
    }

    // Two channels over three days, one reading at each chunk's first instant: the export of the last two
    // days holds exactly their readings, merged in time order, the channels in their given order at a tie.
    void readingsAreStreamedInTimeOrder()
    {
        QTemporaryDir dir;
        storage::ReadingsStore store;
        QVERIFY(store.open(dir.filePath(u"readings.db"_s)));
        const storage::ChannelId a = store.channel(u"grid"_s, u"import_energy"_s, u"kWh"_s);
        const storage::ChannelId b = store.channel(u"pv, roof"_s, u"power"_s, u"kW"_s);
        const qint64 start = utc(2026, 6, 18);
        QList<storage::Reading> readings;
        for (qint64 t = start; t < start + 3 * kDay; t += 20 * kMinute) {
            readings.append({a, t, double(t - start) / kHour});
            if ((t / (20 * kMinute)) % 3 == 0)
                readings.append({b, t + (t % kHour == 0 ? 0 : 7'000), 1.5});
        }
        store.append(readings);
        QVERIFY(store.waitForFlushed());

        const QList<ExportChannel> channels{{a, u"grid"_s, u"import_energy"_s, u"kWh"_s},
                                            {b, u"pv, roof"_s, u"power"_s, u"kW"_s}};
        // The expected file, from the readings appended, independently of the store.
        QList<ExportRow> expectedRows;
        for (const storage::Reading &r : std::as_const(readings)) {
            if (r.timestampMs >= start + kDay && r.timestampMs < start + 3 * kDay)
                expectedRows.append(
                    {r.timestampMs, r.channel == a ? &channels[0] : &channels[1], r.value, false});
        }
        std::stable_sort(expectedRows.begin(), expectedRows.end(),
                         [](const ExportRow &x, const ExportRow &y) {
                             return x.timestampMs < y.timestampMs ||
                                    (x.timestampMs == y.timestampMs && x.channel < y.channel);
                         });
        QByteArray expected = kReadingsCsvHeader;
        for (const ExportRow &row : std::as_const(expectedRows))
            expected += readingsCsvRow(row, QTimeZone::utc());

        ReadingsExport exporter(store, channels, QTimeZone::utc());
        QSignalSpy progress(&exporter, &ReadingsExport::progress);
        QSignalSpy finished(&exporter, &ReadingsExport::finished);
        const QString path = dir.filePath(u"readings.csv"_s);
        QString error;
        QVERIFY(exporter.start(path, start + kDay, start + 3 * kDay, &error));
        QVERIFY(exporter.isRunning());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QCOMPARE(progress.size(), 2); // a chunk per day
        QCOMPARE(progress.constLast().at(0).toDouble(), 1.0);
        QCOMPARE(exporter.rowsWritten(), expectedRows.size());
        QCOMPARE(readAll(path), expected);
        QVERIFY(expected.contains("\"pv, roof\""));
    }

    // Raw readings older than the retention are gone: their 5-minute means stand in, marked as such.
    void prunedReadingsGiveTheirMeans()
    {
        QTemporaryDir dir;
        storage::ReadingsStore store;
        storage::StoreOptions options;
        options.retention.rawDays = 1;
        QVERIFY(store.open(dir.filePath(u"readings.db"_s), options));
        const storage::ChannelId a = store.channel(u"grid"_s, u"power"_s, u"kW"_s);
        const qint64 start = utc(2026, 6, 10);
        // Day one: 1 and 3 in the first five minutes (mean 2); then a reading five days later prunes it.
        store.append(QList<storage::Reading>{{a, start, 1.0}, {a, start + kMinute, 3.0}});
        QVERIFY(store.waitForFlushed());
        store.append(QList<storage::Reading>{{a, start + 5 * kDay, 4.0}});
        QVERIFY(store.waitForFlushed());

        ReadingsExport exporter(store, {{a, u"grid"_s, u"power"_s, u"kW"_s}}, QTimeZone::utc());
        QSignalSpy finished(&exporter, &ReadingsExport::finished);
        const QString path = dir.filePath(u"old.csv"_s);
        QString error;
        QVERIFY(exporter.start(path, start, start + 6 * kDay, &error));
        QVERIFY(finished.wait(20'000));
        QCOMPARE(readAll(path),
                 QByteArray(kReadingsCsvHeader) +
                     "2026-06-10T00:00:00.000Z,2026-06-10T00:00:00+00:00,grid,power,kW,2,5min\n"
                     "2026-06-15T00:00:00.000Z,2026-06-15T00:00:00+00:00,grid,power,kW,4,raw\n");
    }

    void anUnwritableFileIsNamed()
    {
        QTemporaryDir dir;
        storage::ReadingsStore store;
        QVERIFY(store.open(dir.filePath(u"readings.db"_s)));
        ReadingsExport exporter(store, {}, QTimeZone::utc());
        const QString path = dir.filePath(u"no/such/folder.csv"_s);
        QString error;
        QVERIFY(!exporter.start(path, 0, kDay, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!exporter.isRunning());
    }
};

QTEST_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
