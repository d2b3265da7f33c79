// Reading a settlement period from CSV (backend/currency/periodcsv.h, docs/credits-cli.md): defaults of the
// optional columns, exact decimals, and every refusal naming the file, the row and the column.
#include <QTest>

#ifndef Q_MOC_RUN
#include "currency/periodcsv.h"
#endif

using namespace commonwatt::currency;
using namespace Qt::StringLiterals;

namespace {

const CommunityConfig kConfig = CommunityConfig::defaults(u"UTC"_s);

const QByteArray kReadingsHeader = "slot_start,import_wh,export_wh,pv_wh\n";
const QByteArray kSignalsHeader = "slot_start,g,s,r,event_level\n";

CsvResult<ReadingsTable> readings(const QByteArray &text, const CommunityConfig &config = kConfig)
{
    return parseReadingsCsv(text, u"readings.csv"_s, config);
}

CsvResult<SignalsTable> signalRows(const QByteArray &text)
{
    return parseSignalsCsv(text, u"signals.csv"_s, kConfig);
}

} // namespace

class TestPeriodCsv : public QObject
{
    Q_OBJECT
private slots:
    void optionalColumnsDefault()
    {
        const auto r = readings(kReadingsHeader + "2024-06-01T00:00:00Z,100,30,50\n"
                                                  "2024-06-01T00:15:00+00:00, 7 ,0,0\n");
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const ReadingsTable &t = *r.value;
        QCOMPARE(t.rows.size(), 2u);
        QVERIFY(t.loadDerived);
        QVERIFY(!t.hasHops);
        QCOMPARE(t.rows[0].startSecs, 1717200000);
        QCOMPARE(t.rows[0].row, 2);
        const SlotMeterData &m = t.rows[0].meter;
        QCOMPARE(m.importWh, 100);
        QCOMPARE(m.exportWh, 30);
        QCOMPARE(m.pvWh, 50);
        QCOMPARE(m.fossilWh, 0);
        QCOMPARE(m.storageChargeWh, 0);
        QCOMPARE(m.storageDischargeWh, 0);
        QCOMPARE(m.loadWh, 120); // 100 + 50 - 30: the energy balance
        QVERIFY(!m.exportByHops);
        QCOMPARE(t.rows[1].meter.importWh, 7); // fields are trimmed
    }

    void everyColumnRead()
    {
        const auto r = readings("load_wh,storage_discharge_wh,storage_charge_wh,fossil_wh,pv_wh,export_wh,"
                                "import_wh,slot_start,export_h0_wh,export_h1_wh,export_h2_wh,export_h3_wh,"
                                "export_h4_wh\r\n"
                                "11,12,13,14,15,10,17,2024-06-01T00:00:00Z,1,2,3,4,0\r\n\r\n");
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const SlotMeterData &m = r.value->rows[0].meter;
        QVERIFY(!r.value->loadDerived);
        QVERIFY(r.value->hasHops);
        QCOMPARE(m.loadWh, 11);
        QCOMPARE(m.storageDischargeWh, 12);
        QCOMPARE(m.storageChargeWh, 13);
        QCOMPARE(m.fossilWh, 14);
        QCOMPARE(m.pvWh, 15);
        QCOMPARE(m.exportWh, 10);
        QCOMPARE(m.importWh, 17);
        QVERIFY(m.exportByHops);
        QCOMPARE((*m.exportByHops)[2], 3);
    }

