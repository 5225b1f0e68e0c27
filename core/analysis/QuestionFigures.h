#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/FrequencyInference.h"
#include "stats/FrequencyTable.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace sondo {

/**
 * The figures of one question the window shows beside its chart: the frequency table with its
 * inference (Wilson intervals on the effective base, the unweighted counts beside the weighted
 * ones) and the base line of the window's header, worded so that it never disagrees with the
 * chart's footer ("Base: 263 who answered (of 300)"). Plain value, computed from the same
 * responses (weights included) and mask as the chart.
 */
struct QuestionFigures {
    FrequencyTable table;
    FrequencyInference inference;
    /** Respondents in the mask (everyone when it is empty), answered or not. */
    qint64 respondentsInScope = 0;
    /**
     * With a filter: respondents who answered the question with no filter (the chart footer's
     * "of" figure, "Base: 42 of 280"); -1 without a filter.
     */
    qint64 unfilteredBase = -1;

    /**
     * The figures of `question` over `mask`. `filtered`: the mask holds a filter (not only the
     * respondents a weighting leaves out), so unfilteredBase is counted too. `table` (of this
     * question over `mask`) and `unfiltered` (its base with no mask), when given, are used
     * instead of counting again.
     */
    static QuestionFigures compute(const Survey& survey, const ResponseMatrix& responses,
                                   int question, const RespondentMask& mask = {},
                                   bool filtered = false, const FrequencyTable* table = nullptr,
                                   std::optional<qint64> unfiltered = std::nullopt);

    /**
     * The base as the header says it, never disagreeing with the chart's footer: the footer's
     * words first ("Base: 263", "Base: 42 of 280", "Base: 263 (weighted)"), then, where fewer
     * answered than are in scope, how many were ("Base: 263 who answered (of 300)"). Numbers
     * in `locale`.
     */
    QString baseText(bool weighted, const QLocale& locale) const;
};

} // namespace sondo
