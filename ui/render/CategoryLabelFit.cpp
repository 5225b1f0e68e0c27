#include "render/CategoryLabelFit.h"

#include "render/ChartTextItem.h"
#include "render/FontLoader.h"

#include <QFontMetricsF>
#include <algorithm>
#include <iterator>

namespace sondo {

namespace {

qreal lineSpacing(const QFont& font) {
    return QFontMetricsF(font).lineSpacing();
}

/** `lines` kept to two: the second ends in "…" where more text followed. */
QStringList twoLines(const QStringList& lines, const QFont& font, qreal width) {
    if (lines.size() <= 2)
        return lines;
    const QString rest = lines.mid(1).join(QLatin1Char(' '));
    return {lines[0], QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width)};
}

} // namespace

CategoryLabelFit CategoryLabelFit::fit(const QStringList& categories, qreal width, qreal available,
                                       qreal labelSize, qreal s) {
    CategoryLabelFit result;
    bool anyLabel = false;
    for (const QString& c : std::as_const(categories))
        anyLabel = anyLabel || !c.trimmed().isEmpty();
    QFont labelFont = FontLoader::font(labelSize * s);
    QList<QStringList> wrapped;
    qreal labelColumn = 0;
    qreal neededSlot = 0;
    if (anyLabel) {
        const qreal fractions[] = {0.26, 0.32, 0.38, 0.44, 0.50};
        const int largest = qRound(labelSize * s);
        // Never under 11 px at 1× (MinimumPixels): smaller is unreadable in a newsletter.
        const int smallest = qMin(largest, qMax(9, qRound(MinimumPixels * s)));
        // Labels of at most two lines, first shrinking the font by two pixels at most, then
        // down to the smallest size.
        bool fitted = false;
        for (int pass = 0; pass < 2 && !fitted; ++pass) {
            // Two lines are worth at most two pixels of font size.
            const int floor = pass == 0 ? qMax(smallest, largest - 2) : smallest;
            for (int px = largest; px >= floor && !fitted; --px) {
                const QFont font = FontLoader::font(px);
                const qreal ls = lineSpacing(font);
                for (qreal fraction : fractions) {
                    QList<QStringList> lines;
                    int maxLines = 1;
                    for (const QString& c : std::as_const(categories)) {
                        lines.append(ChartTextItem::wrap(c, font, fraction * width));
                        maxLines = qMax(maxLines, int(lines.last().size()));
                    }
                    const qreal need = maxLines * ls + 4 * s;
                    if (maxLines > 2 || need * categories.size() > available)
                        continue;
                    labelFont = font;
                    wrapped = lines;
                    neededSlot = need;
                    fitted = true;
                    break;
                }
            }
        }
        if (!fitted) {
            // Long labels or many categories: the smallest readable font, the widest column,
            // two lines each (the second elided), and the slots grow past the area rather than
            // shrinking the text further.
            labelFont = FontLoader::font(smallest);
            wrapped.clear();
            int maxLines = 1;
            const qreal column = fractions[std::size(fractions) - 1] * width;
            for (const QString& c : std::as_const(categories)) {
                wrapped.append(
                    twoLines(ChartTextItem::wrap(c, labelFont, column), labelFont, column));
                maxLines = qMax(maxLines, int(wrapped.last().size()));
            }
            neededSlot = maxLines * lineSpacing(labelFont) + 4 * s;
        }
        for (const QStringList& lines : std::as_const(wrapped))
            labelColumn = qMax(labelColumn, ChartTextItem::widestLine(lines, labelFont));
    }
    result.any = anyLabel;
    result.font = labelFont;
    result.lines = wrapped;
    result.column = labelColumn;
    result.slot = neededSlot;
    return result;
}

} // namespace sondo
