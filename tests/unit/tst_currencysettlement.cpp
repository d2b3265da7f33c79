// Slot settlement (currency.md sections 1-4, 11; docs/currency-rules.md R1-R12): worked examples with their
// numbers written out, then properties over seeded random data.
#include <QRandomGenerator>
#include <QTest>

#ifndef Q_MOC_RUN
#include "currency/slotsettlement.h"
#endif

using namespace commonwatt;
using namespace commonwatt::currency;
using namespace Qt::StringLiterals;

namespace {

const CommunityConfig kConfig = CommunityConfig::defaults(u"Europe/Berlin"_s);

SlotBreakdown settle(const SlotSignals &signal, const SlotMeterData &meter,
                     const CommunityConfig &config = kConfig)
{
    const SlotSettlement result = settleSlot(config, signal, meter);
    if (!result.breakdown)
        qFatal("refused: %s", qPrintable(result.error));
    return *result.breakdown;
}

SlotMeterData importing(std::int64_t wh)
{
    SlotMeterData m;
    m.importWh = wh;
    return m;
}

SlotMeterData exporting(std::int64_t exportWh, std::int64_t pvWh)
{
    SlotMeterData m;
    m.exportWh = exportWh;
    m.pvWh = pvWh;
    return m;
}

qint64 mcr(MilliCredits value)
{
    return value.value();
}

// An independent form of the default-config taking, written the other way round from R4:
// w = (2000 + s) / 2000 * (400 + 3 min(g, 800)) / 1600, so Wh * w = Wh (2000 + s)(400 + 3 min(g, 800)) / 3
// 200 000.
qint64 defaultTaking(qint64 wh, int g, int s)
{
    return roundHalfEven(Int128(wh) * (2000 + s) * (400 + 3 * std::min(g, 800)), 3'200'000);
}

SlotSignals randomSignals(QRandomGenerator &random)
{
    SlotSignals sig;
    sig.g = random.bounded(0, 1200);
    sig.s = random.bounded(-1000, 1001);
    sig.r = random.bounded(0, 1001);
    return sig;
}

} // namespace

class TestCurrencySettlement : public QObject
{
    Q_OBJECT
private slots:
    void measuredSignalsSettleToIntegers()
    {
        // Section 6: g in whole g/kWh, s and r in thousandths; out-of-range values clamp, missing ones
        // default.
        const CommunityConfig config = CommunityConfig::defaults(QStringLiteral("UTC"));
        const SlotSignals settled = settledSignals(config, {412.5, 0.3335, 1.2, 2.4});
        QCOMPARE(settled.g, 413);  // 412.5 rounds away from zero
        QCOMPARE(settled.s, 334);  // 333.5 thousandths
        QCOMPARE(settled.r, 1000); // clamped to 1
        QCOMPARE(settled.eventLevel, 2);
        const SlotSignals negative = settledSignals(config, {-5.0, -3.0, -0.1, -1.0});
        QCOMPARE(negative.g, 0);
        QCOMPARE(negative.s, -1000);
        QCOMPARE(negative.r, 0);
        QCOMPARE(negative.eventLevel, 0);
        // Nothing known: g = 400, s = 0, r = 1 - 400 / 800 = 500 thousandths, no event.
        const SlotSignals defaults =
            settledSignals(config, {std::nullopt, std::numeric_limits<double>::quiet_NaN(), std::nullopt,
                                    std::numeric_limits<double>::infinity()});
        QCOMPARE(defaults.g, 400);
        QCOMPARE(defaults.s, 0);
        QCOMPARE(defaults.r, 500);
        QCOMPARE(defaults.eventLevel, 0);
    }

