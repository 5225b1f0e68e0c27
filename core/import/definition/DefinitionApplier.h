#pragma once

#include "import/build/ImportPlan.h"
#include "import/build/SurveyBuilder.h"
#include "import/definition/SurveyDefinition.h"

namespace sondo {

/**
 * Puts a survey's definition over what the export alone says: question texts and group labels
 * into the plan (before types are inferred), then option labels and order into the coding. A
 * column is matched to a defined question by its code (SurveyDefinition::find), else, in a
 * full-text export, by its text (the question's, or an array row's after the array's), and then
 * takes the defined code; columns matched to nothing keep what the export says, and are listed
 * in the import report.
 */
class DefinitionApplier {
public:
    /**
     * Texts and group labels; option labels of one-column-per-option blocks. Adds a warning
     * naming the columns the definition does not describe (metadata excepted).
     */
    static void applyToPlan(const SurveyDefinition& definition, ImportPlan& plan);
    /**
     * Options of the matched single, Likert and multiple choice questions: the defined labels in
     * the defined order (a defined option nobody chose is kept, with no answers), values the
     * definition does not list after them. A scale keeps its direction from its labels, not
     * from the definition's order: a list written "likely, neutral, unlikely" is still charted
     * from "unlikely" up, so the top-2-box is the likely end.
     */
    static void applyToCoding(const SurveyDefinition& definition, const ImportPlan& plan,
                              CodedSurvey& coded);
};

} // namespace sondo
