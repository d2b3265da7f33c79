// Event baseline and reward (currency.md section 5; docs/currency-rules.md R19-R24).
#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#ifndef Q_MOC_RUN
#include "currency/eventreward.h"
#endif

using namespace commonwatt::currency;
using namespace Qt::StringLiterals;

namespace {

const CommunityConfig kConfig = CommunityConfig::defaults(u"Europe/Berlin"_s);

std::int64_t slotAt(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone("Europe/Berlin")).toSecsSinceEpoch() / 900;
}

// Same-type days before `day`, most recent first, within the 90-day search.
std::vector<QDate> sameTypeDays(const QDate &day)
{
    std::vector<QDate> days;
    for (int back = 1; back <= kBaselineSearchDays; ++back) {
        const QDate d = day.addDays(-back);
        if (isWeekendDay(kConfig, d) == isWeekendDay(kConfig, day))
            days.push_back(d);
    }
    return days;
}

} // namespace

class TestCurrencyEvents : public QObject
{
    Q_OBJECT
private slots:
    // Event: Wednesday 2026-07-15, 18:00-18:15 local. The 10 most recent weekdays had 2000 Wh net import at
    // 18:00, the older ones 1000 Wh. Short mean 2000; long mean (10 * 2000 + 50 * 1000) / 60 = 3500/3 =
    // 1166.67 Wh; baseline = the lower = 3500/3. Net during the event 200 Wh:
    // reward = 3 cr/kWh * (3500/3 - 200) Wh = 3 * 2900/3 = 2900 mcr.
    void workedExample()
    {
        const QDate day(2026, 7, 15);
        BaselineHistory history;
        const std::vector<QDate> days = sameTypeDays(day);
        QVERIFY(days.size() >= 60);
        for (std::size_t i = 0; i < days.size(); ++i)
            history.netWhBySlot[slotAt(days[i], QTime(18, 0))] = i < 10 ? 2000 : 1000;
        const std::int64_t slot = slotAt(day, QTime(18, 0));
        history.netWhBySlot[slot] = 200;

        const Baseline b = computeBaseline(kConfig, history, slot);
        QVERIFY2(b.value, qPrintable(b.reason));
        QVERIFY(!b.weekend);
        QCOMPARE(b.shortValues, 10);
        QCOMPARE(b.longValues, 60);
        QCOMPARE(b.shortMean.roundedWh(), 2000);
        QVERIFY(b.value->num * 3 == b.value->den * 3500);
        QCOMPARE(b.longWindow.back(), days[59]);

        const EventReward reward =
            computeEventReward(kConfig, history, {{slot, 900}}, kConfig.eventRateDefault);
        QVERIFY2(reward.refusal.isEmpty(), qPrintable(reward.refusal));
        QCOMPARE(reward.reward.value(), 2900);

        // Half the slot covered: 1450. A second slot at 18:15 with no history: refused, nothing paid.
        QCOMPARE(computeEventReward(kConfig, history, {{slot, 450}}, kConfig.eventRateDefault).reward.value(),
                 1450);
        history.netWhBySlot[slot + 1] = 0;
        const EventReward refused =
            computeEventReward(kConfig, history, {{slot, 900}, {slot + 1, 900}}, kConfig.eventRateDefault);
        QCOMPARE(refused.reward.value(), 0);
        QVERIFY(refused.refusal.startsWith(u"no baseline for slot"_s));
    }

    // R24: the reward is max(0, sum of slot parts). Slot 1 saves 500 Wh against a 1000 Wh baseline (+1500
    // mcr), slot 2 takes 800 Wh more (-2400 mcr): sum -900 -> 0. With slot 2 at +100 Wh over: 1500 - 300 =
    // 1200.
    void rewardIsPerEventAndNeverNegative()
    {
        const QDate day(2026, 7, 15);
        BaselineHistory history;
        for (const QDate &d : sameTypeDays(day)) {
            history.netWhBySlot[slotAt(d, QTime(18, 0))] = 1000;
            history.netWhBySlot[slotAt(d, QTime(18, 15))] = 1000;
        }
        const std::int64_t slot = slotAt(day, QTime(18, 0));
        history.netWhBySlot[slot] = 500;
        history.netWhBySlot[slot + 1] = 1800;
        EventReward r = computeEventReward(kConfig, history, {{slot, 900}, {slot + 1, 900}}, 3'000'000);
        QCOMPARE(r.slotParts.size(), std::size_t(2));
        QCOMPARE(r.slotParts[0].value(), 1500);
        QCOMPARE(r.slotParts[1].value(), -2400);
        QCOMPARE(r.reward.value(), 0);
        history.netWhBySlot[slot + 1] = 1100;
        r = computeEventReward(kConfig, history, {{slot, 900}, {slot + 1, 900}}, 3'000'000);
        QCOMPARE(r.reward.value(), 1200);
    }

    // R20: event days are skipped and the window reaches further back. The three most recent weekdays were
    // event days with 9000 Wh; every other day 1000 Wh: the baseline stays 1000 and none of them is in it.
    void eventDaysAreExcluded()
    {
        const QDate day(2026, 7, 15);
        const std::vector<QDate> days = sameTypeDays(day);
        BaselineHistory history;
        for (std::size_t i = 0; i < days.size(); ++i)
            history.netWhBySlot[slotAt(days[i], QTime(18, 0))] = i < 3 ? 9000 : 1000;
        history.eventDays = {days[0], days[1], days[2]};
        const Baseline b = computeBaseline(kConfig, history, slotAt(day, QTime(18, 0)));
        QVERIFY(b.value);
        QCOMPARE(b.value->roundedWh(), 1000);
        QCOMPARE(b.longWindow.front(), days[3]);
        QCOMPARE(b.longWindow.size(), std::size_t(60));
    }

