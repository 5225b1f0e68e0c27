#pragma once

#include "stats/PValueAdjustment.h"
#include "stats/PairTest.h"

#include <vector>

namespace sondo {

/** The tests of one row of a table (an option, a box, a mean) across its groups. Plain value. */
struct ComparisonRow {
    /** Every pair that could be tested (both groups tested, some variance), first < second. */
    std::vector<PairTest> pairs;
    /**
     * Pairwise results, per group: the groups it is significantly higher than, ascending (the
     * SPSS Custom Tables convention: the letters shown in a cell name the columns it beats).
     */
    std::vector<std::vector<int>> higherThan;
    /**
     * Against-the-rest results, per group: +1 significantly above the rest of the sample (▲),
     * −1 below (▼), 0 neither or not tested. Empty for a pairwise comparison.
     */
    std::vector<int> versusRest;

    /**
     * Corrects `pairs` as one family (adjustedP, significant) at level `alpha` and fills
     * `higherThan` (when `againstRest` is false) or `versusRest` for `groups` groups.
     */
    void settle(std::size_t groups, double alpha, PValueAdjustment::Method method,
                bool againstRest);
};

} // namespace sondo
