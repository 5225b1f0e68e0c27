#pragma once

#include "model/Question.h"
#include "stats/FrequencyTable.h"

namespace sondo {

/**
 * Whether a question is a Net Promoter "how likely are you to recommend" question, so that NPS
 * is shown for it and never for every numeric question: its answers must lie on the 0–10 scale
 * (a numeric question whose answers are whole numbers from 0 to 10, or a choice/Likert question
 * whose eleven options are numbered 0 to 10 in order) and its wording must ask about
 * recommending, in Italian, English, German, Spanish or French ("consiglieresti",
 * "raccomanderesti", "recommend", "empfehlen", "recomendarías", "recommanderiez"), or its id or
 * code be "NPS".
 */
class NpsQuestion {
public:
    /** True when `question` (with its counts in `table`) is a 0–10 recommendation question. */
    static bool recognise(const Question& question, const FrequencyTable& table);
    /** The wording test alone. */
    static bool asksToRecommend(const Question& question);
    /** The scale test alone. */
    static bool onZeroToTenScale(const Question& question, const FrequencyTable& table);
};

} // namespace sondo
