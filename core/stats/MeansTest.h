#pragma once

#include "stats/CrossTab.h"
#include "stats/GroupComparison.h"
#include "stats/MeanSample.h"
#include "stats/SegmentWeights.h"
#include "stats/SignificanceOptions.h"

#include <vector>

namespace sondo {

/**
 * Which groups of a segment differ in mean (a numeric question, or a Likert score): every pair
 * of tested groups by WelchTest, the p-values corrected together (Holm by default), exactly as
 * ColumnProportionsTest does for proportions; the result has one row. Groups whose effective base
 * is below the minimum keep their letter but are not tested. Against the rest: each group against
 * everyone else in the selection (MeanSample::rest).
 */
class MeansTest {
public:
    static GroupComparison pairwise(const std::vector<MeanSample>& groups,
                                    const SignificanceOptions& options = {});
    static GroupComparison againstRest(const std::vector<MeanSample>& groups,
                                       const MeanSample& total,
                                       const SignificanceOptions& options = {});

    /**
     * The groups' means of a crosstab of a numeric or Likert question (FrequencyTable::summary),
     * with the weight sums of the scored answers (EffectiveBase::bySegment(…, Basis::Scored)).
     * Invalid for an overlapping (multiple-choice) segment.
     */
    static GroupComparison pairwise(const CrossTab& table, const SegmentWeights& scored,
                                    const SignificanceOptions& options = {});
    static GroupComparison againstRest(const CrossTab& table, const SegmentWeights& scored,
                                       const SignificanceOptions& options = {});
    /** MeanSample::fromSummary of each group (an empty sample where a group has no summary). */
    static std::vector<MeanSample> samplesOf(const CrossTab& table, const SegmentWeights& scored);
};

} // namespace sondo
