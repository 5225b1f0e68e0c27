#pragma once

#include "filter/RespondentMask.h"
#include "model/AnswerColumn.h"
#include "model/QuestionType.h"

#include <QtGlobal>
#include <cstdint>
#include <vector>

namespace sondo {

/**
 * Respondents as bits, one per respondent in 64-bit words: who answered a question, who is in
 * the filter. Counting who answered under a filter (the navigator's base of every question, on
 * every filter change) is then an AND and a bit count over 125 KB per million respondents,
 * instead of a pass over the answers themselves (4 MB of codes, 8 MB of numbers or 24 MB of
 * open-answer handles per question).
 */
class AnsweredBits {
public:
    using Bits = std::vector<std::uint64_t>;

    /** Who answered `column` (a question of `type`) among the first `n` respondents. */
    static Bits ofColumn(const AnswerColumn& column, QuestionType type, int n);
    /** The respondents in `mask` among the first `n`; empty for an empty mask (everyone). */
    static Bits ofMask(const RespondentMask& mask, int n);
    /** Respondents set in both; `filter` empty: everyone set in `answered`. */
    static qint64 countBoth(const Bits& answered, const Bits& filter);
    /** Respondents set in `bits`. */
    static qint64 count(const Bits& bits) { return countBoth(bits, {}); }
};

} // namespace sondo
