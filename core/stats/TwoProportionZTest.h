#pragma once

#include <limits>

namespace sondo {

/**
 * Two-sided z-test of the difference between two independent proportions with the pooled
 * proportion (the column-proportions test of SPSS Custom Tables, without its Bonferroni step):
 *
 *   p̄ = (p₁n₁ + p₂n₂) / (n₁ + n₂),   z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)),
 *
 * p = 2·P(Z ≥ |z|). The n are effective bases (EffectiveBase), so weighted proportions are tested
 * on the information they carry; unweighted, z² is R's prop.test(c(x1, x2), c(n1, n2),
 * correct = FALSE)$statistic and the p-values are equal.
 */
class TwoProportionZTest {
public:
    struct Outcome {
        /** False when either base is not above 0 or p̄ is 0 or 1 (no variance: R gives NaN). */
        bool valid = false;
        double z = std::numeric_limits<double>::quiet_NaN();
        double p = std::numeric_limits<double>::quiet_NaN();
    };

    /** `p1`, `p2` proportions in [0, 1]; `n1`, `n2` their (effective) bases. */
    static Outcome compute(double p1, double n1, double p2, double n2);
};

} // namespace sondo
