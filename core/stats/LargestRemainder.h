#pragma once

#include <vector>

namespace sondo {

/**
 * Rounding for display that keeps a total: each value is rounded down, then the units still
 * missing go to the values with the largest remainders (ties: the earlier value), so that
 * single-choice bars shown as 33 / 33 / 34 add up to exactly 100 (Hamilton's method).
 */
class LargestRemainder {
public:
    /**
     * Rounds `percents` to `decimals` places, returned as integers ×10^decimals (33.3 → 333 with
     * decimals = 1). When the inputs sum to `total` (within floating-point noise) the results sum
     * exactly to total×10^decimals; otherwise (multiple choice, where bars sum past 100) each
     * value is simply rounded half away from zero. NaN and negative inputs count as 0.
     */
    static std::vector<int> round(const std::vector<double>& percents, int decimals = 0,
                                  double total = 100.0);
};

} // namespace sondo
