#include "render/ChartScene.h"

#include "render/CategoryLabelFit.h"
#include "render/ChartRenderer.h"
#include "render/ChartTextItem.h"
#include "render/FontLoader.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace sondo {

namespace {

// Fonts and spacing are designed for 1200×675; other sizes scale them by their area, within
// limits that keep small pictures legible and large ones from looking inflated.
qreal scaleFor(const QSizeF& size) {
    const qreal ratio = std::sqrt(size.width() * size.height() / (1200.0 * 675.0));
    return std::clamp(ratio, 0.6, 1.6);
}

qreal lineSpacing(const QFont& font) {
    return QFontMetricsF(font).lineSpacing();
}

// Qt Charts skips a grid line that falls a fraction of a pixel outside a fractional plot area:
// whole-pixel plot areas keep the last grid line (the axis maximum) visible.
QRectF snapped(const QRectF& r) {
    return QRectF(QPointF(std::round(r.left()), std::round(r.top())),
                  QPointF(std::round(r.right()), std::round(r.bottom())));
}

/**
 * `lines` of a wrapped title with a short last word not left alone ("… (SCELTA" / "1)"): the
 * word before it moves down too when both fit in `width`. An orphan of a few letters reads as
 * a slip.
 */
QStringList withoutOrphan(QStringList lines, const QFont& font, qreal width) {
    const qsizetype n = lines.size();
    if (n < 2 || lines[n - 1].size() > 4 || lines[n - 1].contains(QLatin1Char(' ')))
        return lines;
    const qsizetype cut = lines[n - 2].lastIndexOf(QLatin1Char(' '));
    if (cut <= 0)
        return lines;
    const QString moved = lines[n - 2].mid(cut + 1) + QLatin1Char(' ') + lines[n - 1];
    if (QFontMetricsF(font).horizontalAdvance(moved) > width)
        return lines;
    lines[n - 2].truncate(cut);
    lines[n - 1] = moved;
    return lines;
}

qreal textWidth(const QString& text, const QFont& font) {
    return QFontMetricsF(font).horizontalAdvance(text);
}

} // namespace

ChartScene::ChartScene(ChartSpec spec, ChartTheme theme, QChart* chart, QObject* parent)
    : QGraphicsScene(parent)
    , m_spec(std::move(spec))
    , m_theme(std::move(theme))
    , m_chart(chart) {
    m_colors = ChartRenderer::seriesColors(m_spec, m_theme);
    setBackgroundBrush(m_theme.background);
    addItem(m_chart);
}

ChartScene::~ChartScene() = default;

void ChartScene::setBackgroundVisible(bool visible) {
    setBackgroundBrush(visible ? QBrush(m_theme.background) : QBrush(Qt::NoBrush));
}

void ChartScene::clearDecorations() {
    for (QGraphicsItem* item : std::as_const(m_decorations)) {
        removeItem(item);
        delete item;
    }
    m_decorations.clear();
    m_categoryLabels.clear();
}

ChartTextItem* ChartScene::addText(const QString& text, const QFont& font, const QColor& color,
                                   qreal width, Qt::Alignment alignment) {
    auto* item = new ChartTextItem;
    item->setFont(font);
    item->setColor(color);
    item->setAlignment(alignment);
    item->setText(text, width);
    addItem(item);
    m_decorations.append(item);
    return item;
}

void ChartScene::addValueLabel(const QString& text, const QFont& font, const QColor& color,
                               QPointF anchor, Qt::Alignment alignment) {
    auto* item = new ChartTextItem;
    item->setFont(font);
    item->setColor(color);
    item->setLines({text});
    const QRectF r = item->boundingRect();
    qreal x = anchor.x();
    if (alignment & Qt::AlignRight)
        x -= r.width();
    else if (alignment & Qt::AlignHCenter)
        x -= r.width() / 2;
    qreal y = anchor.y() - r.height() / 2;
    if (alignment & Qt::AlignBottom)
        y = anchor.y() - r.height();
    item->setPos(x, y);
    item->setZValue(2);
    addItem(item);
    m_decorations.append(item);
}

