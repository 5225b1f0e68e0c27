#include "render/ChartTextItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <cmath>

namespace sondo {

namespace {

/**
 * Within this many pixels of the limit, a width added up from pieces is checked by measuring the
 * whole string: sums can differ from a whole measure by kerning across a join.
 */
constexpr qreal kExactBand = 1.0;

/** Where the letters of `text` begin and end: 0, …, text.size(). */
QList<qsizetype> letterBounds(const QString& text) {
    QList<qsizetype> bounds;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype at = 0; at >= 0; at = finder.toNextBoundary())
        bounds.append(at);
    if (bounds.isEmpty() || bounds.last() != text.size())
        bounds.append(text.size());
    return bounds;
}

/** Adds the lines of a word wider than `width` to `lines`; returns the piece left over. */
QString breakWord(const QString& word, const QFontMetricsF& fm, qreal width, QStringList& lines,
                  qreal& leftWidth) {
    const QList<qsizetype> bounds = letterBounds(word);
    const qsizetype letters = bounds.size() - 1;
    auto letter = [&](qsizetype i) {
        return word.mid(bounds[i], bounds[i + 1] - bounds[i]);
    };
    qsizetype first = 0;
    while (true) {
        // The longest run of letters from `first` that fits, one letter at least; its width is
        // that of its first letter plus, per letter added, what that letter adds after the one
        // before it (pair minus single, which counts their kerning).
        QString last = letter(first);
        qreal lastWidth = fm.horizontalAdvance(last);
        qreal runWidth = lastWidth;
        qsizetype end = first + 1;
        while (end < letters) {
            const QString next = letter(end);
            qreal grown = runWidth + fm.horizontalAdvance(last + next) - lastWidth;
            if (std::abs(grown - width) <= kExactBand)
                grown =
                    fm.horizontalAdvance(word.mid(bounds[first], bounds[end + 1] - bounds[first]));
            if (grown > width)
                break;
            runWidth = grown;
            last = next;
            lastWidth = fm.horizontalAdvance(last);
            ++end;
        }
        const QString run = word.mid(bounds[first], bounds[end] - bounds[first]);
        if (end == letters) {
            leftWidth = runWidth;
            return run;
        }
        lines.append(run);
        first = end;
    }
}

} // namespace

ChartTextItem::ChartTextItem(QGraphicsItem* parent)
    : QGraphicsItem(parent) {
}

void ChartTextItem::setText(const QString& text, qreal width) {
    setLines(wrap(text, m_font, width), width);
}

void ChartTextItem::setLines(const QStringList& lines, qreal width) {
    prepareGeometryChange();
    m_lines = lines;
    m_width = width > 0 ? width : widestLine(lines, m_font);
    update();
}

void ChartTextItem::setFont(const QFont& font) {
    prepareGeometryChange();
    m_font = font;
    update();
}

void ChartTextItem::setColor(const QColor& color) {
    m_color = color;
    update();
}

void ChartTextItem::setAlignment(Qt::Alignment alignment) {
    m_alignment = alignment;
    update();
}

qreal ChartTextItem::height() const {
    return m_lines.isEmpty() ? 0 : m_lines.size() * QFontMetricsF(m_font).lineSpacing();
}

QRectF ChartTextItem::boundingRect() const {
    return QRectF(0, 0, m_width, height());
}

void ChartTextItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const qreal lineHeight = QFontMetricsF(m_font).lineSpacing();
    painter->setFont(m_font);
    painter->setPen(m_color);
    qreal y = 0;
    for (const QString& line : std::as_const(m_lines)) {
        // Lines may come out a hair wider on another device; never let the rect clip them.
        painter->drawText(QRectF(0, y, m_width, lineHeight),
                          int(m_alignment | Qt::AlignVCenter) | Qt::TextDontClip, line);
        y += lineHeight;
    }
}

QString ChartTextItem::elided(const QString& text, qsizetype maxChars) {
    if (text.size() <= maxChars)
        return text;
    if (maxChars <= 0)
        return QString();
    // Only the start is looked at: a 80 KB answer costs what a label of maxChars does.
    const QString start = text.left(maxChars);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, start);
    finder.setPosition(maxChars - 1); // room for the ellipsis
    if (!finder.isAtBoundary())
        finder.toPreviousBoundary();
    qsizetype cut = qMax<qsizetype>(finder.position(), 0);
    while (cut > 0 && start[cut - 1].isSpace())
        --cut;
    return start.left(cut) + QChar(0x2026);
}

QStringList ChartTextItem::wrap(const QString& text, const QFont& font, qreal width) {
    const QFontMetricsF fm(font);
    QStringList lines;
    const QStringList paragraphs = elided(text).split(QLatin1Char('\n'));
    // Ordinary spaces only: a no-break space ("n = 43") is meant to hold its words together.
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    for (const QString& paragraph : paragraphs) {
        const QStringList words = paragraph.split(spaces, Qt::SkipEmptyParts);
        QString line;
        qreal lineWidth = 0;
        // The word (or piece of one) that ends `line`, and its width: a next word's width is
        // added after it, so that the kerning between the two counts.
        QString last;
        qreal lastWidth = 0;
        for (const QString& word : words) {
            if (width <= 0) {
                line = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
                continue;
            }
            qreal candidate =
                line.isEmpty()
                    ? fm.horizontalAdvance(word)
                    : lineWidth + fm.horizontalAdvance(last + QLatin1Char(' ') + word) - lastWidth;
            if (!line.isEmpty() && std::abs(candidate - width) <= kExactBand)
                candidate = fm.horizontalAdvance(line + QLatin1Char(' ') + word);
            if (candidate <= width) {
                if (line.isEmpty()) {
                    line = word;
                    lastWidth = candidate;
                } else {
                    line += QLatin1Char(' ') + word;
                    lastWidth = fm.horizontalAdvance(word);
                }
                lineWidth = candidate;
                last = word;
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            const qreal wordWidth = line.isEmpty() ? candidate : fm.horizontalAdvance(word);
            if (wordWidth <= width) {
                line = word;
                lineWidth = wordWidth;
            } else {
                // A single word wider than the block: broken between letters, keeping them all.
                line = breakWord(word, fm, width, lines, lineWidth);
            }
            last = line;
            lastWidth = lineWidth;
        }
        if (!line.isEmpty() || words.isEmpty())
            lines.append(line);
    }
    return lines;
}

qreal ChartTextItem::widestLine(const QStringList& lines, const QFont& font) {
    const QFontMetricsF fm(font);
    qreal widest = 0;
    for (const QString& line : lines)
        widest = qMax(widest, fm.horizontalAdvance(line));
    return widest;
}

} // namespace sondo
