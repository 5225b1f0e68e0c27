#include "stats/WilsonInterval.h"

#include <algorithm>
#include <cmath>

namespace sondo {

Proportion WilsonInterval::compute(double successes, double n, double z) {
    if (!(n > 0) || !std::isfinite(n) || !std::isfinite(successes))
        return {0.0, 1.0};
    const double p = std::clamp(successes / n, 0.0, 1.0);
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

} // namespace sondo
