// Properties of the simulated household over weeks, months and seasons: energy balance, counters, seeded
// determinism, and plausible behaviour of every device. Expectations come from physics and from the
// documented behaviour, never from copied outputs.
// Qt 6.4's moc cannot parse <compare>, <concepts> or <numbers>, which the model pulls in; it needs none of
// them.
#ifndef Q_MOC_RUN
#include "householdsimulator.h"
#endif

#include <QDateTime>
#include <QHash>
#include <QTest>

#include "simulatortesthelpers.h"
#include <QTimeZone>

#include <cmath>

using namespace commonwatt;
using namespace commonwatt::simulator;
using namespace commonwatt::testing;
using std::chrono::seconds;

namespace {
[[nodiscard]] HouseholdConfig configWithSeed(std::uint64_t seed)
{
    HouseholdConfig config;
    config.seed = seed;
    return config;
}

// Steps the model over (from, to] and hands every snapshot to `visit`.
template<typename Visit>
void run(HouseholdSimulator &model, qint64 from, qint64 to, seconds dt, Visit &&visit)
{
    const qint64 stepMs = dt.count() * 1000;
    for (qint64 t = from + stepMs; t <= to && !QTest::currentTestFailed(); t += stepMs)
        visit(model.step(t, dt));
}

void addSeasons()
{
    QTest::addColumn<QDate>("start");
    QTest::newRow("winter") << QDate(2024, 1, 8);
    QTest::newRow("spring, across the DST change") << QDate(2024, 3, 27);
    QTest::newRow("summer") << QDate(2024, 7, 8);
    QTest::newRow("autumn") << QDate(2024, 10, 7);
}

[[nodiscard]] double hoursOf(seconds dt)
{
    return static_cast<double>(dt.count()) / 3600.0;
}
} // namespace

class TestHouseholdSimulator : public QObject
{
    Q_OBJECT

private slots:
    void energyBalanceHoldsEveryStep_data() { addSeasons(); }
    void energyBalanceHoldsEveryStep()
    {
        QFETCH(QDate, start);
        HouseholdSimulator model(configWithSeed(11));
        qint64 steps = 0;
        double worst = 0.0;
        run(model, localMs(start), localMs(start.addDays(7)), seconds(5), [&](const HouseholdSnapshot &s) {
            ++steps;
            for (Kilowatts p :
                 {s.pv, s.baseLoad, s.appliances[0], s.appliances[1], s.appliances[2], s.waterHeater,
                  s.evCharge, s.batteryCharge, s.batteryDischarge, s.gridImport, s.gridExport})
                QVERIFY(std::isfinite(p.value()) && p.value() >= 0.0);
            QVERIFY(s.gridImport.value() == 0.0 || s.gridExport.value() == 0.0);
            QVERIFY(s.batteryCharge.value() == 0.0 || s.batteryDischarge.value() == 0.0);
            // pv + import - export + discharge = base + appliances + water heater + EV + charge
            const double error = std::abs((s.supply() - s.consumption()).value());
            worst = std::max(worst, error);
            VERIFY_OR_SAY(
                error <= 1e-12 * std::max(1.0, s.consumption().value()),
                QStringLiteral("at %1: off by %2 kW").arg(local(s.timestampMs).toString()).arg(error));
        });
        QCOMPARE(steps, (localMs(start.addDays(7)) - localMs(start)) / 5000);
        qInfo("%lld steps, largest imbalance %.3g kW", steps, worst);
    }

    void countersAreMonotonicAndIntegratePower_data() { addSeasons(); }
    void countersAreMonotonicAndIntegratePower()
    {
        QFETCH(QDate, start);
        HouseholdSimulator model(configWithSeed(12));
        const seconds dt(5);
        // Power integrated independently of the model, in long double.
        std::array<long double, 6> integrated{};
        std::array<double, 6> previous{};
        const auto countersOf = [](const HouseholdSnapshot &s) {
            return std::array<double, 6>{s.pvEnergy.value(),
                                         s.importEnergy.value(),
                                         s.exportEnergy.value(),
                                         s.batteryChargeEnergy.value(),
                                         s.batteryDischargeEnergy.value(),
                                         s.evEnergy.value()};
        };
        std::array<double, 6> last{};
        run(model, localMs(start), localMs(start.addDays(7)), dt, [&](const HouseholdSnapshot &s) {
            const std::array<double, 6> powers{s.pv.value(),
                                               s.gridImport.value(),
                                               s.gridExport.value(),
                                               s.batteryCharge.value(),
                                               s.batteryDischarge.value(),
                                               s.evCharge.value()};
            last = countersOf(s);
            for (std::size_t i = 0; i < powers.size(); ++i) {
                integrated[i] += static_cast<long double>(powers[i]) * hoursOf(dt);
                QVERIFY(last[i] >= previous[i]);
                previous[i] = last[i];
            }
        });
        for (std::size_t i = 0; i < last.size(); ++i) {
            const auto expected = static_cast<double>(integrated[i]);
            QVERIFY2(std::abs(last[i] - expected) <= 1e-6 * std::max(expected, 1e-3),
                     qPrintable(QStringLiteral("counter %1: %2 vs %3").arg(i).arg(last[i]).arg(expected)));
        }
        QVERIFY(last[0] > 0.0); // the week had sun
        QVERIFY(last[1] > 0.0); // and imports
    }

