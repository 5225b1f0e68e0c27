#pragma once

#include "stats/Interval.h"

#include <limits>

namespace sondo {

/** The difference between two groups' Net Promoter Scores and its test. Plain value. */
struct NpsDifference {
    /** False when a score is invalid or both have no variance. */
    bool valid = false;
    /** a.score − b.score, in points. */
    double difference = std::numeric_limits<double>::quiet_NaN();
    /** √(SEa² + SEb²), in points. */
    double standardError = std::numeric_limits<double>::quiet_NaN();
    double z = std::numeric_limits<double>::quiet_NaN();
    /** Two-sided. */
    double p = std::numeric_limits<double>::quiet_NaN();
    /** p ≤ 1 − confidence. */
    bool significant = false;
    /** difference ± z·standardError. */
    Interval interval;
};

} // namespace sondo
