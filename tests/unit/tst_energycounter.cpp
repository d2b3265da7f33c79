// The plugin API's energy counter rule (commonwatt::EnergyCounter; docs/plugins.md, "Energy counters"), which
// the Shelly, Tasmota and generic MQTT plugins share: the published register never steps backwards and never
// leaps further than the device could have used, whatever the device's own register does (reset to zero, a
// restored older total, a one-off garbage value, a total set by hand).
#include <commonwatt/energycounter.h>

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>
#include <optional>

using namespace commonwatt;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr double kMaxKw = 3.7;

// What the rule allows the published counter to rise by between two accepted values.
double allowedRise(qint64 elapsedMs)
{
    return kMaxKw * static_cast<double>(elapsedMs) / 3'600'000.0 * 1.5 + EnergyCounter::kMarginKwh;
}
} // namespace

class TestEnergyCounter : public QObject
{
    Q_OBJECT

private slots:
    void followsARisingRegister()
    {
        EnergyCounter counter(kMaxKw);
        QVERIFY(!counter.published());
        const EnergyCounter::Update first = counter.update(48.316, 0);
        QVERIFY(first.accepted);
        QCOMPARE(first.publishedKwh, 48.316);
        const EnergyCounter::Update next = counter.update(48.350, kMinute);
        QVERIFY(next.accepted);
        QVERIFY(!next.rebased);
        QCOMPARE(next.publishedKwh, 48.350);
        QCOMPARE(*counter.published(), 48.350);
    }

    void smallDropsRepeatTheLastValue()
    {
        EnergyCounter counter(kMaxKw);
        QVERIFY(counter.update(10.000, 0).accepted);
        const EnergyCounter::Update wobble = counter.update(9.995, kMinute);
        QVERIFY(wobble.accepted);
        QCOMPARE(wobble.publishedKwh, 10.000);
        // The high-water mark stays: coming back up to it adds nothing twice.
        QCOMPARE(counter.update(10.002, 2 * kMinute).publishedKwh, 10.002);
    }

    void aResetIsRefusedOnceThenStitched()
    {
        EnergyCounter counter(kMaxKw);
        QVERIFY(counter.update(1234.500, 0).accepted);
        const EnergyCounter::Update dropped = counter.update(0.002, kMinute);
        QVERIFY(!dropped.accepted);
        QCOMPARE(dropped.publishedKwh, 1234.500);
        QVERIFY2(dropped.problem.contains(u"went back from 1234.500 to 0.002"_s),
                 qPrintable(dropped.problem));

        const EnergyCounter::Update resumed = counter.update(0.052, 2 * kMinute);
        QVERIFY(resumed.accepted);
        QVERIFY(resumed.rebased);
        // Carries on from where it was, adding what the device counted since the first value after the reset.
        QCOMPARE(resumed.publishedKwh, 1234.500 + 0.050);
        QCOMPARE(counter.update(0.100, 3 * kMinute).publishedKwh, 1234.500 + 0.098);
    }

    void aRestoredOlderTotalNeverCountsTwice()
    {
        // Tasmota restarting after a power cut goes back to the total it last saved, an hour behind.
        EnergyCounter counter(kMaxKw);
        QVERIFY(counter.update(500.0, 0).accepted);
        QVERIFY(counter.update(501.2, 60 * kMinute).accepted);
        QVERIFY(!counter.update(500.0, 61 * kMinute).accepted);
        const EnergyCounter::Update resumed = counter.update(500.1, 70 * kMinute);
        QVERIFY(resumed.accepted);
        QCOMPARE(resumed.publishedKwh, 501.2 + 0.1);
    }

    void aOneOffGlitchIsForgotten()
    {
        EnergyCounter counter(kMaxKw);
        QVERIFY(counter.update(77.000, 0).accepted);
        QVERIFY(!counter.update(0.0, kMinute).accepted);
        const EnergyCounter::Update back = counter.update(77.010, 2 * kMinute);
        QVERIFY(back.accepted);
        QVERIFY(!back.rebased);
        QCOMPARE(back.publishedKwh, 77.010);
        // And a second glitch after recovering is a new candidate, not a confirmation of the first.
        QVERIFY(!counter.update(0.0, 3 * kMinute).accepted);
        QCOMPARE(counter.update(77.020, 4 * kMinute).publishedKwh, 77.020);
    }

