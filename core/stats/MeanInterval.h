#pragma once

#include "stats/Interval.h"
#include "stats/MeanSample.h"

namespace sondo {

/**
 * The t-based confidence interval of a mean: mean ± t(1 − α/2, n_eff − 1) · s/√n_eff, with s and
 * n_eff those of MeanSample (the effective base when weighted). Unweighted it is R's
 * t.test(x, conf.level = level)$conf.int.
 */
class MeanInterval {
public:
    /** NaN ends when n_eff ≤ 1 (no spread to estimate). */
    static Interval compute(const MeanSample& sample, double confidence = 0.95);
};

} // namespace sondo
