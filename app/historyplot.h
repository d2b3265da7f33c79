// The History chart's QCustomPlot, set up from HistoryData, without Qt Quick: HistoryChart paints it in
// QML, and the benchmark (tests/benchmarks/history) times it. The plot is never shown as a widget, so its
// viewport is set by hand and it is drawn through toPainter().
#pragma once

#include "historydata.h"

#include <QColor>
#include <QHash>
#include <QSize>
#include <QTimeZone>

#include <qcustomplot.h>

namespace commonwatt::app {

struct HistoryPlotColors
{
    QColor text = Qt::black;
    QColor grid = Qt::lightGray;
    QHash<QString, QColor> series; // by HistorySeries::key
    int fontPixelSize = 0;         // the axes' text; 0 keeps QCustomPlot's
};

class HistoryPlot
{
public:
    HistoryPlot();

    void setColors(const HistoryPlotColors &colors);
    // Rebuilds the graphs and shows the whole period. unitLabel goes on the value axis.
    void setData(const HistoryData &data, HistoryRange range, const QTimeZone &zone,
                 const QString &unitLabel);
    void setSize(QSize size);
    [[nodiscard]] QSize size() const { return m_size; }
    // Draws the plot at the current size onto device (whose device pixel ratio the caller set).
    void render(QPaintDevice *device);

    // Moves the visible time by dx pixels (positive: earlier), within the period.
    void panBy(double dxPixels);
    // Zooms the time axis by factor (> 1: closer) around the pixel x, within the period and no closer than
    // four buckets.
    void zoomBy(double factor, double x);
    void resetZoom();
    [[nodiscard]] bool zoomed() const;
    // The time at the pixel x, ms since the epoch.
    [[nodiscard]] double timeAt(double x) const;

    [[nodiscard]] QCustomPlot &plot() { return m_plot; }

    // How many points each area is drawn with now (tests and the benchmark).
    [[nodiscard]] int drawnPoints() const { return m_drawnPoints; }

private:
    void clampRange(QCPRange range);
    // Power: the buckets in view as columns, or the means over columns a pixel wide when there are more
    // buckets than pixels.
    void rebin();
    void applyColors();

    QCustomPlot m_plot;
    QSize m_size;
    HistoryPlotColors m_colors;
    QList<QString> m_seriesKeys; // per plottable, its series' key
    HistoryData m_data;
    QVector<double> m_middles; // bucket middles, seconds
    int m_drawnPoints = 0;
    QCPRange m_fullRange{0, 1};
    double m_minSpan = 1;
    QSharedPointer<QCPAxisTickerDateTime> m_timeTicker;
};

} // namespace commonwatt::app
