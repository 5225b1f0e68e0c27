#pragma once

#include "stats/ChiSquareResult.h"

#include <vector>

namespace sondo {

/**
 * Pearson's chi-square test of independence on a contingency table, without continuity
 * correction (R: chisq.test(x, correct = FALSE)).
 */
class ChiSquareTest {
public:
    /**
     * `observed[r][c]`: counts, rows × columns (short rows are padded with zeros). Rows and
     * columns whose total is zero are excluded first, since they carry no information and
     * would make expected counts zero; the result is invalid when fewer than 2 rows or 2
     * columns remain, or when a count is negative or not finite.
     */
    static ChiSquareResult compute(const std::vector<std::vector<double>>& observed);
};

} // namespace sondo
