#pragma once

#include "model/AnswerColumn.h"

#include <QStringList>
#include <vector>

namespace sondo {

/**
 * All answers of a survey: one AnswerColumn per question, in the same order as
 * Survey::questions, plus a weight and an id per respondent. Plain value.
 */
struct ResponseMatrix {
    int respondentCount = 0;
    /**
     * Respondent ids from the tool (LimeSurvey id, SurveyMonkey Respondent ID), one per
     * respondent; empty when the source has none (respondents are then numbered 1, 2, …).
     */
    QStringList respondentIds;
    /** One weight per respondent; all 1 until weighting exists. Every count is a sum of these. */
    std::vector<double> weights;
    std::vector<AnswerColumn> columns;
};

} // namespace sondo
