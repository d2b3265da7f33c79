#include "solar.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace commonwatt::simulator {

namespace {
constexpr double degree = std::numbers::pi / 180.0;
constexpr double solarConstant = 1361.0; // W/m^2 at 1 AU

[[nodiscard]] double wrapDegrees(double angle) // to (-180, 180]
{
    angle = std::fmod(angle, 360.0);
    if (angle > 180.0)
        angle -= 360.0;
    else if (angle <= -180.0)
        angle += 360.0;
    return angle;
}
} // namespace

namespace {
[[nodiscard]] SunTracker::Orbit orbitAt(qint64 utcMs)
{
    // Days since J2000.0 (2000-01-01T12:00Z).
    const double n = static_cast<double>(utcMs - 946'728'000'000LL) / 86'400'000.0;
    const double meanLongitude = std::fmod(280.460 + 0.9856474 * n, 360.0);
    const double meanAnomaly = std::fmod(357.528 + 0.9856003 * n, 360.0) * degree;
    const double eclipticLongitude =
        (meanLongitude + 1.915 * std::sin(meanAnomaly) + 0.020 * std::sin(2.0 * meanAnomaly)) * degree;
    const double obliquity = (23.439 - 0.0000004 * n) * degree;

    const double rightAscension =
        std::atan2(std::cos(obliquity) * std::sin(eclipticLongitude), std::cos(eclipticLongitude)) / degree;
    const double declination = std::asin(std::sin(obliquity) * std::sin(eclipticLongitude));
    const double distanceAu =
        1.00014 - 0.01671 * std::cos(meanAnomaly) - 0.00014 * std::cos(2.0 * meanAnomaly);

    SunTracker::Orbit orbit;
    orbit.declinationDeg = declination / degree;
    orbit.equationOfTimeMinutes = 4.0 * wrapDegrees(meanLongitude - rightAscension);
    orbit.irradianceFactor = 1.0 / (distanceAu * distanceAu);
    orbit.sinDeclination = std::sin(declination);
    orbit.cosDeclination = std::cos(declination);
    return orbit;
}

[[nodiscard]] SolarPosition positionAt(const SunTracker::Orbit &orbit, qint64 utcMs, double sinLatitude,
                                       double cosLatitude, double longitudeDeg)
{
    SolarPosition sun;
    sun.declinationDeg = orbit.declinationDeg;
    sun.equationOfTimeMinutes = orbit.equationOfTimeMinutes;
    sun.irradianceFactor = orbit.irradianceFactor;

    // True solar time from UTC: the hour angle is 0 when the sun crosses the local meridian.
    const qint64 msOfDay = ((utcMs % 86'400'000) + 86'400'000) % 86'400'000;
    const double utcMinutes = static_cast<double>(msOfDay) / 60'000.0;
    const double solarMinutes = utcMinutes + orbit.equationOfTimeMinutes + 4.0 * longitudeDeg;
    sun.hourAngleDeg = wrapDegrees(solarMinutes / 4.0 - 180.0);

    const double hourAngle = sun.hourAngleDeg * degree;
    const double cosHourAngle = std::cos(hourAngle);
    sun.up = sinLatitude * orbit.sinDeclination + cosLatitude * orbit.cosDeclination * cosHourAngle;
    sun.east = -orbit.cosDeclination * std::sin(hourAngle);
    sun.north = cosLatitude * orbit.sinDeclination - sinLatitude * orbit.cosDeclination * cosHourAngle;
    sun.elevationDeg = std::asin(std::clamp(sun.up, -1.0, 1.0)) / degree;
    return sun;
}

constexpr qint64 orbitBucketMs = 600'000;

[[nodiscard]] qint64 bucketOf(qint64 utcMs)
{
    const qint64 q = utcMs / orbitBucketMs;
    return (utcMs % orbitBucketMs != 0 && utcMs < 0) ? q - 1 : q;
}
} // namespace

double SolarPosition::azimuthDeg() const
{
    return std::fmod(std::atan2(east, north) / degree + 360.0, 360.0);
}

SolarPosition solarPosition(qint64 utcMs, double latitudeDeg, double longitudeDeg)
{
    const double latitude = latitudeDeg * degree;
    return positionAt(orbitAt(utcMs), utcMs, std::sin(latitude), std::cos(latitude), longitudeDeg);
}

SunTracker::SunTracker(double latitudeDeg, double longitudeDeg)
    : m_longitudeDeg(longitudeDeg)
    , m_sinLatitude(std::sin(latitudeDeg * degree))
    , m_cosLatitude(std::cos(latitudeDeg * degree))
    , m_bucket(std::numeric_limits<qint64>::min())
{}

SolarPosition SunTracker::at(qint64 utcMs)
{
    if (const qint64 bucket = bucketOf(utcMs); bucket != m_bucket) {
        m_bucket = bucket;
        m_orbit = orbitAt(bucket * orbitBucketMs + orbitBucketMs / 2);
    }
    return positionAt(m_orbit, utcMs, m_sinLatitude, m_cosLatitude, m_longitudeDeg);
}

Irradiance clearSky(const SolarPosition &sun)
{
    if (sun.elevationDeg <= 0.0)
        return {};
    const double zenithDeg = 90.0 - sun.elevationDeg;
    // Kasten and Young (1989): finite at the horizon, unlike 1/cos(zenith).
    const double airMass = 1.0 / (sun.up + 0.50572 * std::pow(96.07995 - zenithDeg, -1.6364));
    // Meinel and Meinel (1976): 70% of the beam passes one air mass.
    const double beam = solarConstant * sun.irradianceFactor * std::pow(0.7, std::pow(airMass, 0.678));
    const double diffuse = 0.1 * beam;
    return {beam, diffuse, beam * sun.up + diffuse};
}

Irradiance underClouds(const Irradiance &clear, const SolarPosition &sun, double cloudCover)
{
    if (clear.globalHorizontal <= 0.0)
        return {};
    const double cover = std::clamp(cloudCover, 0.0, 1.0);
    // Kasten and Czeplak (1980): a fully overcast sky lets through a quarter of the clear-sky global.
    const double global = clear.globalHorizontal * (1.0 - 0.75 * std::pow(cover, 3.4));
    // Broken clouds hide the sun part of the time; what they scatter arrives as diffuse light.
    const double beam = clear.beamNormal * (1.0 - cover);
    const double diffuse = std::max(global - beam * std::max(sun.up, 0.0), 0.0);
    return {beam, diffuse, beam * std::max(sun.up, 0.0) + diffuse};
}

PvArray::PvArray(Kilowatts peak, double tiltDeg, double azimuthDeg)
    : m_peak(peak)
    , m_tiltDeg(tiltDeg)
    , m_normalEast(std::sin(tiltDeg * degree) * std::sin(azimuthDeg * degree))
    , m_normalNorth(std::sin(tiltDeg * degree) * std::cos(azimuthDeg * degree))
    , m_normalUp(std::cos(tiltDeg * degree))
{}

Kilowatts pvPower(const PvArray &array, const SolarPosition &sun, const Irradiance &sky, double ambientC)
{
    const double peak = array.peak().value();
    if (sun.elevationDeg <= 0.0 || peak <= 0.0)
        return Kilowatts(0.0);
    const double cosIncidence = array.cosIncidence(sun);
    double beam = 0.0;
    if (cosIncidence > 0.0) {
        // ASHRAE incidence angle modifier: the glass reflects more of a grazing beam.
        const double modifier = std::clamp(1.0 - 0.05 * (1.0 / cosIncidence - 1.0), 0.0, 1.0);
        beam = sky.beamNormal * cosIncidence * modifier;
    }
    const double skyView = (1.0 + array.cosTilt()) / 2.0;
    const double groundView = 1.0 - skyView;
    const double planeOfArray =
        beam + sky.diffuseHorizontal * skyView + 0.2 * sky.globalHorizontal * groundView;

    // Cells run hotter than the air in sunshine and lose 0.4% per kelvin above 25 degC.
    const double cellC = ambientC + 0.03 * planeOfArray;
    const double temperatureFactor = 1.0 - 0.004 * (cellC - 25.0);
    const double kw = peak * planeOfArray / 1000.0 * PvArray::performanceRatio * temperatureFactor;
    return Kilowatts(std::clamp(kw, 0.0, peak));
}

} // namespace commonwatt::simulator
