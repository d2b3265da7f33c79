// The simulated household under the scheduler's control: what each flexible device tells (its flexibility,
// docs/planning.md), what each command does to its readings and its energy, that commands run out back to
// the device's own behaviour, that commands a device cannot carry out are refused with a reason, and that the
// meter still balances and the model stays deterministic whatever it is told.
// Qt 6.4's moc cannot parse <compare>, <concepts> or <numbers>, which the model pulls in; it needs none of
// them.
#ifndef Q_MOC_RUN
#include "householdsimulator.h"
#include "seededrandom.h"
#include "simulatedhousehold.h"
#endif

#include "domain/clock.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include "simulatortesthelpers.h"

#include <cmath>
#include <map>

using namespace commonwatt;
using namespace commonwatt::simulator;
using namespace commonwatt::testing;
using namespace Qt::StringLiterals;
using std::chrono::seconds;

namespace {
constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 sampleMs = 5000;

[[nodiscard]] qint64 dayIndex(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date);
}
[[nodiscard]] double hoursOf(qint64 ms)
{
    return local(ms).time().msecsSinceStartOfDay() / 3'600'000.0;
}

// A household on a clock, with the newest sample of every device.
class Rig
{
public:
    explicit Rig(qint64 startMs, const HouseholdConfig &config = HouseholdConfig{})
        : clock(startMs)
        , household(&clock, config)
    {
        for (Device *device : household.devices()) {
            QObject::connect(
                device, &Device::readingsReady, device,
                [this, id = device->id()](const QList<DeviceReading> &readings) { latest[id] = readings; });
        }
    }
    [[nodiscard]] Device *device(const char *id) const { return household.device(QString::fromLatin1(id)); }
    [[nodiscard]] double value(const char *id, const char *channel)
    {
        const QString key = QString::fromLatin1(id);
        const qint32 index = household.device(key)->channelIndex(QString::fromLatin1(channel));
        return latest[key].at(index).value;
    }
    [[nodiscard]] qint64 timestamp(const char *id)
    {
        return latest[QString::fromLatin1(id)].first().timestampMs;
    }
    [[nodiscard]] QVariant flexibility(const char *id, const char *key) const
    {
        return device(id)->flexibility().value(QString::fromLatin1(key));
    }
    // Sends a command that acts from the newest sample on; returns the reason if the device refused it.
    QString send(const char *id, CommandKind kind, double valueKw = 0.0, qint64 validUntilMs = 0)
    {
        Device *target = device(id);
        QString reason;
        bool failed = false;
        const QMetaObject::Connection connection = QObject::connect(
            target, &Device::commandFailed, target, [&](const DeviceCommand &, const QString &why) {
                failed = true;
                reason = why;
            });
        target->sendCommand({.kind = kind, .valueKw = valueKw, .issuedMs = household.commandTimeMs(), .validUntilMs = validUntilMs});
        QObject::disconnect(connection);
        return failed ? (reason.isEmpty() ? u"(no reason)"_s : reason) : QString();
    }
    // Steps sample by sample to `toMs`, calling visit() after each.
    template<typename Visit> void runTo(qint64 toMs, Visit &&visit)
    {
        while (clock.nowMs() < toMs && !QTest::currentTestFailed()) {
            // A sample due at the clock's time now is reported on the next tick.
            clock.advanceTo(std::min(toMs, std::max(household.nextSampleMs(), clock.nowMs() + 1)));
            visit();
        }
    }
    void runTo(qint64 toMs)
    {
        runTo(toMs, [] {});
    }

    SimulatedClock clock;
    SimulatedHousehold household;
    std::map<QString, QList<DeviceReading>> latest;
};

[[nodiscard]] LocalCalendar amsterdamCalendar()
{
    return LocalCalendar(amsterdam());
}

// The first local day from `from` on that has a load for the machine.
[[nodiscard]] std::pair<qint64, ApplianceLoad> firstLoad(Appliance appliance, QDate from,
                                                         std::uint64_t seed = 1)
{
    const LocalCalendar calendar = amsterdamCalendar();
    for (qint64 day = dayIndex(from); day < dayIndex(from) + 60; ++day) {
        const auto loads = planApplianceLoads(seed, day, HouseholdConfig().latitudeDeg, calendar);
        if (!loads[indexOf(appliance)].empty())
            return {day, loads[indexOf(appliance)].front()};
    }
    return {0, {}};
}

// The first weekday from `from` on with a commute.
[[nodiscard]] std::pair<QDate, EvTrip> firstCommute(QDate from, std::uint64_t seed = 1)
{
    for (QDate date = from; date < from.addDays(60); date = date.addDays(1)) {
        if (date.dayOfWeek() > 5)
            continue;
        if (const auto trip = planEvTrip(seed, DateInfo::of(dayIndex(date))))
            return {date, *trip};
    }
    return {};
}
} // namespace

