#pragma once

#include "stats/SignificanceOptions.h"

#include "filter/RespondentMask.h"
#include "findings/FindingLanguage.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QStringList>

namespace sondo {

struct CrossTab;

/**
 * The key findings of one question, leading sentence first, as `sondo findings`, the chart's
 * subtitle (`chart --finding`) and the window show them (FindingWriter writes each):
 * - Likert: the top-2-box;
 * - single choice: the most chosen option, then the "yes" answers together when several options
 *   say yes in different degrees («Sì, molto» o «Sì, in parte»);
 * - multiple choice: the two most chosen options (the main effects, reasons, channels …);
 * - numeric: the mean (as a share in words for a percentage question).
 * With a segment, the sentences of every significant difference between its groups follow
 * (CrossTabInference: column proportions with Holm, Welch on means, at `significance`'s level,
 * correction and minimum base; sentences compare two groups, so always in pairs); none otherwise.
 * Dates and identifiers have none.
 */
class KeyFindings {
public:
    /**
     * The sentences of `question` over `mask`, compared by `segment` (-1: none). `crossTab`,
     * when given and of this question (by this segment, or alone) over `mask`, is used instead
     * of counting again.
     */
    static QStringList of(const Survey& survey, const ResponseMatrix& responses, int question,
                          FindingLanguage language, const RespondentMask& mask = {},
                          int segment = -1, const SignificanceOptions& significance = {},
                          const CrossTab* crossTab = nullptr);
    /** The options of a single-choice question that start with a yes-word (Sì, Yes, Ja, Sí, Oui).
     */
    static std::vector<int> yesOptions(const QStringList& options);
};

} // namespace sondo
