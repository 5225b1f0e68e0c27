#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/CrossTab.h"
#include "stats/GroupComparison.h"
#include "stats/NpsByGroup.h"
#include "stats/SegmentWeights.h"
#include "stats/SignificanceOptions.h"

#include <limits>
#include <optional>

namespace sondo {

/**
 * The tests of a compare-by table, computed once for every place that shows them (`freq --by`,
 * findings, the chart's letters): the weight sums of each group's base, the column-proportions
 * test of every option (ColumnProportionsTest::pairwise, Holm within a row, or each group against
 * the rest with SignificanceOptions::againstRest), the same test on a scale's top-2 and
 * bottom-2 boxes, Welch's test of the means of a numeric or
 * Likert question (MeansTest) and Cramér's V beside the chi-square. Plain value.
 */
struct CrossTabInference {
    /** EffectiveBase::bySegment(…, Basis::Answered): one per group, plus the total. */
    SegmentWeights answered;
    /** One row per option of the question; invalid for an overlapping segment. */
    GroupComparison options;
    /** One row, the mean; invalid when the question has no mean (or the segment overlaps). */
    GroupComparison means;
    /**
     * A scale's boxes as proportions of each group's base (ProportionColumn::boxesFromTable):
     * row 0 the top-2-box, row 1 the bottom-2-box, tested as `options` are; invalid for a
     * scale without boxes (under 4 points) and for other types.
     */
    GroupComparison boxes;
    /** How `options` and `means` were tested (level, correction, pairs or against the rest). */
    SignificanceOptions tested;
    /** A 0–10 recommendation question (NpsQuestion): each group's NPS and their tests. */
    std::optional<NpsByGroup> nps;
    /** NaN when the chi-square does not apply. */
    double cramersV = std::numeric_limits<double>::quiet_NaN();

    static CrossTabInference compute(const Survey& survey, const ResponseMatrix& responses,
                                     const CrossTab& table, const RespondentMask& mask = {},
                                     const SignificanceOptions& options = {});
};

} // namespace sondo
