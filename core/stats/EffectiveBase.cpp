#include "stats/EffectiveBase.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace sondo {

namespace {

/** The weights the counts use: the matrix's when there is one per respondent, else none (= 1). */
const double* weightsOf(const ResponseMatrix& responses) {
    const std::size_t n = std::size_t(std::max(responses.respondentCount, 0));
    return responses.weights.size() == n && n > 0 ? responses.weights.data() : nullptr;
}

std::size_t scopeOf(const ResponseMatrix& responses, const RespondentMask& mask) {
    std::size_t n = std::size_t(std::max(responses.respondentCount, 0));
    if (!mask.empty())
        n = std::min(n, mask.size());
    return n;
}

/**
 * One byte per respondent of the base of `question` (1 = in it) is what every caller needs, but
 * building it would cost a pass and a megabyte per million respondents; instead the loops below
 * are instantiated with a small predicate per question type.
 */
struct CodedBase {
    const std::int32_t* codes;
    std::size_t size;
    /** inBase[c] for codes 0..k; codes outside are missing, as FrequencyTable counts them. */
    std::vector<std::uint8_t> inBase;
    bool operator()(std::size_t i) const {
        if (i >= size)
            return false;
        const std::uint32_t c = std::uint32_t(codes[i]);
        return c < inBase.size() && inBase[c];
    }
};

struct FlagBase {
    const std::uint8_t* flags;
    std::size_t size;
    bool operator()(std::size_t i) const { return i < size && flags[i]; }
};

struct ValueBase {
    const double* values;
    std::size_t size;
    bool operator()(std::size_t i) const { return i < size && !std::isnan(values[i]); }
};

struct TextBase {
    const QStringList* texts;
    bool operator()(std::size_t i) const {
        return qsizetype(i) < texts->size() && !(*texts)[qsizetype(i)].isEmpty();
    }
};

/** Calls `fn` with a predicate for `question`'s base; false when the question does not exist. */
template <typename Fn>
bool withBase(const Survey& survey, const ResponseMatrix& responses, int question,
              EffectiveBase::Basis basis, Fn&& fn) {
    if (question < 0 || question >= survey.questions.size() ||
        std::size_t(question) >= responses.columns.size())
        return false;
    const Question& q = survey.questions[question];
    const AnswerColumn& column = responses.columns[std::size_t(question)];
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Likert: {
        const std::size_t k = std::size_t(q.options.size());
        CodedBase base{column.codes.data(), column.codes.size(), std::vector<std::uint8_t>(k + 1)};
        const bool scored = basis == EffectiveBase::Basis::Scored && q.type == QuestionType::Likert;
        for (std::size_t c = 1; c <= k; ++c) {
            // Unscored Likert options are on the scale's order (Question::scores).
            const bool hasScore = q.scores.size() != k || std::isfinite(q.scores[c - 1]);
            base.inBase[c] = std::uint8_t(!scored || hasScore);
        }
        fn(base);
        return true;
    }
    case QuestionType::Multiple:
        fn(FlagBase{column.answered.data(), column.answered.size()});
        return true;
    case QuestionType::Numeric:
    case QuestionType::Date:
        fn(ValueBase{column.values.data(), column.values.size()});
        return true;
    case QuestionType::Text:
    case QuestionType::Identifier:
        fn(TextBase{&column.texts});
        return true;
    }
    return false;
}

} // namespace

double EffectiveBase::kish(double sum, double sumSquares) {
    return sumSquares > 0 ? sum * sum / sumSquares : 0.0;
}

WeightSums EffectiveBase::sums(const std::vector<double>& weights, const RespondentMask& mask) {
    WeightSums s;
    std::size_t n = weights.size();
    if (!mask.empty())
        n = std::min(n, mask.size());
    for (std::size_t i = 0; i < n; ++i)
        if (mask.empty() || mask[i])
            s.add(weights[i]);
    return s;
}

