#include "stats/ComparisonRow.h"

#include <algorithm>

namespace sondo {

void ComparisonRow::settle(std::size_t groups, double alpha, PValueAdjustment::Method method,
                           bool againstRest) {
    std::vector<double> p;
    p.reserve(pairs.size());
    for (const PairTest& pair : pairs)
        p.push_back(pair.p);
    const std::vector<double> adjusted = PValueAdjustment::adjust(p, method);
    const std::vector<bool> rejected = PValueAdjustment::reject(p, alpha, method);
    higherThan.assign(againstRest ? 0 : groups, {});
    versusRest.assign(againstRest ? groups : 0, 0);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        PairTest& pair = pairs[i];
        pair.adjustedP = adjusted[i];
        pair.significant = rejected[i];
        if (!pair.significant || pair.statistic == 0)
            continue;
        if (againstRest) {
            versusRest[std::size_t(pair.first)] = pair.statistic > 0 ? 1 : -1;
        } else if (pair.statistic > 0) {
            higherThan[std::size_t(pair.first)].push_back(pair.second);
        } else {
            higherThan[std::size_t(pair.second)].push_back(pair.first);
        }
    }
    for (auto& higher : higherThan)
        std::sort(higher.begin(), higher.end());
}

} // namespace sondo
