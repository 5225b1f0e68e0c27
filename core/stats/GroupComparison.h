#pragma once

#include "stats/ComparisonRow.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sondo {

/**
 * Significance tests between the groups of a segment, row by row (ColumnProportionsTest,
 * MeansTest). Every group has a letter, A, B, C … in the segment's option order, tested or not,
 * so the letters on a chart never shift when a group drops below the minimum base. Plain value.
 */
struct GroupComparison {
    /** False when the comparison does not apply (overlapping groups, fewer than two groups). */
    bool valid = false;
    /** The confidence level it was tested at (0.95). */
    double confidence = 0.95;
    /** True when each group was tested against the rest of the sample (▲▼), not in pairs. */
    bool againstRest = false;
    /** One per group: "A", "B", … ("AA" after "Z"). */
    QStringList letters;
    /** One per group: false when its effective base is below the minimum (shown, not tested). */
    std::vector<bool> tested;
    std::vector<double> effectiveBases;
    std::vector<ComparisonRow> rows;

    /** The letters of the groups that `group` is significantly higher than on `row`. */
    QStringList higherThanLetters(int row, int group) const;
    /**
     * Against the rest of the sample: +1 when `group` is significantly above the rest on `row`
     * (▲), −1 below (▼), 0 neither, untested or a pairwise comparison.
     */
    int versusRest(int row, int group) const;
    /**
     * What a table cell of `group` on `row` carries: the letters it beats ("BC"), or ▲ / ▼
     * against the rest; empty when nothing is significant.
     */
    QString mark(int row, int group) const;
    /** A, B, …, Z, AA, AB, … for 0, 1, …, 25, 26, 27, … (spreadsheet column names). */
    static QString letter(int group);
};

} // namespace sondo
