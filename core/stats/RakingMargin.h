#pragma once

#include <QtGlobal>
#include <vector>

namespace sondo {

/** How one raking question came out: achieved against target, per option. Plain value. */
struct RakingMargin {
    int question = -1;
    /** Target share of each option among those who answered (normalised, fractions). */
    std::vector<double> targetShares;
    /** Weighted share of each option among those who answered, with the final weights. */
    std::vector<double> achievedShares;
    /** Respondents (raked ones) who chose each option. */
    std::vector<qint64> counts;
    /** Raked respondents who did not answer the question (see Raking on how they are held). */
    qint64 missing = 0;
    /** Their share of the weighted total: the share they started with. */
    double missingShare = 0;
};

} // namespace sondo