    // R4. g = 600, s = 250: d = 600/400 = 1.5, tau = 1 + 0.5 * 0.25 = 1.125,
    // w = 1.125 * (0.25 + 0.75 * 1.5) = 1.125 * 1.375 = 1.546875 (= 99/64).
    void weightWorkedExample()
    {
        const Weight w = gridWeight(kConfig, 600, 250);
        QCOMPARE(w.millionthsRounded(), 1'546'875);
        QVERIFY(w.num * 64 == w.den * 99);
        // d is capped at 2: g = 1000 gives d = 2, s = 0: w = 0.25 + 0.75 * 2 = 1.75, the same as g = 800.
        QCOMPARE(gridWeight(kConfig, 1000, 0).millionthsRounded(), 1'750'000);
        QVERIFY(gridWeight(kConfig, 1000, 0).num == gridWeight(kConfig, 800, 0).num);
        // A clean grid still values timing (kappa): g = 0, s = 1000: tau = 1.5, w = 1.5 * 0.25 = 0.375.
        QCOMPARE(gridWeight(kConfig, 0, 1000).millionthsRounded(), 375'000);
        // Fossil generation at d = 2 with s = 250: 1.125 * (0.25 + 0.75 * 2) = 1.125 * 1.75 = 1.96875.
        QCOMPARE(fossilWeight(kConfig, 250).millionthsRounded(), 1'968'750);
    }

    // R5. Taking = Wh * w milli-credits, rounded half to even once.
    void takingWorkedExample()
    {
        const SlotSignals sig{600, 250, 0, 0};
        // 2 kWh: 2000 * 1.546875 = 3093.75 -> 3094.
        QCOMPARE(mcr(settle(sig, importing(2000)).taking), 3094);
        // Ties: 32 Wh * 99/64 = 49.5 -> 50 (even); 96 Wh * 99/64 = 148.5 -> 148 (even).
        QCOMPARE(mcr(settle(sig, importing(32)).taking), 50);
        QCOMPARE(mcr(settle(sig, importing(96)).taking), 148);
        // A surplus grid: g = 200, s = -1000: tau = 0.5, d = 0.5, w = 0.5 * (0.25 + 0.375) = 0.3125;
        // 1 kWh = 312.5 -> 312 (even).
        QCOMPARE(mcr(settle({200, -1000, 0, 0}, importing(1000)).taking), 312);
    }

    // R4: w is never rounded before the credit. referenceIntensity 700, g = 100, s = 0:
    // d = 1/7, w = 0.25 + 0.75/7 = 5/14 = 0.357142857...; 7 Wh = 2.5 -> 2 (even), 21 Wh = 7.5 -> 8.
    // Rounding w first to 0.357143 would give 7 * 0.357143 = 2.500001 -> 3.
    void weightIsNotRoundedFirst()
    {
        CommunityConfig config = kConfig;
        config.referenceIntensity = 700;
        QCOMPARE(gridWeight(config, 100, 0).millionthsRounded(), 357'143);
        QCOMPARE(mcr(settle({100, 0, 0, 0}, importing(7), config).taking), 2);
        QCOMPARE(mcr(settle({100, 0, 0, 0}, importing(21), config).taking), 8);
    }

    // R7, R9, R10. 1 kWh exported with 3 kWh of PV, hops pending (h = 0, fee 0.01), w = 1.546875:
    // giving = 1000 * 1.546875 * 0.99 = 1531.40625 -> 1531; fee = 1000 * 1.546875 * 0.01 = 15.46875 -> 15.
    void givingWorkedExample()
    {
        const SlotBreakdown b = settle({600, 250, 0, 0}, exporting(1000, 3000));
        QCOMPARE(mcr(b.giving), 1531);
        QCOMPARE(mcr(b.fee), 15);
        QCOMPARE(mcr(b.taking), 0);
        QCOMPARE(b.givingEligibleWh, 1000);
        QVERIFY(b.hopsPending);
        QCOMPARE(mcr(b.net()), 1531);
    }

    // R9. Validated split [400, 300, 200, 100, 0] Wh: kept = 400*0.99 + 300*0.97 + 200*0.94 + 100*0.90 = 965
    // Wh, fee = 4 + 9 + 12 + 10 = 35 Wh; giving = 965 * 1.546875 = 1492.734375 -> 1493, fee = 35 * 1.546875
    // = 54.140625 -> 54.
    void givingByHops()
    {
        SlotMeterData m = exporting(1000, 3000);
        m.exportByHops = std::array<std::int64_t, 5>{400, 300, 200, 100, 0};
        const SlotBreakdown b = settle({600, 250, 0, 0}, m);
        QCOMPARE(mcr(b.giving), 1493);
        QCOMPARE(mcr(b.fee), 54);
        QVERIFY(!b.hopsPending);
        // Capped to half the export by PV, each hop's share is halved: 482.5 * 1.546875 = 746.3671875 -> 746,
        // 17.5 * 1.546875 = 27.0703125 -> 27.
        m.pvWh = 500;
        const SlotBreakdown capped = settle({600, 250, 0, 0}, m);
        QCOMPARE(capped.givingEligibleWh, 500);
        QCOMPARE(mcr(capped.giving), 746);
        QCOMPARE(mcr(capped.fee), 27);
    }

    // R7, R8. Export beyond the slot's PV earns nothing; PV beyond the registered peak does not count.
    void givingCaps()
    {
        // 2 kWh exported, 0.5 kWh PV: eligible 500 Wh; 500 * 1.546875 * 0.99 = 765.703125 -> 766.
        QCOMPARE(mcr(settle({600, 250, 0, 0}, exporting(2000, 500)).giving), 766);
        // Peak 1234 W over 15 minutes = 308.5 Wh, floored to 308; w = 1 (g = 400, s = 0):
        // 308 * 0.99 = 304.92 -> 305.
        SlotMeterData m = exporting(400, 400);
        m.pvPeakW = 1234;
        const SlotBreakdown b = settle({400, 0, 0, 0}, m);
        QCOMPARE(b.givingEligibleWh, 308);
        QCOMPARE(mcr(b.giving), 305);
        // Without a registered peak only the meter caps: 400 * 0.99 = 396.
        m.pvPeakW.reset();
        QCOMPARE(mcr(settle({400, 0, 0, 0}, m).giving), 396);
    }

    // R5. Fossil 1 kWh at s = 250: 1000 * 1.96875 = 1968.75 -> 1969, whatever the grid's g.
    void fossilWorkedExample()
    {
        SlotMeterData m;
        m.fossilWh = 1000;
        QCOMPARE(mcr(settle({0, 250, 0, 0}, m).fossil), 1969);
        QCOMPARE(mcr(settle({600, 250, 0, 0}, m).fossil), 1969);
        QCOMPARE(mcr(settle({600, 250, 0, 0}, m).taking), 0);
    }

    // R6. LEVEL 2 raises s = 0 to 0.75: tau = 1.375, d = 1, w = 1.375; 1 kWh costs 1375 instead of 1000, and
    // the event part says so. LEVEL 1 (0.5) does not lower s = 0.8.
    void eventLevelRaisesStress()
    {
        const SlotBreakdown b = settle({400, 0, 0, 2}, importing(1000));
        QCOMPARE(b.effectiveS, 750);
        QCOMPARE(mcr(b.taking), 1375);
        QCOMPARE(mcr(b.eventPart), 375);
        const SlotBreakdown high = settle({400, 800, 0, 1}, importing(1000));
        QCOMPARE(high.effectiveS, 800);
        QCOMPARE(mcr(high.eventPart), 0);
        // LEVEL 3, s = -200 -> 1.0: tau = 1.5, w = 1.5; 1 kWh imported + 1 kWh fossil:
        // taking 1500 (was 0.9 * 1000 = 900), fossil 1.5 * 1.75 * 1000 = 2625 (was 0.9 * 1750 = 1575).
        SlotMeterData m = importing(1000);
        m.fossilWh = 1000;
        const SlotBreakdown both = settle({400, -200, 0, 3}, m);
        QCOMPARE(mcr(both.taking), 1500);
        QCOMPARE(mcr(both.fossil), 2625);
        QCOMPARE(mcr(both.eventPart), (1500 - 900) + (2625 - 1575));
    }

    // R2. Inputs that cannot be valid are refused with the reason, not settled.
    void refusesImpossibleInputs()
    {
        SlotMeterData m = exporting(100, 100);
        m.exportByHops = std::array<std::int64_t, 5>{50, 0, 0, 0, 0};
        SlotSettlement r = settleSlot(kConfig, {}, m);
        QVERIFY(!r.breakdown);
        QCOMPARE(r.error, u"exportByHops adds up to 50 Wh, not the export of 100 Wh"_s);
        r = settleSlot(kConfig, {400, 1001, 0, 0}, importing(1));
        QCOMPARE(r.error, u"s must be -1000 to 1000 thousandths, not 1001"_s);
        r = settleSlot(kConfig, {}, importing(-1));
        QCOMPARE(r.error, u"importWh must be 0 to 1000000 Wh, not -1"_s);
        r = settleSlot(kConfig, {}, importing(kMaxSlotWh + 1));
        QVERIFY(!r.breakdown);
        QVERIFY(settleSlot(kConfig, {}, importing(kMaxSlotWh)).breakdown);
    }

    // R12, worked: import 2 Wh and export 1 Wh (PV >= 1 Wh) at w = 99/64: taking 3.09375 -> 3, giving
    // 1.53140625 -> 2, net -1. Importing the net 1 Wh instead: 1.546875 -> 2, net -2. Exactly, the gross slot
    // loses 1.5623 vs 1.5469, but the two roundings give it 1 mcr more: the bound R12 allows.
    void roundingArtefactIsAtMostOneMilliCredit()
    {
        SlotMeterData gross = importing(2);
        gross.exportWh = 1;
        gross.pvWh = 1;
        const SlotSignals sig{600, 250, 0, 0};
        QCOMPARE(mcr(settle(sig, gross).net()), -1);
        QCOMPARE(mcr(settle(sig, importing(1)).net()), -2);
    }

    // R11. Three slots of 8 Wh at w = 0.3125: 2.5 -> 2 each, so the total is 6, not round(7.5) = 8.
    void totalsAreSumsOfRoundedSlots()
    {
        std::vector<SlotBreakdown> settled;
        for (int i = 0; i < 3; ++i)
            settled.push_back(settle({200, -1000, 0, 0}, importing(8)));
        const PeriodTotals totals = sumSlots(settled);
        QCOMPARE(mcr(totals.taking), 6);
        QCOMPARE(totals.slotCount, 3);
        QCOMPARE(totals.pendingSlots, 3);
    }

    // ---- Properties over random data ----

    // R11 and R4 cross-checked: every slot's taking equals an independently written formula, and the period's
    // totals equal the sums of the slots exactly.
    void randomTotalsEqualSumOfSlots()
    {
        QRandomGenerator random(20261125);
        std::vector<SlotBreakdown> settled;
        qint64 taking = 0, giving = 0, fee = 0, fossil = 0;
        for (int i = 0; i < 5000; ++i) {
            const SlotSignals sig = randomSignals(random);
            SlotMeterData m;
            m.importWh = random.bounded(0, 5000);
            m.exportWh = random.bounded(0, 5000);
            m.pvWh = random.bounded(0, 5000);
            m.fossilWh = random.bounded(0, 3) == 0 ? random.bounded(0, 2000) : 0;
            const SlotBreakdown b = settle(sig, m);
            QCOMPARE(mcr(b.taking), defaultTaking(m.importWh, sig.g, sig.s));
            settled.push_back(b);
            taking += mcr(b.taking);
            giving += mcr(b.giving);
            fee += mcr(b.fee);
            fossil += mcr(b.fossil);
        }
        const PeriodTotals totals = sumSlots(settled);
        QCOMPARE(mcr(totals.taking), taking);
        QCOMPARE(mcr(totals.giving), giving);
        QCOMPARE(mcr(totals.fee), fee);
        QCOMPARE(mcr(totals.fossil), fossil);
        QCOMPARE(mcr(totals.net()), giving - taking - fossil);
        QCOMPARE(totals.slotCount, 5000);
        QVERIFY(taking > 0 && giving > 0 && fee > 0 && fossil > 0);
    }

    // R12: importing and exporting in one slot never gains over importing or exporting only the net; the only
    // exception is the 1 mcr of two independent roundings, and only while the fee on the overlap is <= 0.5
    // mcr.
    void importAndExportNeverGainOverNet()
    {
        QRandomGenerator random(7);
        int strictCases = 0;
        for (int i = 0; i < 20000; ++i) {
            const SlotSignals sig = randomSignals(random);
            SlotMeterData gross;
            gross.importWh = random.bounded(0, i % 2 ? 50 : 4000); // small overlaps too, where rounding shows
            gross.exportWh = random.bounded(0, i % 2 ? 50 : 4000);
            gross.pvWh = random.bounded(0, 4000);
            SlotMeterData net = gross;
            const std::int64_t overlap = std::min(gross.importWh, gross.exportWh);
            net.importWh -= overlap;
            net.exportWh -= overlap;
            const qint64 gain = mcr(settle(sig, gross).net()) - mcr(settle(sig, net).net());
            const Weight w = gridWeight(kConfig, sig.g, effectiveStress(sig));
            // Exact loss on the overlap >= fee0 * w * overlap; strict when that exceeds half a milli-credit.
            const bool strict = 2 * Int128(kConfig.feeByHops[0]) * w.num * overlap > Int128(kMillion) * w.den;
            if (strict) {
                ++strictCases;
                QVERIFY2(gain <= 0, qPrintable(u"gain %1 at i=%2"_s.arg(gain).arg(i)));
            } else {
                QVERIFY2(gain <= 1, qPrintable(u"gain %1 at i=%2"_s.arg(gain).arg(i)));
            }
        }
        QVERIFY(strictCases > 5000);
    }

    // A battery that charges from the grid and discharges to export within the slot (efficiency 80-95 %)
    // loses.
    void batteryCyclingWithinSlotLoses()
    {
        QRandomGenerator random(11);
        for (int i = 0; i < 5000; ++i) {
            const SlotSignals sig = randomSignals(random);
            SlotMeterData base;
            base.importWh = random.bounded(0, 3000);
            base.exportWh = random.bounded(0, 3000);
            base.pvWh = random.bounded(0, 6000);
            const std::int64_t cycled = random.bounded(500, 4000);
            const std::int64_t efficiencyPercent = random.bounded(80, 96);
            SlotMeterData cycling = base;
            cycling.importWh += cycled;
            cycling.storageChargeWh = cycled;
            cycling.storageDischargeWh = cycled * efficiencyPercent / 100;
            cycling.exportWh += cycling.storageDischargeWh;
            const qint64 withCycle = mcr(settle(sig, cycling).net());
            const qint64 without = mcr(settle(sig, base).net());
            QVERIFY2(withCycle < without, qPrintable(u"i=%1: %2 >= %3"_s.arg(i).arg(withCycle).arg(without)));
        }
    }

    // R7: grid-charged (or generator, or EV) energy exported earns no giving credit: with no PV nothing, and
    // once export exceeds PV, more export changes nothing.
    void exportedGridEnergyEarnsNothing()
    {
        QRandomGenerator random(13);
        for (int i = 0; i < 5000; ++i) {
            const SlotSignals sig = randomSignals(random);
            const SlotBreakdown noPv = settle(sig, exporting(random.bounded(1, 5000), 0));
            QCOMPARE(mcr(noPv.giving), 0);
            QCOMPARE(mcr(noPv.fee), 0);
            const std::int64_t pv = random.bounded(0, 3000);
            const std::int64_t beyond = pv + random.bounded(0, 2000);
            const SlotBreakdown atPv = settle(sig, exporting(beyond, pv));
            const SlotBreakdown more = settle(sig, exporting(beyond + random.bounded(1, 3000), pv));
            QCOMPARE(more.giving, atPv.giving);
            QCOMPARE(more.fee, atPv.fee);
        }
    }

    // Lower g earns more for the same export (while g is below the cap 2 * referenceIntensity).
    void cleanerExportEarnsMore()
    {
        QRandomGenerator random(17);
        for (int i = 0; i < 5000; ++i) {
            SlotSignals clean = randomSignals(random);
            clean.g = random.bounded(0, 790);
            SlotSignals dirty = clean;
            dirty.g = random.bounded(clean.g + 10, 801);
            const SlotMeterData m = exporting(random.bounded(1000, 5000), 5000);
            QVERIFY(settle(clean, m).giving < settle(dirty, m).giving);
        }
    }

    // Fewer hops, lower fee: the same export earns more giving and pays less fee.
    void localExportEarnsMore()
    {
        QRandomGenerator random(19);
        for (int i = 0; i < 5000; ++i) {
            const SlotSignals sig = randomSignals(random);
            const std::int64_t wh = random.bounded(1000, 5000);
            const int hop = random.bounded(0, 4);
            SlotMeterData near = exporting(wh, 5000);
            SlotMeterData far = near;
            near.exportByHops = std::array<std::int64_t, 5>{};
            far.exportByHops = std::array<std::int64_t, 5>{};
            (*near.exportByHops)[std::size_t(hop)] = wh;
            (*far.exportByHops)[std::size_t(hop + 1)] = wh;
            const SlotBreakdown a = settle(sig, near);
            const SlotBreakdown b = settle(sig, far);
            QVERIFY(a.giving > b.giving);
            QVERIFY(a.fee < b.fee);
        }
    }
};

QTEST_GUILESS_MAIN(TestCurrencySettlement)
#include "tst_currencysettlement.moc"
