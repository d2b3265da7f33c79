// The simulator's building blocks against physics and astronomy that do not depend on the code: where the
// sun is, what a clear day yields, that the battery and the water tank conserve energy.
// Qt 6.4's moc cannot parse <compare>, <concepts> or <numbers>, which these pull in; it needs none of them.
#ifndef Q_MOC_RUN
#include "homebattery.h"
#include "seededrandom.h"
#include "solar.h"
#include "waterheater.h"
#endif

#include <QDateTime>
#include <QTest>

#include "simulatortesthelpers.h"
#include <QTimeZone>

#include <cmath>

using namespace commonwatt;
using namespace commonwatt::simulator;
using namespace commonwatt::testing;

namespace {
constexpr double latitude = 52.1;
constexpr double longitude = 5.1;

[[nodiscard]] qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// kWh per kWp on a cloudless day, integrated minute by minute.
[[nodiscard]] double clearDayYield(int year, int month, int day)
{
    const PvArray array{Kilowatts(1.0), 35.0, 180.0};
    double kwh = 0.0;
    for (qint64 t = utcMs(year, month, day); t < utcMs(year, month, day) + 86'400'000; t += 60'000) {
        const SolarPosition sun = solarPosition(t, latitude, longitude);
        kwh += pvPower(array, sun, clearSky(sun), 15.0).value() / 60.0;
    }
    return kwh;
}
} // namespace

