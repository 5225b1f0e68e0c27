#pragma once

#include <limits>

namespace sondo {

/** A confidence interval on any scale (a mean, a score), both ends. Plain value. */
struct Interval {
    double low = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
};

} // namespace sondo
