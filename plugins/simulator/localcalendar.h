// Local civil time for the household's time zone: behaviour (departures, meals, showers) follows the wall
// clock, including daylight saving time, while physics (the sun) follows UTC.
#pragma once

#include <QTimeZone>
#include <QtGlobal>

namespace commonwatt::simulator {

struct DateInfo
{
    qint64 day = 0;    // local calendar day: days since 1970-01-01
    int dayOfWeek = 1; // 1 = Monday ... 7 = Sunday
    int dayOfYear = 1; // 1 ... 366
    int daysInYear = 365;
    [[nodiscard]] bool isWeekend() const { return dayOfWeek >= 6; }
    [[nodiscard]] static DateInfo of(qint64 day);
};

struct LocalTime
{
    qint64 day = 0;         // as in DateInfo
    double secondOfDay = 0; // wall-clock seconds since local midnight, [0, 86400)
};

class LocalCalendar
{
public:
    explicit LocalCalendar(QTimeZone zone);

    // Not const: it caches the UTC offset until the zone's next transition, because asking QTimeZone for
    // every one of millions of samples would dominate a simulated year.
    [[nodiscard]] LocalTime at(qint64 utcMs);
    // The instant of a local wall-clock time: `secondOfDay` past midnight of `day` (more than a day's seconds
    // count on into the following days). Asks the time zone every time, so it is for the few times a day
    // that a plan needs an instant (a departure, a deadline), not for every sample.
    [[nodiscard]] qint64 utcMs(qint64 day, double secondOfDay) const;
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    qint64 m_validFromMs = 1; // empty range: nothing cached yet
    qint64 m_validUntilMs = 0;
    qint64 m_offsetMs = 0;
};

} // namespace commonwatt::simulator
