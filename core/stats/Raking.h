#pragma once

#include "base/Result.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/RakingOptions.h"
#include "stats/RakingResult.h"
#include "stats/RakingTarget.h"

#include <vector>

namespace sondo {

/**
 * Raking (iterative proportional fitting, Deming & Stephan 1940): weights that make the sample's
 * distribution on a few single-choice questions (sex, age band, area, …) match known population
 * shares, changing the starting weights as little as the margins allow. Each cycle adjusts the
 * weights to each question's targets in turn; cycles repeat until every share is within the
 * tolerance (RakingOptions). The result is R's survey::rake() run to convergence, i.e.
 * survey::calibrate(calfun = "raking") on the same margins.
 *
 * Respondents who did not answer a raking question: R refuses them (rake() stops with "missing
 * values in object"); survey practice is to give them a category of their own. Here they form one
 * for that question, whose share of the total is held at the share they had under the starting
 * weights, while the targets apply to those who answered. So a question's margin says nothing
 * about its non-respondents (their weight moves only through the other questions), and the
 * answerers match the targets exactly. In R terms: rake() with a "(missing)" level whose
 * population total is the non-respondents' starting total.
 *
 * Fast on large samples: raking multiplies a weight by one factor per answer, so respondents who
 * answered the raking questions alike share one factor. They are grouped into those cells first
 * (and, when trimming starts from unequal weights, by starting weight too, since a cap applies to
 * each weight), the cycles run over the groups (a few dozen for three questions, whatever the
 * number of respondents), and the respondents are read twice in all.
 */
class Raking {
public:
    /**
     * Rakes the respondents of `responses` to `targets` (at least one, each question once),
     * starting from `baseWeights` (empty = all 1; else one per respondent, and those with a weight
     * that is not above zero are not raked and get 0, as WeightVector leaves them). Fails on a
     * target that cannot be met: a question that is not single-choice or Likert, a share count
     * other than the option count, a negative share, a share above zero for an option nobody
     * chose, a share of zero for an option somebody chose, or nobody answering the question.
     * Not converging is not a failure: the report says so.
     */
    static Result<RakingResult> compute(const Survey& survey, const ResponseMatrix& responses,
                                        const std::vector<RakingTarget>& targets,
                                        const RakingOptions& options = {},
                                        const std::vector<double>& baseWeights = {});
};

} // namespace sondo
