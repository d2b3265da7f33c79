// Clean-energy share and the energy passport (currency.md section 9; docs/currency-rules.md R14-R18).
#include <QRandomGenerator>
#include <QTest>

#ifndef Q_MOC_RUN
#include "currency/cleanshare.h"
#endif

using namespace commonwatt::currency;

class TestCurrencyCleanShare : public QObject
{
    Q_OBJECT
private slots:
    // Battery eta_c = eta_d = 0.9 holding 1000 Wh of first content (cleanliness 0).
    // Slot 1: PV 2000 Wh, import 1000 Wh at r = 0.4, load 1000 Wh, battery charges 2000 Wh.
    //   m = (2000 * 1 + 1000 * 0.4) / 3000 = 0.8. Content += 0.9 * 2000 = 1800 Wh at 0.8:
    //   passport = (1000 * 0 + 1800 * 0.8) / 2800 = 0.5142857... -> 514286.
    // Slot 2: battery discharges 900 Wh (content -= 900 / 0.9 = 1000 Wh), import 600 Wh at r = 0.2, load 1500
    // Wh.
    //   m = (900 * 0.514286 + 600 * 0.2) / 1500 = (462.8574 + 120) / 1500 = 0.3885716 -> 388572.
    // Clean share = (1000 * 0.8 + 1500 * 0.388572) / 2500 = 1382.858 / 2500 = 0.5531432 -> 553143.
    void workedExample()
    {
        CleanShareTracker tracker({EnergyPassport(900'000, 900'000, 1000)});
        PoolSlot first;
        first.pvWh = 2000;
        first.importWh = 1000;
        first.r = 400;
        first.loadWh = 1000;
        first.storage = {{2000, 0}};
        QCOMPARE(tracker.addSlot(first), 800'000);
        QCOMPARE(tracker.passports()[0].contentMicroWh(), 2'800'000'000);
        QCOMPARE(tracker.passports()[0].cleanliness(), 514'286);

        PoolSlot second;
        second.importWh = 600;
        second.r = 200;
        second.loadWh = 1500;
        second.storage = {{0, 900}};
        QCOMPARE(tracker.addSlot(second), 388'572);
        QCOMPARE(tracker.passports()[0].contentMicroWh(), 1'800'000'000);
        QCOMPARE(tracker.passports()[0].cleanliness(), 514'286); // losses change quantity only
        QCOMPARE(tracker.share().loadWh, 2500);
        QCOMPARE(tracker.share().millionths(), 553'143);
    }

    // Without first content the same slots give passport 0.8 and m2 = (720 + 120) / 1500 = 0.56;
    // share = (800 + 840) / 2500 = 0.656.
    void firstContentCountsZero()
    {
        CleanShareTracker tracker({EnergyPassport(900'000, 900'000, 0)});
        QCOMPARE(tracker.addSlot({1000, 400, 2000, 0, 1000, {{2000, 0}}}), 800'000);
        QCOMPARE(tracker.passports()[0].cleanliness(), 800'000);
        QCOMPARE(tracker.addSlot({600, 200, 0, 0, 1500, {{0, 900}}}), 560'000);
        QCOMPARE(tracker.share().millionths(), 656'000);
    }

    // R17: a net discharge beyond the tracked content is first content (0). 200 Wh at cleanliness 1 (from PV,
    // eta 1), then 400 Wh discharged to a 400 Wh load: 200 covered at 1, 200 at 0: m = 0.5.
    void dischargeBeyondContent()
    {
        CleanShareTracker tracker({EnergyPassport(kMillion, kMillion, 0)});
        QCOMPARE(tracker.addSlot({0, 0, 200, 0, 0, {{200, 0}}}), kMillion);
        QCOMPARE(tracker.passports()[0].cleanliness(), kMillion);
        QCOMPARE(tracker.addSlot({0, 0, 0, 0, 400, {{0, 400}}}), 500'000);
        QCOMPARE(tracker.passports()[0].contentMicroWh(), 0);
    }

    // R15: on-site fossil is a source at 0; charge and discharge net within the slot (R16): charging 1000 Wh
    // and discharging 500 Wh is a net AC charge of 500 Wh, a use at m, content += 0.9 * 1000 - 500 / 0.9 =
    // 900 - 555.555556 = 344.444444 Wh (micro-Wh rounded).
    void fossilAndNetting()
    {
        CleanShareTracker tracker({EnergyPassport(900'000, 900'000, 0)});
        // PV 1000, fossil 1000: m = 0.5.
        QCOMPARE(tracker.addSlot({0, 0, 1000, 1000, 1500, {{1000, 500}}}), 500'000);
        QCOMPARE(tracker.passports()[0].contentMicroWh(), 344'444'444);
        QCOMPARE(tracker.passports()[0].cleanliness(), 500'000);
    }

    void noLoadNoShare()
    {
        CleanShareTracker tracker;
        QCOMPARE(tracker.addSlot({0, 0, 0, 0, 0, {}}), 0);
        QCOMPARE(tracker.share().millionths(), 0);
    }

    // Properties: m, passport and share stay in [0, 1]; the share lies between the smallest and largest m of
    // slots with load; a battery charged only from PV carries cleanliness 1 and stays there through losses.
    void randomBounds()
    {
        QRandomGenerator random(23);
        for (int run = 0; run < 50; ++run) {
            CleanShareTracker tracker(
                {EnergyPassport(random.bounded(800'000, 1'000'001), random.bounded(800'000, 1'000'001),
                                random.bounded(0, 5000))});
            std::int64_t lowest = kMillion, highest = 0;
            for (int t = 0; t < 200; ++t) {
                PoolSlot slot;
                slot.importWh = random.bounded(0, 3000);
                slot.r = random.bounded(0, 1001);
                slot.pvWh = random.bounded(0, 3000);
                slot.fossilWh = random.bounded(0, 4) == 0 ? random.bounded(0, 1000) : 0;
                slot.loadWh = random.bounded(0, 3000);
                slot.storage = {{random.bounded(0, 2000), random.bounded(0, 2000)}};
                const std::int64_t m = tracker.addSlot(slot);
                QVERIFY(m >= 0 && m <= kMillion);
                QVERIFY(tracker.passports()[0].cleanliness() >= 0 &&
                        tracker.passports()[0].cleanliness() <= kMillion);
                QVERIFY(tracker.passports()[0].contentMicroWh() >= 0);
                if (slot.loadWh > 0) {
                    lowest = std::min(lowest, m);
                    highest = std::max(highest, m);
                }
            }
            QVERIFY(tracker.share().millionths() >= lowest);
            QVERIFY(tracker.share().millionths() <= highest);
        }
    }

    void solarBatteryStaysClean()
    {
        QRandomGenerator random(29);
        CleanShareTracker tracker({EnergyPassport(950'000, 950'000, 0)});
        for (int t = 0; t < 500; ++t) {
            const std::int64_t charge = random.bounded(0, 2000);
            const std::int64_t discharge = random.bounded(0, 2000);
            // Only PV feeds the home; the battery's discharge and the PV are all the sources there are.
            const std::int64_t pv = charge + random.bounded(0, 1000);
            const std::int64_t load = pv - charge + discharge;
            const std::int64_t before = tracker.passports()[0].contentMicroWh();
            const std::int64_t m = tracker.addSlot({0, 0, pv, 0, load, {{charge, discharge}}});
            // Clean except for what was discharged beyond the tracked content (first content counts 0).
            if (tracker.passports()[0].contentMicroWh() > 0 && before > 0)
                QCOMPARE(tracker.passports()[0].cleanliness(), kMillion);
            QVERIFY(m <= kMillion);
        }
        QVERIFY(tracker.share().millionths() > 900'000);
    }
};

QTEST_GUILESS_MAIN(TestCurrencyCleanShare)
#include "tst_currencycleanshare.moc"
