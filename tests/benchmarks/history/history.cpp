// bench_history: the History chart (app/historyplot) with a year of data, drawn as the app draws it
// (toPainter into an image at the item's size). Measures, in one run:
//   - a replot of the whole year (the chart's settings: adaptive sampling on, no antialiasing),
//   - a pan step and a zoom step (the axis moved, then a replot),
//   - a data refresh (the series set anew, as when a query answers, then a replot),
// against the straightforward QCustomPlot chart of the same data (stacked filled graphs, every point, with
// and without its adaptive sampling), and against a plain QPainter drawing of the same stacked polygons and
// polylines. The chart itself draws the buckets in view as columns, means over a pixel's column when there
// are more buckets than pixels. Prints the medians and the ratios; the target is <= 100 ms per replot.
//
//   bench_history [--five-minutes] [--repeat N] [--baseline-repeat N] [--size WxH] [--dpr R]
#include "historyplot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numbers>
#include <vector>

using namespace commonwatt;
using namespace commonwatt::app;
using namespace Qt::StringLiterals;

namespace {

// A year of a household with solar, a battery and a car: power per bucket, seeded.
HistoryData yearOfData(qint64 bucketMs)
{
    const qint64 from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qsizetype n = (to - from) / bucketMs;
    QRandomGenerator random(42);
    HistoryData data;
    data.style = HistoryData::Style::StackedArea;
    data.fromMs = from;
    data.toMs = to;
    data.hasData = true;
    for (qsizetype i = 0; i <= n; ++i)
        data.bucketStartsMs.append(from + i * bucketMs);
    const QStringList keys{u"solar"_s, u"battery_out"_s, u"grid_in"_s, u"house"_s,
                           u"ev"_s,    u"battery_in"_s,  u"grid_out"_s};
    for (const QString &key : keys)
        data.series.append({key, key, QList<double>(n, 0.0)});
    for (qsizetype i = 0; i < n; ++i) {
        const double hour = double((i * bucketMs) % (24 * 3600'000)) / 3600'000.0;
        const double day = double(i * bucketMs) / (24.0 * 3600'000);
        const double season = 0.6 + 0.4 * std::cos((day - 172) / 365.0 * 2 * std::numbers::pi);
        const double sun = std::max(0.0, std::sin((hour - 6) / 14 * std::numbers::pi)) * 6 * season *
                           (0.6 + 0.4 * random.generateDouble());
        const double home = 0.3 + 0.5 * random.generateDouble() + (hour > 17 && hour < 22 ? 1.2 : 0);
        const double car = (hour >= 1 && hour < 5 && int(day) % 3 == 0) ? 7.4 : 0.0;
        const double charge = std::min(3.0, std::max(0.0, sun - home) * 0.6);
        const double discharge = hour > 18 ? std::min(2.5, home * 0.7) : 0.0;
        const double exported = std::max(0.0, sun - home - charge);
        const double imported = std::max(0.0, home + car + charge - sun - discharge);
        const double values[] = {sun, discharge, imported, -home, -car, -charge, -exported};
        for (qsizetype k = 0; k < data.series.size(); ++k)
            data.series[k].values[i] = values[k];
    }
    return data;
}

HistoryPlotColors colours()
{
    HistoryPlotColors c;
    c.text = QColor(u"#9fb0c3"_s);
    c.grid = QColor(u"#2c3d50"_s);
    c.series = {{u"solar"_s, QColor(u"#f5b82e"_s)},      {u"battery_out"_s, QColor(u"#4cc38a"_s)},
                {u"battery_in"_s, QColor(u"#4cc38a"_s)}, {u"grid_in"_s, QColor(u"#8ea4bd"_s)},
                {u"grid_out"_s, QColor(u"#8ea4bd"_s)},   {u"house"_s, QColor(u"#e48bd0"_s)},
                {u"ev"_s, QColor(u"#5aa9f5"_s)}};
    return c;
}

// The same chart drawn the straightforward way: a QCPGraph per series with every point, stacked, each filled
// down to the graph below it (or to zero).
struct NaivePlot
{
    NaivePlot(const HistoryData &data, const HistoryPlotColors &c, QSize chartSize, bool adaptiveSampling)
        : size(chartSize)
    {
        plot.setViewport(QRect(QPoint(0, 0), size));
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
        ticker->setDateTimeFormat(u"MMM"_s);
        plot.xAxis->setTicker(ticker);
        QCPGraph *lastAbove = nullptr;
        QCPGraph *lastBelow = nullptr;
        for (const HistorySeries &s : data.series) {
            const bool down = std::any_of(s.values.cbegin(), s.values.cend(), [](double v) { return v < 0; });
            QCPGraph *graph = plot.addGraph();
            graph->setAdaptiveSampling(adaptiveSampling);
            QColor fill = c.series.value(s.key);
            graph->setPen(QPen(fill, 1));
            fill.setAlpha(200);
            graph->setBrush(fill);
            QCPGraph *&last = down ? lastBelow : lastAbove;
            if (last)
                graph->setChannelFillGraph(last);
            last = graph;
        }
        setData(data);
    }
    void setData(const HistoryData &data)
    {
        const qsizetype n = data.bucketCount();
        QVector<double> keys(n), above(n, 0.0), below(n, 0.0);
        for (qsizetype i = 0; i < n; ++i)
            keys[i] = double(data.bucketStartsMs[i] + data.bucketStartsMs[i + 1]) / 2000.0;
        for (qsizetype k = 0; k < data.series.size(); ++k) {
            const HistorySeries &s = data.series[k];
            const bool down = std::any_of(s.values.cbegin(), s.values.cend(), [](double v) { return v < 0; });
            QVector<double> &stack = down ? below : above;
            for (qsizetype i = 0; i < n; ++i)
                stack[i] += s.values[i];
            plot.graph(int(k))->setData(keys, stack, true);
        }
        plot.xAxis->setRange(double(data.fromMs) / 1000, double(data.toMs) / 1000); // the whole year again
        plot.yAxis->rescale();
    }

    QCustomPlot plot;
    QSize size;
};

struct Figure
{
    double median = 0;
    double worst = 0;
};

Figure measure(int repeat, const std::function<void()> &step)
{
    step(); // warm: fonts, label cache
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

// The plain alternative: each stacked series as a filled polygon between its stack's lower and upper line,
// every point drawn, in the same image.
void drawPlain(QImage &image, const HistoryData &data, const HistoryPlotColors &c)
{
    image.fill(Qt::transparent);
    QPainter painter(&image);
    const qsizetype n = data.bucketCount();
    const double w = image.width() / image.devicePixelRatio();
    const double h = image.height() / image.devicePixelRatio();
    double top = 0, bottom = 0;
    std::vector<double> up(n, 0.0), down(n, 0.0);
    for (const HistorySeries &s : data.series)
        for (qsizetype i = 0; i < n; ++i)
            (s.values[i] < 0 ? down : up)[i] += s.values[i];
    for (qsizetype i = 0; i < n; ++i) {
        top = std::max(top, up[i]);
        bottom = std::min(bottom, down[i]);
    }
    auto px = [&](qsizetype i) { return 60 + (w - 80) * double(i) / double(n); };
    auto py = [&](double v) { return 20 + (h - 60) * (top - v) / (top - bottom); };
    std::fill(up.begin(), up.end(), 0.0);
    std::fill(down.begin(), down.end(), 0.0);
    for (const HistorySeries &s : data.series) {
        const bool below = std::any_of(s.values.cbegin(), s.values.cend(), [](double v) { return v < 0; });
        std::vector<double> &stack = below ? down : up;
        QPolygonF polygon;
        polygon.reserve(2 * n);
        for (qsizetype i = 0; i < n; ++i)
            polygon.append(QPointF(px(i), py(stack[i] + s.values[i])));
        QPolygonF line = polygon;
        for (qsizetype i = n - 1; i >= 0; --i) {
            polygon.append(QPointF(px(i), py(stack[i])));
            stack[i] += s.values[i];
        }
        QColor fill = c.series.value(s.key);
        fill.setAlpha(200);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(polygon);
        painter.setPen(QPen(c.series.value(s.key), 1.5));
        painter.drawPolyline(line);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The History chart with a year of data: time per replot."_s);
    parser.addHelpOption();
    QCommandLineOption fiveMinutes(u"five-minutes"_s,
                                   u"5-minute buckets (105,120 per series) instead of hours."_s);
    QCommandLineOption repeat(u"repeat"_s, u"Steps timed per figure (default 30)."_s, u"n"_s, u"30"_s);
    QCommandLineOption size(u"size"_s, u"Chart size in logical pixels (default 1280x640)."_s, u"WxH"_s,
                            u"1280x640"_s);
    QCommandLineOption dpr(u"dpr"_s, u"Device pixel ratio (default 1)."_s, u"r"_s, u"1"_s);
    QCommandLineOption baselineRepeat(u"baseline-repeat"_s, u"Steps timed per baseline figure (default 5)."_s,
                                      u"n"_s, u"5"_s);
    parser.addOptions({fiveMinutes, repeat, baselineRepeat, size, dpr});
    parser.process(app);
    const int n = std::max(1, parser.value(repeat).toInt());
    const QStringList wh = parser.value(size).split(u'x');
    const QSize chartSize(wh.value(0).toInt(), wh.value(1).toInt());
    const double ratio = parser.value(dpr).toDouble();
    if (chartSize.isEmpty() || ratio <= 0) {
        std::fprintf(stderr, "bench_history: --size must be WxH and --dpr positive\n");
        return 2;
    }

    const qint64 bucketMs = parser.isSet(fiveMinutes) ? 5 * 60'000 : 3600'000;
    const HistoryData data = yearOfData(bucketMs);
    const HistoryPlotColors c = colours();
    QImage image(chartSize * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    auto render = [&image](HistoryPlot &plot) {
        image.fill(Qt::transparent);
        plot.render(&image);
    };

    HistoryPlot chart;
    chart.setColors(c);
    chart.setSize(chartSize);
    chart.setData(data, HistoryRange::Year, QTimeZone::utc(), u"kW"_s);

    // The straightforward QCustomPlot chart of the same data: stacked areas (each graph filled down to the
    // one below), every point handed over; with its adaptive sampling (the default) and without.
    NaivePlot defaults(data, c, chartSize, true);
    NaivePlot unsampled(data, c, chartSize, false);
    auto renderNaive = [&image](NaivePlot &naive) {
        image.fill(Qt::transparent);
        QCPPainter painter(&image);
        naive.plot.toPainter(&painter, naive.size.width(), naive.size.height());
    };

    const int nb = std::max(1, parser.value(baselineRepeat).toInt());
    const Figure replot = measure(n, [&] { render(chart); });
    const int drawnYear = chart.drawnPoints();
    const Figure replotDefaults = measure(nb, [&] { renderNaive(defaults); });
    const Figure replotUnsampled = measure(nb, [&] { renderNaive(unsampled); });
    const Figure plain = measure(nb, [&] { drawPlain(image, data, c); });

    // Pan and zoom steps as the handlers make them: zoomed in to about a month, then moved; each step sets
    // the columns in view anew (the chart's data refresh) and replots.
    chart.zoomBy(12, chartSize.width() / 2.0);
    defaults.plot.xAxis->setRange(chart.plot().xAxis->range());
    int direction = 1;
    int steps = 0;
    const Figure panStep = measure(n, [&] {
        if (++steps % 20 == 0)
            direction = -direction; // stays inside the year
        chart.panBy(direction * 40.0);
        render(chart);
    });
    steps = 0;
    const Figure panDefaults = measure(nb, [&] {
        const QCPRange range = defaults.plot.xAxis->range();
        defaults.plot.xAxis->moveRange(-direction * 40.0 / chartSize.width() * range.size());
        renderNaive(defaults);
    });
    bool in = true;
    const Figure zoomStep = measure(n, [&] {
        chart.zoomBy(in ? 1.25 : 0.8, chartSize.width() / 3.0);
        in = !in;
        render(chart);
    });
    const Figure zoomDefaults = measure(nb, [&] {
        defaults.plot.xAxis->scaleRange(in ? 0.8 : 1.25);
        in = !in;
        renderNaive(defaults);
    });
    // A query answered: the whole year set anew, binned and drawn.
    const Figure refresh = measure(n, [&] {
        chart.setData(data, HistoryRange::Year, QTimeZone::utc(), u"kW"_s);
        render(chart);
    });
    const Figure refreshDefaults = measure(nb, [&] {
        defaults.setData(data);
        renderNaive(defaults);
    });

    const qsizetype points = data.bucketCount() * data.series.size();
    std::printf("History chart: a year of %s buckets, %lld series stacked (%lld points), %dx%d at %.1fx\n"
                "ours: median of %d (%d columns drawn per series for the year); baselines: median of %d\n",
                bucketMs == 3600'000 ? "hourly" : "5-minute", qlonglong(data.series.size()),
                qlonglong(points), chartSize.width(), chartSize.height(), ratio, n, drawnYear, nb);
    auto row = [](const char *what, const Figure &ours, const Figure &base, const char *baseName) {
        std::printf("  %-26s %8.2f ms (worst %7.2f) | %-34s %9.2f ms | ratio %.4f\n", what, ours.median,
                    ours.worst, baseName, base.median, ours.median / base.median);
    };
    row("replot, whole year", replot, replotDefaults, "QCustomPlot areas, every point");
    row("replot, whole year", replot, replotUnsampled, "the same, no adaptive sampling");
    row("replot, whole year", replot, plain, "plain QPainter polygons + polylines");
    row("pan step, a month in view", panStep, panDefaults, "QCustomPlot areas, every point");
    row("zoom step", zoomStep, zoomDefaults, "QCustomPlot areas, every point");
    row("data refresh + replot", refresh, refreshDefaults, "QCustomPlot areas, every point");
    const double worstMedian = std::max({replot.median, panStep.median, zoomStep.median, refresh.median});
    std::printf("target <= 100 ms per replot: %s (slowest median %.2f ms)\n",
                worstMedian <= 100 ? "met" : "NOT met", worstMedian);
    return 0;
}
