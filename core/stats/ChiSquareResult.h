#pragma once

namespace sondo {

/** Outcome of a Pearson chi-square test of independence. Plain value. */
struct ChiSquareResult {
    /** False when the test does not apply (fewer than 2×2 non-empty cells, bad input, …). */
    bool valid = false;
    double statistic = 0;
    /** (r − 1)(c − 1) of the rows and columns that remain after dropping empty ones. */
    int df = 0;
    /** Upper-tail probability of `statistic` under chi-square with `df` degrees of freedom. */
    double p = 1;
    /** Rows and columns left out because their total was zero. */
    int excludedRows = 0;
    int excludedColumns = 0;
    /** Some expected count is below 5: the approximation is doubtful; say so next to p. */
    bool lowExpected = false;
};

} // namespace sondo
