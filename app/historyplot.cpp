#include "historyplot.h"

#include <algorithm>

namespace commonwatt::app {

namespace {
double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}
} // namespace

HistoryPlot::HistoryPlot()
    : m_timeTicker(new QCPAxisTickerDateTime)
{
    m_plot.setAttribute(Qt::WA_DontShowOnScreen);
    m_plot.setBackground(Qt::NoBrush);
    m_plot.axisRect()->setBackground(Qt::NoBrush);
    m_plot.xAxis->setTicker(m_timeTicker);
    m_plot.yAxis->grid()->setZeroLinePen(QPen(Qt::gray, 1));
    m_plot.setNoAntialiasingOnDrag(true);
    m_plot.setPlottingHint(QCP::phCacheLabels, true);
    m_plot.setAntialiasedElements(QCP::aeNone);
    m_plot.setNotAntialiasedElements(QCP::aeAll);
    applyColors();
}

void HistoryPlot::setColors(const HistoryPlotColors &colors)
{
    m_colors = colors;
    applyColors();
}

void HistoryPlot::applyColors()
{
    for (QCPAxis *axis : {m_plot.xAxis, m_plot.yAxis}) {
        axis->setBasePen(QPen(m_colors.grid));
        axis->setTickPen(QPen(m_colors.grid));
        axis->setSubTickPen(QPen(m_colors.grid));
        axis->setTickLabelColor(m_colors.text);
        axis->setLabelColor(m_colors.text);
        axis->grid()->setPen(QPen(m_colors.grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(m_colors.text, 1));
        if (m_colors.fontPixelSize > 0) {
            QFont font = axis->tickLabelFont();
            font.setPixelSize(m_colors.fontPixelSize);
            axis->setTickLabelFont(font);
            axis->setLabelFont(font);
        }
    }
    for (int i = 0; i < m_plot.plottableCount() && i < m_seriesKeys.size(); ++i) {
        const QColor colour = m_colors.series.value(m_seriesKeys[i], m_colors.text);
        QCPAbstractPlottable *plottable = m_plot.plottable(i);
        // No outline: columns that tile the axis would draw over each other's, and a zero would draw a line.
        plottable->setPen(m_data.style == HistoryData::Style::StackedArea ? QPen(Qt::NoPen)
                                                                          : QPen(colour, 1));
        plottable->setBrush(colour);
    }
}

void HistoryPlot::setData(const HistoryData &data, HistoryRange range, const QTimeZone &zone,
                          const QString &unitLabel)
{
    m_plot.clearPlottables();
    m_seriesKeys.clear();
    m_plot.setLocale(QLocale());
    m_timeTicker->setTimeZone(zone);
    m_timeTicker->setDateTimeFormat(range == HistoryRange::Day ? shortTimeFormat() : QStringLiteral("d MMM"));
    m_plot.yAxis->setLabel(unitLabel);

    const qsizetype n = data.bucketCount();
    QVector<double> keys(n);
    const qint64 span = data.toMs - data.fromMs;
    double narrowest = span > 0 ? seconds(span) : 1.0;
    for (qsizetype i = 0; i < n; ++i) {
        keys[i] = (seconds(data.bucketStartsMs[i]) + seconds(data.bucketStartsMs[i + 1])) / 2.0;
        narrowest = std::min(narrowest, seconds(data.bucketStartsMs[i + 1] - data.bucketStartsMs[i]));
    }
    m_minSpan = 4 * narrowest;
    // Bars of days and months are named under their middles; time runs on a date axis.
    if (data.style != HistoryData::Style::StackedArea && range != HistoryRange::Day) {
        auto labels = QSharedPointer<QCPAxisTickerText>::create();
        const QString format = range == HistoryRange::Week    ? QStringLiteral("ddd d")
                               : range == HistoryRange::Month ? QStringLiteral("d")
                                                              : QStringLiteral("MMM");
        const QLocale locale;
        for (qsizetype i = 0; i < n; ++i)
            labels->addTick(
                keys[i],
                locale.toString(QDateTime::fromMSecsSinceEpoch(data.bucketStartsMs[i], zone), format));
        m_plot.xAxis->setTicker(labels);
    } else {
        m_plot.xAxis->setTicker(m_timeTicker);
    }
    QVector<double> above(n, 0.0), below(n, 0.0);
    double top = 0, bottom = 0;
    m_data = data;
    m_middles = keys;
    // Every style is bars: power as columns that tile the time axis (a bucket's mean power, or the mean over
    // a pixel's column), energy and credits stacked with gaps, the clean share alone. Columns fill as
    // rectangles; stacked areas of a year of buckets would fill zig-zag polygons of thousands of vertices
    // (see docs/benchmarks.md, "History chart").
    const bool columns = data.style == HistoryData::Style::StackedArea;
    const double scale = data.style == HistoryData::Style::Bars ? 100.0 : 1.0; // a share in percent
    QCPBars *last = nullptr;
    for (const HistorySeries &series : data.series) {
        auto *bars = new QCPBars(m_plot.xAxis, m_plot.yAxis);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(columns ? narrowest : narrowest * 0.8);
        bars->setAntialiased(false);
        bars->setAntialiasedFill(false);
        for (qsizetype i = 0; i < n && i < series.values.size(); ++i)
            (series.values[i] < 0 ? below : above)[i] += scale * series.values[i];
        if (!columns) {
            QVector<double> values(n, 0.0);
            for (qsizetype i = 0; i < n && i < series.values.size(); ++i)
                values[i] = scale * series.values[i];
            bars->setData(keys, values, true);
        }
        if (last && data.style != HistoryData::Style::Bars)
            bars->moveAbove(last);
        last = bars;
        m_seriesKeys.append(series.key);
    }
    for (qsizetype i = 0; i < n; ++i) {
        top = std::max(top, above[i]);
        bottom = std::min(bottom, below[i]);
    }
    if (data.style == HistoryData::Style::Bars)
        top = 100.0; // a share: the whole scale
    if (top == bottom)
        top = 1.0;
    const double pad = (top - bottom) * 0.05;
    m_plot.yAxis->setRange(bottom < 0 ? bottom - pad : 0.0, top + pad);
    m_fullRange = QCPRange(seconds(data.fromMs), seconds(std::max(data.toMs, data.fromMs + 1)));
    m_plot.xAxis->setRange(m_fullRange);
    rebin();
    applyColors();
}

void HistoryPlot::rebin()
{
    if (m_data.style != HistoryData::Style::StackedArea || m_plot.plottableCount() == 0)
        return;
    const QCPRange view = m_plot.xAxis->range();
    const qsizetype n = m_middles.size();
    // The buckets in view and one either side, so that the columns reach the edges.
    const qsizetype first =
        std::max<qsizetype>(0, qsizetype(std::lower_bound(m_middles.cbegin(), m_middles.cend(), view.lower) -
                                         m_middles.cbegin()) -
                                   1);
    const qsizetype last =
        std::min<qsizetype>(n, qsizetype(std::upper_bound(m_middles.cbegin(), m_middles.cend(), view.upper) -
                                         m_middles.cbegin()) +
                                   1);
    const int columns = std::max(1, m_size.width());
    const qsizetype series = std::min<qsizetype>(m_data.series.size(), m_plot.plottableCount());
    if (last - first <= columns) {
        const QVector<double> keys = m_middles.mid(first, last - first);
        for (qsizetype k = 0; k < series; ++k) {
            auto *bars = static_cast<QCPBars *>(m_plot.plottable(int(k)));
            bars->setWidth(first < last && n > 1 ? (m_middles[std::min(first + 1, n - 1)] - m_middles[first])
                                                 : 1.0);
            bars->setData(keys,
                          QVector<double>(m_data.series[k].values.cbegin() + first,
                                          m_data.series[k].values.cbegin() + last),
                          true);
        }
        m_drawnPoints = int(keys.size());
        return;
    }
    // More buckets than pixels: the mean over each pixel's column, which is the energy over its time.
    const double width = view.size() / columns;
    const double origin = view.lower - width;
    const int bins = columns + 2;
    QVector<int> count(bins, 0);
    for (qsizetype i = first; i < last; ++i)
        ++count[std::clamp(int((m_middles[i] - origin) / width), 0, bins - 1)];
    QVector<double> keys;
    for (int bin = 0; bin < bins; ++bin) {
        if (count[bin] > 0)
            keys.append(origin + (bin + 0.5) * width);
    }
    for (qsizetype k = 0; k < series; ++k) {
        QVector<double> sums(bins, 0.0);
        for (qsizetype i = first; i < last; ++i)
            sums[std::clamp(int((m_middles[i] - origin) / width), 0, bins - 1)] += m_data.series[k].values[i];
        QVector<double> means;
        means.reserve(keys.size());
        for (int bin = 0; bin < bins; ++bin) {
            if (count[bin] > 0)
                means.append(sums[bin] / count[bin]);
        }
        auto *bars = static_cast<QCPBars *>(m_plot.plottable(int(k)));
        bars->setWidth(width);
        bars->setData(keys, means, true);
    }
    m_drawnPoints = int(keys.size());
}

void HistoryPlot::setSize(QSize size)
{
    m_size = size;
    m_plot.setViewport(QRect(QPoint(0, 0), size)); // never resized as a widget: it is never shown
    rebin();
}

void HistoryPlot::render(QPaintDevice *device)
{
    if (m_size.isEmpty())
        return;
    QCPPainter painter(device);
    m_plot.toPainter(&painter, m_size.width(), m_size.height());
}

void HistoryPlot::clampRange(QCPRange range)
{
    const double full = m_fullRange.size();
    const double size = std::clamp(range.size(), std::min(m_minSpan, full), full);
    const double centre = range.center();
    const double lower = std::clamp(centre - size / 2, m_fullRange.lower, m_fullRange.upper - size);
    m_plot.xAxis->setRange(lower, lower + size);
    rebin();
}

void HistoryPlot::panBy(double dxPixels)
{
    const QCPRange range = m_plot.xAxis->range();
    const double width = std::max(1, m_plot.axisRect()->width());
    const double shift = -dxPixels / width * range.size();
    clampRange(QCPRange(range.lower + shift, range.upper + shift));
}

void HistoryPlot::zoomBy(double factor, double x)
{
    if (factor <= 0)
        return;
    const QCPRange range = m_plot.xAxis->range();
    const double at = m_plot.xAxis->pixelToCoord(x);
    const double lower = at - (at - range.lower) / factor;
    const double upper = at + (range.upper - at) / factor;
    const double size =
        std::clamp(upper - lower, std::min(m_minSpan, m_fullRange.size()), m_fullRange.size());
    // Keep the point under the finger where it is, then bring the range back inside the period.
    const double fraction = range.size() > 0 ? (at - range.lower) / range.size() : 0.5;
    const double newLower = std::clamp(at - fraction * size, m_fullRange.lower, m_fullRange.upper - size);
    m_plot.xAxis->setRange(newLower, newLower + size);
    rebin();
}

void HistoryPlot::resetZoom()
{
    m_plot.xAxis->setRange(m_fullRange);
    rebin();
}

bool HistoryPlot::zoomed() const
{
    return m_plot.xAxis->range().size() < m_fullRange.size() * 0.999;
}

double HistoryPlot::timeAt(double x) const
{
    return m_plot.xAxis->pixelToCoord(x) * 1000.0;
}

} // namespace commonwatt::app
