#include "stats/NpsByGroup.h"

#include "stats/NetPromoterScore.h"

namespace sondo {

namespace {

/** The respondents of `mask` (empty: everyone) who answered option `option` of `segment`. */
RespondentMask groupMask(const Question& segment, const AnswerColumn& column, int option,
                         const RespondentMask& mask, std::size_t n, bool rest) {
    RespondentMask out(n, 0);
    for (std::size_t row = 0; row < n; ++row) {
        if (!mask.empty() && (row >= mask.size() || !mask[row]))
            continue;
        bool answered = false;
        bool inGroup = false;
        if (segment.type == QuestionType::Multiple) {
            answered = row < column.answered.size() && column.answered[row];
            inGroup = std::size_t(option) < column.selected.size() &&
                      row < column.selected[std::size_t(option)].size() &&
                      column.selected[std::size_t(option)][row];
        } else {
            const std::int32_t code = row < column.codes.size() ? column.codes[row] : 0;
            answered = code > 0;
            inGroup = code == option + 1;
        }
        // The rest of the sample: those who answered the segment, in another group.
        out[row] = rest ? std::uint8_t(answered && !inGroup) : std::uint8_t(inGroup);
    }
    return out;
}

PairTest pairOf(int first, int second, const NpsDifference& difference) {
    PairTest pair;
    pair.first = first;
    pair.second = second;
    pair.statistic = difference.z;
    pair.p = difference.p;
    return pair;
}

} // namespace

NpsByGroup NpsByGroup::compute(const Survey& survey, const ResponseMatrix& responses, int question,
                               int segment, const RespondentMask& mask,
                               const SignificanceOptions& options) {
    NpsByGroup result;
    if (question < 0 || question >= survey.questions.size() || segment < 0 ||
        segment >= survey.questions.size() || std::size_t(segment) >= responses.columns.size() ||
        !isCategorical(survey.questions[segment].type))
        return result;
    const Question& seg = survey.questions[segment];
    const AnswerColumn& column = responses.columns[std::size_t(segment)];
    const std::size_t n = std::size_t(std::max(responses.respondentCount, 0));
    const int k = int(seg.options.size());
    GroupComparison& tests = result.comparison;
    tests.confidence = options.confidence;
    tests.againstRest = options.againstRest;
    tests.rows.resize(1);
    for (int g = 0; g < k; ++g) {
        const NpsResult nps = NetPromoterScore::compute(survey, responses, question,
                                                        groupMask(seg, column, g, mask, n, false),
                                                        NpsScale::ZeroToTen, options.confidence);
        const double ne = nps.valid ? nps.base.effectiveBase() : 0.0;
        result.groups.push_back(nps);
        tests.letters << GroupComparison::letter(g);
        tests.effectiveBases.push_back(ne);
        tests.tested.push_back(nps.valid && ne >= options.minimumEffectiveBase);
    }
    tests.valid = k >= 2;
    ComparisonRow& row = tests.rows.front();
    for (int a = 0; a < k; ++a) {
        if (!tests.tested[std::size_t(a)])
            continue;
        if (options.againstRest) {
            const NpsResult rest = NetPromoterScore::compute(
                survey, responses, question, groupMask(seg, column, a, mask, n, true),
                NpsScale::ZeroToTen, options.confidence);
            if (!rest.valid || !(rest.base.effectiveBase() >= options.minimumEffectiveBase))
                continue;
            const NpsDifference d = NetPromoterScore::difference(result.groups[std::size_t(a)],
                                                                 rest, options.confidence);
            if (d.valid)
                row.pairs.push_back(pairOf(a, -1, d));
            continue;
        }
        for (int b = a + 1; b < k; ++b) {
            if (!tests.tested[std::size_t(b)])
                continue;
            const NpsDifference d = NetPromoterScore::difference(
                result.groups[std::size_t(a)], result.groups[std::size_t(b)], options.confidence);
            if (d.valid)
                row.pairs.push_back(pairOf(a, b, d));
        }
    }
    row.settle(std::size_t(k), 1.0 - options.confidence, options.correction, options.againstRest);
    return result;
}

} // namespace sondo