void ChartScene::relayout(const QSizeF& size) {
    clearDecorations();
    m_size = size;
    setSceneRect(QRectF(QPointF(0, 0), size));
    const qreal s = scaleFor(size);
    const qreal margin = 28 * s;
    const qreal width = size.width() - 2 * margin;
    qreal y = 22 * s;

    if (m_spec.showTitle) {
        bool any = false;
        if (!m_spec.title.isEmpty()) {
            const QFont titleFont = FontLoader::font(m_theme.titleSize * s, true);
            ChartTextItem* title = addText(m_spec.title, titleFont, m_theme.text, width);
            title->setLines(withoutOrphan(title->lines(), titleFont, width), width);
            title->setPos(margin, y);
            y += title->height() + 4 * s;
            any = true;
        }
        if (!m_spec.subtitle.isEmpty()) {
            ChartTextItem* subtitle =
                addText(m_spec.subtitle, FontLoader::font(m_theme.subtitleSize * s),
                        m_theme.mutedText, width);
            subtitle->setPos(margin, y);
            y += subtitle->height();
            any = true;
        }
        if (any)
            y += 14 * s;
    }
    const qsizetype legendBegin = m_decorations.size();
    if (m_spec.showLegend && !m_spec.isEmpty())
        y = layoutLegend(y, margin, width, s) + 12 * s;
    const qsizetype legendEnd = m_decorations.size();

    // The bottom block is measured first so the chart can take whatever height is left.
    qreal bottom = size.height() - 16 * s;
    if (m_spec.showFooter) {
        const QFont footerFont = FontLoader::font(m_theme.footerSize * s);
        const QString footer = m_spec.footer;
        const QString source = m_spec.sourceNote;
        const qreal gap = 24 * s;
        if (!footer.isEmpty() && !source.isEmpty() &&
            textWidth(footer, footerFont) + gap + textWidth(source, footerFont) <= width) {
            ChartTextItem* f = addText(footer, footerFont, m_theme.mutedText, width);
            ChartTextItem* src =
                addText(source, footerFont, m_theme.mutedText, width, Qt::AlignRight);
            bottom -= f->height();
            f->setPos(margin, bottom);
            src->setPos(margin, bottom);
        } else {
            for (const QString& line : {source, footer}) {
                if (line.isEmpty())
                    continue;
                ChartTextItem* item = addText(line, footerFont, m_theme.mutedText, width);
                bottom -= item->height();
                item->setPos(margin, bottom);
            }
        }
    }
    QList<ChartTextItem*> notes;
    qreal notesHeight = 0;
    if (m_spec.showFooter) {
        const QFont noteFont = FontLoader::font(m_theme.noteSize * s);
        for (const QString& note : std::as_const(m_spec.notes)) {
            if (note.isEmpty())
                continue;
            ChartTextItem* item = addText(note, noteFont, m_theme.text, width);
            notes.append(item);
            notesHeight += item->height() + 2 * s;
        }
    }
    if (notesHeight > 0)
        bottom -= notesHeight + 10 * s;

    const QRectF area(margin, y, width, qMax<qreal>(bottom - 12 * s - y, 40 * s));
    m_chartBottom = area.bottom();
    const qsizetype chartBegin = m_decorations.size();
    if (m_spec.isEmpty()) {
        m_chart->setGeometry(area);
    } else if (m_spec.kind == ChartKind::Histogram) {
        layoutHistogram(area, s);
    } else {
        layoutHorizontal(area, s);
    }
    // A chart with few bars does not fill its area (its bars keep a sensible thickness): the
    // block of legend, bars and notes is centred between the title and the footer, so that a
    // fixed-size picture is balanced rather than empty at the bottom.
    const qreal spare = area.bottom() - m_chartBottom;
    if (spare > 1) {
        // A little above the middle looks centred; the exact middle looks low.
        const qreal dy = spare * 0.4;
        for (qsizetype i = 0; i < m_decorations.size(); ++i)
            if ((i >= legendBegin && i < legendEnd) || i >= chartBegin)
                m_decorations[i]->moveBy(0, dy);
        m_chart->setGeometry(m_chart->geometry().translated(0, dy));
        if (QGraphicsLayout* layout = m_chart->layout())
            layout->activate();
        m_chartBottom += dy;
    }

    // Notes follow the chart directly; the footer stays at the bottom edge.
    qreal noteY = m_chartBottom + 12 * s;
    for (ChartTextItem* note : std::as_const(notes)) {
        note->setPos(margin, noteY);
        noteY += note->height() + 2 * s;
    }
}

