#pragma once

#include <QString>
#include <optional>

namespace sondo {

/** What kind of answer a question collects; decides storage, statistics and chart. */
enum class QuestionType {
    Single,     ///< one option out of a list
    Multiple,   ///< any number of options out of a list (one 0/1 flag per option)
    Likert,     ///< one option out of an ordered scale with scores
    Numeric,    ///< a number
    Text,       ///< open text
    Date,       ///< a date or date-time
    Identifier, ///< metadata or a respondent id: kept, never analysed
};

/** The stable name used in the CLI and JSON: single, multiple, likert, numeric, text, date, id. */
QString questionTypeName(QuestionType type);

/** Parses a name written by questionTypeName (also accepts "ignore"/"metadata" for Identifier). */
std::optional<QuestionType> questionTypeFromName(const QString& name);

/** True for types whose answers are options (single, multiple, likert). */
bool isCategorical(QuestionType type);

} // namespace sondo
