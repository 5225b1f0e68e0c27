#include "stats/MeanSample.h"

#include <algorithm>

namespace sondo {

double MeanSample::variance() const {
    const double ne = effectiveBase();
    if (!(ne > 1) || !(sumWeights > 0))
        return std::numeric_limits<double>::quiet_NaN();
    return m2 / sumWeights * ne / (ne - 1.0);
}

double MeanSample::standardError() const {
    const double ne = effectiveBase();
    return std::sqrt(variance() / ne);
}

MeanSample MeanSample::fromValues(const std::vector<double>& values,
                                  const std::vector<double>& weights) {
    MeanSample s;
    const bool weighted = weights.size() == values.size();
    double sumX = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        const double w = weighted ? weights[i] : 1.0;
        ++s.n;
        s.sumWeights += w;
        s.sumSquaredWeights += w * w;
        sumX += w * values[i];
    }
    if (!(s.sumWeights > 0))
        return s;
    s.mean = sumX / s.sumWeights;
    // Second pass around the mean, for the digits (see NumericSummary).
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        const double d = values[i] - s.mean;
        s.m2 += (weighted ? weights[i] : 1.0) * d * d;
    }
    return s;
}

MeanSample MeanSample::fromSummary(const NumericSummary& summary, const WeightSums& weights) {
    MeanSample s;
    s.n = summary.n;
    s.sumWeights = summary.weightedN;
    s.sumSquaredWeights = weights.sumSquares;
    s.mean = summary.mean;
    s.m2 = summary.n == 1 ? 0.0 : summary.sd * summary.sd * (summary.weightedN - 1.0);
    return s;
}

MeanSample MeanSample::rest(const MeanSample& total, const MeanSample& part) {
    if (part.n == 0)
        return total;
    MeanSample r;
    r.n = total.n - part.n;
    r.sumWeights = total.sumWeights - part.sumWeights;
    r.sumSquaredWeights = total.sumSquaredWeights - part.sumSquaredWeights;
    if (r.n <= 0 || !(r.sumWeights > 0))
        return MeanSample{};
    r.mean = (total.sumWeights * total.mean - part.sumWeights * part.mean) / r.sumWeights;
    const double delta = r.mean - part.mean;
    r.m2 = total.m2 - part.m2 - delta * delta * part.sumWeights * r.sumWeights / total.sumWeights;
    // Cancellation can leave a hair below zero when the rest is constant.
    r.m2 = std::max(r.m2, 0.0);
    return r;
}

} // namespace sondo
