#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

namespace sondo {

/**
 * How the category labels of a horizontal bar chart are set: the largest font, then the
 * narrowest column, at which every label fits its slot in at most two lines (words are
 * wrapped, never cut). The font never goes under MinimumPixels (at 1×); a label longer than two
 * lines at that size ends its second line in "…" (the table keeps the whole answer), and when the
 * categories cannot fit the height the slots grow past the area rather than the text shrinking.
 */
struct CategoryLabelFit {
    /** The smallest label font, in pixels of a 1200×675 picture (it scales with the picture). */
    static constexpr int MinimumPixels = 11;

    bool any = false;         ///< some category has a label at all
    QFont font;               ///< the labels' font
    QList<QStringList> lines; ///< each category's wrapped lines
    qreal column = 0;         ///< width of the label column
    qreal slot = 0;           ///< height each category needs for its label

    /**
     * Fits `categories` into a plot `width` wide and `available` high, with the theme's label
     * size `labelSize` at scale `s`.
     */
    static CategoryLabelFit fit(const QStringList& categories, qreal width, qreal available,
                                qreal labelSize, qreal s);
};

} // namespace sondo
