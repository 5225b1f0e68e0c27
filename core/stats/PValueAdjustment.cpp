#include "stats/PValueAdjustment.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sondo {

namespace {

/** Indices of the non-NaN p-values, ascending by p (ties keep their order, as R's order()). */
std::vector<std::size_t> ascending(const std::vector<double>& p) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (!std::isnan(p[i]))
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    return order;
}

} // namespace

std::vector<double> PValueAdjustment::adjust(const std::vector<double>& p, Method method) {
    std::vector<double> adjusted = p;
    const std::vector<std::size_t> order = ascending(p);
    const double m = double(order.size());
    switch (method) {
    case Method::None:
        break;
    case Method::Bonferroni:
        for (std::size_t i : order)
            adjusted[i] = std::min(1.0, m * p[i]);
        break;
    case Method::Holm: {
        double running = 0;
        for (std::size_t rank = 0; rank < order.size(); ++rank) {
            const std::size_t i = order[rank];
            running = std::max(running, std::min(1.0, (m - double(rank)) * p[i]));
            adjusted[i] = running;
        }
        break;
    }
    }
    return adjusted;
}

std::vector<bool> PValueAdjustment::reject(const std::vector<double>& p, double alpha,
                                           Method method) {
    std::vector<bool> rejected(p.size(), false);
    const std::vector<std::size_t> order = ascending(p);
    const double m = double(order.size());
    switch (method) {
    case Method::None:
        for (std::size_t i : order)
            rejected[i] = p[i] <= alpha;
        break;
    case Method::Bonferroni:
        for (std::size_t i : order)
            rejected[i] = p[i] <= alpha / m;
        break;
    case Method::Holm:
        for (std::size_t rank = 0; rank < order.size(); ++rank) {
            const std::size_t i = order[rank];
            if (!(p[i] <= alpha / (m - double(rank))))
                break;
            rejected[i] = true;
        }
        break;
    }
    return rejected;
}

} // namespace sondo