class TestSimulatorControl : public QObject
{
    Q_OBJECT

private slots:
    void devicesTakeTheirCommandsOnly()
    {
        Rig rig(localMs(QDate(2024, 5, 1)));
        for (const char *id : {"battery", "ev", "water-heater"}) {
            QVERIFY(rig.device(id)->accepts(CommandKind::Automatic));
            QVERIFY(rig.device(id)->accepts(CommandKind::SetPower));
            QVERIFY(!rig.device(id)->accepts(CommandKind::StartRun));
        }
        for (const char *id : {"washer", "dishwasher", "dryer"}) {
            QVERIFY(rig.device(id)->accepts(CommandKind::Automatic));
            QVERIFY(rig.device(id)->accepts(CommandKind::StartRun));
            QVERIFY(rig.device(id)->accepts(CommandKind::SetPower)); // 0 only: held off
        }
        for (const char *id : {"grid", "pv", "grid-signals"}) {
            QVERIFY(!rig.device(id)->accepts(CommandKind::Automatic));
            QVERIFY(rig.device(id)->flexibility().isEmpty());
        }
        QVERIFY(!rig.send("battery", CommandKind::StartRun).isEmpty());
        QVERIFY(!rig.send("washer", CommandKind::SetPower, 1.0).isEmpty());
    }

