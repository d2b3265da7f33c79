#include "domain/powerflow.h"

#include <QTest>

using namespace commonwatt;

namespace {
Device makeDevice(const QString &id, DeviceKind kind)
{
    return Device(id, id, kind,
                  {{QStringLiteral("power"), Quantity::Power, QStringLiteral("kW")},
                   {QStringLiteral("soc"), Quantity::StateOfCharge, QStringLiteral("%")},
                   {QStringLiteral("plugged"), Quantity::Flag, QString()}});
}
} // namespace

class TestPowerFlow : public QObject
{
    Q_OBJECT
private slots:
    void emptyBeforeReadings()
    {
        const PowerFlow flow = PowerFlowTracker().current();
        QCOMPARE(flow.timestampMs, -1);
        QVERIFY(!flow.batterySocPercent);
        QVERIFY(!flow.evSocPercent);
        QCOMPARE(flow.house.value(), 0.0);
    }

    void houseIsTheBalance()
    {
        Device grid = makeDevice(QStringLiteral("grid"), DeviceKind::Meter);
        Device pv = makeDevice(QStringLiteral("pv"), DeviceKind::PvInverter);
        Device battery = makeDevice(QStringLiteral("battery"), DeviceKind::Battery);
        Device ev = makeDevice(QStringLiteral("ev"), DeviceKind::EvCharger);
        PowerFlowTracker tracker;
        tracker.observe(pv, {0, 1000, 5.0});
        tracker.observe(grid, {0, 1000, -1.0});   // exporting 1 kW
        tracker.observe(battery, {0, 1000, 1.5}); // charging
        tracker.observe(battery, {1, 1000, 55.0});
        tracker.observe(ev, {0, 1000, 2.0});
        tracker.observe(ev, {2, 1000, 1.0});
        const PowerFlow flow = tracker.current();
        QCOMPARE(flow.house.value(), 5.0 - 1.0 - 1.5 - 2.0);
        // Everything that goes in comes out.
        QCOMPARE(flow.pv + flow.grid, flow.battery + flow.ev + flow.house);
        QCOMPARE(*flow.batterySocPercent, 55.0);
        QVERIFY(flow.evPlugged);
        QCOMPARE(flow.timestampMs, 1000);
    }

    void lateReadingsDoNotOverwriteNewerOnes()
    {
        Device pv = makeDevice(QStringLiteral("pv"), DeviceKind::PvInverter);
        PowerFlowTracker tracker;
        tracker.observe(pv, {0, 2000, 3.0});
        tracker.observe(pv, {0, 1000, 9.0});
        QCOMPARE(tracker.current().pv.value(), 3.0);
    }

    void devicesOfAKindAreSummed()
    {
        Device east = makeDevice(QStringLiteral("pv-east"), DeviceKind::PvInverter);
        Device west = makeDevice(QStringLiteral("pv-west"), DeviceKind::PvInverter);
        PowerFlowTracker tracker;
        tracker.observe(east, {0, 1000, 1.25});
        tracker.observe(west, {0, 1000, 2.0});
        tracker.observe(east, {0, 2000, 1.0});
        QCOMPARE(tracker.current().pv.value(), 3.0);
    }

    void unknownChannelsAreIgnored()
    {
        Device pv = makeDevice(QStringLiteral("pv"), DeviceKind::PvInverter);
        PowerFlowTracker tracker;
        tracker.observe(pv, {7, 1000, 100.0});
        tracker.observe(pv, {-1, 1000, 100.0});
        QCOMPARE(tracker.current().pv.value(), 0.0);
        QCOMPARE(tracker.current().timestampMs, -1);
    }
};

QTEST_GUILESS_MAIN(TestPowerFlow)
#include "tst_powerflow.moc"
