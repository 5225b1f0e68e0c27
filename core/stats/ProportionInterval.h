#pragma once

#include "stats/Proportion.h"
#include "stats/WeightSums.h"

namespace sondo {

/**
 * The confidence interval of a bar's percentage: Wilson's score interval (WilsonInterval) of the
 * weighted proportion p = count / Σw, taken on Kish's effective base n_eff instead of the weighted
 * base, i.e. WilsonInterval::compute(p·n_eff, n_eff, z). Unweighted it is R's
 * prop.test(x, n, correct = FALSE)$conf.int; weighted it is the same on (p·n_eff, n_eff), the
 * effective-sample-size Wilson interval (Kish 1965; Korn & Graubard 1998 use it with a design
 * effect).
 */
class ProportionInterval {
public:
    /**
     * `count`: weighted count of the answer; `base`: the weight sums of the base (Σw, Σw²).
     * `confidence`: 0.95 for 95%. Fractions in [0, 1]; {0, 1} when the base is empty.
     */
    static Proportion compute(double count, const WeightSums& base, double confidence = 0.95);
};

} // namespace sondo
