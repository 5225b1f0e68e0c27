#include "stats/LargestRemainder.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace sondo {

std::vector<int> LargestRemainder::round(const std::vector<double>& percents, int decimals,
                                         double total) {
    const double scale = std::pow(10.0, std::max(decimals, 0));
    std::vector<double> scaled(percents.size());
    double sum = 0;
    for (std::size_t i = 0; i < percents.size(); ++i) {
        const double p = percents[i];
        scaled[i] = std::isfinite(p) && p > 0 ? p * scale : 0.0;
        sum += scaled[i];
    }
    const double target = total * scale;
    std::vector<int> result(percents.size(), 0);
    // Percentages computed as count / base carry floating-point noise: 3 × 33.333… is not
    // exactly 100, yet it is meant to be.
    if (percents.empty() || std::abs(sum - target) > 1e-6 * std::max(1.0, std::abs(target))) {
        for (std::size_t i = 0; i < scaled.size(); ++i)
            result[i] = int(std::llround(scaled[i]));
        return result;
    }

    // Remainders are compared after quantising, so values meant to be equal (three thirds)
    // tie exactly and the earlier one wins rather than whichever carries more noise.
    constexpr double kQuantum = 1e9;
    std::vector<std::int64_t> remainders(scaled.size());
    std::int64_t assigned = 0;
    for (std::size_t i = 0; i < scaled.size(); ++i) {
        // A value a hair below an integer (28.999999999999996) is that integer.
        double floor = std::floor(scaled[i] + 1e-9);
        result[i] = int(floor);
        assigned += result[i];
        remainders[i] = std::llround(std::max(0.0, scaled[i] - floor) * kQuantum);
    }
    std::vector<std::size_t> order(scaled.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::int64_t left = std::llround(target) - assigned;
    if (left >= 0) {
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return remainders[a] > remainders[b];
        });
        for (std::size_t j = 0; left > 0 && !order.empty(); ++j, --left)
            ++result[order[j % order.size()]];
    } else {
        // Only reachable through the snapping above: take back from the smallest remainders.
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return remainders[a] < remainders[b];
        });
        for (std::size_t j = 0; left < 0 && j < order.size(); ++j)
            if (result[order[j]] > 0) {
                --result[order[j]];
                ++left;
            }
    }
    return result;
}

} // namespace sondo
