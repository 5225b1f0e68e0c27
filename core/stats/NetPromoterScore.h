#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/NpsDifference.h"
#include "stats/NpsResult.h"
#include "stats/NpsScale.h"

#include <vector>

namespace sondo {

/**
 * Net Promoter Score (F. Reichheld, "The One Number You Need to Grow", HBR 2003): on a 0–10
 * "how likely are you to recommend" scale, promoters answer 9–10, passives 7–8, detractors 0–6;
 * NPS = 100 · (p₊ − p₋), from −100 to 100, with p₊ and p₋ the (weighted) shares of promoters and
 * detractors.
 *
 * Interval: the score is a difference of two proportions of one multinomial sample, so
 *
 *   Var(p₊ − p₋) = (p₊ + p₋ − (p₊ − p₋)²) / n
 *
 * (Var p₊ + Var p₋ − 2 Cov(p₊, p₋), with Cov = −p₊p₋/n), taken on Kish's effective base n_eff;
 * the interval is NPS ± z · 100 · √Var, kept within [−100, 100]. It is a Wald interval: when every
 * answer is in one class (all promoters, all detractors, a single respondent) the variance is 0
 * and the interval collapses to the score, which only says how little a tiny base tells; callers
 * show the base with it. R, by hand: pp <- mean(x >= 9); pd <- mean(x <= 6);
 * 100 * (pp - pd) + c(-1, 1) * qnorm(0.975) * 100 * sqrt((pp + pd - (pp - pd)^2) / length(x)).
 *
 * Two groups' scores are compared with z = (NPS₁ − NPS₂) / √(SE₁² + SE₂²) (independent samples),
 * two-sided.
 */
class NetPromoterScore {
public:
    /**
     * From the classes' weighted counts and the effective base of those classed. Invalid when
     * the weighted base is not above 0.
     */
    static NpsResult fromCounts(const WeightedCount& promoters, const WeightedCount& passives,
                                const WeightedCount& detractors, const WeightSums& base,
                                double confidence = 0.95);
    /**
     * From raw answers (NaN = no answer, not counted) and their weights (empty = all 1). An
     * answer that is not a whole number on `scale` is out of scale.
     */
    static NpsResult compute(const std::vector<double>& values,
                             const std::vector<double>& weights = {},
                             NpsScale scale = NpsScale::ZeroToTen, double confidence = 0.95);
    /**
     * From a question over the respondents in `mask` (empty = everyone), weighted by
     * ResponseMatrix::weights: a numeric question's values, or the option of a Likert or
     * single-choice one read as a number (its Likert score where the scale is numbered, else its
     * label, "0" … "10").
     */
    static NpsResult compute(const Survey& survey, const ResponseMatrix& responses, int question,
                             const RespondentMask& mask = {}, NpsScale scale = NpsScale::ZeroToTen,
                             double confidence = 0.95);
    /** Tests a.score − b.score (independent groups) at `confidence`. */
    static NpsDifference difference(const NpsResult& a, const NpsResult& b,
                                    double confidence = 0.95);
};

} // namespace sondo
