#pragma once

#include "filter/RespondentMask.h"
#include "model/QuestionType.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/FrequencyRow.h"
#include "stats/NumericSummary.h"

#include <QList>
#include <optional>

namespace sondo {

/**
 * How one question was answered by a set of respondents. Plain value.
 *
 * Analysts' conventions: a blank is missing, not an answer; the base is the respondents (in the
 * mask) who answered; every percent is of that base and unrounded. A multiple-choice respondent
 * counts once in the base and once in each option they selected, so its rows may sum past 100%.
 * Counts are sums of ResponseMatrix::weights (taken as all 1 when the matrix has none), with the
 * unweighted figure kept beside each.
 */
struct FrequencyTable {
    int question = -1;
    QuestionType type = QuestionType::Single;
    /** Respondents in the mask (all when the mask is empty), answered or not. */
    qint64 respondents = 0;
    /** Sum of their weights. */
    double weightedRespondents = 0;
    /** Weighted number of respondents in the mask who answered. */
    double base = 0;
    qint64 unweightedBase = 0;
    /** Weighted number of respondents in the mask who left the question blank. */
    double missing = 0;
    qint64 unweightedMissing = 0;
    /**
     * Single, multiple, Likert: every option in questionnaire (scale) order, chosen or not.
     * Numeric, date: distinct values ascending. Text: distinct answers by weighted count
     * descending (ties: by unweighted count, then label).
     */
    QList<FrequencyRow> rows;
    /**
     * Numeric: of the values. Likert: of the option scores, options scored NaN ("Non so")
     * left out. Empty for other types and when nobody answered.
     */
    std::optional<NumericSummary> summary;
    /**
     * Likert: the base of the mean and the boxes, those who chose a scored option (weighted, and
     * unweighted beside it). A non-substantive answer ("Non so", "Don't know", scored NaN) stays
     * an option in `rows` and in `base`, but says nothing about agreement, so it is left out
     * here. Equal to base for other types.
     */
    double scoredBase = 0;
    qint64 unweightedScoredBase = 0;
    /**
     * Likert with at least four scored options: weighted percent of scoredBase choosing one of
     * the two highest-scored options.
     */
    std::optional<double> topTwoBox;
    /** As topTwoBox, for the two lowest-scored options. */
    std::optional<double> bottomTwoBox;
    /**
     * Single, multiple, Likert: one row per net of the question (Question::nets), in its order,
     * labelled with the net's name: the respondents who chose any of its options, each counted
     * once, as a percent of the same base. A net is a figure beside the options, never one of
     * them, so it changes no base and no other row.
     */
    QList<FrequencyRow> nets;

    /**
     * Counts `question` over the respondents in `mask` (empty = everyone). A mask shorter than
     * the matrix leaves the remaining respondents out. An out-of-range question yields an
     * empty table.
     */
    static FrequencyTable compute(const Survey& survey, const ResponseMatrix& responses,
                                  int question, const RespondentMask& mask = {});
    /**
     * The table of a single-choice or Likert `question` from counts made elsewhere (a
     * crosstab's one pass): `weighted[b]` and `unweighted[b]` for b = 1 (missing) and 1 + c
     * (option c), k + 2 entries (entry 0 is not read). Other types yield an empty table.
     */
    static FrequencyTable fromHistogram(const Survey& survey, int question, const double* weighted,
                                        const qint64* unweighted);
    /**
     * The tables of a numeric, date or multiple-choice `question` for each of `groups` groups
     * inside `mask` (respondent i is in group `groupCodes[i] - 1`, in none outside 1..groups: a
     * coded segment's codes), the same as compute() over each group's mask: numbers and dates
     * in two passes over the respondents whatever the number of groups, a multiple choice in one
     * pass over its blocks for all the groups. Empty for other types, when some group's numbers
     * are not whole numbers or hundredths in a short span, and for a multiple choice with nets
     * (then compute() per group).
     *
     * With `total`, a numeric or date question's compute() over `mask` (everyone, not only the
     * groups) is counted in the same passes and put there, the same table to the last bit; left
     * empty when it could not be (then the caller counts it).
     */
    static QList<FrequencyTable> computeGroups(const Survey& survey,
                                               const ResponseMatrix& responses, int question,
                                               const std::vector<std::int32_t>& groupCodes,
                                               int groups, const RespondentMask& mask = {},
                                               std::optional<FrequencyTable>* total = nullptr);
};

} // namespace sondo
