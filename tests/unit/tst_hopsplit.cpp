// The hop split of export without a trade (currency.md, section 4; docs/currency-rules.md R37-R38).
#ifndef Q_MOC_RUN
#include "currency/hopsplit.h"
#include "currency/slotsettlement.h"
#endif

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace commonwatt;
using namespace commonwatt::currency;

class TestHopSplit : public QObject
{
    Q_OBJECT
private slots:
    void workedExample()
    {
        // Feeder: 30 kWh exported, 12 kWh imported: 12/30 = 40 % of each exporter's kWh stays on the feeder.
        // Substation: its feeders pass up 40 kWh of surplus and draw 10 kWh: 25 % of the rest is used there.
        // Region: 100 kWh up, 150 kWh down: all of what is left is used in the region.
        // A household exporting 1000 Wh: h0 = 400; h1 = 25 % of 600 = 150; h2 = 450; h3 = 0.
        const auto parts = splitExportByHops(1000, {30'000, 12'000}, {40'000, 10'000}, {100'000, 150'000});
        QCOMPARE(parts, (std::array<std::int64_t, kHopCount>{400, 150, 450, 0, 0}));
    }

    void whatNoLevelUsesTravelsNationally()
    {
        // Feeder 50 %, substation 0 % (no deficit anywhere), region 20 %: 777 Wh -> 388.5 -> 388 (half to
        // even), cumulative 0.5 -> 388; 0.5 + 0.5 * 0.2 = 0.6 -> 466.2 -> 466; the rest, 311, is national.
        const auto parts = splitExportByHops(777, {1000, 500}, {800, 0}, {1000, 200});
        QCOMPARE(parts, (std::array<std::int64_t, kHopCount>{388, 0, 78, 311, 0}));
    }

    void crossingPassesUpSurplusAndDownDeficit()
    {
        const std::array<LevelFlows, 3> feeders{{{30'000, 12'000}, {5'000, 9'000}, {7'000, 7'000}}};
        const LevelFlows substation = crossing(feeders);
        QCOMPARE(substation.exportWh, 18'000); // only the first feeder has a surplus
        QCOMPARE(substation.importWh, 4'000);  // only the second has a deficit; the third balances itself
    }

    void partsAddUpAndMoreLocalDemandKeepsMoreLocal()
    {
        QRandomGenerator random(37);
        for (int i = 0; i < 5000; ++i) {
            const std::int64_t exported = random.bounded(0, 1'000'001);
            const LevelFlows feeder{random.bounded(0, 200'000), random.bounded(0, 200'000)};
            const LevelFlows substation{random.bounded(0, 2'000'000), random.bounded(0, 2'000'000)};
            const LevelFlows region{random.bounded(0, 20'000'000), random.bounded(0, 20'000'000)};
            const auto parts = splitExportByHops(exported, feeder, substation, region);
            QCOMPARE(std::accumulate(parts.begin(), parts.end(), std::int64_t{0}), exported);
            for (const std::int64_t part : parts)
                QVERIFY(part >= 0);
            QCOMPARE(parts[4], 0);
            // More import on the feeder never keeps less of the export there.
            const LevelFlows busier{feeder.exportWh, feeder.importWh + 1000};
            QVERIFY(splitExportByHops(exported, busier, substation, region)[0] >= parts[0]);
        }
    }

    void moreLocalExportEarnsMore()
    {
        // The split feeds settlement (R9): the same export earns more when more of it stays local.
        const CommunityConfig config = CommunityConfig::defaults(QStringLiteral("UTC"));
        SlotSignals signal;
        signal.g = 500;
        SlotMeterData meter;
        meter.exportWh = 2000;
        meter.pvWh = 3000;
        meter.exportByHops = splitExportByHops(2000, {10'000, 10'000}, {}, {});
        const auto local = settleSlot(config, signal, meter);
        meter.exportByHops = splitExportByHops(2000, {10'000, 0}, {5'000, 0}, {5'000, 0});
        const auto national = settleSlot(config, signal, meter);
        QVERIFY(local.breakdown && national.breakdown);
        QCOMPARE((*meter.exportByHops)[3], 2000);
        QVERIFY(local.breakdown->giving > national.breakdown->giving);
        QVERIFY(local.breakdown->fee < national.breakdown->fee);
    }

    void nothingToSplit()
    {
        QCOMPARE(splitExportByHops(0, {1, 1}, {1, 1}, {1, 1}), (std::array<std::int64_t, kHopCount>{}));
        // A level that receives no export at all consumes none of it.
        QCOMPARE(splitExportByHops(100, {0, 500}, {0, 0}, {0, 0}),
                 (std::array<std::int64_t, kHopCount>{0, 0, 0, 100, 0}));
    }
};

QTEST_APPLESS_MAIN(TestHopSplit)
#include "tst_hopsplit.moc"
