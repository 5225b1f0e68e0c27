#pragma once

#include "stats/CrossTab.h"
#include "stats/GroupComparison.h"
#include "stats/ProportionColumn.h"
#include "stats/SegmentWeights.h"
#include "stats/SignificanceOptions.h"

#include <vector>

namespace sondo {

/**
 * Which groups of a segment differ on each row of a table: for every row, every pair of tested
 * groups is compared with TwoProportionZTest (pooled proportion, two-sided, on effective bases),
 * and the p-values of the row are corrected together (Holm by default, SignificanceOptions). A
 * group is marked higher than another when the corrected test rejects at the chosen level and its
 * proportion is the larger: the letters convention of SPSS Custom Tables ("compare column
 * proportions", which corrects with Bonferroni). Groups with an effective base below the minimum
 * keep their letter but are not tested.
 *
 * The alternative, against the rest: each tested group against everyone else in the selection
 * (the total minus the group), corrected within the row over the groups; ▲ above, ▼ below.
 *
 * The groups must be independent samples (a single-choice segment); rows need not add up to 100%
 * (multiple choice, top-2-box).
 */
class ColumnProportionsTest {
public:
    /** Every pair of `groups` on every row (rows = the longest column's counts). */
    static GroupComparison pairwise(const std::vector<ProportionColumn>& groups,
                                    const SignificanceOptions& options = {});
    /** Each group against `total` − group on every row. */
    static GroupComparison againstRest(const std::vector<ProportionColumn>& groups,
                                       const ProportionColumn& total,
                                       const SignificanceOptions& options = {});

    /**
     * The options of a crosstab, with the weight sums of its groups
     * (EffectiveBase::bySegment(…, Basis::Answered) on the same question, segment and mask).
     * Invalid for an overlapping (multiple-choice) segment.
     */
    static GroupComparison pairwise(const CrossTab& table, const SegmentWeights& weights,
                                    const SignificanceOptions& options = {});
    static GroupComparison againstRest(const CrossTab& table, const SegmentWeights& weights,
                                       const SignificanceOptions& options = {});
    /** The groups of a crosstab as columns (ProportionColumn::fromTable each). */
    static std::vector<ProportionColumn> columnsOf(const CrossTab& table,
                                                   const SegmentWeights& weights);
};

} // namespace sondo