    void batteryTellsItsParametersAndStateOfCharge()
    {
        Rig rig(localMs(QDate(2024, 5, 1), QTime(12, 0)));
        const QVariantMap flexibility = rig.device("battery")->flexibility();
        const QVariantMap expected{
            {u"capacityKwh"_s, 10.0},      {u"socKwh"_s, 5.0},
            {u"minSocKwh"_s, 1.0},         {u"maxSocKwh"_s, 9.5},
            {u"maxChargeKw"_s, 5.0},       {u"maxDischargeKw"_s, 5.0},
            {u"chargeEfficiency"_s, 0.95}, {u"dischargeEfficiency"_s, 0.95},
            {u"cycleCostPerKwh"_s, 0.02},
        };
        QCOMPARE(flexibility.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(std::abs(flexibility.value(it.key()).toDouble() - it.value().toDouble()) < 1e-12,
                     qPrintable(it.key()));
    }

    void batterySetpointChargesFromTheGrid()
    {
        // A winter night: no sun, so every kWh it takes comes from the grid.
        const qint64 t0 = localMs(QDate(2024, 1, 10), QTime(2, 0));
        Rig rig(t0);
        rig.clock.advanceTo(t0 + 1); // the sample at t0
        QCOMPARE(rig.household.commandTimeMs(), t0);
        const double storedBefore = rig.value("battery", "soc") / 10.0;
        const double chargedBefore = rig.value("battery", "charge_energy");
        const double importedBefore = rig.value("grid", "import_energy");
        QCOMPARE(rig.send("battery", CommandKind::SetPower, 3.0, t0 + hourMs), QString());
        double houseKwh = 0.0;
        rig.runTo(t0 + 30 * minuteMs, [&] {
            QCOMPARE(rig.value("battery", "power"), 3.0);
            QCOMPARE(rig.value("pv", "power"), 0.0);
            const HouseholdSnapshot &s = *rig.household.lastSnapshot();
            houseKwh +=
                (s.baseLoad + s.appliancesTotal() + s.waterHeater + s.evCharge).value() * 5.0 / 3600.0;
            // The grid brings the battery's 3 kW on top of the house.
            QVERIFY(std::abs(rig.value("grid", "power") - 3.0 - (s.consumption() - s.batteryCharge).value()) <
                    1e-12);
        });
        // Half an hour at 3 kW: 1.5 kWh drawn, 95% of it stored.
        QVERIFY(std::abs(rig.value("battery", "charge_energy") - chargedBefore - 1.5) < 1e-9);
        QVERIFY(std::abs(rig.value("battery", "soc") / 10.0 - storedBefore - 1.5 * 0.95) < 1e-9);
        QVERIFY(std::abs(rig.value("grid", "import_energy") - importedBefore - 1.5 - houseKwh) < 1e-9);
        // The state of charge it tells was brought up to date at the slot boundary.
        QVERIFY(std::abs(rig.flexibility("battery", "socKwh").toDouble() - (storedBefore + 1.425)) < 1e-9);
    }

    void batterySetpointIsClampedToPowerAndStateOfCharge()
    {
        const qint64 t0 = localMs(QDate(2024, 1, 10), QTime(2, 0));
        Rig rig(t0);
        rig.clock.advanceTo(t0 + 1);
        // Discharging at "20 kW" is 5 kW, most of it exported, until the battery is at its 10% floor.
        QCOMPARE(rig.send("battery", CommandKind::SetPower, -20.0), QString());
        bool exported = false;
        bool reachedFloor = false;
        rig.runTo(t0 + 2 * hourMs, [&] {
            const double power = rig.value("battery", "power");
            const double soc = rig.value("battery", "soc");
            QVERIFY(soc >= 10.0 - 1e-9);
            if (!reachedFloor) {
                if (soc > 10.0 + 1e-9) {
                    QCOMPARE(power, -5.0);
                } else {
                    reachedFloor = true; // the last interval discharges exactly what is left
                    QVERIFY(power <= 0.0 && power >= -5.0);
                }
            } else {
                QCOMPARE(power, 0.0);
            }
            exported = exported || rig.value("grid", "power") < -4.0;
        });
        QVERIFY(reachedFloor);
        QVERIFY(exported);
        QVERIFY(std::abs(rig.flexibility("battery", "socKwh").toDouble() - 1.0) < 1e-9); // told at once
        // And charging at "20 kW" is 5 kW.
        QCOMPARE(rig.send("battery", CommandKind::SetPower, 20.0), QString());
        rig.runTo(rig.clock.nowMs() + minuteMs);
        QCOMPARE(rig.value("battery", "power"), 5.0);
    }

    void aCommandRunsOutBackToAutomatic()
    {
        const qint64 t0 = localMs(QDate(2024, 1, 10), QTime(2, 0));
        Rig rig(t0);
        rig.clock.advanceTo(t0 + 1);
        QCOMPARE(rig.send("battery", CommandKind::SetPower, 3.0, t0 + 15 * minuteMs), QString());
        rig.runTo(t0 + 30 * minuteMs, [&] {
            const qint64 t = rig.timestamp("battery");
            if (t <= t0 + 15 * minuteMs) {
                QCOMPARE(rig.value("battery", "power"), 3.0); // every interval that starts before it ran out
            } else {
                // Self-consumption again: the battery covers the house at night, the grid sees nothing.
                QVERIFY(rig.value("battery", "power") < 0.0);
                QVERIFY(std::abs(rig.value("grid", "power")) < 1e-9);
            }
        });
        // An explicit Automatic ends a command at once.
        QCOMPARE(rig.send("battery", CommandKind::SetPower, 2.0), QString());
        rig.runTo(rig.clock.nowMs() + 5 * minuteMs);
        QCOMPARE(rig.value("battery", "power"), 2.0);
        QCOMPARE(rig.send("battery", CommandKind::Automatic), QString());
        rig.runTo(rig.clock.nowMs() + sampleMs);
        QVERIFY(rig.value("battery", "power") < 0.0);
    }

    void everySetpointRunsOut()
    {
        // The car and the water heater too: each setpoint holds for the steps that start before it runs
        // out, and the device is its own again from the first step that starts at or after it.
        const qint64 t0 = localMs(QDate(2024, 1, 10), QTime(1, 0));
        HouseholdSimulator model{HouseholdConfig{}};
        model.start(t0);
        const qint64 until = t0 + 15 * minuteMs;
        model.setBatterySetpoint(Setpoint{Kilowatts(1.0), until});
        model.setEvSetpoint(Setpoint{Kilowatts(7.4), until});
        model.setWaterHeaterSetpoint(Setpoint{Kilowatts(2.0), until});
        for (qint64 t = t0 + sampleMs; t <= until; t += sampleMs) {
            const HouseholdSnapshot s = model.step(t, seconds(5));
            QCOMPARE(s.batteryCharge.value(), 1.0);
            QCOMPARE(s.evCharge.value(), 7.4); // beyond its 80% target: only a setpoint does that
            QVERIFY(s.waterHeater.value() > 0.0);
        }
        QVERIFY(model.batterySetpoint() && model.evSetpoint() && model.waterHeaterSetpoint());
        const HouseholdSnapshot after = model.step(until + sampleMs, seconds(5));
        QVERIFY(!model.batterySetpoint() && !model.evSetpoint() && !model.waterHeaterSetpoint());
        QCOMPARE(after.batteryCharge.value(), 0.0); // self-consumption at night: it discharges
        QVERIFY(after.batteryDischarge.value() > 0.0);
        QCOMPARE(after.evCharge.value(), 0.0); // above its target: the car waits
        QVERIFY(after.waterTemperatureC > 52.0);
        QCOMPARE(after.waterHeater.value(), 0.0); // the thermostat: off above 52 degC
    }

    void evTellsItsChargingNeedsAndFollowsItsSetpoint()
    {
        const auto [date, trip] = firstCommute(QDate(2024, 1, 15));
        QVERIFY(date.isValid());
        Rig rig(localMs(date, QTime(6, 0)));
        QCOMPARE(rig.flexibility("ev", "pluggedIn").toBool(), true);
        QCOMPARE(rig.flexibility("ev", "departureMs").toLongLong(),
                 localMs(date) + std::llround(trip.departSecond * 1000.0));
        // While the car is away it says so at once, and names the next departure.
        rig.runTo(localMs(date, QTime(12, 0)));
        QCOMPARE(rig.flexibility("ev", "pluggedIn").toBool(), false);
        QCOMPARE(rig.send("ev", CommandKind::SetPower, 3.0), u"Electric car is not plugged in"_s);
        const qint64 nextDeparture = rig.flexibility("ev", "departureMs").toLongLong();
        QVERIFY(nextDeparture > localMs(date.addDays(1)));
        const double departureHour = hoursOf(nextDeparture);
        QVERIFY2((departureHour > 6.75 && departureHour < 8.25) ||
                     (departureHour > 9.5 && departureHour < 13.5),
                 qPrintable(local(nextDeparture).toString()));

        // Home at 18:30 at the latest, after 8-20 kWh of driving: still charging at full power at 18:35.
        rig.runTo(localMs(date, QTime(18, 35)));
        QCOMPARE(rig.flexibility("ev", "pluggedIn").toBool(), true);
        QCOMPARE(rig.value("ev", "power"), 7.4);
        const QVariantMap flexibility = rig.device("ev")->flexibility();
        QCOMPARE(flexibility.keys(),
                 (QStringList{u"capacityKwh"_s, u"chargeEfficiency"_s, u"departureMs"_s, u"maxChargeKw"_s,
                              u"minChargeKw"_s, u"pluggedIn"_s, u"socKwh"_s, u"targetSocKwh"_s}));
        QCOMPARE(flexibility.value(u"capacityKwh"_s).toDouble(), 60.0);
        QVERIFY(std::abs(flexibility.value(u"targetSocKwh"_s).toDouble() - 48.0) < 1e-12);
        QCOMPARE(flexibility.value(u"minChargeKw"_s).toDouble(), 1.4);
        QCOMPARE(flexibility.value(u"maxChargeKw"_s).toDouble(), 7.4);
        QCOMPARE(flexibility.value(u"chargeEfficiency"_s).toDouble(), 0.92);
        QVERIFY(flexibility.value(u"socKwh"_s).toDouble() < 48.0);
        QCOMPARE(flexibility.value(u"departureMs"_s).toLongLong(), nextDeparture);

        const auto socKwh = [&] { return rig.value("ev", "soc") * 0.6; };
        const auto holdFor = [&](double kw, double expectedKw) {
            QCOMPARE(rig.send("ev", CommandKind::SetPower, kw, rig.household.commandTimeMs() + hourMs),
                     QString());
            const double before = socKwh();
            const double drawnBefore = rig.value("ev", "energy");
            rig.runTo(rig.clock.nowMs() + 10 * minuteMs,
                      [&] { QCOMPARE(rig.value("ev", "power"), expectedKw); });
            QVERIFY(std::abs(rig.value("ev", "energy") - drawnBefore - expectedKw / 6.0) < 1e-9);
            QVERIFY(std::abs(socKwh() - before - 0.92 * expectedKw / 6.0) < 1e-9);
        };
        holdFor(0.0, 0.0);  // paused
        holdFor(3.0, 3.0);  // resumed at 3 kW
        holdFor(0.5, 1.4);  // below the charger's least power: its least power
        holdFor(50.0, 7.4); // above its rating: its rating
        QCOMPARE(rig.send("ev", CommandKind::SetPower, -2.0),
                 u"Electric car: the charger cannot take power from the car (-2 kW asked)"_s);
        rig.runTo(rig.clock.nowMs() + minuteMs);
        QCOMPARE(rig.value("ev", "power"), 7.4); // the refused command changed nothing
        QCOMPARE(rig.send("ev", CommandKind::SetPower, 0.0), QString());
        rig.runTo(rig.clock.nowMs() + minuteMs);
        QCOMPARE(rig.value("ev", "power"), 0.0);
        QCOMPARE(rig.send("ev", CommandKind::Automatic), QString());
        rig.runTo(rig.clock.nowMs() + minuteMs);
        QVERIFY(rig.value("ev", "power") == 7.4 || rig.value("ev", "soc") >= 80.0 - 1e-9); // up to its target
    }

    void evSetpointChargesBeyondTheTargetUpToFull()
    {
        // At night the car is at its 80% target and, by itself, idle; told to, it charges on until full.
        const qint64 t0 = localMs(QDate(2024, 1, 10), QTime(1, 0));
        Rig rig(t0);
        rig.clock.advanceTo(t0 + 1);
        QCOMPARE(rig.value("ev", "power"), 0.0);
        QCOMPARE(rig.send("ev", CommandKind::SetPower, 7.4), QString());
        rig.runTo(t0 + 3 * hourMs);
        QVERIFY(std::abs(rig.value("ev", "soc") - 100.0) < 1e-9);
        QCOMPARE(rig.value("ev", "power"), 0.0);
        QVERIFY(std::abs(rig.flexibility("ev", "socKwh").toDouble() - 60.0) < 1e-9);
    }

    void applianceWaitsForItsStartAndRunsItsProfile()
    {
        const auto [day, load] = firstLoad(Appliance::Washer, QDate(2024, 3, 1));
        QVERIFY(day != 0);
        Rig rig(load.loadMs - 10 * minuteMs);
        QCOMPARE(rig.flexibility("washer", "state").toString(), u"idle"_s);
        QCOMPARE(rig.send("washer", CommandKind::StartRun),
                 u"Washing machine has no load waiting to start"_s);

        rig.runTo(load.loadMs + minuteMs, [&] { QCOMPARE(rig.value("washer", "power"), 0.0); });
        const QVariantMap waiting = rig.device("washer")->flexibility();
        QCOMPARE(waiting.keys(), (QStringList{u"earliestStartMs"_s, u"latestEndMs"_s, u"profileKw"_s,
                                              u"profileSlotMinutes"_s, u"state"_s}));
        QCOMPARE(waiting.value(u"state"_s).toString(), u"waiting"_s);
        QCOMPARE(waiting.value(u"earliestStartMs"_s).toLongLong(), load.loadMs);
        QCOMPARE(waiting.value(u"latestEndMs"_s).toLongLong(), load.deadlineMs);
        QCOMPARE(waiting.value(u"profileSlotMinutes"_s).toInt(), 15);
        // The washer's 2-hour program in 15-minute slots: the 20 minutes of heating at 2 kW in the first two.
        const QVariantList profile = waiting.value(u"profileKw"_s).toList();
        const std::vector<double> expected{(4 * 0.05 + 11 * 2.0) / 15,
                                           (9 * 2.0 + 6 * 0.25) / 15,
                                           0.25,
                                           0.25,
                                           (14 * 0.25 + 1 * 0.15) / 15,
                                           0.15,
                                           (9 * 0.15 + 6 * 0.45) / 15,
                                           (9 * 0.45 + 6 * 0.05) / 15};
        QCOMPARE(profile.size(), qsizetype(expected.size()));
        double profileKwh = 0.0;
        for (qsizetype i = 0; i < profile.size(); ++i) {
            QVERIFY2(std::abs(profile[i].toDouble() - expected[static_cast<std::size_t>(i)]) < 1e-12,
                     qPrintable(QString::number(i)));
            profileKwh += profile[i].toDouble() * 0.25;
        }
        QVERIFY(std::abs(profileKwh - programEnergy(Appliance::Washer).value()) < 1e-12);

        // Started now: the run shows in the flexibility at once and in the next readings.
        const qint64 startMs = rig.household.commandTimeMs();
        QCOMPARE(rig.send("washer", CommandKind::StartRun), QString());
        QCOMPARE(rig.flexibility("washer", "state").toString(), u"running"_s);
        QCOMPARE(rig.flexibility("washer", "runStartedMs").toLongLong(), startMs);
        QVERIFY(
            rig.send("washer", CommandKind::StartRun).startsWith(u"Washing machine is already running"_s));
        double kwh = 0.0;
        int runningSamples = 0;
        rig.runTo(startMs + 3 * hourMs, [&] {
            if (rig.value("washer", "running") == 1.0) {
                ++runningSamples;
                kwh += rig.value("washer", "power") * 5.0 / 3600.0;
            } else {
                QCOMPARE(rig.value("washer", "power"), 0.0);
            }
        });
        QCOMPARE(runningSamples, 2 * 720); // two hours from a sample boundary
        QVERIFY2(std::abs(kwh - programEnergy(Appliance::Washer).value()) < 1e-9,
                 qPrintable(QString::number(kwh)));
        QCOMPARE(rig.flexibility("washer", "state").toString(), u"idle"_s);
        QCOMPARE(rig.device("washer")->flexibility().keys(),
                 (QStringList{u"profileKw"_s, u"profileSlotMinutes"_s, u"state"_s}));
    }

    // "Not today": SetPower 0 keeps a waiting load from starting on its own, even past its latest start,
    // until the hold runs out; then it starts at once. Automatic ends a hold at once.
    void heldApplianceWaitsUntilTheHoldEnds()
    {
        const auto [day, load] = firstLoad(Appliance::Washer, QDate(2024, 11, 1));
        QVERIFY(day != 0);
        Rig rig(load.loadMs + 10 * minuteMs);
        QCOMPARE(rig.flexibility("washer", "state").toString(), u"waiting"_s);
        const qint64 programMs = qint64(programSeconds(Appliance::Washer) * 1000.0);
        const qint64 holdUntil = load.deadlineMs + 2 * hourMs;
        QCOMPARE(rig.send("washer", CommandKind::SetPower, 0.0, holdUntil), QString());
        QVERIFY(rig.send("washer", CommandKind::SetPower, 2.0).contains(u"only be held off"_s));
        rig.runTo(load.deadlineMs - programMs + hourMs); // past its latest start
        QCOMPARE(rig.flexibility("washer", "state").toString(), u"waiting"_s);
        QCOMPARE(rig.value("washer", "power"), 0.0);
        rig.runTo(holdUntil + 10 * minuteMs);
        QCOMPARE(rig.flexibility("washer", "state").toString(), u"running"_s);
        QCOMPARE(rig.flexibility("washer", "runStartedMs").toLongLong(), holdUntil);

        // Held without an expiry, then released by Automatic: it starts at its latest start after all.
        Rig again(load.loadMs + 10 * minuteMs);
        QCOMPARE(again.send("washer", CommandKind::SetPower, 0.0), QString());
        QCOMPARE(again.send("washer", CommandKind::Automatic), QString());
        again.runTo(load.deadlineMs - programMs + 10 * minuteMs);
        QCOMPARE(again.flexibility("washer", "state").toString(), u"running"_s);
        QCOMPARE(again.flexibility("washer", "runStartedMs").toLongLong(), load.deadlineMs - programMs);
    }

    void automaticApplianceFinishesByItsDeadline_data()
    {
        QTest::addColumn<int>("appliance");
        QTest::newRow("washer") << int(Appliance::Washer);
        QTest::newRow("dishwasher") << int(Appliance::Dishwasher);
        QTest::newRow("dryer") << int(Appliance::Dryer);
    }
    void automaticApplianceFinishesByItsDeadline()
    {
        QFETCH(int, appliance);
        const auto machine = static_cast<Appliance>(appliance);
        const char *id = std::array{"washer", "dishwasher", "dryer"}[static_cast<std::size_t>(appliance)];
        const auto [day, load] = firstLoad(machine, QDate(2024, 11, 1));
        QVERIFY(day != 0);
        Rig rig(load.loadMs - 10 * minuteMs);
        // Told Automatic (which changes nothing), and nothing else: it starts at the last moment.
        QCOMPARE(rig.send(id, CommandKind::Automatic), QString());
        qint64 firstRunning = 0;
        qint64 lastRunning = 0;
        double kwh = 0.0;
        rig.runTo(load.deadlineMs + hourMs, [&] {
            if (rig.value(id, "running") == 1.0) {
                const qint64 t = rig.timestamp(id);
                firstRunning = firstRunning ? firstRunning : t;
                lastRunning = t;
                kwh += rig.value(id, "power") * 5.0 / 3600.0;
                if (t == load.deadlineMs)
                    return; // its last interval: the run ended at its end
                QCOMPARE(rig.flexibility(id, "state").toString(), u"running"_s);
                QCOMPARE(rig.flexibility(id, "runStartedMs").toLongLong(),
                         load.deadlineMs - qint64(programSeconds(machine) * 1000.0));
            }
        });
        QCOMPARE(firstRunning, load.deadlineMs - qint64(programSeconds(machine) * 1000.0) + sampleMs);
        QCOMPARE(lastRunning, load.deadlineMs);
        QVERIFY(std::abs(kwh - programEnergy(machine).value()) < 1e-9);
        // Idle, or holding the next load, which came after this one's deadline.
        QVERIFY(rig.flexibility(id, "state").toString() != u"running"_s);
        if (rig.flexibility(id, "state").toString() == u"waiting"_s)
            QVERIFY(rig.flexibility(id, "earliestStartMs").toLongLong() >= load.deadlineMs);
    }

    void waterHeaterTellsTheEnergyItNeeds()
    {
        const qint64 t0 = localMs(QDate(2024, 1, 10), QTime(10, 0));
        Rig rig(t0);
        const QVariantMap flexibility = rig.device("water-heater")->flexibility();
        QCOMPARE(flexibility.keys(),
                 (QStringList{u"energyKwh"_s, u"maxKw"_s, u"windowEndMs"_s, u"windowStartMs"_s}));
        QCOMPARE(flexibility.value(u"maxKw"_s).toDouble(), 3.0);
        const qint64 start = flexibility.value(u"windowStartMs"_s).toLongLong();
        const qint64 end = flexibility.value(u"windowEndMs"_s).toLongLong();
        QCOMPARE(start, rig.household.commandTimeMs());
        // Until the first shower the next morning.
        QCOMPARE(local(end).date(), QDate(2024, 1, 11));
        QVERIFY(hoursOf(end) > 6.0 && hoursOf(end) < 7.0);
        // From 56 degC (where the model starts) to 60 degC in 200 l, and 42 K of standing loss at 1.8 W/K.
        const double expected = 200 * 4186.0 * 4.0 / 3.6e6 + 1.8 * 42.0 / 1000.0 * (end - start) / 3.6e6;
        QVERIFY(std::abs(flexibility.value(u"energyKwh"_s).toDouble() - expected) < 1e-12);

        // It tells again when the energy has moved by 0.1 kWh, at a slot boundary.
        QSignalSpy changes(rig.device("water-heater"), &Device::flexibilityChanged);
        rig.runTo(t0 + 24 * hourMs, [&] {
            if (!changes.isEmpty() && rig.flexibility("water-heater", "windowStartMs").toLongLong() ==
                                          rig.timestamp("water-heater")) {
                const double temperature = rig.value("water-heater", "temperature");
                const qint64 windowEnd = rig.flexibility("water-heater", "windowEndMs").toLongLong();
                const double needed =
                    200 * 4186.0 * std::max(0.0, 60.0 - temperature) / 3.6e6 +
                    1.8 * 42.0 / 1000.0 * (windowEnd - rig.timestamp("water-heater")) / 3.6e6;
                VERIFY_OR_SAY(std::abs(rig.flexibility("water-heater", "energyKwh").toDouble() - needed) <
                                  1e-9,
                              local(rig.timestamp("water-heater")).toString());
            }
        });
        QVERIFY(changes.size() > 3);
        QVERIFY(changes.size() <= 96 + 2); // at most once a slot, and once when the window moves on
        QCOMPARE(local(rig.flexibility("water-heater", "windowEndMs").toLongLong()).date(),
                 QDate(2024, 1, 12));
    }

    void waterHeaterSetpointHeatsUpToItsMaximum()
    {
        const qint64 t0 = localMs(QDate(2024, 1, 10), QTime(10, 0));
        Rig rig(t0);
        rig.clock.advanceTo(t0 + 1);
        QCOMPARE(rig.send("water-heater", CommandKind::SetPower, 1.5, t0 + 2 * hourMs), QString());
        bool reachedTop = false;
        int held = 0;
        rig.runTo(t0 + 2 * hourMs, [&] {
            const double power = rig.value("water-heater", "power");
            const double temperature = rig.value("water-heater", "temperature");
            QVERIFY(temperature <= 60.0 + 1e-9);
            reachedTop = reachedTop || temperature == 60.0;
            if (!reachedTop) {
                QCOMPARE(power, 1.5);
            } else {
                // At 60 degC the element only makes up the losses (and a kitchen draw's cold water, up to
                // the setpoint).
                QVERIFY(power <= 1.5);
                held += temperature == 60.0 && power < 0.1;
            }
        });
        QVERIFY(reachedTop);
        QVERIFY(held > 100);
        // More than its element: the element; less than nothing: refused.
        QCOMPARE(rig.send("water-heater", CommandKind::SetPower, 10.0), QString());
        QCOMPARE(rig.send("water-heater", CommandKind::Automatic), QString());
        QCOMPARE(rig.send("water-heater", CommandKind::SetPower, -1.0),
                 u"Water heater: a water heater cannot cool (-1 kW asked)"_s);
    }

    void waterHeaterSafetyWinsOverItsSetpoint()
    {
        WaterHeater heater(WaterHeater::Parameters{}, 52.0);
        const WaterHeater::Parameters &p = heater.parameters();
        // Told to stay off while a trickle of hot water is drawn for half a day: below 45 degC it heats at
        // full power anyway, back up to 50 degC, and again.
        bool reachedSafety = false;
        int fullPowerIntervals = 0;
        int safetyRuns = 0;
        bool wasFull = false;
        for (int i = 0; i < 12 * 360; ++i) {
            const Kilowatts power = heater.advance(10.0, 1.0, 10.0, Kilowatts(0.0));
            const double t = heater.temperatureC();
            reachedSafety =
                reachedSafety || power > Kilowatts(0.0); // on a setpoint of 0, only the safety heats
            if (reachedSafety)
                VERIFY_OR_SAY(t >= p.safetyOnBelowC - 1e-9 && t <= p.safetyOffAtC + 1e-9, QString::number(t));
            const bool full = power == p.element;
            fullPowerIntervals += full;
            safetyRuns += full && !wasFull;
            wasFull = full;
        }
        QVERIFY(reachedSafety);
        QVERIFY(fullPowerIntervals > 100);
        QVERIFY2(safetyRuns >= 2, qPrintable(QString::number(safetyRuns)));
        // Told to heat at full power with nothing drawn: up to 60 degC exactly, then it holds there on its
        // standing loss.
        for (int i = 0; i < 6 * 360; ++i)
            (void)heater.advance(10.0, 0.0, 10.0, Kilowatts(3.0));
        QCOMPARE(heater.temperatureC(), p.switchOffAtC);
        const Kilowatts holding = heater.advance(10.0, 0.0, 10.0, Kilowatts(3.0));
        QVERIFY(std::abs(holding.value() - heater.standingLoss(p.switchOffAtC).value()) < 1e-12);
        // Back on the thermostat at 60 degC, the element stays off until the tank has cooled to 52 degC.
        QCOMPARE(heater.advance(10.0, 0.0, 10.0).value(), 0.0);
    }

    void refusedCommandsSayWhy()
    {
        const qint64 t0 = localMs(QDate(2024, 1, 10), QTime(2, 0));
        Rig rig(t0);
        rig.clock.advanceTo(t0 + hourMs);
        const qint64 now = rig.household.commandTimeMs();
        QCOMPARE(now, t0 + hourMs);
        QCOMPARE(rig.send("battery", CommandKind::SetPower, 2.0, now),
                 u"Home battery: the command ran out at %1, before it could act (the device is at %1)"_s.arg(
                     QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate)));
        QCOMPARE(rig.send("battery", CommandKind::SetPower, std::nan("")),
                 u"Home battery: the command's power is not a number"_s);
        QCOMPARE(rig.send("battery", CommandKind::StartRun), u"Home battery does not accept this command"_s);
        rig.clock.advanceBy(minuteMs);
        QVERIFY(rig.value("battery", "power") <= 0.0); // none of them took effect

        // Refusals reach receivers in other threads too: the command is a registered metatype.
        QObject receiver;
        QString reason;
        double refusedKw = 0.0;
        connect(
            rig.device("ev"), &Device::commandFailed, &receiver,
            [&](const DeviceCommand &command, const QString &why) {
                refusedKw = command.valueKw;
                reason = why;
            },
            Qt::QueuedConnection);
        rig.device("ev")->sendCommand({.kind = CommandKind::SetPower, .valueKw = -1.0, .issuedMs = now});
        QVERIFY(reason.isEmpty());
        QTRY_COMPARE(reason, u"Electric car: the charger cannot take power from the car (-1 kW asked)"_s);
        QCOMPARE(refusedKw, -1.0);
    }

