// What the History chart shows, from rollups and settled days: counters' rise per bucket (resets are not
// use), sums into local days and months, the periods and their buckets across a clock change, the home's use
// as the balance, and credits and the clean share summed exactly.
#include "historydata.h"

#include <QTest>

using namespace commonwatt;
using namespace commonwatt::app;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kHour = 60 * 60 * 1000;

storage::Rollup bucket(qint64 startMs, double first, double last)
{
    return {1, startMs, 2, first + last, std::min(first, last), std::max(first, last), first, last};
}
} // namespace

class TestHistoryData : public QObject
{
    Q_OBJECT
private slots:
    void counterRisePerBucket()
    {
        const qint64 t0 = 100 * kHour;
        // Before the range: last 10. Then 10->12, a gap, 13->15, a reset to 0.5 -> 1, then 1 -> 4.
        const QList<storage::Rollup> rows{bucket(t0 - kHour, 9, 10),      bucket(t0, 10.5, 12),
                                          bucket(t0 + 2 * kHour, 13, 15), bucket(t0 + 3 * kHour, 0.5, 1),
                                          bucket(t0 + 4 * kHour, 2, 4),   bucket(t0 + 6 * kHour, 5, 6)};
        const QList<double> rise = counterRise(rows, t0, kHour, 5);
        QCOMPARE(rise, (QList<double>{2, 0, 3, 0, 3})); // the bucket at +6 h is outside
        // Without a bucket before the range, the first bucket rises from its own first value.
        QCOMPARE(counterRise(rows.mid(1), t0, kHour, 1), (QList<double>{1.5}));
        QCOMPARE(counterRise({}, t0, kHour, 3), (QList<double>{0, 0, 0}));
    }

    void sumsFineBucketsIntoCoarseOnes()
    {
        const QList<double> fine{1, 2, 3, 4, 5, 6};
        // Coarse buckets [2h, 4h) and [4h, 5h); the first two hours and the last are outside.
        QCOMPARE(sumInto(fine, 0, kHour, {2 * kHour, 4 * kHour, 5 * kHour}), (QList<double>{7, 5}));
    }

    void periodsStartOnMondayAndTheFirst()
    {
        const QDate saturday(2026, 6, 20);
        QCOMPARE(periodOf(HistoryRange::Day, saturday).first, saturday);
        QCOMPARE(periodOf(HistoryRange::Week, saturday).first, QDate(2026, 6, 15));
        QCOMPARE(periodOf(HistoryRange::Week, saturday).last, QDate(2026, 6, 21));
        QCOMPARE(periodOf(HistoryRange::Month, QDate(2028, 2, 10)).last, QDate(2028, 2, 29));
        QCOMPARE(periodOf(HistoryRange::Year, saturday).first, QDate(2026, 1, 1));
        QCOMPARE(shiftPeriod(HistoryRange::Month, QDate(2026, 3, 31), -1).first, QDate(2026, 2, 1));
        QCOMPARE(shiftPeriod(HistoryRange::Week, saturday, 1).first, QDate(2026, 6, 22));
        QCOMPARE(shiftPeriod(HistoryRange::Year, saturday, -2).last, QDate(2024, 12, 31));
    }

