#pragma once

#include <limits>

namespace sondo {

/**
 * One test between two groups on one row (or a group against the rest of the sample, `second`
 * then −1). Plain value.
 */
struct PairTest {
    int first = -1;
    int second = -1;
    /** z of the proportions test, t of Welch's: positive when `first` is the higher. */
    double statistic = std::numeric_limits<double>::quiet_NaN();
    /** Degrees of freedom of Welch's t; NaN for z. */
    double df = std::numeric_limits<double>::quiet_NaN();
    double p = std::numeric_limits<double>::quiet_NaN();
    /** p after the row's correction (PValueAdjustment::adjust). */
    double adjustedP = std::numeric_limits<double>::quiet_NaN();
    bool significant = false;
};

} // namespace sondo
