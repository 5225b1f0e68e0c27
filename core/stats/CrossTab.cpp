#include "stats/CrossTab.h"

#include "filter/CodeKernels.h"
#include "stats/ChiSquareTest.h"

#include <algorithm>

namespace sondo {

namespace {

bool isCoded(QuestionType type) {
    return type == QuestionType::Single || type == QuestionType::Likert;
}

/** `group[i]` = respondent i is in `mask` and chose segment option `option`. */
void buildGroup(RespondentMask& group, const Question& segment, const AnswerColumn& column,
                int option, const RespondentMask& mask) {
    const std::size_t n = group.size();
    std::uint8_t* g = group.data();
    // Start from the filter (or everyone) and narrow it to the option.
    std::size_t m = n;
    if (mask.empty()) {
        std::fill(group.begin(), group.end(), std::uint8_t(1));
    } else {
        m = std::min(n, mask.size());
        std::copy(mask.begin(), mask.begin() + std::ptrdiff_t(m), group.begin());
    }
    if (segment.type == QuestionType::Multiple) {
        const std::vector<std::uint8_t>* selected = std::size_t(option) < column.selected.size()
                                                        ? &column.selected[std::size_t(option)]
                                                        : nullptr;
        m = selected ? std::min(m, selected->size()) : 0;
        if (selected)
            kernels::andNonZero(selected->data(), m, g);
    } else {
        const std::int32_t code = option + 1;
        m = std::min(m, column.codes.size());
        kernels::andCodeIn(column.codes.data(), m, &code, 1, g);
    }
    std::fill(group.begin() + std::ptrdiff_t(m), group.end(), std::uint8_t(0));
}

} // namespace

CrossTab CrossTab::compute(const Survey& survey, const ResponseMatrix& responses, int question,
                           int segment, const RespondentMask& mask) {
    CrossTab tab;
    tab.question = question;
    tab.segment = segment;
    tab.total = FrequencyTable::compute(survey, responses, question, mask);
    const bool segmentValid = segment >= 0 && segment < survey.questions.size() &&
                              std::size_t(segment) < responses.columns.size() &&
                              isCategorical(survey.questions[segment].type);
    if (!segmentValid || tab.total.question < 0 || question >= survey.questions.size())
        return tab;

    const Question& seg = survey.questions[segment];
    const AnswerColumn& column = responses.columns[std::size_t(segment)];
    tab.groupLabels = seg.options;
    // One mask buffer reused for every group: no allocation per group.
    RespondentMask group(std::size_t(std::max(responses.respondentCount, 0)), 0);
    for (int option = 0; option < seg.options.size(); ++option) {
        buildGroup(group, seg, column, option, mask);
        tab.groups.append(FrequencyTable::compute(survey, responses, question, group));
    }

    if (!isCoded(survey.questions[question].type) || !isCoded(seg.type))
        return tab;
    const std::size_t rows = std::size_t(tab.total.rows.size());
    std::vector<std::vector<double>> observed(rows,
                                              std::vector<double>(std::size_t(tab.groups.size())));
    for (qsizetype g = 0; g < tab.groups.size(); ++g)
        for (std::size_t r = 0; r < rows; ++r)
            observed[r][std::size_t(g)] = double(tab.groups[g].rows[qsizetype(r)].unweightedCount);
    tab.chiSquare = ChiSquareTest::compute(observed);
    return tab;
}

} // namespace sondo
