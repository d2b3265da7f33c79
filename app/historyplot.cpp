#include "historyplot.h"

#include "storage/rollups.h"

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
    }
    for (int i = 0; i < m_plot.plottableCount() && i < m_keys.size(); ++i) {
        const QColor colour = m_colors.series.value(m_keys[i], m_colors.text);
        QCPAbstractPlottable *plottable = m_plot.plottable(i);
        QColor fill = colour;
        if (qobject_cast<QCPGraph *>(plottable))
            fill.setAlpha(200); // the edge of each stacked area stays visible
        plottable->setPen(QPen(colour, 1.5));
        plottable->setBrush(fill);
    }
}

void HistoryPlot::setData(const HistoryData &data, HistoryRange range, const QTimeZone &zone,
                          const QString &unitLabel)
{
    m_plot.clearPlottables();
    m_keys.clear();
    m_plot.setLocale(QLocale());
    m_timeTicker->setTimeZone(zone);
    const qint64 span = data.toMs - data.fromMs;
    switch (range) {
    case HistoryRange::Day:
        m_timeTicker->setDateTimeFormat(QLocale().timeFormat(QLocale::ShortFormat));
        break;
    case HistoryRange::Week:
        m_timeTicker->setDateTimeFormat(QStringLiteral("ddd d"));
        break;
    case HistoryRange::Month:
        m_timeTicker->setDateTimeFormat(QStringLiteral("d MMM"));
        break;
    case HistoryRange::Year:
        m_timeTicker->setDateTimeFormat(QStringLiteral("MMM"));
        break;
    }
    m_plot.yAxis->setLabel(unitLabel);

    const qsizetype n = data.bucketCount();
    QVector<double> keys(n);
    double narrowest = span > 0 ? seconds(span) : 1.0;
    for (qsizetype i = 0; i < n; ++i) {
        keys[i] = (seconds(data.bucketStartsMs[i]) + seconds(data.bucketStartsMs[i + 1])) / 2.0;
        narrowest = std::min(narrowest, seconds(data.bucketStartsMs[i + 1] - data.bucketStartsMs[i]));
    }
    m_minSpan = 4 * narrowest;
    QVector<double> above(n, 0.0), below(n, 0.0);
    double top = 0, bottom = 0;
    if (data.style == HistoryData::Style::StackedArea) {
        QCPGraph *lastAbove = nullptr;
        QCPGraph *lastBelow = nullptr;
        for (const HistorySeries &series : data.series) {
            const bool down =
                std::any_of(series.values.cbegin(), series.values.cend(), [](double v) { return v < 0; });
            QVector<double> &stack = down ? below : above;
            for (qsizetype i = 0; i < n && i < series.values.size(); ++i)
                stack[i] += series.values[i];
            auto *graph = m_plot.addGraph();
            graph->setData(keys, stack, true);
            graph->setAdaptiveSampling(true);
            QCPGraph *&last = down ? lastBelow : lastAbove;
            if (last)
                graph->setChannelFillGraph(last);
            last = graph;
            m_keys.append(series.key);
        }
    } else {
        QCPBars *last = nullptr;
        for (const HistorySeries &series : data.series) {
            auto *bars = new QCPBars(m_plot.xAxis, m_plot.yAxis);
            bars->setWidthType(QCPBars::wtPlotCoords);
            bars->setWidth(narrowest * 0.8);
            QVector<double> values(n, 0.0);
            for (qsizetype i = 0; i < n && i < series.values.size(); ++i) {
                values[i] = series.values[i];
                (values[i] < 0 ? below : above)[i] += values[i];
            }
            bars->setData(keys, values, true);
            if (last && data.style == HistoryData::Style::StackedBars)
                bars->moveAbove(last);
            last = bars;
            m_keys.append(series.key);
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        top = std::max(top, above[i]);
        bottom = std::min(bottom, below[i]);
    }
    if (data.style == HistoryData::Style::Bars)
        top = std::max(top, 1.0); // a share: the whole scale
    if (top == bottom)
        top = 1.0;
    const double pad = (top - bottom) * 0.05;
    m_plot.yAxis->setRange(bottom < 0 ? bottom - pad : 0.0, top + pad);
    m_fullRange = QCPRange(seconds(data.fromMs), seconds(std::max(data.toMs, data.fromMs + 1)));
    m_plot.xAxis->setRange(m_fullRange);
    applyColors();
}

void HistoryPlot::setSize(QSize size)
{
    m_size = size;
    m_plot.setViewport(QRect(QPoint(0, 0), size)); // never resized as a widget: it is never shown
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
}

void HistoryPlot::resetZoom()
{
    m_plot.xAxis->setRange(m_fullRange);
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
