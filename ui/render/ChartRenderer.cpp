#include "render/ChartRenderer.h"

#include "render/ChartScene.h"
#include "render/ChartTextItem.h"
#include "render/FontLoader.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QPen>
#include <QValueAxis>
#include <cmath>

namespace sondo {

namespace {

bool isHorizontal(ChartKind kind) {
    return kind != ChartKind::Histogram;
}

bool usesScaleColors(const ChartSpec& spec) {
    if (spec.kind == ChartKind::DivergingStacked)
        return true;
    if (spec.kind != ChartKind::StackedPercentBars)
        return false;
    for (const ChartSeries& s : spec.series)
        if (s.side == DivergingSide::Negative || s.side == DivergingSide::Neutral)
            return true;
    return false;
}

QBarSet* makeSet(const ChartSpec& spec, int seriesIndex, const QColor& color, double factor) {
    const ChartSeries& series = spec.series[seriesIndex];
    // Qt's legend is hidden (the scene draws one), but its markers still lay out the name.
    auto* set = new QBarSet(ChartTextItem::elided(series.name));
    const int n = int(spec.categories.size());
    const bool reversed = isHorizontal(spec.kind);
    for (int c = 0; c < n; ++c) {
        const int i = reversed ? n - 1 - c : c;
        set->append(i < series.values.size() ? series.values[i] * factor : 0.0);
    }
    // A series on a low base is drawn lighter, so a glance weighs it less (its footer says why).
    const QColor shown = series.lowBase ? ChartTheme::lighter(color) : color;
    set->setColor(shown);
    set->setBorderColor(shown);
    set->setPen(Qt::NoPen);
    set->setProperty("sondoSeries", seriesIndex);
    return set;
}

// A round step that divides the axis into at most six parts with a grid line on both ends (and
// on zero), so the last grid line carries the axis's last label.
double tickStep(double min, double max) {
    static constexpr double steps[] = {1, 2, 2.5, 5, 10, 15, 20, 25, 30, 50, 100, 200, 250, 500};
    auto divides = [](double value, double step) {
        const double parts = value / step;
        return std::abs(parts - std::round(parts)) < 1e-9;
    };
    for (int most : {6, 10, 12}) {
        for (double step : steps) {
            if ((max - min) / step <= most + 1e-9 && divides(max, step) && divides(min, step))
                return step;
        }
    }
    return (max - min) / 5;
}

QString tooltipText(const ChartSpec& spec, int seriesIndex, int category) {
    const ChartSeries& s = spec.series[seriesIndex];
    // Capped like the label on the chart: a tooltip of an 80 KB answer helps nobody.
    QString text = ChartTextItem::elided(spec.categories.value(category));
    if (spec.series.size() > 1)
        text += QStringLiteral(" — ") + ChartTextItem::elided(s.name);
    text += QStringLiteral(": ") + s.labels.value(category);
    if (category < s.countLabels.size())
        text += QStringLiteral(" (") +
                QCoreApplication::translate("sondo", "n = %1").arg(s.countLabels[category]) +
                QLatin1Char(')');
    return text;
}

} // namespace

ChartRenderer::ChartRenderer(ChartTheme theme)
    : m_theme(std::move(theme)) {
}

std::pair<double, double> ChartRenderer::valueRange(const ChartSpec& spec) {
    double min = spec.valueAxisMin;
    double max = spec.valueAxisMax;
    if (!(max > min)) {
        min = 0;
        max = 100;
    }
    const int n = int(spec.categories.size());
    double low = 0;
    double high = 0;
    for (int c = 0; c < n; ++c) {
        double left = 0;
        double right = 0;
        for (const ChartSeries& s : spec.series) {
            const double v = s.values.value(c);
            switch (spec.kind) {
            case ChartKind::HorizontalBars:
            case ChartKind::GroupedBars:
            case ChartKind::Histogram:
                right = qMax(right, v);
                break;
            case ChartKind::StackedPercentBars:
                right += v;
                break;
            case ChartKind::DivergingStacked:
                if (s.side == DivergingSide::Negative)
                    left += v;
                else if (s.side == DivergingSide::Positive)
                    right += v;
                else if (s.side == DivergingSide::Neutral) {
                    left += v / 2;
                    right += v / 2;
                }
                break;
            }
        }
        low = qMax(low, left);
        high = qMax(high, right);
    }
    // Round widened ends up to tens so the grid stays regular.
    if (high > max + 1e-6)
        max = std::ceil(high / 10.0 - 1e-9) * 10.0;
    if (spec.kind == ChartKind::DivergingStacked && -low < min - 1e-6)
        min = -std::ceil(low / 10.0 - 1e-9) * 10.0;
    return {min, max};
}

QList<QColor> ChartRenderer::seriesColors(const ChartSpec& spec, const ChartTheme& theme) {
    QList<QColor> colors;
    const int count = int(spec.series.size());
    if (spec.kind == ChartKind::HorizontalBars || spec.kind == ChartKind::Histogram) {
        for (int i = 0; i < count; ++i)
            colors.append(i == 0 ? theme.singleSeries : theme.seriesColor(i));
        return colors;
    }
    if (!usesScaleColors(spec)) {
        for (int i = 0; i < count; ++i)
            colors.append(theme.seriesColor(i));
        return colors;
    }
    int negative = 0;
    int positive = 0;
    bool neutral = false;
    for (const ChartSeries& s : spec.series) {
        negative += s.side == DivergingSide::Negative;
        positive += s.side == DivergingSide::Positive;
        neutral = neutral || s.side == DivergingSide::Neutral;
    }
    const QList<QColor> scale = ChartTheme::scaleColors(negative, neutral, positive);
    int next = 0;
    int outside = 0;
    for (const ChartSeries& s : spec.series) {
        if (s.side == DivergingSide::Outside) {
            colors.append(theme.outsideScale.darker(100 + 8 * outside++));
        } else {
            colors.append(scale.value(next++, theme.outsideScale));
        }
    }
    return colors;
}

QChart* ChartRenderer::createChart(const ChartSpec& spec) const {
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins());
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    if (spec.isEmpty())
        return chart;

