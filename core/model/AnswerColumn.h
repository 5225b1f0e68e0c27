#pragma once

#include "model/QuestionType.h"

#include <QStringList>
#include <cstdint>
#include <vector>

namespace sondo {

/**
 * The answers of every respondent to one question, stored by column so that counting one
 * question over a million respondents touches one contiguous array.
 *
 * Which members are filled depends on the type:
 * - Single, Likert: `codes` (0 = missing, k = options[k-1]).
 * - Multiple: `selected` (one 0/1 array per option) and `answered` (1 when the respondent
 *   answered the question at all; blank = missing, not "none selected").
 * - Numeric: `values` (NaN = missing).
 * - Date: `values` (milliseconds since the epoch, UTC; NaN = missing) and `texts`: the cell as
 *   written where it could not be read as a date (empty elsewhere, or no texts at all when every
 *   date was read: the value says it all).
 * - Text, Identifier: `texts` (empty string = missing).
 */
struct AnswerColumn {
    std::vector<std::int32_t> codes;
    std::vector<std::vector<std::uint8_t>> selected;
    std::vector<std::uint8_t> answered;
    std::vector<double> values;
    QStringList texts;

    /** True when respondent `row` gave an answer, for any type. */
    bool isAnswered(QuestionType type, int row) const;
};

} // namespace sondo
