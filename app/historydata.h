// What the History page charts, computed from the store's rollups and the settled days (docs/history.md):
// the periods, their buckets and the series, without Qt Quick, so that the model, the chart and the
// benchmark share them and the tests can check them.
#pragma once

#include "creditsservice.h"
#include "storage/readingsstore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace commonwatt::app {

enum class HistoryView
{
    Power,
    Energy,
    Credits,
    CleanShare,
};

enum class HistoryRange
{
    Day,
    Week,
    Month,
    Year,
};

// One series of a chart: a value per bucket. Series drawn below the axis (what leaves the home's supply:
// its use, charging, export) hold negative values.
struct HistorySeries
{
    QString key; // solar, battery_out, grid_in, house, ev, battery_in, grid_out, giving, events, taking,
                 // fossil, clean
    QString name;
    QList<double> values;
};

struct HistoryData
{
    enum class Style
    {
        StackedArea, // power: areas stacked up from zero, those below down from zero
        StackedBars, // energy and credits
        Bars,        // the clean share
    };
    Style style = Style::StackedArea;
    QList<qint64> bucketStartsMs; // the buckets' starts, plus the end of the last one
    QList<HistorySeries> series;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool hasData = false; // some bucket has a measured value

    [[nodiscard]] qsizetype bucketCount() const { return std::max<qsizetype>(0, bucketStartsMs.size() - 1); }
    // The bucket holding ms, or -1.
    [[nodiscard]] qsizetype bucketAt(qint64 ms) const;
};

// The local period of `range` holding `day`: a day, the week from Monday, the calendar month or year.
struct HistoryPeriod
{
    QDate first;
    QDate last; // inclusive
};
[[nodiscard]] HistoryPeriod periodOf(HistoryRange range, QDate day);
// The period `steps` periods away from the one holding `day`.
[[nodiscard]] HistoryPeriod shiftPeriod(HistoryRange range, QDate day, int steps);

using LocalDayStart = std::function<qint64(QDate)>;

// The locale's short time format without seconds (the C locale's has them: "HH:mm:ss").
[[nodiscard]] QString shortTimeFormat();

// The buckets of a view over a period: 5 minutes for a day's power, hours for longer power and a day's
// energy, local days for a week's or a month's energy and credits, local months for a year's.
[[nodiscard]] QList<qint64> historyBuckets(HistoryView view, HistoryRange range, const HistoryPeriod &period,
                                           const LocalDayStart &dayStart);
// The rollup resolution a view's energy is read from.
[[nodiscard]] storage::Resolution historyResolution(HistoryView view, HistoryRange range);

// How much a counter rose in each bucket of width widthMs from fromMs (count buckets), in its unit. A bucket
// rises by its last value less the last value before it (or its own first value when there is none before);
// a fall is a counter reset and counts as nothing. Rollups before fromMs only give the starting value.
[[nodiscard]] QList<double> counterRise(const QList<storage::Rollup> &rollups, qint64 fromMs, qint64 widthMs,
                                        qsizetype count);
// Sums fine buckets (fineStartMs[i], width fineWidthMs) into the coarse buckets whose starts are given.
[[nodiscard]] QList<double> sumInto(const QList<double> &fine, qint64 fineStartMs, qint64 fineWidthMs,
                                    const QList<qint64> &coarseStarts);

// The energy series of the household from each role's rise per bucket (kWh): solar, battery and grid supply
// above, home, car, charging and export below. Home is the balance. asPowerHours > 0 turns energy per bucket
// into mean power (kW) over buckets of that many hours. Roles with no channel are left out.
struct RoleRise
{
    QList<double> pv, gridImport, gridExport, batteryCharge, batteryDischarge, ev;
    bool hasBattery = false;
    bool hasEv = false;
};
[[nodiscard]] QList<HistorySeries> energySeries(const RoleRise &rise, double bucketHours);

// Credits (in credits, from integer milli-credits) and the clean share (0..1) per bucket from the settled
// days.
[[nodiscard]] QList<HistorySeries> creditSeries(const QList<DailyCredits> &days,
                                                const QList<qint64> &buckets);
[[nodiscard]] QList<HistorySeries> cleanShareSeries(const QList<DailyCredits> &days,
                                                    const QList<qint64> &buckets);

} // namespace commonwatt::app
