#pragma once

#include "stats/Proportion.h"

namespace sondo {

/**
 * Wilson score interval for a proportion: unlike the textbook p ± z·√(p(1−p)/n) it stays inside
 * [0, 1] and behaves at 0% and 100%, which survey bars often show. Same as R's
 * prop.test(x, n, correct = FALSE)$conf.int.
 */
class WilsonInterval {
public:
    /**
     * Interval for `successes` out of `n` (weighted sums are accepted); `z` defaults to 95%.
     * With n ≤ 0 nothing is known: {0, 1}.
     */
    static Proportion compute(double successes, double n, double z = 1.959963984540054);
};

} // namespace sondo
