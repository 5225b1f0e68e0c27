#pragma once

namespace sondo {

/**
 * The margin of error quoted for a whole sample ("±5.7 points at 95%"): the half-width of the
 * normal interval of a proportion in the worst case p = 0.5, z·√(0.25 / n_eff), in percentage
 * points, on Kish's effective base. R: qnorm(0.975) * sqrt(0.25 / n) * 100. It is the largest
 * margin any single percentage of the sample has; smaller groups have larger ones.
 */
class MarginOfError {
public:
    /** Percentage points; NaN when `effectiveBase` is not above 0. */
    static double points(double effectiveBase, double confidence = 0.95);
};

} // namespace sondo
