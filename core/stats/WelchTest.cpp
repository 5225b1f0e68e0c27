#include "stats/WelchTest.h"

#include "stats/TwoSided.h"

#include <cmath>

namespace sondo {

WelchTest::Outcome WelchTest::compute(const MeanSample& a, const MeanSample& b) {
    Outcome outcome;
    const double na = a.effectiveBase();
    const double nb = b.effectiveBase();
    const double va = a.variance() / na;
    const double vb = b.variance() / nb;
    if (!std::isfinite(va) || !std::isfinite(vb) || !std::isfinite(a.mean) ||
        !std::isfinite(b.mean))
        return outcome;
    const double se2 = va + vb;
    if (!(se2 > 0))
        return outcome;
    outcome.valid = true;
    outcome.t = (a.mean - b.mean) / std::sqrt(se2);
    outcome.df = se2 * se2 / (va * va / (na - 1.0) + vb * vb / (nb - 1.0));
    outcome.p = TwoSided::studentP(outcome.t, outcome.df);
    return outcome;
}

} // namespace sondo
