#pragma once

#include "stats/RakingMargin.h"

#include <QtGlobal>
#include <vector>

namespace sondo {

/** What the analyst reads after raking: did it converge, how far are the weights spread. */
struct RakingReport {
    /** Full cycles over the questions that were run (trimming included). */
    int iterations = 0;
    /** Every category within RakingOptions::tolerance of its target (and inside the caps). */
    bool converged = false;
    /** The largest distance of a category's share from its target after the last cycle. */
    double maxDeviation = 0;
    /** One per target, in the order given. */
    std::vector<RakingMargin> margins;
    /** Respondents raked (those with a usable starting weight). */
    qint64 respondents = 0;
    double minWeight = 0;
    double maxWeight = 0;
    double meanWeight = 0;
    /** Weights held at a trimming cap at the end (0 without trimming). */
    qint64 atLowerCap = 0;
    qint64 atUpperCap = 0;
    /** Kish's design effect of the final weights: n·Σw²/(Σw)² (1 when they are all equal). */
    double designEffect = 1;
    /** 1 / designEffect: the effective base as a fraction of the respondents (0.78 = 78%). */
    double efficiency = 1;
    /** n / designEffect: Kish's effective base of the whole raked sample. */
    double effectiveBase = 0;
};

} // namespace sondo
