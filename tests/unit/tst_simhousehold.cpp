// The simulated community's households (app/community/simhousehold.*): varied equipment, deterministic days,
// and slot figures whose energy balances as a meter would see it.
#include "simhousehold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commonwatt::community;

namespace {
// 2026-06-15 00:00 UTC, a Monday in summer.
constexpr qint64 kStartMs = 1'781'481'600'000;
} // namespace

class TstSimHousehold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profilesVaryAndSitInTheGrid()
    {
        int withPv = 0, withBattery = 0, withEv = 0;
        for (int i = 0; i < 50; ++i) {
            const HouseholdProfile p = householdProfile(i, 7);
            withPv += p.pvPeakW > 0 ? 1 : 0;
            withBattery += p.model.hasBattery() ? 1 : 0;
            withEv += p.model.hasEv() ? 1 : 0;
            QCOMPARE(p.feeder, u"feeder-%1"_s.arg(i / 10 + 1));
            QCOMPARE(p.substation, u"substation-%1"_s.arg(i / 20 + 1));
            const QJsonArray devices = QJsonDocument::fromJson(p.devicesJson.toUtf8()).array();
            QCOMPARE(devices.size(), 1 + (p.model.hasBattery() ? 1 : 0) + (p.model.hasEv() ? 1 : 0));
        }
        QVERIFY2(withPv > 30 && withPv < 50, qPrintable(QString::number(withPv)));
        QVERIFY2(withBattery > 10 && withBattery < 40, qPrintable(QString::number(withBattery)));
        QVERIFY2(withEv > 5 && withEv < 35, qPrintable(QString::number(withEv)));
        QCOMPARE(householdProfile(3, 7).model.seed, householdProfile(3, 7).model.seed);
        QVERIFY(householdProfile(3, 7).model.seed != householdProfile(3, 8).model.seed);
    }

    void aDayBalancesAndRepeats()
    {
        // A household with PV and a battery.
        int index = 0;
        while (!(householdProfile(index, 7).pvPeakW > 0 && householdProfile(index, 7).model.hasBattery()))
            ++index;
        SimulatedMeterHousehold a(householdProfile(index, 7), kStartMs, 15);
        SimulatedMeterHousehold b(householdProfile(index, 7), kStartMs, 15);
        std::int64_t pv = 0, exported = 0, imported = 0;
        for (int slot = 0; slot < 96; ++slot) {
            const SlotFigures f = a.nextSlot();
            const SlotFigures g = b.nextSlot();
            QCOMPARE(f.slotStartMs, kStartMs + slot * 900'000);
            QCOMPARE(f.importWh, g.importWh);
            QCOMPARE(f.exportWh, g.exportWh);
            std::int64_t charge = 0, discharge = 0;
            for (const DeviceSlot &d : f.devices) {
                charge += d.chargeWh;
                discharge += d.dischargeWh;
            }
            // Supply equals use, up to one Wh of rounding per term.
            const std::int64_t supply = f.importWh + f.pvWh + discharge;
            const std::int64_t use = f.exportWh + f.loadWh + charge;
            QVERIFY2(std::abs(supply - use) <= 4,
                     qPrintable(u"slot %1: supply %2 Wh, use %3 Wh"_s.arg(slot).arg(supply).arg(use)));
            pv += f.pvWh;
            exported += f.exportWh;
            imported += f.importWh;
        }
        QVERIFY2(pv > 5'000, qPrintable(QString::number(pv))); // a June day
        QVERIFY(exported > 0);
        QVERIFY(imported > 0);
    }
};

QTEST_GUILESS_MAIN(TstSimHousehold)
#include "tst_simhousehold.moc"
