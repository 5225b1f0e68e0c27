#pragma once

#include "stats/NumericSummary.h"
#include "stats/WeightSums.h"

#include <QtGlobal>
#include <cmath>
#include <limits>
#include <vector>

namespace sondo {

/**
 * The sufficient statistics of a (weighted) mean for tests and intervals: Σw, Σw², the mean and
 * M₂ = Σw(x − mean)². Plain value.
 *
 * With weights, the variance of one answer is estimated as s² = M₂/Σw · n_eff/(n_eff − 1) and the
 * mean's standard error as √(s²/n_eff), n_eff being Kish's effective base (EffectiveBase): the
 * effective-sample-size approximation that the column tests use for proportions. With every
 * weight 1 these are the sample variance and s/√n, so tests and intervals are R's t.test().
 */
struct MeanSample {
    /** Respondents with a value. */
    qint64 n = 0;
    double sumWeights = 0;
    double sumSquaredWeights = 0;
    double mean = std::numeric_limits<double>::quiet_NaN();
    /** Σw(x − mean)². */
    double m2 = 0;

    double effectiveBase() const {
        return sumSquaredWeights > 0 ? sumWeights * sumWeights / sumSquaredWeights : 0.0;
    }
    /** s² as above; NaN when n_eff ≤ 1. */
    double variance() const;
    /** √(s²/n_eff); NaN when n_eff ≤ 1. */
    double standardError() const;

    /** From raw values (NaN skipped) and their weights (empty = all 1). */
    static MeanSample fromValues(const std::vector<double>& values,
                                 const std::vector<double>& weights = {});
    /**
     * From what FrequencyTable already computed for a numeric or Likert question (its
     * `summary`) and the weight sums of the same respondents (EffectiveBase::ofQuestion or
     * bySegment with Basis::Scored). M₂ is recovered from NumericSummary::sd, whose denominator
     * is Σw − 1: a summary with Σw ≤ 1 has no sd, and gives a sample with NaN variance.
     */
    static MeanSample fromSummary(const NumericSummary& summary, const WeightSums& weights);
    /**
     * `total` without `part` (a subset of it): the rest of the sample, by the pairwise update of
     * Chan, Golub & LeVeque (1979) run backwards. Empty when nothing is left.
     */
    static MeanSample rest(const MeanSample& total, const MeanSample& part);
};

} // namespace sondo
