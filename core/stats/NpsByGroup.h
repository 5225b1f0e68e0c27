#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/GroupComparison.h"
#include "stats/NpsResult.h"
#include "stats/SignificanceOptions.h"

#include <vector>

namespace sondo {

/**
 * A recommendation question's Net Promoter Score in every group of a segment, and the tests of
 * their differences (NetPromoterScore::difference: z on the scores' standard errors, which carry
 * the effective base): every pair of groups, corrected as one family (Holm by default), or each
 * group against the rest of the sample. Groups below the minimum effective base are shown, not
 * tested. Plain value.
 */
struct NpsByGroup {
    /** One per option of the segment, in its order; invalid where nobody in the group answered. */
    std::vector<NpsResult> groups;
    /** One row, the score: letters (or ▲▼ against the rest) as for percentages. */
    GroupComparison comparison;

    /**
     * The scores of `question` (a 0–10 recommendation question) by the groups of `segment` (a
     * single- or multiple-choice question) over the respondents in `mask` (empty: everyone).
     */
    static NpsByGroup compute(const Survey& survey, const ResponseMatrix& responses, int question,
                              int segment, const RespondentMask& mask = {},
                              const SignificanceOptions& options = {});
};

} // namespace sondo