WeightSums EffectiveBase::ofQuestion(const Survey& survey, const ResponseMatrix& responses,
                                     int question, const RespondentMask& mask, Basis basis) {
    WeightSums s;
    const std::size_t n = scopeOf(responses, mask);
    const double* w = weightsOf(responses);
    const std::uint8_t* m = mask.empty() ? nullptr : mask.data();
    withBase(survey, responses, question, basis, [&](const auto& inBase) {
        for (std::size_t i = 0; i < n; ++i)
            if ((!m || m[i]) && inBase(i))
                s.add(w ? w[i] : 1.0);
    });
    return s;
}

SegmentWeights EffectiveBase::bySegment(const Survey& survey, const ResponseMatrix& responses,
                                        int question, int segment, const RespondentMask& mask,
                                        Basis basis) {
    SegmentWeights result;
    if (segment < 0 || segment >= survey.questions.size() ||
        std::size_t(segment) >= responses.columns.size() ||
        !isCategorical(survey.questions[segment].type)) {
        result.total = ofQuestion(survey, responses, question, mask, basis);
        return result;
    }
    const Question& seg = survey.questions[segment];
    const AnswerColumn& column = responses.columns[std::size_t(segment)];
    const std::size_t groups = std::size_t(seg.options.size());
    result.groups.assign(groups, WeightSums{});
    result.overlapping = seg.type == QuestionType::Multiple;
    const std::size_t n = scopeOf(responses, mask);
    const double* w = weightsOf(responses);
    const std::uint8_t* m = mask.empty() ? nullptr : mask.data();

    if (seg.type == QuestionType::Multiple) {
        result.total = ofQuestion(survey, responses, question, mask, basis);
        withBase(survey, responses, question, basis, [&](const auto& inBase) {
            // Groups overlap: one pass per option.
            for (std::size_t g = 0; g < groups && g < column.selected.size(); ++g) {
                const std::vector<std::uint8_t>& chose = column.selected[g];
                const std::size_t end = std::min(n, chose.size());
                WeightSums& sums = result.groups[g];
                for (std::size_t i = 0; i < end; ++i)
                    if (chose[i] && (!m || m[i]) && inBase(i))
                        sums.add(w ? w[i] : 1.0);
            }
        });
        return result;
    }

    // Single or Likert segment: every group and the total in one branch-free pass. Each
    // respondent goes to a slot (of `width` per copy): 0 = not counted (outside the mask or the
    // base), 1 = in the base without a segment answer (total only), 1 + g = group g. Four copies of
    // the sums are rotated, so that neighbours landing in the same slot do not wait for each
    // other's add.
    constexpr std::size_t kCopies = 4;
    const std::size_t width = groups + 2;
    std::vector<double> sum(kCopies * width, 0.0);
    std::vector<double> squares(kCopies * width, 0.0);
    std::vector<qint64> count(kCopies * width, 0);
    const std::int32_t* codes = column.codes.data();
    const std::size_t coded = std::min(n, column.codes.size());
    const std::uint32_t last = std::uint32_t(groups);
    withBase(survey, responses, question, basis, [&](const auto& inBase) {
        const auto one = [&](std::size_t i, std::size_t copy) {
            std::uint32_t g = i < coded ? std::uint32_t(codes[i]) : 0u;
            g = g > last ? 0u : g;
            const std::uint32_t counted = std::uint32_t(inBase(i)) & std::uint32_t(!m || m[i]);
            const std::size_t slot = copy * width + (g + 1) * counted;
            const double x = w ? w[i] : 1.0;
            sum[slot] += x;
            squares[slot] += x * x;
            ++count[slot];
        };
        std::size_t i = 0;
        for (; i + kCopies <= n; i += kCopies) {
            one(i, 0);
            one(i + 1, 1);
            one(i + 2, 2);
            one(i + 3, 3);
        }
        for (; i < n; ++i)
            one(i, 0);
    });
    for (std::size_t copy = 1; copy < kCopies; ++copy)
        for (std::size_t s = 0; s < width; ++s) {
            sum[s] += sum[copy * width + s];
            squares[s] += squares[copy * width + s];
            count[s] += count[copy * width + s];
        }
    for (std::size_t s = 1; s < width; ++s) {
        const WeightSums sums{count[s], sum[s], squares[s]};
        result.total += sums;
        if (s >= 2)
            result.groups[s - 2] = sums;
    }
    return result;
}

} // namespace sondo
