#include "stats/NumericSummary.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sondo {

namespace {

/**
 * The weighted type-7 quantile (Hmisc::wtd.quantile, type "quantile"): position 1 + (S − 1)p
 * in the data "expanded" by weight, interpolating between the neighbouring positions; the
 * value at position x is the first value whose cumulative weight reaches x.
 */
double quantile(const std::vector<double>& values, const std::vector<double>& cumulative,
                double totalWeight, double p) {
    const double position = 1.0 + (totalWeight - 1.0) * p;
    const double low = std::max(std::floor(position), 1.0);
    const double high = std::min(low + 1.0, totalWeight);
    const double fraction = position - std::floor(position);
    // Cumulative sums of fractional weights pick up rounding noise; a position reached within
    // it counts as reached.
    const double tolerance = 1e-9 * std::max(1.0, totalWeight);
    const auto at = [&](double x) {
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), x - tolerance);
        if (it == cumulative.end())
            return values.back();
        return values[std::size_t(it - cumulative.begin())];
    };
    const double a = at(low);
    if (fraction == 0.0)
        return a;
    return (1.0 - fraction) * a + fraction * at(high);
}

} // namespace

NumericSummary NumericSummary::fromDistinct(const std::vector<double>& values,
                                            const std::vector<double>& weights,
                                            const std::vector<qint64>& counts) {
    NumericSummary s;
    const std::size_t k = std::min({values.size(), weights.size(), counts.size()});
    std::vector<double> v;
    std::vector<double> cumulative;
    v.reserve(k);
    cumulative.reserve(k);
    double total = 0;
    double weightedSum = 0;
    for (std::size_t i = 0; i < k; ++i) {
        if (counts[i] <= 0)
            continue;
        s.n += counts[i];
        total += weights[i];
        weightedSum += weights[i] * values[i];
        v.push_back(values[i]);
        cumulative.push_back(total);
    }
    if (s.n == 0)
        return s;
    s.weightedN = total;
    s.min = v.front();
    s.max = v.back();
    if (total <= 0)
        return s;
    s.mean = weightedSum / total;
    // Second pass around the mean: the one-pass Σx² − n·mean² formula loses digits when the
    // values are large and close together (years of birth, incomes).
    double squares = 0;
    for (std::size_t i = 0; i < k; ++i) {
        if (counts[i] <= 0)
            continue;
        const double d = values[i] - s.mean;
        squares += weights[i] * d * d;
    }
    if (s.n >= 2 && total > 1.0)
        s.sd = std::sqrt(squares / (total - 1.0));
    s.q1 = quantile(v, cumulative, total, 0.25);
    s.median = quantile(v, cumulative, total, 0.5);
    s.q3 = quantile(v, cumulative, total, 0.75);
    return s;
}

NumericSummary NumericSummary::compute(std::vector<double> values, std::vector<double> weights) {
    const bool weighted = weights.size() == values.size();
    std::vector<std::size_t> order;
    order.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> distinct;
    std::vector<double> sums;
    std::vector<qint64> counts;
    for (std::size_t i : order) {
        const double w = weighted ? weights[i] : 1.0;
        if (distinct.empty() || distinct.back() != values[i]) {
            distinct.push_back(values[i]);
            sums.push_back(w);
            counts.push_back(1);
        } else {
            sums.back() += w;
            ++counts.back();
        }
    }
    return fromDistinct(distinct, sums, counts);
}

} // namespace sondo
