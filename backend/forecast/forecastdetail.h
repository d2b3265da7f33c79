// Helpers shared by the forecast models (forecast.cpp): cheap local time, the sun's position and the
// clear-sky irradiance on a panel, robust statistics. Internal to backend/forecast.
#pragma once

#include "forecast.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace commonwatt::forecast::detail {

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kHourMs = 3'600'000;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

[[nodiscard]] constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
[[nodiscard]] constexpr std::int64_t floorMod(std::int64_t a, std::int64_t b)
{
    return a - floorDiv(a, b) * b;
}

// Local time of UTC instants without a QDateTime per instant (which costs microseconds): the zone's
// offsets over a range, from its transitions, looked up by binary search.
class LocalClock
{
public:
    LocalClock(const QTimeZone &zone, std::int64_t fromMs, std::int64_t toMs);
    // Milliseconds of local wall-clock time since 1970-01-01T00:00 local.
    [[nodiscard]] std::int64_t toLocal(std::int64_t utcMs) const;
    [[nodiscard]] std::int64_t localDay(std::int64_t utcMs) const { return floorDiv(toLocal(utcMs), kDayMs); }
    [[nodiscard]] std::int64_t msOfLocalDay(std::int64_t utcMs) const { return floorMod(toLocal(utcMs), kDayMs); }

private:
    std::vector<std::int64_t> m_fromUtcMs; // ascending; the first is the range's start
    std::vector<std::int64_t> m_offsetMs;
};

// Saturday or Sunday, for a day counted from 1970-01-01 (a Thursday).
[[nodiscard]] constexpr bool isWeekend(std::int64_t day)
{
    return floorMod(day + 3, 7) >= 5; // 0 = Monday
}

// The sun over one UTC day (Spencer 1971: declination, equation of time and the Earth-Sun distance to
// within about 0.1 degrees and a minute, plenty for a day's clear-sky shape).
struct SunDay
{
    double sinDeclination = 0.0;
    double cosDeclination = 1.0;
    double equationOfTimeMinutes = 0.0;
    double irradianceFactor = 1.0; // (mean / actual distance)^2
};
[[nodiscard]] SunDay sunDay(std::int64_t utcMs);

// Clear-sky irradiance (W/m^2) on a fixed plane at a site. The atmosphere is Meinel's (70% of the beam
// through one air mass, Kasten-Young air mass) with a diffuse tenth; the plane sees the beam by its
// incidence, isotropic diffuse by its view of the sky and 20% ground reflection.
class ClearSkyPlane
{
public:
    ClearSkyPlane(double latitudeDeg, double longitudeDeg, double tiltDeg, double azimuthDeg);
    [[nodiscard]] double at(const SunDay &day, std::int64_t utcMs) const;
    // The sun's elevation's sine (its "up" component) at an instant.
    [[nodiscard]] double sunUp(const SunDay &day, std::int64_t utcMs) const;

private:
    double m_sinLatitude;
    double m_cosLatitude;
    double m_longitudeDeg;
    double m_normalEast;
    double m_normalNorth;
    double m_normalUp;
};

// The q-quantile (0..1) of `values` by nth_element (reorders them); NaN when empty.
[[nodiscard]] double quantile(std::vector<double> &values, double q);

// "42 days", "1 day".
[[nodiscard]] std::string days(int n);
// "36 h", "1.5 h".
[[nodiscard]] std::string hours(std::int64_t ms);

} // namespace commonwatt::forecast::detail
