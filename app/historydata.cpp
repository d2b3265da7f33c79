#include "historydata.h"

#include "storage/rollups.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

qsizetype HistoryData::bucketAt(qint64 ms) const
{
    if (bucketStartsMs.size() < 2 || ms < bucketStartsMs.constFirst() || ms >= bucketStartsMs.constLast())
        return -1;
    const auto next = std::upper_bound(bucketStartsMs.cbegin(), bucketStartsMs.cend(), ms);
    return qsizetype(next - bucketStartsMs.cbegin()) - 1;
}

QString shortTimeFormat()
{
    return QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
}

HistoryPeriod periodOf(HistoryRange range, QDate day)
{
    switch (range) {
    case HistoryRange::Day:
        return {day, day};
    case HistoryRange::Week: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case HistoryRange::Month: {
        const QDate first(day.year(), day.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case HistoryRange::Year:
        return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
    }
    return {day, day};
}

HistoryPeriod shiftPeriod(HistoryRange range, QDate day, int steps)
{
    const HistoryPeriod period = periodOf(range, day);
    switch (range) {
    case HistoryRange::Day:
        return periodOf(range, day.addDays(steps));
    case HistoryRange::Week:
        return periodOf(range, period.first.addDays(7 * steps));
    case HistoryRange::Month:
        return periodOf(range, period.first.addMonths(steps));
    case HistoryRange::Year:
        return periodOf(range, period.first.addYears(steps));
    }
    return period;
}

storage::Resolution historyResolution(HistoryView view, HistoryRange range)
{
    return view == HistoryView::Power && range == HistoryRange::Day ? storage::Resolution::FiveMinutes
                                                                    : storage::Resolution::Hour;
}

QList<qint64> historyBuckets(HistoryView view, HistoryRange range, const HistoryPeriod &period,
                             const LocalDayStart &dayStart)
{
    const qint64 fromMs = dayStart(period.first);
    const qint64 toMs = dayStart(period.last.addDays(1));
    QList<qint64> starts;
    const bool fixedWidth =
        view == HistoryView::Power || (view == HistoryView::Energy && range == HistoryRange::Day);
    if (fixedWidth) {
        const qint64 width = historyResolution(view, range) == storage::Resolution::FiveMinutes
                                 ? storage::kFiveMinutesMs
                                 : storage::kHourMs;
        // Aligned like the rollups; a zone whose midnight is off the hour starts with a part bucket.
        for (qint64 t = storage::bucketStart(fromMs, width); t < toMs; t += width)
            starts.append(std::max(t, fromMs));
        starts.append(toMs);
        return starts;
    }
    if (range == HistoryRange::Year) {
        for (QDate month = period.first; month <= period.last; month = month.addMonths(1))
            starts.append(dayStart(month));
    } else {
        for (QDate day = period.first; day <= period.last; day = day.addDays(1))
            starts.append(dayStart(day));
    }
    starts.append(toMs);
    return starts;
}

QList<double> counterRise(const QList<storage::Rollup> &rollups, qint64 fromMs, qint64 widthMs,
                          qsizetype count)
{
    QList<double> rise(count, 0.0);
    std::optional<double> previous;
    for (const storage::Rollup &bucket : rollups) {
        const qint64 offset = bucket.bucketStartMs - fromMs;
        if (offset >= 0 && offset / widthMs < count) {
            const double start = previous.value_or(bucket.first);
            rise[offset / widthMs] += std::max(0.0, bucket.last - start);
        }
        previous = bucket.last;
    }
    return rise;
}

QList<double> sumInto(const QList<double> &fine, qint64 fineStartMs, qint64 fineWidthMs,
                      const QList<qint64> &coarseStarts)
{
    QList<double> sums(std::max<qsizetype>(0, coarseStarts.size() - 1), 0.0);
    for (qsizetype i = 0; i < fine.size(); ++i) {
        const qint64 t = fineStartMs + i * fineWidthMs;
        const auto next = std::upper_bound(coarseStarts.cbegin(), coarseStarts.cend(), t);
        const qsizetype index = qsizetype(next - coarseStarts.cbegin()) - 1;
        if (index >= 0 && index < sums.size())
            sums[index] += fine[i];
    }
    return sums;
}

QList<HistorySeries> energySeries(const RoleRise &rise, double bucketHours)
{
    const qsizetype n = rise.gridImport.size();
    auto at = [](const QList<double> &values, qsizetype i) { return i < values.size() ? values[i] : 0.0; };
    const double scale = bucketHours > 0 ? 1.0 / bucketHours : 1.0;
    auto series = [&](const char *key, const char *name, double sign, auto value) {
        HistorySeries s;
        s.key = QString::fromLatin1(key);
        s.name = QCoreApplication::translate("History", name);
        s.values.resize(n);
        for (qsizetype i = 0; i < n; ++i)
            s.values[i] = sign * scale * value(i);
        return s;
    };
    QList<HistorySeries> list;
    //: A series of the history chart: what the solar panels produced
    list.append(series("solar", QT_TRANSLATE_NOOP("History", "Solar"), 1,
                       [&](qsizetype i) { return at(rise.pv, i); }));
    if (rise.hasBattery) {
        //: A series of the history chart: what the home battery gave
        list.append(series("battery_out", QT_TRANSLATE_NOOP("History", "Battery"), 1,
                           [&](qsizetype i) { return at(rise.batteryDischarge, i); }));
    }
    //: A series of the history chart: what came from the grid
    list.append(series("grid_in", QT_TRANSLATE_NOOP("History", "Grid"), 1,
                       [&](qsizetype i) { return at(rise.gridImport, i); }));
    //: A series of the history chart: what the home used (not the battery or the car)
    list.append(series("house", QT_TRANSLATE_NOOP("History", "Home"), -1, [&](qsizetype i) {
        return std::max(0.0, at(rise.gridImport, i) + at(rise.pv, i) + at(rise.batteryDischarge, i) -
                                 at(rise.gridExport, i) - at(rise.batteryCharge, i) - at(rise.ev, i));
    }));
    if (rise.hasEv) {
        //: A series of the history chart: what charged the car
        list.append(series("ev", QT_TRANSLATE_NOOP("History", "Car"), -1,
                           [&](qsizetype i) { return at(rise.ev, i); }));
    }
    if (rise.hasBattery) {
        //: A series of the history chart: what charged the home battery
        list.append(series("battery_in", QT_TRANSLATE_NOOP("History", "Charging"), -1,
                           [&](qsizetype i) { return at(rise.batteryCharge, i); }));
    }
    //: A series of the history chart: what was sent to the grid
    list.append(series("grid_out", QT_TRANSLATE_NOOP("History", "Export"), -1,
                       [&](qsizetype i) { return at(rise.gridExport, i); }));
    return list;
}

namespace {
qsizetype bucketOf(const QList<qint64> &buckets, qint64 ms)
{
    if (buckets.size() < 2 || ms < buckets.constFirst() || ms >= buckets.constLast())
        return -1;
    return qsizetype(std::upper_bound(buckets.cbegin(), buckets.cend(), ms) - buckets.cbegin()) - 1;
}
} // namespace

QList<HistorySeries> creditSeries(const QList<DailyCredits> &days, const QList<qint64> &buckets)
{
    const qsizetype n = std::max<qsizetype>(0, buckets.size() - 1);
    std::vector<std::int64_t> giving(n), events(n), taking(n), fossil(n);
    for (const DailyCredits &day : days) {
        const qsizetype i = bucketOf(buckets, day.dayStartMs);
        if (i < 0)
            continue;
        giving[i] += day.giving.value();
        events[i] += day.eventRewards.value();
        taking[i] += day.taking.value();
        fossil[i] += day.fossil.value();
    }
    auto series = [n](const char *key, const char *name, const std::vector<std::int64_t> &milli, int sign) {
        HistorySeries s;
        s.key = QString::fromLatin1(key);
        s.name = QCoreApplication::translate("History", name);
        s.values.resize(n);
        for (qsizetype i = 0; i < n; ++i)
            s.values[i] = double(sign * milli[i]) / 1000.0; // shown only; the sums above are exact
        return s;
    };
    return {
        //: A series of the credits chart: credits earned by giving clean energy
        series("giving", QT_TRANSLATE_NOOP("History", "Giving"), giving, 1),
        //: A series of the credits chart: rewards for answering grid events
        series("events", QT_TRANSLATE_NOOP("History", "Grid events"), events, 1),
        //: A series of the credits chart: credits spent taking energy from the commons
        series("taking", QT_TRANSLATE_NOOP("History", "Taking"), taking, -1),
        //: A series of the credits chart: credits spent on fossil energy
        series("fossil", QT_TRANSLATE_NOOP("History", "Fossil"), fossil, -1),
    };
}

QList<HistorySeries> cleanShareSeries(const QList<DailyCredits> &days, const QList<qint64> &buckets)
{
    const qsizetype n = std::max<qsizetype>(0, buckets.size() - 1);
    std::vector<currency::CleanShare> sums(n);
    for (const DailyCredits &day : days) {
        const qsizetype i = bucketOf(buckets, day.dayStartMs);
        if (i < 0)
            continue;
        sums[i].cleanLoadWhMillionths += day.cleanShare.cleanLoadWhMillionths;
        sums[i].loadWh += day.cleanShare.loadWh;
    }
    HistorySeries s;
    s.key = u"clean"_s;
    //: A series of the clean-share chart: the share of the home's use that was clean
    s.name = QCoreApplication::translate("History", "Clean share");
    s.values.resize(n);
    for (qsizetype i = 0; i < n; ++i)
        s.values[i] = sums[i].loadWh > 0 ? double(sums[i].millionths()) / 1e6 : 0.0;
    return {s};
}

} // namespace commonwatt::app
