#include "historychart.h"

#include "historymodel.h"
#include "household.h"

#include <QImage>
#include <QPainter>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace commonwatt::app {

HistoryChart::HistoryChart(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setOpaquePainting(false);
}

void HistoryChart::setModel(HistoryModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &HistoryModel::dataChanged, this, &HistoryChart::reloadData);
    reloadData();
    emit modelChanged();
}

void HistoryChart::setTextColor(const QColor &color)
{
    if (m_colors.text == color)
        return;
    m_colors.text = color;
    colorsSet();
}

void HistoryChart::setGridColor(const QColor &color)
{
    if (m_colors.grid == color)
        return;
    m_colors.grid = color;
    colorsSet();
}

void HistoryChart::setSeriesColors(const QVariantMap &colors)
{
    if (m_seriesColors == colors)
        return;
    m_seriesColors = colors;
    m_colors.series.clear();
    for (auto it = colors.cbegin(); it != colors.cend(); ++it)
        m_colors.series.insert(it.key(), it.value().value<QColor>());
    colorsSet();
}

void HistoryChart::setFontPixelSize(int size)
{
    if (m_colors.fontPixelSize == size)
        return;
    m_colors.fontPixelSize = size;
    colorsSet();
}

void HistoryChart::setUnitLabel(const QString &label)
{
    if (m_unitLabel == label)
        return;
    m_unitLabel = label;
    m_plot.plot().yAxis->setLabel(label);
    emit colorsChanged();
    requestReplot();
}

void HistoryChart::colorsSet()
{
    m_plot.setColors(m_colors);
    emit colorsChanged();
    requestReplot();
}

void HistoryChart::reloadData()
{
    if (m_model) {
        m_plot.setData(m_model->data(), HistoryRange(m_model->range()), m_model->household().timeZone(),
                       m_unitLabel);
    } else {
        m_plot.setData({}, HistoryRange::Day, QTimeZone::utc(), m_unitLabel);
    }
    if (std::exchange(m_zoomed, false))
        emit zoomedChanged();
    requestReplot();
}

void HistoryChart::requestReplot()
{
    update(); // many changes before the next frame draw once
}

void HistoryChart::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    m_plot.setSize(newGeometry.size().toSize());
    requestReplot();
}

void HistoryChart::paint(QPainter *painter)
{
    const QSize size = m_plot.size();
    if (size.isEmpty())
        return;
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    // An image, not a pixmap: paint() runs on the render thread (while the GUI thread waits).
    QImage picture(size * ratio, QImage::Format_ARGB32_Premultiplied);
    picture.setDevicePixelRatio(ratio);
    picture.fill(Qt::transparent);
    m_plot.render(&picture);
    painter->drawImage(QPointF(0, 0), picture);
    ++m_paintCount;
    emit painted();
}

void HistoryChart::panBy(double dx)
{
    m_plot.panBy(dx);
    if (std::exchange(m_zoomed, m_plot.zoomed()) != m_zoomed)
        emit zoomedChanged();
    requestReplot();
}

void HistoryChart::zoomBy(double factor, double x)
{
    m_plot.zoomBy(factor, x);
    if (std::exchange(m_zoomed, m_plot.zoomed()) != m_zoomed)
        emit zoomedChanged();
    requestReplot();
}

void HistoryChart::resetZoom()
{
    m_plot.resetZoom();
    if (std::exchange(m_zoomed, false))
        emit zoomedChanged();
    requestReplot();
}

QVariantMap HistoryChart::valuesAt(double x) const
{
    if (!m_model)
        return {{u"valid"_s, false}};
    QVariantMap values = m_model->pointAt(m_plot.timeAt(x));
    if (values.value(u"valid"_s).toBool()) {
        const qsizetype index = m_model->data().bucketAt(qint64(m_plot.timeAt(x)));
        const auto &starts = m_model->data().bucketStartsMs;
        const double middleMs = (double(starts[index]) + double(starts[index + 1])) / 2.0;
        values.insert(u"x"_s,
                      const_cast<HistoryPlot &>(m_plot).plot().xAxis->coordToPixel(middleMs / 1000.0));
    }
    return values;
}

} // namespace commonwatt::app
