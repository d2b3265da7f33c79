// Where the sun is, how much light reaches the panels through a clear or cloudy sky, and what the PV array
// makes of it. Formulas and their sources are in docs/simulator.md.
#pragma once

#include "domain/units.h"

#include <QtGlobal>

namespace commonwatt::simulator {

struct SolarPosition
{
    double declinationDeg = 0.0;
    double equationOfTimeMinutes = 0.0; // apparent minus mean solar time
    double hourAngleDeg = 0.0;          // 0 at solar noon, negative in the morning
    double elevationDeg = 0.0;          // above the horizon, without refraction
    double irradianceFactor = 1.0;      // (mean / actual Earth-Sun distance)^2
    // Unit vector towards the sun in local east, north, up coordinates.
    double east = 0.0;
    double north = 0.0;
    double up = 0.0;

    // From north, clockwise. Computed on demand: the model itself only needs the vector.
    [[nodiscard]] double azimuthDeg() const;
};

// The Astronomical Almanac's low-precision algorithm (about 0.01 degrees from 1950 to 2050).
[[nodiscard]] SolarPosition solarPosition(qint64 utcMs, double latitudeDeg, double longitudeDeg);

// The same for a stream of times at one place, cheaper: the terms that follow the Earth's orbit (declination,
// equation of time, distance) change by less than 0.003 degrees in ten minutes, so they are computed once
// per ten-minute bucket of UTC; only the hour angle follows every step. Buckets are fixed on the epoch, so a
// result never depends on when a simulation started.
class SunTracker
{
public:
    SunTracker(double latitudeDeg, double longitudeDeg);
    [[nodiscard]] SolarPosition at(qint64 utcMs);

    struct Orbit
    {
        double declinationDeg = 0.0;
        double equationOfTimeMinutes = 0.0;
        double irradianceFactor = 1.0;
        double sinDeclination = 0.0;
        double cosDeclination = 1.0;
    };

private:
    double m_longitudeDeg;
    double m_sinLatitude;
    double m_cosLatitude;
    qint64 m_bucket;
    Orbit m_orbit;
};

// Irradiance in W/m^2.
struct Irradiance
{
    double beamNormal = 0.0;        // DNI
    double diffuseHorizontal = 0.0; // DHI
    double globalHorizontal = 0.0;  // GHI
};

// Clear sky: beam attenuated by the air mass (Kasten-Young) with Meinel's model, diffuse a tenth of it.
[[nodiscard]] Irradiance clearSky(const SolarPosition &sun);
// Cloud cover 0 (clear) to 1 (overcast): global irradiance after Kasten-Czeplak, beam only while the sun is
// uncovered, the rest diffuse.
[[nodiscard]] Irradiance underClouds(const Irradiance &clear, const SolarPosition &sun, double cloudCover);

class PvArray
{
public:
    // Azimuth from north, clockwise: 180 faces south.
    explicit PvArray(Kilowatts peak = Kilowatts(6.0), double tiltDeg = 35.0, double azimuthDeg = 180.0);

    [[nodiscard]] Kilowatts peak() const { return m_peak; }
    [[nodiscard]] double tiltDeg() const { return m_tiltDeg; }
    [[nodiscard]] double cosTilt() const { return m_normalUp; }
    // Cosine of the angle between the sun and the panels' normal.
    [[nodiscard]] double cosIncidence(const SolarPosition &sun) const
    {
        return sun.east * m_normalEast + sun.north * m_normalNorth + sun.up * m_normalUp;
    }
    // Wiring, inverter, soiling, shading and mismatch; temperature is separate.
    static constexpr double performanceRatio = 0.80;

private:
    Kilowatts m_peak;
    double m_tiltDeg;
    double m_normalEast;
    double m_normalNorth;
    double m_normalUp;
};

// AC power of the array, never negative and never above its peak (the inverter clips).
[[nodiscard]] Kilowatts pvPower(const PvArray &array, const SolarPosition &sun, const Irradiance &sky,
                                double ambientC);

} // namespace commonwatt::simulator
