#pragma once

#include "chart/ChartSpec.h"
#include "render/ChartTheme.h"

#include <QSizeF>
#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace sondo {

class ChartScene;

/**
 * Turns a ChartSpec into Qt Charts objects. Needs a QApplication (Qt Charts crashes under a bare
 * QGuiApplication); the offscreen platform is enough.
 */
class ChartRenderer {
public:
    explicit ChartRenderer(ChartTheme theme = ChartTheme::standard());

    /**
     * The QChart alone: series, axes, colours and tooltips, not yet laid out. Horizontal charts
     * list their categories reversed on the axis, because Qt draws the first category at the
     * bottom and the spec's first category belongs on top. The caller owns the chart.
     */
    QChart* createChart(const ChartSpec& spec) const;

    /**
     * The whole picture at `size` logical pixels: the chart plus title, subtitle, legend, wrapped
     * category labels, value labels, notes and footer, laid out so that nothing is clipped.
     */
    std::unique_ptr<ChartScene> render(const ChartSpec& spec, const QSizeF& size) const;

    const ChartTheme& theme() const { return m_theme; }

    /**
     * The value axis range: the spec's, widened if some bar would run past it (a hand-made or
     * stale spec must still show every bar whole).
     */
    static std::pair<double, double> valueRange(const ChartSpec& spec);

    /** The colour of each series of `spec`, in spec order. */
    static QList<QColor> seriesColors(const ChartSpec& spec, const ChartTheme& theme);

private:
    ChartTheme m_theme;
};

} // namespace sondo
