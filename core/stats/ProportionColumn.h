#pragma once

#include "stats/FrequencyTable.h"
#include "stats/WeightSums.h"

#include <vector>

namespace sondo {

/**
 * One group's column of a table, as the column-proportions test reads it: the weight sums of its
 * base (Σw is the weighted base, Σw² gives the effective base) and the weighted count of each row.
 * Unweighted data is WeightSums{n, n, n}. Plain value.
 */
struct ProportionColumn {
    WeightSums base;
    /** Weighted count of each row (an option, a box); proportion = count / base.sum. */
    std::vector<double> counts;

    /** The options of a frequency table, with the weight sums of its base. */
    static ProportionColumn fromTable(const FrequencyTable& table, const WeightSums& base);
    /**
     * Two rows, top-2-box then bottom-2-box, of a Likert table (FrequencyTable::topTwoBox);
     * no rows when the table has no boxes. `base` is the weight sums of the table's scored base
     * (EffectiveBase::Basis::Scored): "Don't know" is outside the boxes.
     */
    static ProportionColumn boxesFromTable(const FrequencyTable& table, const WeightSums& base);
};

} // namespace sondo
