#include "stats/MeanInterval.h"

#include "stats/TwoSided.h"

#include <cmath>

namespace sondo {

Interval MeanInterval::compute(const MeanSample& sample, double confidence) {
    const double ne = sample.effectiveBase();
    const double se = sample.standardError();
    if (!(ne > 1) || !std::isfinite(se) || !std::isfinite(sample.mean))
        return {};
    const double half = TwoSided::tCritical(confidence, ne - 1.0) * se;
    return {sample.mean - half, sample.mean + half};
}

} // namespace sondo
