#pragma once

#include "model/AnswerColumn.h"

#include <vector>

namespace sondo {

/**
 * Moves the answers of a choice question to a new list of options: the one recoding every edit
 * that merges, reorders or hides options shares, so that all of them treat the answers alike.
 */
namespace OptionRemap {

/**
 * Recodes `column` of a question of `type` whose option o (0-based) becomes option
 * `newIndex[o]` of `newCount`, or is dropped when that is -1. Several old options may go to one
 * new option: a multiple choice respondent who ticked several of them ticks it once. A dropped
 * option's answers become missing: a single choice code becomes 0, and a multiple choice
 * respondent whose only ticks were dropped no longer answered. A column that was not loaded
 * (empty) stays empty. Linear in the respondents: one table lookup each.
 */
void apply(QuestionType type, AnswerColumn& column, const std::vector<int>& newIndex, int newCount);

} // namespace OptionRemap

} // namespace sondo
