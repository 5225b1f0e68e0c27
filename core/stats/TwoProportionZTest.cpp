#include "stats/TwoProportionZTest.h"

#include "stats/TwoSided.h"

#include <cmath>

namespace sondo {

TwoProportionZTest::Outcome TwoProportionZTest::compute(double p1, double n1, double p2,
                                                        double n2) {
    Outcome outcome;
    if (!(n1 > 0) || !(n2 > 0) || !std::isfinite(p1) || !std::isfinite(p2) || !std::isfinite(n1) ||
        !std::isfinite(n2))
        return outcome;
    const double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const double variance = pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2);
    if (!(variance > 0))
        return outcome;
    outcome.valid = true;
    outcome.z = (p1 - p2) / std::sqrt(variance);
    outcome.p = TwoSided::normalP(outcome.z);
    return outcome;
}

} // namespace sondo