class TestSimulatorPhysics : public QObject
{
    Q_OBJECT

private slots:
    void sunAtSolsticeNoon_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<double>("declination");
        QTest::newRow("June") << 6 << 23.44;
        QTest::newRow("December") << 12 << -23.44;
    }
    void sunAtSolsticeNoon()
    {
        QFETCH(int, month);
        QFETCH(double, declination);
        // The highest the sun gets is 90 - latitude + declination, at solar noon: 12:00 UTC shifted by
        // longitude (4 min per degree east) and the equation of time (about -2 min on 21 June, +2 on 21
        // December).
        double highest = -90.0;
        qint64 when = 0;
        for (qint64 t = utcMs(2024, month, 21, 10); t < utcMs(2024, month, 21, 14); t += 10'000) {
            const SolarPosition sun = solarPosition(t, latitude, longitude);
            if (sun.elevationDeg > highest) {
                highest = sun.elevationDeg;
                when = t;
            }
        }
        QVERIFY2(std::abs(highest - (90.0 - latitude + declination)) < 0.1,
                 qPrintable(QString::number(highest)));
        const double eot = month == 6 ? -1.8 : 1.9;
        const double expectedMinutes = 12 * 60 - 4.0 * longitude - eot;
        const double actualMinutes = static_cast<double>(when - utcMs(2024, month, 21)) / 60'000.0;
        QVERIFY2(std::abs(actualMinutes - expectedMinutes) < 1.5, qPrintable(QString::number(actualMinutes)));
        // And the sun is due south then.
        QVERIFY(std::abs(solarPosition(when, latitude, longitude).azimuthDeg() - 180.0) < 1.0);
    }

    void equationOfTimeAndDeclination()
    {
        // Almanac values: the equation of time peaks at about +16.4 min on 3 November and -14.2 min on
        // 11 February; the declination crosses zero at the March equinox.
        QVERIFY(std::abs(solarPosition(utcMs(2024, 11, 3, 12), 0, 0).equationOfTimeMinutes - 16.4) < 0.3);
        QVERIFY(std::abs(solarPosition(utcMs(2024, 2, 11, 12), 0, 0).equationOfTimeMinutes + 14.2) < 0.3);
        QVERIFY(std::abs(solarPosition(utcMs(2024, 3, 20, 3, 6), 0, 0).declinationDeg) < 0.05);
    }

    void sunTrackerAgreesWithTheFullComputation()
    {
        // Two trackers with different histories give the same answers: results never depend on the start.
        SunTracker fresh(latitude, longitude);
        SunTracker seasoned(latitude, longitude);
        for (qint64 t = utcMs(2024, 3, 1); t < utcMs(2024, 3, 2); t += 5000)
            (void)seasoned.at(t);
        for (qint64 t = utcMs(2024, 3, 2); t < utcMs(2024, 3, 4); t += 7000) {
            const SolarPosition exact = solarPosition(t, latitude, longitude);
            const SolarPosition tracked = fresh.at(t);
            VERIFY_OR_SAY(std::abs(exact.elevationDeg - tracked.elevationDeg) < 0.01, QString::number(t));
            VERIFY_OR_SAY(std::abs(exact.azimuthDeg() - tracked.azimuthDeg()) < 0.05, QString::number(t));
            const SolarPosition other = seasoned.at(t);
            VERIFY_OR_SAY(other.elevationDeg == tracked.elevationDeg && other.east == tracked.east,
                          QString::number(t));
        }
    }

    void noLightBelowTheHorizon()
    {
        for (qint64 t = utcMs(2024, 6, 21, 21); t < utcMs(2024, 6, 22, 2); t += 60'000) {
            const SolarPosition sun = solarPosition(t, latitude, longitude);
            QVERIFY(sun.elevationDeg < 0.0);
            QCOMPARE(clearSky(sun).globalHorizontal, 0.0);
            QCOMPARE(pvPower(PvArray{}, sun, clearSky(sun), 15.0).value(), 0.0);
        }
    }

    void clearSkyIrradianceIsPlausible()
    {
        // Clear-sky global irradiance at a Dutch midsummer noon is 850-950 W/m^2.
        const SolarPosition sun = solarPosition(utcMs(2024, 6, 21, 11, 40), latitude, longitude);
        const Irradiance sky = clearSky(sun);
        QVERIFY2(sky.globalHorizontal > 800.0 && sky.globalHorizontal < 1000.0,
                 qPrintable(QString::number(sky.globalHorizontal)));
        // Clouds only ever take light away, and an overcast sky leaves a quarter of the global.
        double previous = sky.globalHorizontal;
        for (double cover = 0.1; cover <= 1.0001; cover += 0.1) {
            const double global = underClouds(sky, sun, cover).globalHorizontal;
            QVERIFY(global <= previous + 1e-9);
            previous = global;
        }
        QVERIFY(std::abs(previous / sky.globalHorizontal - 0.25) < 0.01);
    }

    void clearDayYields()
    {
        const double june = clearDayYield(2024, 6, 21);
        const double december = clearDayYield(2024, 12, 21);
        qInfo("clear-day yield per kWp at %.1f N, 35 deg south: June %.2f kWh, December %.2f kWh", latitude,
              june, december);
        QVERIFY2(june > 5.0 && june < 7.0, qPrintable(QString::number(june)));
        QVERIFY2(december > 0.5 && december < 2.5, qPrintable(QString::number(december)));
    }

    void batteryConservesEnergyAndKeepsItsLimits()
    {
        HomeBattery::Parameters parameters;
        HomeBattery battery(parameters, 0.5);
        const double capacity = parameters.capacity.value();
        double expected = battery.stored().value();
        DayRandom random(7, 0, Purpose::Weather);
        const std::chrono::seconds dt(30);
        const double hours = 30.0 / 3600.0;
        bool sawFull = false;
        bool sawEmpty = false;
        for (int i = 0; i < 20'000; ++i) {
            // Long stretches of surplus and of deficit, so that both limits are reached.
            const bool charging = (i / 1500) % 2 == 0;
            const Kilowatts demand(random.uniform(0.0, 7.0));
            const HomeBattery::Flow flow =
                battery.follow(charging ? demand : Kilowatts(0), charging ? Kilowatts(0) : demand, dt);
            QVERIFY(flow.charge.value() >= 0.0 && flow.discharge.value() >= 0.0);
            QVERIFY(flow.charge.value() == 0.0 || flow.discharge.value() == 0.0);
            QVERIFY(flow.charge <= std::min(demand, parameters.maxPower));
            QVERIFY(flow.discharge <= std::min(demand, parameters.maxPower));
            expected += flow.charge.value() * hours * parameters.chargeEfficiency -
                        flow.discharge.value() * hours / parameters.dischargeEfficiency;
            VERIFY_OR_SAY(
                std::abs(battery.stored().value() - expected) < 1e-9 * capacity,
                QStringLiteral("step %1: %2 vs %3").arg(i).arg(battery.stored().value()).arg(expected));
            QVERIFY(battery.socPercent() >= 100.0 * parameters.minSoc - 1e-9);
            QVERIFY(battery.socPercent() <= 100.0 * parameters.maxSoc + 1e-9);
            sawFull = sawFull || battery.socPercent() > 100.0 * parameters.maxSoc - 1e-9;
            sawEmpty = sawEmpty || battery.socPercent() < 100.0 * parameters.minSoc + 1e-9;
        }
        QVERIFY(sawFull);
        QVERIFY(sawEmpty);
    }

    void waterHeaterFollowsItsThermostat()
    {
        WaterHeater heater(WaterHeater::Parameters{}, 56.0);
        const WaterHeater::Parameters &p = heater.parameters();
        const double joulesPerKelvin = p.litres * 4186.0;
        double maximum = 0.0;
        double minimumWhileHeating = 100.0;
        int switchOns = 0;
        bool wasHeating = heater.heating();
        // Two days of a 10 l/min draw for 3 minutes every hour, at 10-second steps.
        for (int i = 0; i < 2 * 8640; ++i) {
            const double flow = (i % 360) < 18 ? 10.0 : 0.0;
            const double before = heater.temperatureC();
            const Kilowatts power = heater.advance(10.0, flow, 10.0);
            QVERIFY(power.value() >= 0.0 && power <= p.element);
            // First law, approximately over 10 s: what the element put in went into the water, the draw or
            // the room. Temperatures change slowly enough for the start-of-step temperature to be within
            // 0.1%.
            const double inJ = power.value() * 1000.0 * 10.0;
            const double outJ = (flow / 60.0 * 10.0 * 4186.0) * (before - 10.0) +
                                p.lossWattsPerKelvin * (before - p.roomC) * 10.0;
            const double storedJ = (heater.temperatureC() - before) * joulesPerKelvin;
            VERIFY_OR_SAY(std::abs(inJ - outJ - storedJ) <
                              0.02 * std::max(1000.0, std::abs(inJ) + std::abs(outJ)),
                          QStringLiteral("step %1").arg(i));
            maximum = std::max(maximum, heater.temperatureC());
            if (heater.heating() && !wasHeating) {
                ++switchOns;
                minimumWhileHeating = std::min(minimumWhileHeating, heater.temperatureC());
            }
            wasHeating = heater.heating();
        }
        QVERIFY(switchOns > 3);
        // The thermostat switches off at 60 degC exactly and on below 52 degC: never overshoots.
        QVERIFY2(maximum <= p.switchOffAtC + 1e-9, qPrintable(QString::number(maximum)));
        QVERIFY(minimumWhileHeating <= p.switchOnBelowC + 1e-9);
    }

    void seededNoiseIsSmoothAndBounded()
    {
        double previous = knotNoise(1, 100, Purpose::CloudKnots, 0.0);
        // Across midnight too: the last knot of a day is the first of the next.
        for (double s = 10.0; s < 2 * 86400.0; s += 10.0) {
            const qint64 day = 100 + static_cast<qint64>(s / 86400.0);
            const double value = knotNoise(1, day, Purpose::CloudKnots, std::fmod(s, 86400.0));
            QVERIFY(value >= -1.0 && value <= 1.0);
            VERIFY_OR_SAY(std::abs(value - previous) < 0.05, QString::number(s));
            previous = value;
        }
        QCOMPARE(knotNoise(1, 5, Purpose::CloudKnots, 1234.5), knotNoise(1, 5, Purpose::CloudKnots, 1234.5));
        QVERIFY(knotNoise(1, 5, Purpose::CloudKnots, 1234.5) != knotNoise(2, 5, Purpose::CloudKnots, 1234.5));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorPhysics)
#include "tst_simulatorphysics.moc"
