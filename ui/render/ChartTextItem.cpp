#include "render/ChartTextItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

namespace sondo {

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

QStringList ChartTextItem::wrap(const QString& text, const QFont& font, qreal width) {
    const QFontMetricsF fm(font);
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    // Ordinary spaces only: a no-break space ("n = 43") is meant to hold its words together.
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    for (const QString& paragraph : paragraphs) {
        const QStringList words = paragraph.split(spaces, Qt::SkipEmptyParts);
        QString line;
        for (QString word : words) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width || width <= 0) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            line.clear();
            // A single word wider than the block: break it between letters, keeping them all.
            while (fm.horizontalAdvance(word) > width && word.size() > 1) {
                int fit = 1;
                while (fit < word.size() && fm.horizontalAdvance(word.left(fit + 1)) <= width)
                    ++fit;
                lines.append(word.left(fit));
                word = word.mid(fit);
            }
            line = word;
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
