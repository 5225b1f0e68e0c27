#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/SegmentWeights.h"
#include "stats/WeightSums.h"

#include <vector>

namespace sondo {

/**
 * Kish's effective base: n_eff = (Σw)² / Σw² (L. Kish, Survey Sampling, 1965, §11.7). It is the
 * number of unweighted interviews that would give a proportion the same variance as the weighted
 * sample does, so every test and interval in `stats/` uses it instead of the weighted base (which
 * can be any number: weights in thousands of inhabitants, or scaled to the sample size) or the
 * unweighted count (which ignores the precision lost to unequal weights). With equal weights it
 * is the number of respondents.
 *
 * Weights are ResponseMatrix::weights, all 1 when the matrix has none (or not one per
 * respondent), as FrequencyTable reads them.
 */
class EffectiveBase {
public:
    /** Which respondents of a question are in its base. */
    enum class Basis {
        /** Everyone who answered, as FrequencyTable's base ("Non so" included). */
        Answered,
        /**
         * Those whose answer has a value for a mean: Likert options with a finite score ("Non so"
         * left out), numeric values. The same as Answered for other types.
         */
        Scored,
    };

    /** (Σw)²/Σw², 0 when Σw² is 0. */
    static double kish(double sum, double sumSquares);
    /** The sums of `weights` over `mask` (empty = everyone; a short mask leaves the rest out). */
    static WeightSums sums(const std::vector<double>& weights, const RespondentMask& mask = {});
    /** The sums over the respondents in `mask` who are in `question`'s base. */
    static WeightSums ofQuestion(const Survey& survey, const ResponseMatrix& responses,
                                 int question, const RespondentMask& mask = {},
                                 Basis basis = Basis::Answered);
    /**
     * The sums of `question`'s base in each group of `segment` (one group per option, as
     * CrossTab::compute makes them) and in the whole selection, in one pass over the respondents
     * for a single-choice or Likert segment. A segment that is not categorical gives no groups.
     */
    static SegmentWeights bySegment(const Survey& survey, const ResponseMatrix& responses,
                                    int question, int segment, const RespondentMask& mask = {},
                                    Basis basis = Basis::Answered);
};

} // namespace sondo
