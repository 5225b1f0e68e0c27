#pragma once

#include "stats/RakingReport.h"

#include <vector>

namespace sondo {

/** Raked weights, one per respondent (0 for those not raked), and how they came out. */
struct RakingResult {
    std::vector<double> weights;
    RakingReport report;
};

} // namespace sondo