    // R22: clock changes. Weekend event Saturday 2026-10-31 02:30; Sunday 2026-10-25 repeats 02:30 (CEST and
    // CET), so it is skipped although it has data; Saturday 2026-04-04 02:30: Sunday 2026-03-29 has no 02:30.
    void repeatedAndMissingLocalTimesAreSkipped()
    {
        for (const auto &[eventDay, clockChange] : {std::pair{QDate(2026, 10, 31), QDate(2026, 10, 25)},
                                                    std::pair{QDate(2026, 4, 4), QDate(2026, 3, 29)}}) {
            BaselineHistory history;
            for (const QDate &d : sameTypeDays(eventDay))
                history.netWhBySlot[slotAt(d, QTime(2, 30))] = d == clockChange ? 50'000 : 800;
            // Both instants of the repeated 02:30 carry data too.
            const std::int64_t utc = QDateTime(clockChange, QTime(0, 30), Qt::UTC).toSecsSinceEpoch();
            history.netWhBySlot[utc / 900] = 50'000;
            history.netWhBySlot[utc / 900 + 4] = 50'000;
            const Baseline b = computeBaseline(kConfig, history, slotAt(eventDay, QTime(2, 30)));
            QVERIFY2(b.value, qPrintable(b.reason));
            QVERIFY(b.weekend);
            QCOMPARE(b.value->roundedWh(), 800);
            QVERIFY(std::find(b.longWindow.begin(), b.longWindow.end(), clockChange) == b.longWindow.end());
            QCOMPARE(b.longWindow.size(), std::size_t(24));
        }
    }

    // R19: holidays count as weekend days: a holiday Wednesday uses the weekend window (4, 24).
    void holidaysAreWeekendDays()
    {
        CommunityConfig config = kConfig;
        config.holidays = {QDate(2026, 7, 15)};
        QVERIFY(isWeekendDay(config, QDate(2026, 7, 15)));
        QVERIFY(!isWeekendDay(kConfig, QDate(2026, 7, 15)));
        QVERIFY(isWeekendDay(kConfig, QDate(2026, 7, 18)));
    }

    // R21, property: random gaps in the history. The baseline is refused exactly when fewer than 80% of the
    // configured window (8 of 10, 48 of 60) have values, and otherwise equals the min of the two means,
    // recomputed here from the days the test kept.
    void refusesUnderEightyPercent()
    {
        QRandomGenerator random(31);
        const QDate day(2026, 7, 15);
        const std::vector<QDate> days = sameTypeDays(day);
        int refusals = 0;
        for (int run = 0; run < 200; ++run) {
            BaselineHistory history;
            const int dropPercent = random.bounded(0, 40);
            std::int64_t shortSum = 0, longSum = 0;
            int shortCount = 0, longCount = 0;
            for (std::size_t i = 0; i < days.size(); ++i) {
                if (random.bounded(100) < dropPercent)
                    continue;
                const std::int64_t wh = random.bounded(0, 4000);
                history.netWhBySlot[slotAt(days[i], QTime(18, 0))] = wh;
                if (i < 60) {
                    longSum += wh;
                    ++longCount;
                }
                if (i < 10) {
                    shortSum += wh;
                    ++shortCount;
                }
            }
            const Baseline b = computeBaseline(kConfig, history, slotAt(day, QTime(18, 0)));
            const bool enough = shortCount >= 8 && longCount >= 48;
            QCOMPARE(b.value.has_value(), enough);
            QCOMPARE(b.shortValues, shortCount);
            QCOMPARE(b.longValues, longCount);
            if (!enough) {
                ++refusals;
                continue;
            }
            // min(shortSum / shortCount, longSum / longCount), compared by cross-multiplication.
            const bool shortLower = shortSum * longCount < longSum * shortCount;
            QVERIFY(b.value->num * (shortLower ? shortCount : longCount) ==
                    b.value->den * (shortLower ? shortSum : longSum));
        }
        QVERIFY(refusals > 20 && refusals < 180);
    }

    // Property: whatever the event days held, the baseline is the same as without them (they never count).
    void eventDayValuesNeverMatter()
    {
        QRandomGenerator random(37);
        const QDate day(2026, 7, 15);
        const std::vector<QDate> days = sameTypeDays(day);
        for (int run = 0; run < 100; ++run) {
            BaselineHistory history;
            for (const QDate &d : days)
                history.netWhBySlot[slotAt(d, QTime(18, 0))] = random.bounded(0, 4000);
            for (int k = 0; k < 3; ++k)
                history.eventDays.insert(days[std::size_t(random.bounded(0, int(days.size())))]);
            const Baseline before = computeBaseline(kConfig, history, slotAt(day, QTime(18, 0)));
            for (const QDate &d : history.eventDays)
                history.netWhBySlot[slotAt(d, QTime(18, 0))] = random.bounded(0, 1'000'000);
            const Baseline after = computeBaseline(kConfig, history, slotAt(day, QTime(18, 0)));
            QCOMPARE(before.value.has_value(), after.value.has_value());
            if (before.value)
                QVERIFY(before.value->num == after.value->num && before.value->den == after.value->den);
            for (const QDate &d : history.eventDays)
                QVERIFY(std::find(after.longWindow.begin(), after.longWindow.end(), d) ==
                        after.longWindow.end());
        }
    }
};

QTEST_GUILESS_MAIN(TestCurrencyEvents)
#include "tst_currencyevents.moc"
