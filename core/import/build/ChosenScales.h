#pragma once

#include "base/Result.h"
#include "import/StructureChoices.h"
#include "import/build/ImportPlan.h"
#include "import/build/SurveyBuilder.h"

namespace sondo {

/**
 * Puts the analyst's scale orders (StructureChoices::scales) over the coded answers: the named
 * answers become a scale, low end first, scored 1, 2, … for the question named and every item of
 * its group; the answers not named follow, off the scale. Runs after the groups are formed, so a
 * group the headers' words make is ordered as a whole, and after the definition, so the analyst
 * has the last word. The stored codes follow the new order.
 */
class ChosenScales {
public:
    /**
     * Fails, changing nothing of that order, when a strict choice names no column, a column that
     * is not a question with one answer from a list, or an answer no item has; a choice that is
     * not strict gives a warning instead.
     */
    static Result<Done> apply(const StructureChoices& choices, const ImportPlan& plan,
                              CodedSurvey& coded, const QString& file);
};

} // namespace sondo
