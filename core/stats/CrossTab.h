#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/ChiSquareResult.h"
#include "stats/FrequencyTable.h"

#include <QList>
#include <QStringList>

namespace sondo {

/**
 * A question broken down by a categorical segment question ("Soddisfazione by Settore"): one
 * FrequencyTable per segment option plus the total. Plain value.
 */
struct CrossTab {
    int question = -1;
    int segment = -1;
    /** The segment's option labels, in order; one per group, empty groups included. */
    QStringList groupLabels;
    /**
     * groups[g]: `question` over the respondents in the mask who chose segment option g, with
     * the total's rows in the total's order (for numbers, dates and texts too: an answer the
     * group never gave is a row of 0), so row r means the same answer everywhere. With a
     * multiple-choice segment a respondent belongs to every option they selected, so groups
     * overlap.
     */
    QList<FrequencyTable> groups;
    /** `question` over every respondent in the mask, including those who skipped the segment. */
    FrequencyTable total;
    /**
     * Pearson chi-square of question options (rows) × segment groups (columns), on unweighted
     * counts: a weighted Pearson statistic is not chi-square distributed (that needs a design
     * correction such as Rao–Scott), while with all weights 1 the two coincide. Empty rows and
     * groups are excluded. Computed only for a single/Likert question by a single/Likert
     * segment; invalid for a multiple-choice question (a respondent adds to several rows) or
     * segment (groups overlap, so they are not independent samples), and for other types.
     */
    ChiSquareResult chiSquare;

    /**
     * Crosstab of `question` by `segment` over `mask` (empty = everyone). A segment that is not
     * categorical (or out of range) gives no groups and an invalid chi-square.
     */
    static CrossTab compute(const Survey& survey, const ResponseMatrix& responses, int question,
                            int segment, const RespondentMask& mask = {});
};

} // namespace sondo
