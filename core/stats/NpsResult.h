#pragma once

#include "stats/Interval.h"
#include "stats/WeightSums.h"
#include "stats/WeightedCount.h"

#include <limits>

namespace sondo {

/** A Net Promoter Score with its classes and interval (NetPromoterScore). Plain value. */
struct NpsResult {
    /** False when nobody gave an answer on the scale: every figure below is then NaN or 0. */
    bool valid = false;
    /** 9–10. */
    WeightedCount promoters;
    /** 7–8. */
    WeightedCount passives;
    /** 0–6 (1–6 on a 1–10 scale). */
    WeightedCount detractors;
    /** The weights of everyone classed (Σw is the weighted base; effectiveBase() Kish's). */
    WeightSums base;
    /** Answers not on the scale (a 0 on a 1–10 scale, 7.5, 11): left out of the base. */
    qint64 outOfScale = 0;
    /** 100 · (promoters − detractors) / base, from −100 to 100. */
    double score = std::numeric_limits<double>::quiet_NaN();
    /** Shares of the base, in percent. */
    double promotersPercent = std::numeric_limits<double>::quiet_NaN();
    double passivesPercent = std::numeric_limits<double>::quiet_NaN();
    double detractorsPercent = std::numeric_limits<double>::quiet_NaN();
    /** Standard error of the score, in points. */
    double standardError = std::numeric_limits<double>::quiet_NaN();
    /** score ± z·standardError, within [−100, 100]. */
    Interval interval;
    double confidence = 0.95;
};

} // namespace sondo