qreal ChartScene::layoutLegend(qreal top, qreal left, qreal width, qreal s) {
    const QFont font = FontLoader::font(m_theme.legendSize * s);
    const qreal swatch = 13 * s;
    const qreal lineHeight = qMax(lineSpacing(font), swatch);
    const qreal gap = 22 * s;
    qreal x = left;
    qreal y = top;
    for (int i = 0; i < m_spec.series.size(); ++i) {
        const ChartSeries& series = m_spec.series[i];
        if (m_spec.kind == ChartKind::DivergingStacked && series.side == DivergingSide::Outside)
            continue;
        // An entry longer than the whole row wraps inside itself instead of running off.
        const qreal maxText = width - swatch - 6 * s;
        const QStringList lines = ChartTextItem::wrap(series.name, font, maxText);
        const qreal entryWidth = swatch + 6 * s + ChartTextItem::widestLine(lines, font);
        if (x > left && x + entryWidth > left + width) {
            x = left;
            y += lineHeight + 6 * s;
        }
        auto* box = new QGraphicsRectItem(0, 0, swatch, swatch);
        // The swatch matches its bars, lighter on a low base.
        box->setBrush(series.lowBase ? ChartTheme::lighter(m_colors.value(i)) : m_colors.value(i));
        box->setPen(Qt::NoPen);
        box->setPos(x, y + (lineSpacing(font) - swatch) / 2);
        addItem(box);
        m_decorations.append(box);
        auto* label = new ChartTextItem;
        label->setFont(font);
        label->setColor(m_theme.text);
        label->setLines(lines);
        label->setPos(x + swatch + 6 * s, y);
        addItem(label);
        m_decorations.append(label);
        if (lines.size() > 1) {
            x = left;
            y += label->height() + 6 * s;
        } else {
            x += entryWidth + gap;
        }
    }
    return x > left ? y + lineHeight : y - 6 * s;
}

