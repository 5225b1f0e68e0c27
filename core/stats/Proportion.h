#pragma once

namespace sondo {

/** A confidence interval for a proportion, both ends as fractions in [0, 1]. */
struct Proportion {
    double low = 0;
    double high = 1;
};

} // namespace sondo
