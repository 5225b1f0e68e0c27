#pragma once

#include <QtGlobal>
#include <limits>
#include <vector>

namespace sondo {

/**
 * Mean, spread and quartiles of numeric answers (or of Likert scores).
 *
 * Conventions, chosen to match what R and SPSS print:
 * - `sd` is the sample standard deviation (denominator n − 1; with weights, Σw − 1, i.e. weights
 *   read as frequency weights). NaN when n < 2.
 * - `median`, `q1`, `q3` are quantiles of R's type 7 (R's and Excel's default: h = (n − 1)p + 1,
 *   linear interpolation between the neighbouring order statistics). With weights, the weighted
 *   generalisation of Hmisc::wtd.quantile: the k-th order statistic is the first value whose
 *   cumulative weight reaches k and n is Σw; identical to type 7 when every weight is 1, and to
 *   type 7 over the expanded data for integer weights.
 * - every figure is NaN when n is 0.
 */
struct NumericSummary {
    /** Respondents with a value (unweighted). */
    qint64 n = 0;
    /** Sum of their weights. */
    double weightedN = 0;
    double mean = std::numeric_limits<double>::quiet_NaN();
    double median = std::numeric_limits<double>::quiet_NaN();
    double sd = std::numeric_limits<double>::quiet_NaN();
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double q1 = std::numeric_limits<double>::quiet_NaN();
    double q3 = std::numeric_limits<double>::quiet_NaN();

    /**
     * Summary of grouped data: `values` distinct and ascending, `weights[i]` the sum of the
     * weights and `counts[i]` the number of respondents having `values[i]`. This is how
     * FrequencyTable calls it, after counting, so no second pass over respondents is needed.
     */
    static NumericSummary fromDistinct(const std::vector<double>& values,
                                       const std::vector<double>& weights,
                                       const std::vector<qint64>& counts);
    /** Summary of raw values in any order; NaN values are skipped; empty `weights` = all 1. */
    static NumericSummary compute(std::vector<double> values, std::vector<double> weights = {});
};

} // namespace sondo
