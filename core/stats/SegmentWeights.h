#pragma once

#include "stats/WeightSums.h"

#include <vector>

namespace sondo {

/**
 * The weight sums of a question's base in each group of a segment and in the whole selection,
 * from EffectiveBase::bySegment. Plain value; `groups` line up with CrossTab::groups.
 */
struct SegmentWeights {
    /** groups[g]: respondents in the selection who chose segment option g and are in the base. */
    std::vector<WeightSums> groups;
    /** Everyone in the selection who is in the base, including those who skipped the segment. */
    WeightSums total;
    /**
     * True for a multiple-choice segment: a respondent is in every group they chose, so groups
     * overlap and are not independent samples (the group tests refuse them).
     */
    bool overlapping = false;
};

} // namespace sondo
