#pragma once

#include "import/build/ImportPlan.h"
#include "model/Survey.h"

#include <QStringList>

namespace sondo {

/** Finds the question groups (grids, multiple-choice batteries) of a survey being built. */
class QuestionGroupFinder {
public:
    /**
     * Turns stems into groups: each run of two or more consecutive choice questions with the same
     * stem and of one kind (single or Likert items make a grid, multiple-choice items a multiple
     * group) becomes a group, G1, G2, … in file order. The stem is the profile's
     * (QuestionPlan::group) or, where it gave none, the "Stem" of "Stem [Item]" headers. A stem is
     * what the file says about its items, so items whose options differ (a scale missing from the
     * library, read in frequency order, one item where nobody chose an option) still form the
     * group; the group's options are then every item's options in order of first appearance, which
     * is each item's own list when they share one (a profile's grid is inferred as one scale). A
     * text or numeric item ends a run: it has no options to share.
     *
     * The analyst's choices come first (StructureChoices): a run with a split item
     * (QuestionPlan::standalone) is no group; the columns of a chosen group
     * (QuestionPlan::chosenGroup) are one group wherever they stand. Returns the codes of the
     * columns a chosen group could not take (no options, or another kind than its first item).
     */
    static QStringList formGroups(const ImportPlan& plan, Survey& survey);
};

} // namespace sondo