    void byteOrderMarkAndSlotLength()
    {
        CommunityConfig half = kConfig;
        half.slotMinutes = 30;
        QVERIFY(readings("\xEF\xBB\xBF" + kReadingsHeader + "2024-06-01T00:30:00Z,1,0,0\n", half).ok());
        const auto r = readings(kReadingsHeader + "2024-06-01T00:15:00Z,1,0,0\n", half);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.contains(u"30-minute"_s), qPrintable(r.error.message));
    }

    void signalDefaultsAndDerivedR()
    {
        const auto s =
            signalRows("slot_start,g,s\n2024-06-01T00:00:00Z,400,0.25\n2024-06-01T00:15:00Z,794,-1\n");
        QVERIFY2(s.ok(), qPrintable(s.error.toString()));
        QVERIFY(s.value->rDerived);
        QCOMPARE(s.value->rows[0].signal.s, 250);
        QCOMPARE(s.value->rows[0].signal.r, 500); // 1 - 400/800
        QCOMPARE(s.value->rows[0].signal.eventLevel, 0);
        QCOMPARE(s.value->rows[1].signal.r, 8);           // 7.5 thousandths, half to even
        QCOMPARE(derivedRenewableShare(kConfig, 798), 2); // 2.5 -> 2
        QCOMPARE(derivedRenewableShare(kConfig, 1600), 0);
        QCOMPARE(derivedRenewableShare(kConfig, 0), 1000);
    }

    void decimals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("thousandths");
        QTest::addColumn<QString>("error");
        QTest::newRow("quarter") << QByteArray("0.25") << qint64(250) << QString();
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1000) << QString();
        QTest::newRow("plus") << QByteArray("+0.001") << qint64(1) << QString();
        QTest::newRow("no integer part") << QByteArray(".5") << qint64(500) << QString();
        QTest::newRow("trailing zeros") << QByteArray("0.2500000") << qint64(250) << QString();
        QTest::newRow("three decimals") << QByteArray("-0.123") << qint64(-123) << QString();
        QTest::newRow("four decimals") << QByteArray("0.1235") << qint64(0) << u"more than 3 decimals"_s;
        QTest::newRow("exponent") << QByteArray("1e-3") << qint64(0) << u"not a decimal"_s;
        QTest::newRow("comma") << QByteArray("0,5") << qint64(0) << u"not a decimal"_s;
        QTest::newRow("sign only") << QByteArray("-") << qint64(0) << u"not a decimal"_s;
        QTest::newRow("empty") << QByteArray("") << qint64(0) << u"not a decimal"_s;
        QTest::newRow("nan") << QByteArray("NaN") << qint64(0) << u"not a finite number"_s;
        QTest::newRow("inf") << QByteArray("-inf") << qint64(0) << u"not a finite number"_s;
    }

    void decimals()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, thousandths);
        QFETCH(QString, error);
        const ThousandthsParse parsed = decimalToThousandths(std::string_view(text.constData(), text.size()));
        if (error.isEmpty()) {
            QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
            QCOMPARE(parsed.value, thousandths);
        } else {
            QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        }
    }

    void readingsErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        const QByteArray ok = "2024-06-01T00:00:00Z,1,0,0\n";
        QTest::newRow("empty file") << QByteArray() << qint64(1) << QString() << u"empty"_s;
        QTest::newRow("header only") << kReadingsHeader << qint64(2) << QString() << u"header row only"_s;
        QTest::newRow("missing column") << QByteArray("slot_start,import_wh,export_wh\n") + ok << qint64(1)
                                        << u"pv_wh"_s << u"missing column"_s;
        QTest::newRow("unknown column") << QByteArray("slot_start,import_wh,export_wh,pv_wh,kwh\n")
                                        << qint64(1) << u"kwh"_s << u"unknown column"_s;
        QTest::newRow("column twice") << QByteArray("slot_start,import_wh,export_wh,pv_wh,pv_wh\n")
                                      << qint64(1) << u"pv_wh"_s << u"twice"_s;
        QTest::newRow("not an integer") << kReadingsHeader + ok + "2024-06-01T00:15:00Z,12.5,0,0\n"
                                        << qint64(3) << u"import_wh"_s << u"not an integer"_s;
        QTest::newRow("text") << kReadingsHeader + "2024-06-01T00:00:00Z,1,x,0\n"
                              << qint64(2) << u"export_wh"_s << u"not an integer"_s;
        QTest::newRow("negative") << kReadingsHeader + "2024-06-01T00:00:00Z,1,-5,0\n"
                                  << qint64(2) << u"export_wh"_s << u"must not be negative"_s;
        QTest::newRow("nan") << kReadingsHeader + "2024-06-01T00:00:00Z,1,0,nan\n"
                             << qint64(2) << u"pv_wh"_s << u"not a finite number"_s;
        QTest::newRow("too large") << kReadingsHeader + "2024-06-01T00:00:00Z,1000001,0,0\n"
                                   << qint64(2) << u"import_wh"_s << u"0 to 1000000"_s;
        QTest::newRow("huge") << kReadingsHeader + "2024-06-01T00:00:00Z,99999999999999999999,0,0\n"
                              << qint64(2) << u"import_wh"_s << u"0 to 1000000"_s;
        QTest::newRow("field count") << kReadingsHeader + ok + "2024-06-01T00:15:00Z,1,0\n"
                                     << qint64(3) << QString() << u"3 fields, the header 4"_s;
        QTest::newRow("unsorted") << kReadingsHeader + "2024-06-01T00:15:00Z,1,0,0\n" + ok << qint64(3)
                                  << u"slot_start"_s << u"not sorted"_s;
        QTest::newRow("duplicate") << kReadingsHeader + ok + ok << qint64(3) << u"slot_start"_s
                                   << u"duplicate"_s;
        QTest::newRow("not aligned") << kReadingsHeader + "2024-06-01T00:07:00Z,1,0,0\n"
                                     << qint64(2) << u"slot_start"_s
                                     << u"not the start of a 15-minute slot"_s;
        QTest::newRow("seconds") << kReadingsHeader + "2024-06-01T00:00:00.5Z,1,0,0\n"
                                 << qint64(2) << u"slot_start"_s << u"not the start"_s;
        QTest::newRow("no zone") << kReadingsHeader + "2024-06-01T00:00:00,1,0,0\n"
                                 << qint64(2) << u"slot_start"_s << u"no zone"_s;
        QTest::newRow("not a time") << kReadingsHeader + "yesterday,1,0,0\n"
                                    << qint64(2) << u"slot_start"_s << u"not an ISO 8601 time"_s;
        QTest::newRow("date only") << kReadingsHeader + "2024-06-01,1,0,0\n"
                                   << qint64(2) << u"slot_start"_s << u"not an ISO 8601 time"_s;
        QTest::newRow("balance") << kReadingsHeader + "2024-06-01T00:00:00Z,0,10,5\n"
                                 << qint64(2) << u"load_wh"_s << u"is -5 Wh"_s;
        QTest::newRow("some hops") << QByteArray("slot_start,import_wh,export_wh,pv_wh,export_h0_wh\n")
                                   << qint64(1) << u"export_h1_wh"_s << u"all five hop columns"_s;
        QTest::newRow("hop sum") << QByteArray(
                                        "slot_start,import_wh,export_wh,pv_wh,export_h0_wh,export_h1_wh,"
                                        "export_h2_wh,export_h3_wh,export_h4_wh\n"
                                        "2024-06-01T00:00:00Z,0,10,10,5,4,0,0,0\n")
                                 << qint64(2) << u"export_h0_wh..export_h4_wh"_s << u"adds up to 9 Wh"_s;
    }

    void readingsErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, row);
        QFETCH(QString, column);
        QFETCH(QString, message);
        const auto r = readings(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.file, u"readings.csv"_s);
        QCOMPARE(r.error.row, row);
        QCOMPARE(r.error.column, column);
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
        const QString shown = r.error.toString();
        QVERIFY2(shown.startsWith(u"readings.csv: row %1"_s.arg(row)), qPrintable(shown));
        if (!column.isEmpty())
            QVERIFY2(shown.contains(u", column "_s + column + u": "_s), qPrintable(shown));
    }

    void signalsErrors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("s above 1") << QByteArray("2024-06-01T00:00:00Z,400,1.5,0.5,0") << u"s"_s
                                   << u"-1 to 1"_s;
        QTest::newRow("s below -1") << QByteArray("2024-06-01T00:00:00Z,400,-1.001,0.5,0") << u"s"_s
                                    << u"-1 to 1"_s;
        QTest::newRow("s inf") << QByteArray("2024-06-01T00:00:00Z,400,inf,0.5,0") << u"s"_s << u"finite"_s;
        QTest::newRow("s fine") << QByteArray("2024-06-01T00:00:00Z,400,0.0005,0.5,0") << u"s"_s
                                << u"more than 3 decimals"_s;
        QTest::newRow("r negative") << QByteArray("2024-06-01T00:00:00Z,400,0,-0.1,0") << u"r"_s
                                    << u"0 to 1"_s;
        QTest::newRow("r nan") << QByteArray("2024-06-01T00:00:00Z,400,0,nan,0") << u"r"_s << u"finite"_s;
        QTest::newRow("g too large") << QByteArray("2024-06-01T00:00:00Z,100001,0,0.5,0") << u"g"_s
                                     << u"0 to 100000"_s;
        QTest::newRow("g negative") << QByteArray("2024-06-01T00:00:00Z,-1,0,0.5,0") << u"g"_s
                                    << u"negative"_s;
        QTest::newRow("g decimal") << QByteArray("2024-06-01T00:00:00Z,400.5,0,0.5,0") << u"g"_s
                                   << u"not an integer"_s;
        QTest::newRow("level 4") << QByteArray("2024-06-01T00:00:00Z,400,0,0.5,4") << u"event_level"_s
                                 << u"0 to 3"_s;
        QTest::newRow("unaligned") << QByteArray("2024-06-01T00:00:01Z,400,0,0.5,0") << u"slot_start"_s
                                   << u"not the start"_s;
    }

    void signalsErrors()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, column);
        QFETCH(QString, message);
        const auto s = signalRows(kSignalsHeader + "2024-05-31T23:45:00Z,400,0,0.5,0\n" + line + '\n');
        QVERIFY(!s.ok());
        QCOMPARE(s.error.file, u"signals.csv"_s);
        QCOMPARE(s.error.row, 3);
        QCOMPARE(s.error.column, column);
        QVERIFY2(s.error.message.contains(message), qPrintable(s.error.message));
    }

    void joinNeedsASignalsRowPerSlot()
    {
        const auto r = readings(kReadingsHeader + "2024-06-01T00:00:00Z,1,0,0\n2024-06-01T00:30:00Z,1,0,0\n");
        // Extra signals rows (00:15, 00:45) are fine; a missing one (00:30) is not.
        const auto extra = signalRows(kSignalsHeader + "2024-06-01T00:00:00Z,400,0,0.5,0\n"
                                                       "2024-06-01T00:15:00Z,400,0,0.5,0\n"
                                                       "2024-06-01T00:30:00Z,300,0.5,0.6,1\n"
                                                       "2024-06-01T00:45:00Z,400,0,0.5,0\n");
        QVERIFY(r.ok() && extra.ok());
        const auto joined = joinPeriod(*r.value, u"readings.csv"_s, *extra.value, u"signals.csv"_s);
        QVERIFY2(joined.ok(), qPrintable(joined.error.toString()));
        QCOMPARE(joined.value->entries.size(), 2u);
        QCOMPARE(joined.value->entries[1].signal.g, 300);
        QCOMPARE(joined.value->entries[1].signal.eventLevel, 1);

        const auto missing = signalRows(kSignalsHeader + "2024-06-01T00:00:00Z,400,0,0.5,0\n"
                                                         "2024-06-01T00:45:00Z,400,0,0.5,0\n");
        const auto failed = joinPeriod(*r.value, u"readings.csv"_s, *missing.value, u"signals.csv"_s);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error.file, u"readings.csv"_s);
        QCOMPARE(failed.error.row, 3);
        QCOMPARE(failed.error.column, u"slot_start"_s);
        QVERIFY2(failed.error.message.contains(u"2024-06-01T00:30:00Z has no row in signals.csv"_s),
                 qPrintable(failed.error.message));
    }

    void missingFileIsNamed()
    {
        const auto p = loadPeriod(u"/nonexistent/readings.csv"_s, u"/nonexistent/signals.csv"_s, kConfig);
        QVERIFY(!p.ok());
        QCOMPARE(p.error.row, 0);
        QVERIFY(p.error.toString().startsWith(u"/nonexistent/readings.csv: cannot read the file"_s));
    }
};

QTEST_GUILESS_MAIN(TestPeriodCsv)
#include "tst_periodcsv.moc"