    void anImplausibleLeapIsRefused()
    {
        EnergyCounter counter(kMaxKw);
        QVERIFY(counter.update(12.0, 0).accepted);
        // 3.7 kW for 10 minutes is 0.62 kWh; 50 kWh is a broken message.
        const EnergyCounter::Update leap = counter.update(62.0, 10 * kMinute);
        QVERIFY(!leap.accepted);
        QCOMPARE(leap.publishedKwh, 12.0);
        QVERIFY2(leap.problem.contains(u"3.7 kW"_s), qPrintable(leap.problem));
        // A long silence allows a long run: a week offline at full power is plausible.
        QVERIFY(counter.update(12.0 + 600.0, 7 * 24 * 60 * kMinute).accepted);
    }

    void theLimitFollowsMaxPower()
    {
        // 10 minutes allow 3.7 x 1/6 x 1.5 + 0.05 = 0.975 kWh at 3.7 kW, and 12.55 kWh at 50 kW.
        EnergyCounter plug(kMaxKw);
        EnergyCounter wallbox(50.0);
        QCOMPARE(wallbox.maxPowerKw(), 50.0);
        QVERIFY(plug.update(100.0, 0).accepted);
        QVERIFY(wallbox.update(100.0, 0).accepted);
        QVERIFY(plug.update(100.97, 10 * kMinute).accepted);
        QVERIFY(!plug.update(102.0, 20 * kMinute).accepted);
        QVERIFY(wallbox.update(112.5, 10 * kMinute).accepted);
        const EnergyCounter::Update leap = wallbox.update(125.1, 20 * kMinute);
        QVERIFY(!leap.accepted);
        QVERIFY2(leap.problem.contains(u"limit of 50 kW"_s), qPrintable(leap.problem));
    }

    void aTotalSetByHandIsAdoptedWithoutALeap()
    {
        EnergyCounter counter(kMaxKw);
        QVERIFY(counter.update(3.0, 0).accepted);
        QVERIFY(!counter.update(9000.0, kMinute).accepted); // EnergyTotal 9000 typed in the console
        const EnergyCounter::Update adopted = counter.update(9000.05, 2 * kMinute);
        QVERIFY(adopted.accepted);
        QVERIFY(adopted.rebased);
        QCOMPARE(adopted.publishedKwh, 3.05);
    }

    void refusesWhatIsNotACount()
    {
        EnergyCounter counter(kMaxKw);
        QVERIFY(!counter.update(-1.0, 0).accepted);
        QVERIFY(!counter.update(std::numeric_limits<double>::quiet_NaN(), 0).accepted);
        QVERIFY(!counter.update(std::numeric_limits<double>::infinity(), 0).accepted);
        QVERIFY(!counter.published());
        QVERIFY(counter.update(1.0, 0).accepted);
        QVERIFY(!counter.update(-1.0, kMinute).accepted);
        QCOMPARE(*counter.published(), 1.0);
    }

    // Whatever a device sends, the published counter is monotonic and rises no faster than the limit allows.
    void publishedCounterInvariants()
    {
        QRandomGenerator random(20240601);
        for (int run = 0; run < 200; ++run) {
            EnergyCounter counter(kMaxKw);
            double raw = random.bounded(10000.0);
            qint64 now = 0;
            std::optional<double> lastPublished;
            qint64 lastAcceptedMs = 0;
            for (int step = 0; step < 200; ++step) {
                now += 1 + random.bounded(5 * kMinute);
                switch (random.bounded(10)) {
                case 0:
                    raw = random.bounded(0.5); // reset
                    break;
                case 1:
                    raw = random.bounded(1.0e6); // garbage or a hand-set total
                    break;
                case 2:
                    raw -= random.bounded(0.02); // jitter
                    break;
                default:
                    raw += random.bounded(kMaxKw) * static_cast<double>(now - lastAcceptedMs) / 3'600'000.0;
                }
                raw = std::max(raw, 0.0);
                const EnergyCounter::Update update = counter.update(raw, now);
                if (!update.accepted) {
                    QVERIFY(!update.problem.isEmpty());
                    QCOMPARE(update.publishedKwh, lastPublished.value_or(0.0));
                    continue;
                }
                if (lastPublished) {
                    QVERIFY2(update.publishedKwh >= *lastPublished,
                             qPrintable(u"run %1 step %2: %3 after %4"_s.arg(run)
                                            .arg(step)
                                            .arg(update.publishedKwh)
                                            .arg(*lastPublished)));
                    // A rebase may span the time since the candidate, which is after the last accepted value.
                    QVERIFY(update.publishedKwh - *lastPublished <= allowedRise(now - lastAcceptedMs) + 1e-9);
                }
                lastPublished = update.publishedKwh;
                lastAcceptedMs = now;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEnergyCounter)
#include "tst_energycounter.moc"
