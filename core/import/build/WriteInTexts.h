#pragma once

#include "import/build/SurveyBuilder.h"

namespace sondo {

/**
 * The words respondents typed into a joined multiple choice's "Other" box (Google Forms and
 * Microsoft Forms write them into the cell after the ticked options). JoinedAnswers counts them as
 * one "Other" option; this keeps what they say, as a text question of its own right after its
 * parent, the way a LimeSurvey or SurveyMonkey export has an "[Other]" column beside the ticks.
 */
class WriteInTexts {
public:
    /**
     * Adds a text question after each multiple choice whose coding holds write-in texts
     * (ColumnCoding::otherTextOfValue): text "TEXT [Other]", code "CODE_other" (the text where the
     * code is the text), read from the same column. Its id is numbered after every question id of
     * the survey, so that adding it never renumbers the questions after it (ids a --type, a filter
     * or a saved state may name).
     */
    static void addQuestions(CodedSurvey& coded);
};

} // namespace sondo
