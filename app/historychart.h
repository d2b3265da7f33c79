// The History chart in QML: a QQuickPaintedItem owning the plot by value (house-style.md). It draws at the
// window's device pixel ratio, draws nothing at a zero size, sets the plot's viewport by hand, and coalesces
// replots into the next frame. Pinch, pan, wheel and tap come from QML handlers through the Q_INVOKABLEs.
#pragma once

#include "historymodel.h"
#include "historyplot.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QVariantMap>

namespace commonwatt::app {

class HistoryChart : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(commonwatt::app::HistoryModel *model READ model WRITE setModel NOTIFY modelChanged FINAL)
    // Colours from the Theme: the axes' text and grid, and each series' by key.
    Q_PROPERTY(QColor textColor READ textColor WRITE setTextColor NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QColor gridColor READ gridColor WRITE setGridColor NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QVariantMap seriesColors READ seriesColors WRITE setSeriesColors NOTIFY colorsChanged FINAL)
    Q_PROPERTY(QString unitLabel READ unitLabel WRITE setUnitLabel NOTIFY colorsChanged FINAL)
    Q_PROPERTY(int fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY colorsChanged FINAL)
    Q_PROPERTY(bool zoomed READ zoomed NOTIFY zoomedChanged FINAL)
    // How many times the plot was drawn: tests check that replots are coalesced.
    Q_PROPERTY(int paintCount READ paintCount NOTIFY painted FINAL)

public:
    explicit HistoryChart(QQuickItem *parent = nullptr);

    [[nodiscard]] HistoryModel *model() const { return m_model; }
    void setModel(HistoryModel *model);
    [[nodiscard]] QColor textColor() const { return m_colors.text; }
    void setTextColor(const QColor &color);
    [[nodiscard]] QColor gridColor() const { return m_colors.grid; }
    void setGridColor(const QColor &color);
    [[nodiscard]] QVariantMap seriesColors() const { return m_seriesColors; }
    void setSeriesColors(const QVariantMap &colors);
    [[nodiscard]] QString unitLabel() const { return m_unitLabel; }
    void setUnitLabel(const QString &label);
    [[nodiscard]] int fontPixelSize() const { return m_colors.fontPixelSize; }
    void setFontPixelSize(int size);
    [[nodiscard]] bool zoomed() const { return m_plot.zoomed(); }
    [[nodiscard]] int paintCount() const { return m_paintCount; }

    void paint(QPainter *painter) override;

    Q_INVOKABLE void panBy(double dx);
    Q_INVOKABLE void zoomBy(double factor, double x);
    Q_INVOKABLE void resetZoom();
    // The model's values at the pixel x (see HistoryModel::pointAt), with `x` where the bucket's middle is.
    Q_INVOKABLE QVariantMap valuesAt(double x) const;

signals:
    void modelChanged();
    void colorsChanged();
    void zoomedChanged();
    void painted();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void reloadData();
    void requestReplot();
    void colorsSet();

    HistoryPlot m_plot;
    QPointer<HistoryModel> m_model;
    HistoryPlotColors m_colors;
    QVariantMap m_seriesColors;
    QString m_unitLabel;
    bool m_zoomed = false;
    int m_paintCount = 0;
};

} // namespace commonwatt::app
