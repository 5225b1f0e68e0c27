#include "analysis/AnsweredBits.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace sondo {

namespace {

/** Bits for the first `n` respondents, bit r set where `answered(r)`. */
template <typename Answered> AnsweredBits::Bits collect(int n, const Answered& answered) {
    AnsweredBits::Bits bits(std::size_t((std::max(n, 0) + 63) / 64), 0);
    for (int word = 0; word * 64 < n; ++word) {
        const int first = word * 64;
        const int last = std::min(n, first + 64);
        std::uint64_t w = 0;
        for (int r = first; r < last; ++r)
            w |= std::uint64_t(answered(r) ? 1 : 0) << (r - first);
        bits[std::size_t(word)] = w;
    }
    return bits;
}

} // namespace

AnsweredBits::Bits AnsweredBits::ofColumn(const AnswerColumn& column, QuestionType type, int n) {
    // One loop per storage kind keeps the switch out of the per-respondent work; a respondent
    // past the column's end (a column shorter than the matrix) did not answer.
    switch (type) {
    case QuestionType::Single:
    case QuestionType::Likert: {
        const int limit = std::min<int>(n, int(column.codes.size()));
        const std::int32_t* codes = column.codes.data();
        return collect(n, [&](int r) { return r < limit && codes[r] != 0; });
    }
    case QuestionType::Multiple: {
        const int limit = std::min<int>(n, int(column.answered.size()));
        const std::uint8_t* answered = column.answered.data();
        return collect(n, [&](int r) { return r < limit && answered[r] != 0; });
    }
    case QuestionType::Numeric:
    case QuestionType::Date: {
        const int limit = std::min<int>(n, int(column.values.size()));
        const double* values = column.values.data();
        return collect(n, [&](int r) { return r < limit && !std::isnan(values[r]); });
    }
    case QuestionType::Text:
    case QuestionType::Identifier: {
        const int limit = std::min<int>(n, int(column.texts.size()));
        return collect(n, [&](int r) { return r < limit && !column.texts[r].isEmpty(); });
    }
    }
    return Bits(std::size_t((std::max(n, 0) + 63) / 64), 0);
}

AnsweredBits::Bits AnsweredBits::ofMask(const RespondentMask& mask, int n) {
    if (mask.empty())
        return {};
    const int limit = std::min<int>(n, int(mask.size()));
    const std::uint8_t* m = mask.data();
    return collect(n, [&](int r) { return r < limit && m[r] != 0; });
}

qint64 AnsweredBits::countBoth(const Bits& answered, const Bits& filter) {
    qint64 count = 0;
    if (filter.empty()) {
        for (const std::uint64_t w : answered)
            count += std::popcount(w);
        return count;
    }
    const std::size_t words = std::min(answered.size(), filter.size());
    for (std::size_t i = 0; i < words; ++i)
        count += std::popcount(answered[i] & filter[i]);
    return count;
}

} // namespace sondo