void ChartScene::layoutHorizontal(const QRectF& area, qreal s) {
    const ChartKind kind = m_spec.kind;
    const int n = int(m_spec.categories.size());
    const int sets = int(m_spec.series.size());
    const QFont axisFont = FontLoader::font(m_theme.axisSize * s);
    const QFont valueFont = FontLoader::font(m_theme.valueSize * s);
    const QFont boldValueFont = FontLoader::font(m_theme.valueSize * s, true);
    const bool diverging = kind == ChartKind::DivergingStacked;
    const qreal axisHeight = diverging ? 4 * s : lineSpacing(axisFont) + 8 * s;

    // Room beside the bars for the value labels.
    qreal reserveLeft = 0;
    qreal reserveRight = 0;
    if (kind == ChartKind::HorizontalBars || kind == ChartKind::GroupedBars) {
        qreal widest = 0;
        for (const ChartSeries& series : std::as_const(m_spec.series)) {
            // Significance letters follow the value label ("62% BD"): room for both.
            const qreal letters = ChartTextItem::widestLine(series.letters, boldValueFont);
            widest = qMax(widest, ChartTextItem::widestLine(series.labels, valueFont) +
                                      (letters > 0 ? letters + 4 * s : 0));
        }
        reserveRight = widest + 10 * s;
        // Negative bars (a net) grow leftwards with their labels beyond their left end.
        for (const ChartSeries& series : std::as_const(m_spec.series))
            if (std::any_of(series.values.cbegin(), series.values.cend(),
                            [](double v) { return v < 0; }))
                reserveLeft = reserveRight;
    } else if (diverging) {
        const qreal widest =
            qMax(ChartTextItem::widestLine(m_spec.negativeTotalLabels, boldValueFont),
                 ChartTextItem::widestLine(m_spec.positiveTotalLabels, boldValueFont));
        reserveLeft = reserveRight = widest + 10 * s;
    } else {
        // The last axis label ("100%") is centred on the plot's right edge.
        reserveRight = textWidth(QStringLiteral("100%"), axisFont) / 2 + 2 * s;
    }

    // The widest slot a category may take: bars thicker than this look like blocks.
    // One or two stacked bars alone in a big picture may be thicker than a list of them, up to
    // a bold stripe (70 px at 1200×675); their slot keeps only the gap a list has between its
    // bars, so a lone bar is not lost in an empty plot band.
    const qreal few = std::clamp(4.0 / n, 1.0, 1.5);
    const qreal available = area.height() - axisHeight;
    // A tall picture with few bars (a square or A4 page of three options) lets them grow, up to
    // half as thick again, rather than leave two wide empty bands above and below.
    qreal roomy = 1.0;
    {
        const qreal baseCap = kind == ChartKind::GroupedBars      ? sets * 34 * s + 30 * s
                              : kind == ChartKind::HorizontalBars ? 110 * s
                                                                  : 46 * s * few + 50 * s;
        roomy = std::clamp(available / n / baseCap, 1.0, 1.5);
    }
    // A stacked bar is already allowed a bold stripe when alone: never more than that.
    const qreal stackedThickness = 46 * s * std::min(1.5, few * roomy);
    qreal slotCap = 110 * s * roomy;
    if (kind == ChartKind::GroupedBars)
        slotCap = (sets * 34 * s + 30 * s) * roomy;
    else if (kind != ChartKind::HorizontalBars)
        slotCap = stackedThickness + 50 * s * roomy;

    const CategoryLabelFit labels =
        CategoryLabelFit::fit(m_spec.categories, area.width(), available, m_theme.labelSize, s);
    const bool anyLabel = labels.any;
    const QFont& labelFont = labels.font;
    const QList<QStringList>& wrapped = labels.lines;
    const qreal labelColumn = labels.column;
    const qreal neededSlot = labels.slot;

    const qreal slot = qMax(neededSlot, qMin(slotCap, available / n));
    const qreal plotHeight = slot * n;
    const qreal labelGap = anyLabel ? 12 * s : 0;
    const qreal plotLeft = area.left() + labelColumn + labelGap + reserveLeft;
    const qreal plotRight = area.right() - reserveRight;
    const QRectF plot =
        snapped(QRectF(plotLeft, area.top(), qMax<qreal>(plotRight - plotLeft, 10), plotHeight));
    const QRectF chartRect(area.left(), area.top(), area.width(), plotHeight + axisHeight);
    m_chartBottom = chartRect.bottom();

    auto* series = qobject_cast<QAbstractBarSeries*>(m_chart->series().value(0));
    qreal barWidth = 0.7;
    if (kind == ChartKind::HorizontalBars)
        barWidth = qMin(0.72, 44 * s * roomy / slot);
    else if (kind == ChartKind::GroupedBars)
        barWidth = qMin(0.84, sets * 28 * s * roomy / slot);
    else
        barWidth = qMin(0.68, stackedThickness / slot);
    if (series)
        series->setBarWidth(barWidth);
    for (QAbstractAxis* axis : m_chart->axes()) {
        axis->setLabelsFont(axisFont);
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            value->setLabelsColor(m_theme.mutedText);
    }
    placeChart(chartRect, plot);

    const auto [min, max] = axisRange();
    auto xFor = [&](double value) {
        return plot.left() + (value - min) / (max - min) * plot.width();
    };

    for (int i = 0; i < n; ++i) {
        const qreal centre = plot.top() + (i + 0.5) * slot;
        if (anyLabel) {
            auto* label = new ChartTextItem;
            label->setFont(labelFont);
            label->setColor(m_theme.text);
            label->setAlignment(Qt::AlignRight);
            label->setLines(wrapped.value(i), labelColumn);
            label->setPos(area.left(), centre - label->height() / 2);
            addItem(label);
            m_decorations.append(label);
            m_categoryLabels.append(label);
        }
        const qreal thickness = slot * barWidth;
        switch (kind) {
        case ChartKind::HorizontalBars:
        case ChartKind::GroupedBars: {
            const qreal bar = thickness / sets;
            QFont font = valueFont;
            // Thin bars of a big group: labels one bar high, so neighbours do not touch.
            if (lineSpacing(font) > bar)
                font.setPixelSize(int(bar * 0.78));
            // Below 9 px a label is noise; the tooltip still tells the figure.
            const bool labelled = font.pixelSize() >= 9;
            QFont letterFont = font;
            letterFont.setBold(true);
            for (int k = 0; k < sets; ++k) {
                const ChartSeries& serie = m_spec.series[k];
                const qreal y = centre - thickness / 2 + (k + 0.5) * bar;
                double end = serie.values.value(i);
                if (i < serie.intervalHigh.size()) {
                    // A thin error bar with short caps, over the bar; the label goes past it.
                    const qreal x0 = xFor(serie.intervalLow.value(i));
                    const qreal x1 = xFor(serie.intervalHigh.value(i));
                    const qreal cap = qMin(bar * 0.3, 6 * s);
                    addErrorBar(QLineF(x0, y, x1, y), cap, s);
                    end = std::max(end, serie.intervalHigh.value(i));
                }
                if (!labelled)
                    continue;
                const QString text = serie.labels.value(i);
                const QString letters = serie.letters.value(i);
                const QColor letterColor = m_theme.singleSeries.darker(130);
                if (end < 0) {
                    // Left of a negative bar, right-aligned: letters outermost, as on the right.
                    const QPointF anchor(xFor(end) - 5 * s, y);
                    addValueLabel(text, font, m_theme.text, anchor, Qt::AlignRight);
                    if (!letters.isEmpty())
                        addValueLabel(letters, letterFont, letterColor,
                                      anchor - QPointF(textWidth(text, font) + 4 * s, 0),
                                      Qt::AlignRight);
                    continue;
                }
                const QPointF anchor(xFor(end) + 5 * s, y);
                addValueLabel(text, font, m_theme.text, anchor, Qt::AlignLeft);
                if (!letters.isEmpty())
                    addValueLabel(letters, letterFont, letterColor,
                                  anchor + QPointF(textWidth(text, font) + 4 * s, 0),
                                  Qt::AlignLeft);
            }
            break;
        }
        case ChartKind::StackedPercentBars: {
            double start = 0;
            for (int k = 0; k < sets; ++k) {
                const ChartSeries& serie = m_spec.series[k];
                const double v = serie.values.value(i);
                const qreal x0 = xFor(start);
                const qreal x1 = xFor(start + v);
                start += v;
                const QString text = serie.labels.value(i);
                if (textWidth(text, valueFont) + 6 * s <= x1 - x0 &&
                    lineSpacing(valueFont) <= thickness)
                    addValueLabel(text, valueFont, ChartTheme::textOn(m_colors.value(k)),
                                  QPointF((x0 + x1) / 2, centre), Qt::AlignHCenter);
            }
            break;
        }
        case ChartKind::DivergingStacked: {
            // Walk outwards from the centre on each side, as the bars were stacked.
            double neutralHalf = 0;
            int neutralIndex = -1;
            for (int k = 0; k < sets; ++k) {
                if (m_spec.series[k].side == DivergingSide::Neutral) {
                    neutralIndex = k;
                    neutralHalf = m_spec.series[k].values.value(i) / 2;
                }
            }
            auto label = [&](int k, qreal x0, qreal x1) {
                const QString text = m_spec.series[k].labels.value(i);
                if (textWidth(text, valueFont) + 6 * s <= std::abs(x1 - x0) &&
                    lineSpacing(valueFont) <= thickness)
                    addValueLabel(text, valueFont, ChartTheme::textOn(m_colors.value(k)),
                                  QPointF((x0 + x1) / 2, centre), Qt::AlignHCenter);
            };
            if (neutralIndex >= 0)
                label(neutralIndex, xFor(-neutralHalf), xFor(neutralHalf));
            double left = neutralHalf;
            for (int k = sets - 1; k >= 0; --k) {
                if (m_spec.series[k].side != DivergingSide::Negative)
                    continue;
                const double v = m_spec.series[k].values.value(i);
                label(k, xFor(-left), xFor(-left - v));
                left += v;
            }
            double right = neutralHalf;
            for (int k = 0; k < sets; ++k) {
                if (m_spec.series[k].side != DivergingSide::Positive)
                    continue;
                const double v = m_spec.series[k].values.value(i);
                label(k, xFor(right), xFor(right + v));
                right += v;
            }
            const QColor negativeColor = ChartTheme::scaleColors(1, false, 0).value(0);
            const QColor positiveColor = ChartTheme::scaleColors(0, false, 1).value(0);
            addValueLabel(m_spec.negativeTotalLabels.value(i), boldValueFont,
                          negativeColor.darker(115), QPointF(xFor(-left) - 6 * s, centre),
                          Qt::AlignRight);
            addValueLabel(m_spec.positiveTotalLabels.value(i), boldValueFont,
                          positiveColor.darker(115), QPointF(xFor(right) + 6 * s, centre),
                          Qt::AlignLeft);
            break;
        }
        case ChartKind::Histogram:
            break;
        }
    }

    // The zero line: the bars' common base, or the centre of diverging bars.
    const qreal zero = xFor(0);
    addLine(QLineF(zero, plot.top() - (diverging ? 4 * s : 0), zero,
                   plot.bottom() + (diverging ? 4 * s : 0)),
            s);
}

