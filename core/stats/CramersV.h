#pragma once

#include "stats/CrossTab.h"

#include <vector>

namespace sondo {

/**
 * Cramér's V, the strength of association shown beside a chi-square (H. Cramér, Mathematical
 * Methods of Statistics, 1946): V = √(χ² / (n · (min(r, c) − 1))), from 0 (independent) to 1,
 * with χ² Pearson's statistic without continuity correction (ChiSquareTest) and r, c the rows and
 * columns left after dropping empty ones. R:
 * sqrt(chisq.test(m, correct = FALSE)$statistic / (sum(m) * (min(dim(m)) - 1))).
 */
class CramersV {
public:
    /** NaN when the chi-square does not apply (ChiSquareResult::valid false). */
    static double compute(const std::vector<std::vector<double>>& observed);
    /**
     * Of a crosstab, on the same unweighted counts as its chiSquare (so NaN whenever that is
     * invalid: multiple-choice question or segment, other types).
     */
    static double compute(const CrossTab& table);
};

} // namespace sondo
