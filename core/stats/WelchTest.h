#pragma once

#include "stats/MeanSample.h"

#include <limits>

namespace sondo {

/**
 * Welch's two-sample t-test of a difference of means, not assuming equal variances
 * (B. L. Welch, Biometrika 34, 1947):
 *
 *   t = (m₁ − m₂) / √(s₁²/n₁ + s₂²/n₂),
 *   df = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)),
 *
 * p two-sided from Student's t with df (Welch–Satterthwaite) degrees of freedom; the n are
 * effective bases and s² the variances of MeanSample. Unweighted it is R's t.test(x, y) (Welch is
 * R's default).
 */
class WelchTest {
public:
    struct Outcome {
        /** False when a group has n_eff ≤ 1 or both are constant (R: "data are essentially
         * constant"). */
        bool valid = false;
        double t = std::numeric_limits<double>::quiet_NaN();
        double df = std::numeric_limits<double>::quiet_NaN();
        double p = std::numeric_limits<double>::quiet_NaN();
    };

    static Outcome compute(const MeanSample& a, const MeanSample& b);
};

} // namespace sondo
