// The simulated household's devices behave like a household's: the car commutes and charges, the machines
// are loaded at daytime and run their programs once at a time by their deadlines, the water heater keeps its
// tank hot. Checked over weeks and months
// against the documented behaviour, not against copied outputs.
// Qt 6.4's moc cannot parse <compare>, <concepts> or <numbers>, which the model pulls in; it needs none of
// them.
#ifndef Q_MOC_RUN
#include "householdsimulator.h"
#endif

#include <QDateTime>
#include <QTest>

#include "simulatortesthelpers.h"
#include <QTimeZone>

#include <cmath>
#include <map>

using namespace commonwatt;
using namespace commonwatt::simulator;
using namespace commonwatt::testing;
using std::chrono::seconds;

namespace {
[[nodiscard]] bool isWeekday(QDate date)
{
    return date.dayOfWeek() <= 5;
}
template<typename Visit>
void run(HouseholdSimulator &model, qint64 from, qint64 to, seconds dt, Visit &&visit)
{
    const qint64 stepMs = dt.count() * 1000;
    for (qint64 t = from + stepMs; t <= to && !QTest::currentTestFailed(); t += stepMs)
        visit(model.step(t, dt));
}
[[nodiscard]] double hoursOf(QTime time)
{
    return time.msecsSinceStartOfDay() / 3'600'000.0;
}
} // namespace

class TestHouseholdBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void evAwayOnWeekdaysAndPluggedInTheEvening()
    {
        // Four weeks around the start of daylight saving time: the car keeps to local time.
        const QDate first(2024, 3, 18);
        const QDate end = first.addDays(28);
        HouseholdConfig config;
        config.seed = 8;
        HouseholdSimulator model(config);
        const seconds dt(30);
        std::map<qint64, HouseholdSnapshot> probes; // at local 03:00, 12:00 and 20:30 of every day
        for (QDate d = first; d < end; d = d.addDays(1))
            for (QTime time : {QTime(3, 0), QTime(12, 0), QTime(20, 30)})
                probes[localMs(d, time)] = {};
        bool wasPlugged = true;
        double previousSoc = 0.0;
        double socAtDeparture = 0.0;
        int departures = 0;
        int arrivals = 0;
        bool expectFullPower = false;
        run(model, localMs(first), localMs(end), dt, [&](const HouseholdSnapshot &s) {
            QVERIFY(s.evCharge.value() >= 0.0 && s.evCharge.value() <= config.evCharger.value() + 1e-9);
            QVERIFY(s.evSocPercent <= 80.0 + 1e-9);
            if (!s.evPlugged)
                QCOMPARE(s.evCharge.value(), 0.0);
            if (expectFullPower && s.evPlugged && s.evSocPercent < 80.0 - 1e-9) {
                // Charging started on arrival and runs at the charger's full power until the target.
                QVERIFY(std::abs(s.evCharge.value() - config.evCharger.value()) < 1e-9);
            }
            expectFullPower = s.evPlugged && s.evCharge.value() > 0.0;
            const QDateTime when = local(s.timestampMs);
            if (wasPlugged && !s.evPlugged) {
                ++departures;
                socAtDeparture = previousSoc;
                if (isWeekday(when.date())) {
                    QVERIFY2(hoursOf(when.time()) > 6.75 && hoursOf(when.time()) < 8.25,
                             qPrintable(when.toString()));
                }
            } else if (!wasPlugged && s.evPlugged) {
                ++arrivals;
                if (isWeekday(when.date())) {
                    QVERIFY2(hoursOf(when.time()) > 17.4 && hoursOf(when.time()) < 18.6,
                             qPrintable(when.toString()));
                    // 8-20 kWh used on the way (all but the last few seconds of it by the last sample away).
                    const double usedKwh = (socAtDeparture - previousSoc) / 100.0 * config.evCapacity.value();
                    QVERIFY2(usedKwh > 7.9 && usedKwh < 20.0 + 1e-9, qPrintable(QString::number(usedKwh)));
                }
                QVERIFY(s.evCharge.value() > 0.0); // it charges at once
            }
            wasPlugged = s.evPlugged;
            previousSoc = s.evSocPercent;
            if (const auto it = probes.find(s.timestampMs); it != probes.end())
                it->second = s;
        });
        int weekdays = 0;
        int awayAtNoon = 0;
        int pluggedInTheEvening = 0;
        int weekendTrips = 0;
        for (QDate d = first; d < end; d = d.addDays(1)) {
            const HouseholdSnapshot &night = probes[localMs(d, QTime(3, 0))];
            const HouseholdSnapshot &noon = probes[localMs(d, QTime(12, 0))];
            const HouseholdSnapshot &evening = probes[localMs(d, QTime(20, 30))];
            QVERIFY(night.timestampMs != 0 && noon.timestampMs != 0 && evening.timestampMs != 0);
            QVERIFY2(night.evPlugged, qPrintable(d.toString())); // never away at night
            if (isWeekday(d)) {
                ++weekdays;
                awayAtNoon += !noon.evPlugged && noon.evCharge.value() == 0.0;
                pluggedInTheEvening += evening.evPlugged;
            } else {
                weekendTrips += !noon.evPlugged;
            }
        }
        qInfo("%d weekdays: away at noon on %d, plugged in at 20:30 on %d; %d departures, %d arrivals, "
              "%d weekend days away at noon",
              weekdays, awayAtNoon, pluggedInTheEvening, departures, arrivals, weekendTrips);
        QCOMPARE(weekdays, 20);
        QVERIFY(awayAtNoon >= 15);
        QCOMPARE(pluggedInTheEvening, weekdays);
        QCOMPARE(departures, arrivals);
        QVERIFY(weekendTrips < 8); // some weekend days, not all
    }

    void appliancesRunOnSomeDaysAndNeverOverlapThemselves()
    {
        HouseholdConfig config;
        config.seed = 21;
        HouseholdSimulator model(config);
        const seconds dt(30);
        const QDate first(2024, 8, 1);
        const QDate end(2024, 10, 1);
        struct Stretch
        {
            qint64 startMs = 0;
            int samples = 0;
            double kwh = 0.0;
            bool whole = true; // false for a run already going when the test began
        };
        std::array<std::optional<Stretch>, 3> open;
        std::array<QSet<QDate>, 3> daysWithLoads;
        std::array<int, 3> runs{};
        std::array<int, 3> loads{};
        std::array<qint64, 3> lastLoadMs{};
        std::array<qint64, 3> lastDeadlineMs{};
        const auto close = [&](std::size_t i) {
            const auto appliance = static_cast<Appliance>(i);
            const Stretch &stretch = *open[i];
            // One program's length, give or take the two partly covered samples at its ends: two runs of a
            // machine overlapping would make it longer.
            QVERIFY2(stretch.samples * 30.0 <= programSeconds(appliance) + 60.0,
                     qPrintable(local(stretch.startMs).toString()));
            if (stretch.whole) {
                QVERIFY2(std::abs(stretch.kwh - programEnergy(appliance).value()) < 1e-9,
                         qPrintable(QString::number(stretch.kwh)));
                ++runs[i];
            }
            open[i].reset();
        };
        bool firstStep = true;
        run(model, localMs(first), localMs(end), dt, [&](const HouseholdSnapshot &s) {
            for (std::size_t i = 0; i < 3; ++i) {
                const auto appliance = static_cast<Appliance>(i);
                const ApplianceMachine &machine = model.appliance(appliance);
                if (machine.state() != ApplianceMachine::State::Idle &&
                    machine.load().loadMs != lastLoadMs[i]) {
                    // A new load: put in while someone is up, the machine empty, done by 06:00 the next
                    // morning at the latest, with room for the program.
                    const ApplianceLoad &load = machine.load();
                    QVERIFY(load.loadMs >= lastDeadlineMs[i]);
                    const double loadHour = hoursOf(local(load.loadMs).time());
                    QVERIFY2(loadHour >= 6.0 && loadHour <= 22.5, qPrintable(local(load.loadMs).toString()));
                    QVERIFY(load.deadlineMs <= localMs(local(load.loadMs).date().addDays(1), QTime(6, 0)));
                    QVERIFY(load.deadlineMs - load.loadMs >= machine.programMs());
                    QCOMPARE(load.deadlineMs % (15 * 60'000), 0);
                    lastLoadMs[i] = load.loadMs;
                    lastDeadlineMs[i] = load.deadlineMs;
                    daysWithLoads[i].insert(local(load.loadMs).date());
                    ++loads[i];
                }
                if (machine.state() == ApplianceMachine::State::Running) {
                    // Nobody starts it, so it starts at the latest moment that still ends by the deadline.
                    QCOMPARE(machine.runStartMs() + machine.programMs(), machine.load().deadlineMs);
                }
                QVERIFY(s.appliances[i].value() <= programPeak(appliance).value() + 1e-9);
                if (!s.applianceRunning[i]) {
                    QCOMPARE(s.appliances[i].value(), 0.0);
                    if (open[i])
                        close(i);
                    continue;
                }
                QVERIFY(s.appliances[i].value() > 0.0);
                if (!open[i])
                    open[i] = Stretch{s.timestampMs - 30'000, 0, 0.0, !firstStep};
                ++open[i]->samples;
                open[i]->kwh += s.appliances[i].value() * 30.0 / 3600.0;
            }
            firstStep = false;
        });
        const int days = static_cast<int>(first.daysTo(end));
        for (std::size_t i = 0; i < 3; ++i) {
            qInfo("appliance %zu: %d loads on %lld of %d days, %d whole runs", i, loads[i],
                  static_cast<long long>(daysWithLoads[i].size()), days, runs[i]);
            QVERIFY(daysWithLoads[i].size() >= 10);
            QVERIFY(daysWithLoads[i].size() <= days - 5);
            QVERIFY(runs[i] >= loads[i] - 2); // all but a run going at either end of the two months
        }
    }

    void waterHeaterStaysWithinPlausibleBounds_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::newRow("winter") << QDate(2024, 1, 8);
        QTest::newRow("summer") << QDate(2024, 7, 8);
    }
    void waterHeaterStaysWithinPlausibleBounds()
    {
        QFETCH(QDate, start);
        HouseholdSimulator model{HouseholdConfig{}};
        double lowest = 100.0;
        double highest = 0.0;
        std::map<QDate, double> dailyKwh;
        run(model, localMs(start), localMs(start.addDays(14)), seconds(10), [&](const HouseholdSnapshot &s) {
            QVERIFY(s.waterHeater.value() >= 0.0 && s.waterHeater.value() <= 3.0 + 1e-12);
            lowest = std::min(lowest, s.waterTemperatureC);
            highest = std::max(highest, s.waterTemperatureC);
            dailyKwh[local(s.timestampMs - 1).date()] += s.waterHeater.value() * 10.0 / 3600.0;
        });
        qInfo("tank between %.1f and %.1f degC", lowest, highest);
        QVERIFY(lowest > 35.0);          // a shower is always warm
        QVERIFY(highest <= 60.0 + 1e-9); // the thermostat cuts out at 60 degC
        QCOMPARE(dailyKwh.size(), std::size_t(14));
        for (const auto &[day, kwh] : dailyKwh)
            QVERIFY2(kwh > 2.0 && kwh < 12.0, qPrintable(day.toString() + u' ' + QString::number(kwh)));
    }

    void householdWithoutBatteryOrCar()
    {
        HouseholdConfig config;
        config.batteryCapacity = KilowattHours(0.0);
        config.evCapacity = KilowattHours(0.0);
        HouseholdSimulator model(config);
        const QDate day(2024, 7, 3);
        bool exported = false;
        run(model, localMs(day), localMs(day.addDays(1)), seconds(60), [&](const HouseholdSnapshot &s) {
            QCOMPARE(s.batteryCharge.value(), 0.0);
            QCOMPARE(s.batteryDischarge.value(), 0.0);
            QCOMPARE(s.evCharge.value(), 0.0);
            QVERIFY(std::abs((s.supply() - s.consumption()).value()) < 1e-12);
            exported = exported || s.gridExport.value() > 0.0;
        });
        QVERIFY(exported); // with no battery, a July day's surplus goes to the grid
    }
};

QTEST_GUILESS_MAIN(TestHouseholdBehaviour)
#include "tst_householdbehaviour.moc"