void ChartScene::addLine(const QLineF& line, qreal s) {
    auto* item = new QGraphicsLineItem(line);
    item->setPen(QPen(m_theme.axisLine, qMax<qreal>(1, s)));
    // Above the bars, below the labels drawn on them.
    item->setZValue(1);
    addItem(item);
    m_decorations.append(item);
}

void ChartScene::addErrorBar(const QLineF& line, qreal cap, qreal s) {
    const QPen pen(m_theme.text, qMax<qreal>(1, 1.2 * s));
    const QList<QLineF> lines{line, QLineF(line.x1(), line.y1() - cap, line.x1(), line.y1() + cap),
                              QLineF(line.x2(), line.y2() - cap, line.x2(), line.y2() + cap)};
    for (const QLineF& l : lines) {
        auto* item = new QGraphicsLineItem(l);
        item->setPen(pen);
        // Over the bars, under the value labels.
        item->setZValue(1.5);
        addItem(item);
        m_decorations.append(item);
    }
}

std::pair<double, double> ChartScene::axisRange() const {
    return ChartRenderer::valueRange(m_spec);
}

void ChartScene::layoutHistogram(const QRectF& area, qreal s) {
    const QFont axisFont = FontLoader::font(m_theme.axisSize * s);
    const QFont valueFont = FontLoader::font(m_theme.valueSize * s);
    const int n = int(m_spec.categories.size());
    const qreal axisLabelWidth = textWidth(QStringLiteral("100%"), axisFont) + 10 * s;
    const qreal edgeHeight = lineSpacing(axisFont) + 8 * s;
    const qreal valueHeight = lineSpacing(valueFont) + 4 * s;
    qreal titleHeight = 0;
    if (!m_spec.valueAxisTitle.isEmpty())
        titleHeight = lineSpacing(axisFont) + 2 * s;
    const QRectF plot = snapped(QRectF(area.left() + axisLabelWidth, area.top() + valueHeight,
                                       area.width() - axisLabelWidth - 14 * s,
                                       area.height() - valueHeight - edgeHeight - titleHeight));
    if (auto* series = qobject_cast<QAbstractBarSeries*>(m_chart->series().value(0)))
        series->setBarWidth(0.94);
    for (QAbstractAxis* axis : m_chart->axes())
        axis->setLabelsFont(axisFont);
    placeChart(area, plot);
    m_chartBottom = area.bottom();

    const auto [min, max] = axisRange();
    const qreal bin = plot.width() / qMax(1, n);
    const ChartSeries& series = m_spec.series.first();
    for (int i = 0; i < n; ++i) {
        const QString text = series.labels.value(i);
        if (textWidth(text, valueFont) > bin * 0.98)
            continue;
        const qreal top =
            plot.bottom() - (series.values.value(i) - min) / (max - min) * plot.height();
        addValueLabel(text, valueFont, m_theme.text,
                      QPointF(plot.left() + (i + 0.5) * bin, top - 3 * s),
                      Qt::AlignHCenter | Qt::AlignBottom);
    }
    // Ranges are labelled on their edges, single values under their bar; either way thinned
    // out until neighbours no longer touch.
    const bool onEdges = !m_spec.binEdgeLabels.isEmpty();
    const QStringList& labels = onEdges ? m_spec.binEdgeLabels : m_spec.categories;
    const qreal widest = ChartTextItem::widestLine(labels, axisFont) + 10 * s;
    int stride = 1;
    while (stride * bin < widest && stride < n)
        ++stride;
    const qreal labelY = plot.bottom() + 5 * s + lineSpacing(axisFont) / 2;
    for (int e = 0; e < labels.size(); e += stride) {
        const qreal x = plot.left() + (onEdges ? e : e + 0.5) * bin;
        addValueLabel(labels[e], axisFont, m_theme.mutedText, QPointF(x, labelY), Qt::AlignHCenter);
    }
    addLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()), s);
    // Qt Charts clips the grid line on the plot's top edge away; the axis maximum keeps its line.
    auto* top = new QGraphicsLineItem(QLineF(plot.left(), plot.top(), plot.right(), plot.top()));
    top->setPen(QPen(m_theme.grid, 1));
    top->setZValue(-1);
    addItem(top);
    m_decorations.append(top);
    if (!m_spec.valueAxisTitle.isEmpty()) {
        ChartTextItem* title = addText(m_spec.valueAxisTitle, axisFont, m_theme.mutedText,
                                       plot.width(), Qt::AlignHCenter);
        title->setPos(plot.left(), plot.bottom() + edgeHeight);
    }
}

