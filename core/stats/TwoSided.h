#pragma once

namespace sondo {

/**
 * Two-sided critical values and p-values of the normal and Student's t distributions (through
 * Boost.Math, with errors as NaN rather than exceptions). R: qnorm(1 - (1 - level) / 2),
 * qt(1 - (1 - level) / 2, df), 2 * pnorm(-abs(z)), 2 * pt(-abs(t), df).
 */
class TwoSided {
public:
    /** z such that P(|Z| ≤ z) = level (1.959963984540054 for 0.95); NaN outside (0, 1). */
    static double zCritical(double level);
    /** t such that P(|T| ≤ t) = level with `df` degrees of freedom (any real df > 0). */
    static double tCritical(double level, double df);
    /** P(|Z| ≥ |z|). */
    static double normalP(double z);
    /** P(|T| ≥ |t|) with `df` degrees of freedom. */
    static double studentP(double t, double df);
};

} // namespace sondo
