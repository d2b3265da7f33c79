#include "utctime.h"

#include <QDateTime>

namespace commonwatt::gridfeed {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
[[nodiscard]] qint64 daysFromCivil(qint64 y, qint64 m, qint64 d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = y / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

[[nodiscard]] bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

class Reader
{
public:
    explicit Reader(QStringView text)
        : m_text(text)
    {}
    // Exactly `count` digits, or -1.
    qint64 digits(qsizetype count)
    {
        qint64 value = 0;
        for (qsizetype i = 0; i < count; ++i, ++m_pos) {
            if (m_pos >= m_text.size() || m_text[m_pos] < u'0' || m_text[m_pos] > u'9')
                return -1;
            value = value * 10 + (m_text[m_pos].unicode() - u'0');
        }
        return value;
    }
    bool take(QChar c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    [[nodiscard]] bool isDigit() const
    {
        return m_pos < m_text.size() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9';
    }
    [[nodiscard]] QStringView rest() const { return m_text.mid(m_pos); }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<qint64> parseUtcTime(QStringView text)
{
    if (text.size() > 40)
        return std::nullopt;
    Reader in(text);
    const qint64 year = in.digits(4);
    if (year < 1970 || !in.take(u'-'))
        return std::nullopt;
    const qint64 month = in.digits(2);
    if (month < 1 || month > 12 || !in.take(u'-'))
        return std::nullopt;
    const qint64 day = in.digits(2);
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const qint64 lastDay = monthDays[month - 1] + (month == 2 && isLeap(year) ? 1 : 0);
    if (day < 1 || day > lastDay || !in.take(u'T'))
        return std::nullopt;
    const qint64 hour = in.digits(2);
    if (hour < 0 || hour > 23 || !in.take(u':'))
        return std::nullopt;
    const qint64 minute = in.digits(2);
    if (minute < 0 || minute > 59 || !in.take(u':'))
        return std::nullopt;
    const qint64 second = in.digits(2);
    if (second < 0 || second > 59)
        return std::nullopt;
    qint64 millis = 0;
    if (in.take(u'.')) {
        if (!in.isDigit())
            return std::nullopt;
        int count = 0;
        while (in.isDigit()) {
            const qint64 digit = in.digits(1);
            if (++count > 9)
                return std::nullopt;
            if (count <= 3)
                millis = millis * 10 + digit;
        }
        for (; count < 3; ++count)
            millis *= 10;
    }
    const QStringView zone = in.rest();
    if (zone != u"Z" && zone != u"+00:00")
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute) * 60'000 + second * 1000 + millis;
}

QString formatUtcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace commonwatt::gridfeed
