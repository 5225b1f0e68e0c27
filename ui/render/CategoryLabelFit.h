#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

namespace sondo {

/**
 * How the category labels of a horizontal bar chart are set: the largest font, then the
 * narrowest column, at which every label fits its slot without being cut (words are wrapped,
 * never cut; two lines at most while the font may shrink by two pixels for it). When the
 * categories cannot fit the height at the smallest font, the slots grow past the area rather
 * than cutting a label.
 */
struct CategoryLabelFit {
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