void ChartScene::placeChart(const QRectF& chartRect, const QRectF& plot) {
    // The fixed plot area must be known before the geometry changes: the chart lays its axes out
    // when its geometry is set, and a later layout request would only run in an event loop,
    // which an export never enters.
    m_chart->setPlotArea(plot.translated(-chartRect.topLeft()));
    m_chart->setGeometry(chartRect);
    if (QGraphicsLayout* layout = m_chart->layout()) {
        layout->invalidate();
        layout->activate();
    }
}

QRectF ChartScene::plotArea() const {
    return m_chart->plotArea().translated(m_chart->pos());
}

QStringList ChartScene::texts() const {
    QStringList result;
    for (QGraphicsItem* item : m_decorations)
        if (auto* text = dynamic_cast<ChartTextItem*>(item))
            result.append(text->text());
    return result;
}

QStringList ChartScene::categoryLabelLines(int index) const {
    return index >= 0 && index < m_categoryLabels.size() ? m_categoryLabels[index]->lines()
                                                         : QStringList();
}

QRectF ChartScene::categoryLabelRect(int index) const {
    return index >= 0 && index < m_categoryLabels.size()
               ? m_categoryLabels[index]->sceneBoundingRect()
               : QRectF();
}

QRectF ChartScene::textBounds() const {
    QRectF bounds;
    for (QGraphicsItem* item : m_decorations)
        if (dynamic_cast<ChartTextItem*>(item))
            bounds = bounds.united(item->sceneBoundingRect());
    return bounds;
}

} // namespace sondo
