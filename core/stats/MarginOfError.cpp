#include "stats/MarginOfError.h"

#include "stats/TwoSided.h"

#include <cmath>
#include <limits>

namespace sondo {

double MarginOfError::points(double effectiveBase, double confidence) {
    if (!(effectiveBase > 0))
        return std::numeric_limits<double>::quiet_NaN();
    return 100.0 * TwoSided::zCritical(confidence) * std::sqrt(0.25 / effectiveBase);
}

} // namespace sondo