    const QList<QColor> colors = seriesColors(spec, m_theme);
    QAbstractBarSeries* series = nullptr;
    switch (spec.kind) {
    case ChartKind::HorizontalBars:
    case ChartKind::GroupedBars: {
        series = new QHorizontalBarSeries;
        // Qt puts the first set of a group at the bottom of it; appending the spec's series
        // backwards puts the first segment on top, in reading order with the legend.
        for (int i = int(spec.series.size()) - 1; i >= 0; --i)
            series->append(makeSet(spec, i, colors[i], 1.0));
        break;
    }
    case ChartKind::StackedPercentBars: {
        series = new QHorizontalStackedBarSeries;
        for (int i = 0; i < spec.series.size(); ++i)
            series->append(makeSet(spec, i, colors[i], 1.0));
        break;
    }
    case ChartKind::DivergingStacked: {
        series = new QHorizontalStackedBarSeries;
        // Qt stacks negative values leftwards from zero in set order, positive ones rightwards:
        // so the sets nearest the centre come first on each side, and the neutral option is
        // split into two halves that touch the centre line.
        QList<int> negatives;
        QList<int> positives;
        int neutral = -1;
        for (int i = 0; i < spec.series.size(); ++i) {
            switch (spec.series[i].side) {
            case DivergingSide::Negative:
                negatives.prepend(i);
                break;
            case DivergingSide::Positive:
                positives.append(i);
                break;
            case DivergingSide::Neutral:
                neutral = i;
                break;
            case DivergingSide::Outside:
                break;
            }
        }
        if (neutral >= 0) {
            QBarSet* left = makeSet(spec, neutral, colors[neutral], -0.5);
            left->setProperty("sondoHalf", true);
            series->append(left);
        }
        for (int i : negatives)
            series->append(makeSet(spec, i, colors[i], -1.0));
        if (neutral >= 0)
            series->append(makeSet(spec, neutral, colors[neutral], 0.5));
        for (int i : positives)
            series->append(makeSet(spec, i, colors[i], 1.0));
        break;
    }
    case ChartKind::Histogram: {
        series = new QBarSeries;
        series->append(makeSet(spec, 0, colors[0], 1.0));
        break;
    }
    }
    series->setLabelsVisible(false);
    chart->addSeries(series);

    const int n = int(spec.categories.size());
    QStringList axisCategories;
    // Qt Charts lays out its axis labels even hidden, at a cost that grows with their length
    // (6 GB for one 80 KB answer): the axis gets the names as the scene draws them, capped.
    for (int c = 0; c < n; ++c)
        axisCategories.append(
            ChartTextItem::elided(spec.categories[isHorizontal(spec.kind) ? n - 1 - c : c]));
    // Qt refuses duplicate category names; the axis labels are never shown (the scene draws
    // wrapped ones), so making them unique costs nothing visible.
    for (int c = 0; c < n; ++c)
        while (axisCategories.indexOf(axisCategories[c]) != c)
            axisCategories[c] += QChar(0x200b);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(axisCategories);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    // Qt would draw tick marks between categories on this line; the scene draws a plain one.
    categoryAxis->setLineVisible(false);

    auto* valueAxis = new QValueAxis;
    const auto [min, max] = valueRange(spec);
    valueAxis->setRange(min, max);
    QString suffix = spec.valueAxisSuffix;
    valueAxis->setLabelFormat(QStringLiteral("%.0f") + suffix.replace(u'%', QStringLiteral("%%")));
    valueAxis->setLineVisible(false);
    valueAxis->setGridLinePen(QPen(m_theme.grid, 1));
    valueAxis->setLabelsColor(m_theme.mutedText);
    // A diverging axis would read from the middle of the neutral option, not from either side's
    // share: its bars carry their own figures and side totals, so it drops the scale, and with
    // it the grid lines that without figures would only suggest one.
    const bool scale = spec.kind != ChartKind::DivergingStacked;
    valueAxis->setLabelsVisible(scale);
    valueAxis->setGridLineVisible(scale);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0.0);
    valueAxis->setTickInterval(tickStep(min, max));
    if (isHorizontal(spec.kind)) {
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(valueAxis, Qt::AlignBottom);
    } else {
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
    }
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);

    // Tooltips carry the counts behind each percentage; the view shows the chart's tooltip.
    QObject::connect(series, &QAbstractBarSeries::hovered, chart,
                     [chart, spec](bool status, int index, QBarSet* set) {
                         if (!status || !set) {
                             chart->setToolTip(QString());
                             return;
                         }
                         const int n = int(spec.categories.size());
                         const int category = isHorizontal(spec.kind) ? n - 1 - index : index;
                         const int s = set->property("sondoSeries").toInt();
                         chart->setToolTip(tooltipText(spec, s, category));
                     });
    return chart;
}

std::unique_ptr<ChartScene> ChartRenderer::render(const ChartSpec& spec, const QSizeF& size) const {
    auto scene = std::make_unique<ChartScene>(spec, m_theme, createChart(spec));
    scene->relayout(size);
    return scene;
}

} // namespace sondo
