#pragma once

#include "chart/ChartSpec.h"
#include "render/ChartTheme.h"

#include <QGraphicsScene>
#include <QList>
#include <QSizeF>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsItem;
QT_END_NAMESPACE

namespace sondo {

class ChartTextItem;

/**
 * A chart as a scene: the QChart draws bars, grid and value axis; the scene adds everything made
 * of words (title, subtitle, legend, wrapped category labels, value labels, notes, footer) and
 * sizes the chart around them, so nothing is clipped or cut at any size. Scene coordinates are
 * logical pixels from (0, 0) to size().
 */
class ChartScene : public QGraphicsScene {
    Q_OBJECT
public:
    /** Takes ownership of `chart` (made by ChartRenderer::createChart for `spec`). */
    ChartScene(ChartSpec spec, ChartTheme theme, QChart* chart, QObject* parent = nullptr);
    ~ChartScene() override;

    /** Lays everything out again for a picture of `size` logical pixels. */
    void relayout(const QSizeF& size);
    QSizeF size() const { return m_size; }

    QChart* chart() const { return m_chart; }
    const ChartSpec& spec() const { return m_spec; }
    /** The plot area in scene coordinates (where the bars are). */
    QRectF plotArea() const;
    /** Every piece of text the scene shows, in drawing order (for tests and accessibility). */
    QStringList texts() const;
    /** The wrapped lines of category label `index` (spec order). */
    QStringList categoryLabelLines(int index) const;
    /** Where category label `index` (spec order) is drawn, in scene coordinates. */
    QRectF categoryLabelRect(int index) const;
    /** Union of the scene rectangles of every text item; must lie inside (0, 0, size). */
    QRectF textBounds() const;

    /** Shows or hides the background (for transparent exports). */
    void setBackgroundVisible(bool visible);

private:
    ChartTextItem* addText(const QString& text, const QFont& font, const QColor& color, qreal width,
                           Qt::Alignment alignment = Qt::AlignLeft);
    qreal layoutLegend(qreal top, qreal left, qreal width, qreal s);
    void layoutHorizontal(const QRectF& area, qreal s);
    void layoutHistogram(const QRectF& area, qreal s);
    void addValueLabel(const QString& text, const QFont& font, const QColor& color, QPointF anchor,
                       Qt::Alignment alignment);
    void clearDecorations();
    /** A thin interval line from line.p1() to line.p2() with end caps `cap` high each way. */
    void addErrorBar(const QLineF& line, qreal cap, qreal s);
    void addLine(const QLineF& line, qreal s);
    std::pair<double, double> axisRange() const;
    void placeChart(const QRectF& chartRect, const QRectF& plot);

    ChartSpec m_spec;
    ChartTheme m_theme;
    QChart* m_chart = nullptr;
    QSizeF m_size;
    QList<QColor> m_colors;
    QList<QGraphicsItem*> m_decorations;
    QList<ChartTextItem*> m_categoryLabels;
    qreal m_chartBottom = 0;
};

} // namespace sondo
