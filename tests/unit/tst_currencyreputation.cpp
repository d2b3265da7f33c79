// Reputation (currency.md section 8; docs/currency-rules.md R25-R28). Points are in thousandths.
#include <QRandomGenerator>
#include <QTest>

#ifndef Q_MOC_RUN
#include "currency/exact.h"
#include "currency/reputation.h"
#endif

using namespace commonwatt;
using namespace commonwatt::currency;

class TestCurrencyReputation : public QObject
{
    Q_OBJECT
private slots:
    // T = 600 cr, giving 300 cr, events 50 cr, allowance 400 cr (U = 0): G = 350; 50 * 350/950 = 18.421052..
    // -> 18421. Committed 10 kWh, delivered 7.5: 30 * 0.75 = 22.5 -> 22500. CS = 0.6, R = 0.4:
    // 20 * (0.5 + 0.5 * 0.2/0.6) = 20 * 0.6666.. = 13.333.. -> 13333. Total 54254.
    void workedExample()
    {
        ReputationInputs in;
        in.taking = MilliCredits(600'000);
        in.giving = MilliCredits(300'000);
        in.eventRewards = MilliCredits(50'000);
        in.allowance = MilliCredits(400'000);
        in.committedWh = 10'000;
        in.deliveredCappedWh = 7'500;
        in.cleanShare = 600'000;
        in.regionRenewable = 400'000;
        const Reputation r = computeReputation(in);
        QCOMPARE(r.givingPart, 18'421);
        QCOMPARE(r.reliabilityPart, 22'500);
        QCOMPARE(r.cleanPart, 13'333);
        QCOMPARE(r.total, 54'254);
    }

    // R26: the fallbacks. Nothing taken or given: 25; no commitments: 15; a frugal flat without panels (T =
    // 100, allowance 300: U = 200, G = 200) scores 50 * 200/300 = 33.333 -> 33333.
    void fallbacksAndFrugality()
    {
        const Reputation empty = computeReputation({});
        QCOMPARE(empty.givingPart, 25'000);
        QCOMPARE(empty.reliabilityPart, 15'000);
        // CS = 0, R = 0: 20 * 0.5 = 10.
        QCOMPARE(empty.cleanPart, 10'000);
        QCOMPARE(empty.total, 50'000);
        ReputationInputs frugal;
        frugal.taking = MilliCredits(100'000);
        frugal.allowance = MilliCredits(300'000);
        QCOMPARE(computeReputation(frugal).givingPart, 33'333);
    }

    // R27: on a grid with R >= 0.99 the clean part is 20 * CS (CS = 0.5 -> 10); below, doing worse than the
    // grid clamps at 0 (CS = 0.1, R = 0.8: 0.5 + 0.5 * (-0.7/0.2) < 0) and better at 20.
    void cleanPartEdges()
    {
        ReputationInputs in;
        in.cleanShare = 500'000;
        in.regionRenewable = 995'000;
        QCOMPARE(computeReputation(in).cleanPart, 10'000);
        in.cleanShare = 100'000;
        in.regionRenewable = 800'000;
        QCOMPARE(computeReputation(in).cleanPart, 0);
        in.cleanShare = 1'000'000;
        in.regionRenewable = 0;
        QCOMPARE(computeReputation(in).cleanPart, 20'000);
    }

    // Properties: always within [0, 100] with parts in their ranges adding up to the total, and more giving
    // never lowers the score (strictly raises it when the exact rise is a thousandth of a point or more).
    void randomBoundsAndMonotoneInGiving()
    {
        QRandomGenerator random(41);
        int strict = 0;
        for (int i = 0; i < 20000; ++i) {
            ReputationInputs in;
            in.taking = MilliCredits(random.bounded(0, 2'000'000));
            in.giving = MilliCredits(random.bounded(0, 2'000'000));
            in.eventRewards = MilliCredits(random.bounded(0, 100'000));
            in.allowance = MilliCredits(random.bounded(0, 1'000'000));
            in.committedWh = random.bounded(0, 50'000);
            in.deliveredCappedWh = random.bounded(0, 60'000);
            in.cleanShare = random.bounded(0, 1'000'001);
            in.regionRenewable = random.bounded(0, 1'000'001);
            const Reputation r = computeReputation(in);
            QVERIFY(r.total >= 0 && r.total <= 100'000);
            QVERIFY(r.givingPart >= 0 && r.givingPart <= 50'000);
            QVERIFY(r.reliabilityPart >= 0 && r.reliabilityPart <= 30'000);
            QVERIFY(r.cleanPart >= 0 && r.cleanPart <= 20'000);
            QCOMPARE(r.total, r.givingPart + r.reliabilityPart + r.cleanPart);

            ReputationInputs more = in;
            const std::int64_t extra = random.bounded(1, 1'000'000);
            more.giving += MilliCredits(extra);
            const Reputation higher = computeReputation(more);
            QVERIFY(higher.total >= r.total);
            const std::int64_t before = in.giving.value() + in.eventRewards.value() +
                                        std::max<std::int64_t>(0, in.allowance.value() - in.taking.value());
            // The exact rise of the giving part is 50 T extra / ((G + T)(G + T + extra)) points; from one
            // thousandth up, the rounded score must rise too.
            const qint64 gt = before + in.taking.value();
            if (gt > 0 && Int128(50'000) * in.taking.value() * extra >= Int128(gt) * (gt + extra)) {
                ++strict;
                QVERIFY2(higher.total > r.total, qPrintable(QString::number(i)));
            }
        }
        QVERIFY(strict > 10'000);
    }
};

QTEST_GUILESS_MAIN(TestCurrencyReputation)
#include "tst_currencyreputation.moc"
