#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QStringList>

namespace sondo {

/**
 * A block of already wrapped lines drawn with QPainter::drawText, so that SVG and PDF exports keep
 * real, searchable text, and so that the size measured at layout time is the size drawn.
 *
 * Texts come from strangers' files (an open answer can be 80 KB without a space): whatever is
 * wrapped is first cut to MaxChars, and wrapping costs time in proportion to the text's length.
 */
class ChartTextItem : public QGraphicsItem {
public:
    /**
     * The most characters a text drawn on a chart keeps (title, label, legend entry, note): past
     * it, the text is cut and ends in "…". Longer than any real question or option seen, short
     * enough that a label never takes more than a chart's height.
     */
    static constexpr qsizetype MaxChars = 500;

    explicit ChartTextItem(QGraphicsItem* parent = nullptr);

    /**
     * Wraps `text` (cut to MaxChars) at word boundaries to `width` (explicit '\n' kept) and shows
     * it.
     */
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
     * Greedy word wrap of `text`, cut to MaxChars by elided(), to `width` with `font` (no wrap
     * when `width` <= 0). Drops no other character: a word wider than `width` is broken between
     * letters (never inside a letter made of several code points) rather than cut. Linear in the
     * text's length: a line's width is added up from its words and letters, and the whole line is
     * measured again only when the sum comes within a pixel of `width`, so the breaks are those
     * of measuring every candidate line.
     */
    static QStringList wrap(const QString& text, const QFont& font, qreal width);
    /**
     * `text` itself when it has at most `maxChars` UTF-16 code units; else its start, cut between
     * two letters, with its trailing spaces dropped and "…" added, `maxChars` long at most.
     * Reads only the first `maxChars` characters of `text`.
     */
    static QString elided(const QString& text, qsizetype maxChars = MaxChars);
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
