#include "forecast.h"

#include "forecastdetail.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>
#include <numbers>

namespace commonwatt::forecast {

const char *toString(Source source)
{
    switch (source) {
    case Source::Learned:
        return "learned";
    case Source::Feed:
        return "feed";
    case Source::Profile:
        return "profile";
    case Source::Fallback:
        return "fallback";
    case Source::Default:
        return "default";
    case Source::None:
        return "none";
    }
    return "none";
}

namespace detail {

namespace {
constexpr double degree = std::numbers::pi / 180.0;
constexpr double solarConstant = 1361.0; // W/m^2 at 1 AU
} // namespace

LocalClock::LocalClock(const QTimeZone &zone, std::int64_t fromMs, std::int64_t toMs)
{
    m_fromUtcMs.push_back(std::numeric_limits<std::int64_t>::min());
    if (!zone.isValid()) {
        m_offsetMs.push_back(0);
        return;
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
    m_offsetMs.push_back(std::int64_t{zone.offsetFromUtc(from)} * 1000);
    if (!zone.hasTransitions() || toMs <= fromMs)
        return;
    const auto transitions = zone.transitions(from, QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()));
    for (const QTimeZone::OffsetData &t : transitions) {
        const std::int64_t at = t.atUtc.toMSecsSinceEpoch();
        if (at <= m_fromUtcMs.back())
            continue;
        m_fromUtcMs.push_back(at);
        m_offsetMs.push_back(std::int64_t{t.offsetFromUtc} * 1000);
    }
}

std::int64_t LocalClock::toLocal(std::int64_t utcMs) const
{
    // The last change at or before utcMs; the first entry is before everything.
    const auto it = std::upper_bound(m_fromUtcMs.begin(), m_fromUtcMs.end(), utcMs);
    return utcMs + m_offsetMs[static_cast<std::size_t>(it - m_fromUtcMs.begin() - 1)];
}

SunDay sunDay(std::int64_t utcMs)
{
    // Fractional year in radians, 0 at the start of January (days since 2000-01-01 over the tropical year).
    const double days = static_cast<double>(utcMs - 946'684'800'000LL) / static_cast<double>(kDayMs);
    const double year = days / 365.2422;
    const double g = 2.0 * std::numbers::pi * (year - std::floor(year));
    const double declination = 0.006918 - 0.399912 * std::cos(g) + 0.070257 * std::sin(g) -
                               0.006758 * std::cos(2 * g) + 0.000907 * std::sin(2 * g) -
                               0.002697 * std::cos(3 * g) + 0.00148 * std::sin(3 * g);
    SunDay day;
    day.sinDeclination = std::sin(declination);
    day.cosDeclination = std::cos(declination);
    day.equationOfTimeMinutes = 229.18 * (0.000075 + 0.001868 * std::cos(g) - 0.032077 * std::sin(g) -
                                          0.014615 * std::cos(2 * g) - 0.040849 * std::sin(2 * g));
    day.irradianceFactor = 1.000110 + 0.034221 * std::cos(g) + 0.001280 * std::sin(g) +
                           0.000719 * std::cos(2 * g) + 0.000077 * std::sin(2 * g);
    return day;
}

ClearSkyPlane::ClearSkyPlane(double latitudeDeg, double longitudeDeg, double tiltDeg, double azimuthDeg)
    : m_sinLatitude(std::sin(latitudeDeg * degree))
    , m_cosLatitude(std::cos(latitudeDeg * degree))
    , m_longitudeDeg(longitudeDeg)
    , m_normalEast(std::sin(tiltDeg * degree) * std::sin(azimuthDeg * degree))
    , m_normalNorth(std::sin(tiltDeg * degree) * std::cos(azimuthDeg * degree))
    , m_normalUp(std::cos(tiltDeg * degree))
{}

double ClearSkyPlane::sunUp(const SunDay &day, std::int64_t utcMs) const
{
    const double utcMinutes = static_cast<double>(floorMod(utcMs, kDayMs)) / 60'000.0;
    const double hourAngle = ((utcMinutes + day.equationOfTimeMinutes + 4.0 * m_longitudeDeg) / 4.0 - 180.0) * degree;
    return m_sinLatitude * day.sinDeclination + m_cosLatitude * day.cosDeclination * std::cos(hourAngle);
}

double ClearSkyPlane::at(const SunDay &day, std::int64_t utcMs) const
{
    // Solar time from UTC: the hour angle is 0 when the sun crosses the site's meridian.
    const double utcMinutes = static_cast<double>(floorMod(utcMs, kDayMs)) / 60'000.0;
    const double hourAngle = ((utcMinutes + day.equationOfTimeMinutes + 4.0 * m_longitudeDeg) / 4.0 - 180.0) * degree;
    const double cosHourAngle = std::cos(hourAngle);
    const double up = m_sinLatitude * day.sinDeclination + m_cosLatitude * day.cosDeclination * cosHourAngle;
    if (up <= 0.0)
        return 0.0;
    const double east = -day.cosDeclination * std::sin(hourAngle);
    const double north = m_cosLatitude * day.sinDeclination - m_sinLatitude * day.cosDeclination * cosHourAngle;

    const double zenithDeg = 90.0 - std::asin(std::min(up, 1.0)) / degree;
    const double airMass = 1.0 / (up + 0.50572 * std::pow(96.07995 - zenithDeg, -1.6364)); // Kasten-Young
    const double beam = solarConstant * day.irradianceFactor * std::pow(0.7, std::pow(airMass, 0.678));
    const double diffuse = 0.1 * beam;
    const double global = beam * up + diffuse;
    const double cosIncidence = std::max(east * m_normalEast + north * m_normalNorth + up * m_normalUp, 0.0);
    return beam * cosIncidence + diffuse * (1.0 + m_normalUp) / 2.0 + 0.2 * global * (1.0 - m_normalUp) / 2.0;
}

double quantile(std::vector<double> &values, double q)
{
    if (values.empty())
        return kNaN;
    const auto k = static_cast<std::size_t>(std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1) + 0.5);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

std::string days(int n)
{
    return std::to_string(n) + (n == 1 ? " day" : " days");
}

std::string hours(std::int64_t ms)
{
    char text[32];
    if (ms % kHourMs == 0)
        std::snprintf(text, sizeof text, "%lld h", static_cast<long long>(ms / kHourMs));
    else
        std::snprintf(text, sizeof text, "%.1f h", static_cast<double>(ms) / static_cast<double>(kHourMs));
    return text;
}

} // namespace detail
} // namespace commonwatt::forecast
