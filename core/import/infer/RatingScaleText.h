#pragma once

#include "import/infer/ColumnCoding.h"

#include <QString>
#include <optional>

namespace sondo {

/**
 * A question whose text says it is a rating on whole numbers: "en una escala del 1 al 5",
 * "on a scale from 0 to 10", "Bewertung (1-7)". Its answers "1" … "5" are the scale's points,
 * not a quantity: a Likert question scored by value, every point of the stated range listed
 * even where nobody chose it (the text states them: none is invented).
 */
class RatingScaleText {
public:
    struct Range {
        int low = 0;
        int high = 0;
    };

    /** The rating range `text` describes, or nullopt. */
    static std::optional<Range> rangeOf(const QString& text);
    /**
     * Lists the range's points in `coding` (a Likert coding of whole numbers scored by value),
     * in numeric order; false, changing nothing, when an option is not a whole number in range.
     */
    static bool completePoints(ColumnCoding& coding, const Range& range);
};

} // namespace sondo
