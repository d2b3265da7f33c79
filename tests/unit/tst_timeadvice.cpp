// "Is now a good time?": the rating follows w[t] within the coming day's range, and the next better time is
// the first later slot with a better rating (docs/currency-rules.md, R32-R34).
#ifndef Q_MOC_RUN
#include "currency/timeadvice.h"
#endif

#include <QTest>

using namespace commonwatt::currency;

namespace {

constexpr qint64 kSlotMs = 15 * 60 * 1000;
constexpr qint64 kStart = 1'780'000'200'000 - 1'780'000'200'000 % kSlotMs; // a slot boundary in 2026

// A day of 96 slots whose carbon intensity follows gs[i % gs.size()].
QList<SignalSlot> forecastOf(const std::vector<int> &gs, int count = 96)
{
    QList<SignalSlot> forecast;
    for (int i = 0; i < count; ++i) {
        SignalSlot slot;
        slot.startMs = kStart + i * kSlotMs;
        slot.signal.g = gs[std::size_t(i) % gs.size()];
        forecast.append(slot);
    }
    return forecast;
}

} // namespace

class TestTimeAdvice : public QObject
{
    Q_OBJECT
private slots:
    void ratesByThirdsOfTheRange()
    {
        // w = 0.25 + 0.75 * g / 400 at s = 0: g 100 -> 0.4375, 400 -> 1.0, 700 -> 1.5625.
        const CommunityConfig config = CommunityConfig::defaults(QStringLiteral("UTC"));
        const QList<SignalSlot> forecast = forecastOf({700, 400, 100, 250, 550});
        auto at = [&](int slot) { return adviseTime(config, forecast, kStart + slot * kSlotMs + 1000); };

        const auto poor = at(0);
        QVERIFY(poor);
        QCOMPARE(poor->rating, TimeRating::Poor);
        QCOMPARE(poor->weightNow, 1.5625);
        QCOMPARE(poor->lowest, 0.4375);
        QCOMPARE(poor->highest, 1.5625);
        // The next slot (g 400: w 1.0, position exactly 0.5) is fair, so it is the next better time.
        QCOMPARE(*poor->nextBetterMs, kStart + kSlotMs);

        const auto fair = at(1);
        QCOMPARE(fair->rating, TimeRating::Fair);
        QCOMPARE(*fair->nextBetterMs, kStart + 2 * kSlotMs); // g 100

        const auto good = at(2);
        QCOMPARE(good->rating, TimeRating::Good);
        QVERIFY(!good->nextBetterMs);
        // g 250: w 0.71875, position 0.25: good. g 550: w 1.28125, position 0.75: poor.
        QCOMPARE(at(3)->rating, TimeRating::Good);
        QCOMPARE(at(4)->rating, TimeRating::Poor);
    }

    void gridNeedAndEventsCount()
    {
        const CommunityConfig config = CommunityConfig::defaults(QStringLiteral("UTC"));
        QList<SignalSlot> forecast = forecastOf({400});
        // Same carbon everywhere; a stressed grid in slot 10 and an event (LEVEL 3, s >= 1) in slot 20.
        forecast[10].signal.s = 600;
        forecast[20].signal.eventLevel = 3;
        forecast[30].signal.s = -800;
        const auto stressed = adviseTime(config, forecast, kStart + 20 * kSlotMs);
        QCOMPARE(stressed->rating, TimeRating::Poor);
        QCOMPARE(stressed->weightNow, 1.5); // tau 1.5 * (0.25 + 0.75 * 1)
        QCOMPARE(*stressed->nextBetterMs, kStart + 21 * kSlotMs);
        const auto surplus = adviseTime(config, forecast, kStart + 30 * kSlotMs);
        QCOMPARE(surplus->rating, TimeRating::Good);
    }

    void aFlatDayHasNothingBetter()
    {
        const CommunityConfig config = CommunityConfig::defaults(QStringLiteral("UTC"));
        const auto advice = adviseTime(config, forecastOf({400, 401, 402}), kStart);
        QCOMPARE(advice->rating, TimeRating::Fair);
        QVERIFY(!advice->nextBetterMs);
    }

    void onlyTheComingDayCounts()
    {
        // A very clean slot 30 hours ahead does not make today's best slots look poor.
        const CommunityConfig config = CommunityConfig::defaults(QStringLiteral("UTC"));
        QList<SignalSlot> forecast = forecastOf({600, 300}, 96 + 48);
        forecast[120].signal.g = 0;
        const auto advice = adviseTime(config, forecast, kStart + kSlotMs);
        QCOMPARE(advice->rating, TimeRating::Good);
        QCOMPARE(advice->lowest, 0.25 + 0.75 * 300 / 400.0);
    }

    void noAdviceWithoutTheCurrentSlot()
    {
        const CommunityConfig config = CommunityConfig::defaults(QStringLiteral("UTC"));
        QVERIFY(!adviseTime(config, {}, kStart));
        QVERIFY(!adviseTime(config, forecastOf({400}, 4), kStart + 4 * kSlotMs));
        QVERIFY(!adviseTime(config, forecastOf({400}, 4), kStart - 1));
    }
};

QTEST_APPLESS_MAIN(TestTimeAdvice)
#include "tst_timeadvice.moc"
