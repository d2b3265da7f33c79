#include "localcalendar.h"

#include <QDate>
#include <QDateTime>

#include <QTime>

#include <cmath>
#include <limits>
#include <utility>

namespace commonwatt::simulator {

namespace {
constexpr qint64 msPerDay = 86'400'000;
constexpr qint64 julianDayOfEpoch = 2'440'588; // 1970-01-01

[[nodiscard]] qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
} // namespace

DateInfo DateInfo::of(qint64 day)
{
    const QDate date = QDate::fromJulianDay(day + julianDayOfEpoch);
    DateInfo info;
    info.day = day;
    info.dayOfWeek = date.dayOfWeek();
    info.dayOfYear = date.dayOfYear();
    info.daysInYear = date.daysInYear();
    return info;
}

LocalCalendar::LocalCalendar(QTimeZone zone)
    : m_zone(std::move(zone))
{}

LocalTime LocalCalendar::at(qint64 utcMs)
{
    if (utcMs < m_validFromMs || utcMs >= m_validUntilMs) {
        const QDateTime instant = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
        m_offsetMs = static_cast<qint64>(m_zone.offsetFromUtc(instant)) * 1000;
        m_validFromMs = utcMs;
        m_validUntilMs = std::numeric_limits<qint64>::max();
        if (m_zone.hasTransitions()) {
            const QTimeZone::OffsetData next = m_zone.nextTransition(instant);
            if (next.atUtc.isValid())
                m_validUntilMs = next.atUtc.toMSecsSinceEpoch();
        }
    }
    const qint64 localMs = utcMs + m_offsetMs;
    const qint64 day = floorDiv(localMs, msPerDay);
    return {day, static_cast<double>(localMs - day * msPerDay) / 1000.0};
}

qint64 LocalCalendar::utcMs(qint64 day, double secondOfDay) const
{
    const qint64 ms = std::llround(secondOfDay * 1000.0);
    const qint64 extraDays = floorDiv(ms, msPerDay);
    const QDate date = QDate::fromJulianDay(day + extraDays + julianDayOfEpoch);
    const QTime time = QTime::fromMSecsSinceStartOfDay(static_cast<int>(ms - extraDays * msPerDay));
    return QDateTime(date, time, m_zone).toMSecsSinceEpoch();
}

} // namespace commonwatt::simulator
