#pragma once

#include <vector>

namespace sondo {

/**
 * What one raking question should add up to: a share per option, in the question's option order
 * (Question::options). Shares are normalised to sum to 1, so percentages (48, 52) or population
 * counts work as well as fractions. Plain value.
 */
struct RakingTarget {
    /** A single-choice or Likert question (index into Survey::questions). */
    int question = -1;
    /** One non-negative share per option. */
    std::vector<double> shares;
};

} // namespace sondo
