#pragma once

#include "findings/FindingLanguage.h"
#include "model/Question.h"
#include "stats/CrossTab.h"
#include "stats/FrequencyTable.h"
#include "stats/GroupComparison.h"
#include "stats/NpsDifference.h"
#include "stats/NpsResult.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sondo {

/**
 * Key-finding sentences for a newsletter or a slide, in Italian or English, from a frequency table
 * or a tested comparison. The form is neutral, because a question's text is a question and the
 * answer's grammar (gender, number) is unknown: the answer in quotes, the share in words
 * (PhraseBands), then the exact figure and the base in brackets:
 *
 *   «Sì, molto»: circa due terzi (66%, base 287)
 *   “Chat / live chat”: about two thirds (66%, base 263, multiple answers allowed)
 *   «Abbastanza d'accordo» o «Molto d'accordo»: circa due terzi (65%, base 300)
 *
 * The base is the unweighted number of respondents who answered (interviews behind the figure);
 * the percentage is the weighted one. Under 30 the sentence says to interpret with care; under 10
 * it gives counts, not percentages ("«Sì»: 3 su 7 intervistati"). A figure that rounds to 0 or
 * 100 without being it is shown as "<1%" or ">99%".
 *
 * Comparison sentences are written only for differences a test found significant (the
 * GroupComparison's corrected result), never otherwise:
 *
 *   Più «Sì» tra «Banche» che tra «PA» (72% vs 51%)
 *   More “Yes” among “Banks” than in the rest of the sample (72% vs 55%)
 */
class FindingWriter {
public:
    /** `option` (0-based) of a single or multiple-choice (or Likert) question's table. */
    static QString option(const Question& question, const FrequencyTable& table, int option,
                          FindingLanguage language);
    /** The two highest-scored options of a Likert table together; empty without boxes. */
    static QString topTwo(const Question& question, const FrequencyTable& table,
                          FindingLanguage language);
    /**
     * Several options of a single-choice (or Likert) table taken together, as one answer
     * («Sì, molto» o «Sì, in parte»: quasi nove su dieci (88%, base 300)); empty when an index is
     * off or there is no base.
     */
    static QString options(const Question& question, const FrequencyTable& table,
                           const std::vector<int>& options, FindingLanguage language);
    /**
     * The mean of a numeric question. A question about a percentage (its text says "%",
     * "percent", "percentuale" … and every answer lies in 0–100) gets the mean as a share in
     * words: «Percentuale del personale …»: in media oltre l'80% (84%, base 254); any other the
     * figure: «Ore di formazione»: media 3,8 (mediana 3, base 254). Empty without answers.
     */
    static QString mean(const Question& question, const FrequencyTable& table,
                        FindingLanguage language);
    /**
     * The one sentence that leads: top-2-box for a Likert question, the most chosen option
     * (the first on ties) for single and multiple choice; empty for other types or no base.
     */
    static QString headline(const Question& question, const FrequencyTable& table,
                            FindingLanguage language);

    /**
     * One sentence per significant pair on row `row` of a pairwise comparison: `answer` is what
     * the row counts ("«Sì»" comes from answerLabel, e.g. an option label, or two labels joined
     * by answerOf), `percents[g]` the row's percentage in group g. The higher group comes first.
     */
    static QStringList comparisons(const QString& answer, const QStringList& groupLabels,
                                   const std::vector<double>& percents,
                                   const GroupComparison& comparison, int row,
                                   FindingLanguage language);
    /**
     * The same against the rest of the sample: `restPercents[g]` is the row's percentage among
     * everyone in the selection but group g.
     */
    static QStringList comparisonsWithRest(const QString& answer, const QStringList& groupLabels,
                                           const std::vector<double>& percents,
                                           const std::vector<double>& restPercents,
                                           const GroupComparison& comparison, int row,
                                           FindingLanguage language);
    /**
     * Pairwise sentences for every option row of a crosstab (ColumnProportionsTest::pairwise on
     * it): the option labels, groups and percentages are taken from `table`.
     */
    static QStringList comparisons(const CrossTab& table, const QStringList& optionLabels,
                                   const GroupComparison& comparison, FindingLanguage language);
    /** Pairwise sentences on means (MeansTest::pairwise), figures with `decimals` decimals. */
    static QStringList meanComparisons(const QStringList& groupLabels,
                                       const std::vector<double>& means,
                                       const GroupComparison& comparison, FindingLanguage language,
                                       int decimals = 1);
    /** A sentence when two groups' NPS differ significantly; empty otherwise. */
    /**
     * A recommendation question's headline: "«…»: Net Promoter Score +64 (promoters 71%,
     * detractors 7%, base 260)".
     */
    static QString nps(const Question& question, const NpsResult& nps, FindingLanguage language);
    static QString npsComparison(const QString& labelA, const NpsResult& a, const QString& labelB,
                                 const NpsResult& b, const NpsDifference& difference,
                                 FindingLanguage language);

    /** `label` in the language's quotes: «Sì» / “Yes”. */
    static QString quoted(const QString& label, FindingLanguage language);
    /** Several answers as one: «A» o «B» / “A” or “B” (and «A», «B» o «C»). */
    static QString answerOf(const QStringList& labels, FindingLanguage language);
};

} // namespace sondo