    void flexibilityChangesAreNews()
    {
        // A day with nothing commanded: each device tells its state when it changes and its energy at most
        // once a slot, never every sample.
        const qint64 t0 = localMs(QDate(2024, 6, 15));
        Rig rig(t0);
        std::map<QString, int> changes;
        for (Device *device : rig.household.devices())
            connect(device, &Device::flexibilityChanged, this,
                    [&changes, id = device->id()] { ++changes[id]; });
        rig.clock.advanceTo(t0 + 24 * hourMs);
        for (const auto &[id, count] : changes)
            qInfo("%s told its flexibility %d times", qPrintable(id), count);
        QVERIFY(changes[u"battery"_s] >= 4 && changes[u"battery"_s] <= 96);
        QVERIFY(changes[u"ev"_s] <= 96 + 4); // a slot's news and the comings and goings
        QVERIFY(changes[u"water-heater"_s] >= 4 && changes[u"water-heater"_s] <= 96 + 2);
        for (const char *id : {"washer", "dishwasher", "dryer"})
            QVERIFY(changes[QString::fromLatin1(id)] <= 9); // loaded, started, done; at most three times
        QCOMPARE(changes.count(u"grid"_s), std::size_t(0));
    }

    void theMeterBalancesAndTheModelRepeatsUnderCommands()
    {
        // A week of commands every 15 minutes, drawn at random (from a seeded hash): the meter balances at
        // every step, every limit holds, and a second model given the same commands does exactly the same.
        HouseholdConfig config;
        config.seed = 9;
        HouseholdSimulator model(config);
        HouseholdSimulator twin(config);
        const qint64 from = localMs(QDate(2024, 4, 22));
        const qint64 to = localMs(QDate(2024, 4, 29));
        DayRandom random(3, 0, Purpose::Weather);
        int starts = 0;
        int steps = 0;
        std::array<double, 6> integrated{};
        HouseholdSnapshot last;
        for (qint64 t = from + sampleMs; t <= to && !QTest::currentTestFailed(); t += sampleMs) {
            if ((t - sampleMs) % (15 * minuteMs) == 0) {
                const qint64 until = random.chance(0.8) ? t - sampleMs + 15 * minuteMs : 0;
                const auto maybe = [&](double low, double high) {
                    return random.chance(0.25) ? std::nullopt
                                               : std::optional<Setpoint>(
                                                     Setpoint{Kilowatts(random.uniform(low, high)), until});
                };
                const std::optional<Setpoint> battery = maybe(-7.0, 7.0);
                const std::optional<Setpoint> ev = maybe(0.0, 9.0);
                const std::optional<Setpoint> heater = maybe(0.0, 4.0);
                const auto appliance = static_cast<Appliance>(random.integer(0, 2));
                const bool start = random.chance(0.3);
                for (HouseholdSimulator *m : {&model, &twin}) {
                    m->setBatterySetpoint(battery);
                    m->setEvSetpoint(ev);
                    m->setWaterHeaterSetpoint(heater);
                    if (start)
                        starts += m->startAppliance(appliance) ? 1 : 0;
                }
            }
            const HouseholdSnapshot s = model.step(t, seconds(5));
            const HouseholdSnapshot u = twin.step(t, seconds(5));
            ++steps;
            const double error = std::abs((s.supply() - s.consumption()).value());
            VERIFY_OR_SAY(error <= 1e-12 * std::max(1.0, s.consumption().value()),
                          QStringLiteral("at %1: off by %2 kW").arg(local(t).toString()).arg(error));
            QVERIFY(s.gridImport.value() == 0.0 || s.gridExport.value() == 0.0);
            QVERIFY(s.batteryCharge.value() == 0.0 || s.batteryDischarge.value() == 0.0);
            QVERIFY(s.batteryCharge.value() <= 5.0 && s.batteryDischarge.value() <= 5.0);
            VERIFY_OR_SAY(s.batterySocPercent >= 10.0 - 1e-9 && s.batterySocPercent <= 95.0 + 1e-9,
                          QString::number(s.batterySocPercent));
            QVERIFY(s.evCharge.value() >= 0.0 && s.evCharge.value() <= 7.4);
            QVERIFY(s.evSocPercent <= 100.0 + 1e-9);
            if (!s.evPlugged)
                QCOMPARE(s.evCharge.value(), 0.0);
            QVERIFY(s.waterHeater.value() >= 0.0 && s.waterHeater.value() <= 3.0 + 1e-12);
            // The safety heats below 45 degC, but a 3 kW element cannot keep up with a shower.
            QVERIFY(s.waterTemperatureC <= 60.0 + 1e-9 && s.waterTemperatureC > 15.0);
            for (std::size_t i = 0; i < 3; ++i)
                QVERIFY(s.appliances[i].value() <= programPeak(static_cast<Appliance>(i)).value() + 1e-9);
            // Same commands, same household.
            QCOMPARE(u.grid().value(), s.grid().value());
            QCOMPARE(u.battery().value(), s.battery().value());
            QCOMPARE(u.evCharge.value(), s.evCharge.value());
            QCOMPARE(u.waterHeater.value(), s.waterHeater.value());
            QVERIFY(u.appliances == s.appliances);
            const std::array<double, 6> powers{s.pv.value(),
                                               s.gridImport.value(),
                                               s.gridExport.value(),
                                               s.batteryCharge.value(),
                                               s.batteryDischarge.value(),
                                               s.evCharge.value()};
            for (std::size_t i = 0; i < powers.size(); ++i)
                integrated[i] += powers[i] * 5.0 / 3600.0;
            last = s;
        }
        QCOMPARE(steps, int((to - from) / sampleMs));
        QVERIFY(starts > 0);
        const std::array<double, 6> counters{last.pvEnergy.value(),
                                             last.importEnergy.value(),
                                             last.exportEnergy.value(),
                                             last.batteryChargeEnergy.value(),
                                             last.batteryDischargeEnergy.value(),
                                             last.evEnergy.value()};
        for (std::size_t i = 0; i < counters.size(); ++i)
            QVERIFY(std::abs(counters[i] - integrated[i]) <= 1e-6 * std::max(1.0, counters[i]));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorControl)
#include "tst_simulatorcontrol.moc"
