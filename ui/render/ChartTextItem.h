#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QStringList>

namespace sondo {

/**
 * A block of already wrapped lines drawn with QPainter::drawText, so that SVG and PDF exports keep
 * real, searchable text, and so that the size measured at layout time is the size drawn.
 */
class ChartTextItem : public QGraphicsItem {
public:
    explicit ChartTextItem(QGraphicsItem* parent = nullptr);

    /** Wraps `text` at word boundaries to `width` (explicit '\n' kept) and shows it. */
    void setText(const QString& text, qreal width);
    /** Shows `lines` as they are; the block is as wide as the widest line unless `width` > 0. */
    void setLines(const QStringList& lines, qreal width = 0);
    QStringList lines() const { return m_lines; }
    QString text() const { return m_lines.join(QLatin1Char('\n')); }

    void setFont(const QFont& font);
    QFont font() const { return m_font; }
    void setColor(const QColor& color);
    /** Horizontal alignment of each line inside the block. */
    void setAlignment(Qt::Alignment alignment);
    qreal width() const { return m_width; }
    qreal height() const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget = nullptr) override;

    /**
     * Greedy word wrap of `text` to `width` with `font`. Never drops characters: a word wider than
     * `width` is broken between letters rather than cut.
     */
    static QStringList wrap(const QString& text, const QFont& font, qreal width);
    /** Width of the widest of `lines`. */
    static qreal widestLine(const QStringList& lines, const QFont& font);

private:
    QStringList m_lines;
    QFont m_font;
    QColor m_color = Qt::black;
    Qt::Alignment m_alignment = Qt::AlignLeft;
    qreal m_width = 0;
};

} // namespace sondo
