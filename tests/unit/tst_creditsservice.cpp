// The Dashboard's credits are the currency engine's settlement of the store's readings, slot by slot:
// checked against settleSlot() on the same energies and signals, across a local midnight.
#include "creditsservice.h"

#include "../support/manualplugin.h"

#include <QTemporaryDir>
#include <QTest>

using namespace commonwatt;
using commonwatt::testing::ManualPlugin;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kSlotMs = 15 * kMinuteMs;
} // namespace

class TestCreditsService : public QObject
{
    Q_OBJECT
private slots:
    void todayIsTheSumOfSettledSlots()
    {
        QTemporaryDir dir;
        storage::ReadingsStore store;
        QVERIFY(store.open(dir.filePath(u"test.db"_s)));
        const qint64 midnight = QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        SimulatedClock clock(midnight - 31 * kMinuteMs);
        app::Household household(clock, store, QTimeZone::utc());
        ManualPlugin plugin;
        QString error;
        QVERIFY(household.addDevices(plugin, {}, &error));
        app::CreditsService credits(household, store);

        // From 23:30 to 01:00, every 5 minutes: counters in kWh, and the grid signals at each slot start.
        // Slot k imports (40 + 10k) Wh and exports (k % 2) * 30 Wh while PV makes 50 Wh; g and s vary.
        double imported = 100.0;
        double exported = 20.0;
        double produced = 500.0;
        std::vector<currency::SlotSignals> signalsBySlot;
        std::vector<currency::SlotMeterData> metersBySlot;
        for (int slot = -2; slot < 4; ++slot) {
            const qint64 start = midnight + slot * kSlotMs;
            clock.advanceTo(start); // devices never report ahead of the household's clock
            currency::SlotSignals signal;
            signal.g = 300 + 50 * slot;
            signal.s = slot == 2 ? 400 : -100;
            signal.eventLevel = slot == 3 ? 1 : 0;
            emit plugin.gridSignals->readingsReady({{0, start, double(signal.g)},
                                                    {1, start, signal.s / 1000.0},
                                                    {2, start, double(signal.eventLevel)}});
            currency::SlotMeterData meter;
            meter.importWh = 40 + 10 * (slot + 2);
            meter.exportWh = (slot % 2 != 0) ? 30 : 0;
            meter.pvWh = 50;
            meter.loadWh = meter.importWh + meter.pvWh - meter.exportWh;
            for (int step = 0; step < 3; ++step) {
                const qint64 t = start + step * 5 * kMinuteMs;
                // A third of the slot's energy in each 5 minutes, with the counter read at the slot's end
                // too.
                clock.advanceTo(t + 5 * kMinuteMs - 1);
                imported += meter.importWh / 3000.0;
                exported += meter.exportWh / 3000.0;
                produced += meter.pvWh / 3000.0;
                emit plugin.meter->readingsReady(
                    {{1, t + 5 * kMinuteMs - 1, imported}, {2, t + 5 * kMinuteMs - 1, exported}});
                emit plugin.pv->readingsReady({{1, t + 5 * kMinuteMs - 1, produced}});
            }
            if (slot >= 0) {
                signalsBySlot.push_back(signal);
                metersBySlot.push_back(meter);
            }
        }
        QVERIFY(store.waitForFlushed());

        clock.advanceTo(midnight + 4 * kSlotMs);
        credits.refresh();

        // The same slots through the engine directly.
        const currency::CommunityConfig config = currency::CommunityConfig::defaults(u"UTC"_s);
        MilliCredits expected;
        for (std::size_t i = 0; i < metersBySlot.size(); ++i) {
            currency::SlotSignals signal = signalsBySlot[i];
            signal.r = 500; // no renewable-share channel: the community default, 1 - 400/800
            const auto settled = currency::settleSlot(config, signal, metersBySlot[i]);
            QVERIFY2(settled.breakdown, qPrintable(settled.error));
            expected += settled.breakdown->net();
        }
        // Refreshes may already be under way from the writes: wait for the one that sees the new time.
        QTRY_COMPARE_WITH_TIMEOUT(credits.summary().today.value(), expected.value(), 10'000);
        const app::CreditsSummary &summary = credits.summary();
        QVERIFY(summary.valid);
        QVERIFY(expected.value() < 0); // this household takes more than it gives
        // Yesterday's half hour counts in the total, not in today or (a new month? no: March) the month.
        QVERIFY(summary.total.value() < summary.today.value());
        QCOMPARE(summary.month.value(), summary.total.value());
        QVERIFY(summary.cleanShareToday.has_value());
        // The pool is PV at 1 and import at r = 0.5: the clean share lies strictly between.
        QVERIFY(*summary.cleanShareToday > 500'000 && *summary.cleanShareToday < 1'000'000);
        QVERIFY(summary.reputation.total >= 0 && summary.reputation.total <= 100'000);
    }

    void anEventPaysAgainstTheBaselineOfTheDaysBefore()
    {
        // 12 weeks of a steady 100 Wh per slot, then an event on a Wednesday 17:00-19:00 (LEVEL 2) during
        // which the household takes only 40 Wh per slot: 8 slots * 60 Wh below the baseline at the default
        // 3 cr/kWh is 0.48 kWh * 3 = 1.44 cr (currency.md, section 5; R19-R24).
        QTemporaryDir dir;
        storage::ReadingsStore store;
        QVERIFY(store.open(dir.filePath(u"test.db"_s)));
        const QDate eventDay(2026, 3, 18); // a Wednesday
        const qint64 first = QDateTime(eventDay.addDays(-84), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 eventStart = QDateTime(eventDay, QTime(17, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 eventEnd = eventStart + 8 * kSlotMs;
        const qint64 end = QDateTime(eventDay, QTime(20, 0), Qt::UTC).toMSecsSinceEpoch();
        SimulatedClock clock(first - kMinuteMs);
        app::Household household(clock, store, QTimeZone::utc());
        ManualPlugin plugin;
        QString error;
        QVERIFY(household.addDevices(plugin, {}, &error));
        app::CreditsService credits(household, store);

        double imported = 0.0;
        for (qint64 start = first; start < end; start += kSlotMs) {
            clock.advanceTo(start);
            const bool inEvent = start >= eventStart && start < eventEnd;
            emit plugin.gridSignals->readingsReady(
                {{0, start, 400.0}, {1, start, 0.0}, {2, start, inEvent ? 2.0 : 0.0}});
            const double slotWh = inEvent ? 40.0 : 100.0;
            for (int step = 1; step <= 3; ++step) {
                const qint64 t = start + step * 5 * kMinuteMs - 1;
                clock.advanceTo(t);
                imported += slotWh / 3000.0;
                emit plugin.meter->readingsReady({{1, t, imported}, {2, t, 0.0}});
            }
        }
        QVERIFY(store.waitForFlushed());
        clock.advanceTo(end);
        credits.refresh();

        // Taking at w = 1 (g 400, s 0, or s raised to 0.75 in the event: w = 1.375): 100 Wh = 100 mcr a slot.
        const std::int64_t takingToday = 68 * 100 + 8 * 55; // 17 h of 100 Wh, the event's 40 Wh at 1.375
        const std::int64_t afterEvent = 4 * 100;
        const std::int64_t reward = 1440;
        QTRY_COMPARE_WITH_TIMEOUT(credits.summary().today.value(), reward - (takingToday + afterEvent),
                                  30'000);
        QCOMPARE(credits.summary().eventRewardsMonth.value(), reward);
    }
};

QTEST_GUILESS_MAIN(TestCreditsService)
#include "tst_creditsservice.moc"
