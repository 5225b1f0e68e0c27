#include "stats/ProportionInterval.h"

#include "stats/TwoSided.h"
#include "stats/WilsonInterval.h"

namespace sondo {

Proportion ProportionInterval::compute(double count, const WeightSums& base, double confidence) {
    const double ne = base.effectiveBase();
    if (!(base.sum > 0) || !(ne > 0))
        return {0.0, 1.0};
    const double p = count / base.sum;
    return WilsonInterval::compute(p * ne, ne, TwoSided::zCritical(confidence));
}

} // namespace sondo