    void bucketsFollowLocalTime()
    {
        const QTimeZone berlin("Europe/Berlin");
        const LocalDayStart dayStart = [&](QDate d) {
            return QDateTime(d, QTime(0, 0), berlin).toMSecsSinceEpoch();
        };
        const QDate change(2026, 3, 29); // clocks go forward: a 23-hour day
        const QList<qint64> hours = historyBuckets(HistoryView::Energy, HistoryRange::Day,
                                                   periodOf(HistoryRange::Day, change), dayStart);
        QCOMPARE(hours.size(), 24); // 23 buckets and the end
        QCOMPARE(hours.constFirst(), dayStart(change));
        QCOMPARE(hours.constLast(), dayStart(change.addDays(1)));
        const QList<qint64> fiveMinutes = historyBuckets(HistoryView::Power, HistoryRange::Day,
                                                         periodOf(HistoryRange::Day, change), dayStart);
        QCOMPARE(fiveMinutes.size(), 23 * 12 + 1);
        const QList<qint64> days = historyBuckets(HistoryView::Credits, HistoryRange::Month,
                                                  periodOf(HistoryRange::Month, change), dayStart);
        QCOMPARE(days.size(), 32);
        QCOMPARE(days[28], dayStart(change));
        QCOMPARE(days[29] - days[28], 23 * kHour);
        const QList<qint64> months = historyBuckets(HistoryView::Energy, HistoryRange::Year,
                                                    periodOf(HistoryRange::Year, change), dayStart);
        QCOMPARE(months.size(), 13);
        QCOMPARE(months[3], dayStart(QDate(2026, 4, 1)));
        QCOMPARE(historyResolution(HistoryView::Power, HistoryRange::Day), storage::Resolution::FiveMinutes);
        QCOMPARE(historyResolution(HistoryView::Power, HistoryRange::Year), storage::Resolution::Hour);

        HistoryData data;
        data.bucketStartsMs = days;
        QCOMPARE(data.bucketCount(), 31);
        QCOMPARE(data.bucketAt(dayStart(change) + 22 * kHour), 28);
        QCOMPARE(data.bucketAt(days.constLast()), -1);
        QCOMPARE(data.bucketAt(days.constFirst() - 1), -1);
    }

    void homeIsTheBalanceAndPowerIsEnergyOverTime()
    {
        RoleRise rise;
        rise.pv = {2.0, 0.0};
        rise.gridImport = {0.5, 1.0};
        rise.gridExport = {1.0, 0.0};
        rise.batteryCharge = {0.25, 0.0};
        rise.batteryDischarge = {0.0, 0.5};
        rise.ev = {0.0, 2.0}; // more than comes in: the home's use is never negative
        rise.hasBattery = true;
        rise.hasEv = true;
        const QList<HistorySeries> series = energySeries(rise, 0.25); // quarter hours: kW = 4 x kWh
        QStringList keys;
        for (const HistorySeries &s : series)
            keys.append(s.key);
        QCOMPARE(keys, (QStringList{u"solar"_s, u"battery_out"_s, u"grid_in"_s, u"house"_s, u"ev"_s,
                                    u"battery_in"_s, u"grid_out"_s}));
        QCOMPARE(series[0].values, (QList<double>{8.0, 0.0}));
        QCOMPARE(series[3].values, (QList<double>{-5.0, -0.0})); // 2 + 0.5 - 1 - 0.25 = 1.25 kWh
        QCOMPARE(series[6].values, (QList<double>{-4.0, -0.0}));

        RoleRise plain;
        plain.pv = {1};
        plain.gridImport = {1};
        plain.gridExport = {0};
        QCOMPARE(energySeries(plain, 0).size(), 4); // no battery, no car
    }

    void creditsAndCleanShareAddUpExactly()
    {
        const QList<qint64> buckets{0, 2 * 24 * kHour, 4 * 24 * kHour};
        DailyCredits a;
        a.dayStartMs = 0;
        a.giving = MilliCredits(1001);
        a.taking = MilliCredits(7);
        a.cleanShare.loadWh = 1000;
        a.cleanShare.cleanLoadWhMillionths = 1000LL * 250'000; // 25 %
        DailyCredits b = a;
        b.dayStartMs = 24 * kHour;
        b.fossil = MilliCredits(3);
        b.eventRewards = MilliCredits(20);
        b.cleanShare.loadWh = 3000;
        b.cleanShare.cleanLoadWhMillionths = 3000LL * 750'000; // 75 %
        DailyCredits c = a;
        c.dayStartMs = 2 * 24 * kHour;
        c.cleanShare = {};
        const QList<HistorySeries> credits = creditSeries({a, b, c}, buckets);
        QCOMPARE(credits.size(), 4);
        QCOMPARE(credits[0].values, (QList<double>{2.002, 1.001}));
        QCOMPARE(credits[1].values, (QList<double>{0.02, 0.0}));
        QCOMPARE(credits[2].values, (QList<double>{-0.014, -0.007}));
        QCOMPARE(credits[3].values, (QList<double>{-0.003, -0.0}));
        // Weighted by use: (250 + 2250) / 4000 Wh.
        const QList<HistorySeries> share = cleanShareSeries({a, b, c}, buckets);
        QCOMPARE(share[0].values, (QList<double>{0.625, 0.0}));
    }
};

QTEST_MAIN(TestHistoryData)
#include "tst_historydata.moc"