    void sameSeedGivesSameDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::newRow("summer weekday") << QDate(2024, 6, 12);
        QTest::newRow("winter Saturday") << QDate(2024, 1, 13);
        QTest::newRow("23-hour day (DST starts)") << QDate(2024, 3, 31);
    }
    void sameSeedGivesSameDay()
    {
        QFETCH(QDate, day);
        // One household has been running since the day before, the other starts at midnight: the day's
        // weather and behaviour must not depend on that.
        HouseholdSimulator early(configWithSeed(42));
        HouseholdSimulator late(configWithSeed(42));
        const seconds dt(5);
        run(early, localMs(day.addDays(-1)), localMs(day), dt, [](const HouseholdSnapshot &) {});
        const qint64 stepMs = 5000;
        int compared = 0;
        double pvEnergy = 0.0;
        bool somethingHappened = false; // a machine ran or the car went out: behaviour, not just weather
        for (qint64 t = localMs(day) + stepMs; t <= localMs(day.addDays(1)); t += stepMs) {
            const HouseholdSnapshot a = early.step(t, dt);
            const HouseholdSnapshot b = late.step(t, dt);
            QCOMPARE(a.pv.value(), b.pv.value());
            QCOMPARE(a.cloudCover, b.cloudCover);
            QCOMPARE(a.baseLoad.value(), b.baseLoad.value());
            for (std::size_t i = 0; i < 3; ++i) {
                QCOMPARE(a.appliances[i].value(), b.appliances[i].value());
                QCOMPARE(a.applianceRunning[i], b.applianceRunning[i]);
                somethingHappened = somethingHappened || a.applianceRunning[i];
            }
            QCOMPARE(a.evPlugged, b.evPlugged);
            somethingHappened = somethingHappened || !a.evPlugged;
            // The car is back at its charging target every night, so its charging is the same too.
            QVERIFY(std::abs(a.evCharge.value() - b.evCharge.value()) < 1e-9);
            QVERIFY(std::abs(a.evSocPercent - b.evSocPercent) < 1e-9);
            pvEnergy += a.pv.value() * hoursOf(dt);
            ++compared;
        }
        QVERIFY(compared >= 23 * 720);
        QVERIFY(pvEnergy > 0.1);
        QVERIFY(somethingHappened);
    }

    void differentSeedGivesDifferentDay()
    {
        const QDate day(2024, 5, 15);
        HouseholdSimulator one(configWithSeed(1));
        HouseholdSimulator two(configWithSeed(2));
        int steps = 0;
        int pvDiffers = 0;
        int loadDiffers = 0;
        int appliancesDiffer = 0;
        for (qint64 t = localMs(day) + 60'000; t <= localMs(day.addDays(1)); t += 60'000) {
            const HouseholdSnapshot a = one.step(t, seconds(60));
            const HouseholdSnapshot b = two.step(t, seconds(60));
            ++steps;
            pvDiffers += std::abs(a.pv.value() - b.pv.value()) > 1e-6;
            loadDiffers += std::abs(a.baseLoad.value() - b.baseLoad.value()) > 1e-6;
            appliancesDiffer += a.applianceRunning != b.applianceRunning;
        }
        // Every minute of the house differs, and in daylight so does the sky.
        QCOMPARE(loadDiffers, steps);
        QVERIFY2(pvDiffers > steps / 3, qPrintable(QString::number(pvDiffers)));
        QVERIFY(appliancesDiffer > 0);
    }

    void pvIsZeroAtNightAndPositiveAtNoon()
    {
        HouseholdSimulator model(configWithSeed(3));
        const seconds dt(600);
        int nights = 0;
        run(model, localMs(QDate(2024, 1, 1)), localMs(QDate(2025, 1, 1)), dt,
            [&](const HouseholdSnapshot &s) {
                // 23:00-01:00 UTC is between midnight and 03:00 local time in winter and in summer.
                const qint64 utcHour = (s.timestampMs / 3'600'000) % 24;
                if (utcHour == 23 || utcHour == 0) {
                    QCOMPARE(s.pv.value(), 0.0);
                    ++nights;
                }
                if (s.sunElevationDeg <= 0.0)
                    QCOMPARE(s.pv.value(), 0.0);
                // 11:00-12:00 UTC is around solar noon all year: even under heavy cloud there is diffuse
                // light.
                if (utcHour == 11)
                    VERIFY_OR_SAY(s.pv.value() > 0.05, local(s.timestampMs).toString());
            });
        QCOMPARE(nights, 366 * 12);
    }

    void juneYieldsMoreThanThreeTimesDecember()
    {
        const auto monthlyPv = [](std::uint64_t seed, QDate first) {
            HouseholdSimulator model(configWithSeed(seed));
            KilowattHours energy;
            run(model, localMs(first), localMs(first.addMonths(1)), seconds(60),
                [&](const HouseholdSnapshot &s) { energy = s.pvEnergy; });
            return energy.value();
        };
        for (std::uint64_t seed : {1, 2}) {
            const double june = monthlyPv(seed, QDate(2024, 6, 1));
            const double december = monthlyPv(seed, QDate(2024, 12, 1));
            const double kwp = HouseholdConfig().pvPeak.value();
            qInfo("seed %llu: June %.0f kWh (%.2f kWh/kWp a day), December %.0f kWh (%.2f kWh/kWp a day)",
                  static_cast<unsigned long long>(seed), june, june / 30 / kwp, december,
                  december / 31 / kwp);
            QVERIFY(june > 3.0 * december);
            // Long-term averages for the Netherlands are about 4.5 (June) and 0.6 (December) kWh/kWp a day.
            QVERIFY(june / 30 / kwp > 3.0 && june / 30 / kwp < 6.0);
            QVERIFY(december / 31 / kwp > 0.2 && december / 31 / kwp < 1.3);
        }
    }

    void summerDaysRangeFromClearToOvercast()
    {
        int clearDays = 0;
        int overcastDays = 0;
        int brokenDays = 0;
        for (std::uint64_t seed : {1, 2, 3}) {
            HouseholdSimulator model(configWithSeed(seed));
            for (QDate day(2024, 6, 1); day < QDate(2024, 7, 1); day = day.addDays(1)) {
                double energy = 0.0;
                double cloud = 0.0;
                int daylightSteps = 0;
                run(model, localMs(day), localMs(day.addDays(1)), seconds(60),
                    [&](const HouseholdSnapshot &s) {
                        energy += s.pv.value() / 60.0;
                        if (s.sunElevationDeg > 10.0) {
                            cloud += s.cloudCover;
                            ++daylightSteps;
                        }
                    });
                const double meanCloud = cloud / daylightSteps;
                const double yield = energy / model.config().pvPeak.value();
                if (meanCloud < 0.2) {
                    ++clearDays;
                    QVERIFY2(yield > 5.0 && yield < 6.5, qPrintable(QString::number(yield)));
                } else if (meanCloud > 0.85) {
                    ++overcastDays;
                    QVERIFY2(yield < 3.0, qPrintable(QString::number(yield)));
                } else {
                    ++brokenDays;
                }
            }
        }
        qInfo("June, three seeds: %d clear, %d broken, %d overcast days", clearDays, brokenDays,
              overcastDays);
        QVERIFY(clearDays >= 5);
        QVERIFY(overcastDays >= 3);
        QVERIFY(brokenDays >= 20);
    }

    void batterySocStaysWithinLimits_data() { addSeasons(); }
    void batterySocStaysWithinLimits()
    {
        QFETCH(QDate, start);
        HouseholdSimulator model(configWithSeed(5));
        double lowest = 100.0;
        double highest = 0.0;
        run(model, localMs(start), localMs(start.addDays(7)), seconds(5), [&](const HouseholdSnapshot &s) {
            VERIFY_OR_SAY(s.batterySocPercent >= 10.0 - 1e-9 && s.batterySocPercent <= 95.0 + 1e-9,
                          QString::number(s.batterySocPercent));
            QVERIFY(s.batteryCharge.value() <= 5.0 + 1e-12 && s.batteryDischarge.value() <= 5.0 + 1e-12);
            // Self-consumption: it never charges from the grid, nor discharges into it.
            if (s.batteryCharge.value() > 0.0)
                QVERIFY(s.gridImport.value() < 1e-9);
            if (s.batteryDischarge.value() > 0.0)
                QVERIFY(s.gridExport.value() < 1e-9);
            lowest = std::min(lowest, s.batterySocPercent);
            highest = std::max(highest, s.batterySocPercent);
        });
        qInfo("state of charge between %.1f%% and %.1f%%", lowest, highest);
        QVERIFY(highest - lowest > 20.0); // it is used
    }
};

QTEST_GUILESS_MAIN(TestHouseholdSimulator)
#include "tst_householdsimulator.moc"
