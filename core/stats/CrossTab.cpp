#include "stats/CrossTab.h"

#include "filter/CodeKernels.h"
#include "stats/ChiSquareTest.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <utility>

namespace sondo {

namespace {

bool isCoded(QuestionType type) {
    return type == QuestionType::Single || type == QuestionType::Likert;
}

/** Types whose table lists the question's options, the same rows for every set of respondents. */
bool hasOptionRows(QuestionType type) {
    return isCoded(type) || type == QuestionType::Multiple;
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

/**
 * Every group's table of a coded question by a coded segment in one pass over the respondents
 * (group g's histogram at g · (k + 2)), instead of one masked pass per group: the same counts as
 * FrequencyTable::compute over each group's mask, in a fifth of the time for seven groups.
 */
QList<FrequencyTable> codedGroups(const Survey& survey, const ResponseMatrix& responses,
                                  int question, int segment, const RespondentMask& mask) {
    const Question& q = survey.questions[question];
    const std::int32_t* codes = responses.columns[std::size_t(question)].codes.data();
    const std::size_t coded = responses.columns[std::size_t(question)].codes.size();
    const std::vector<std::int32_t>& segmentCodes = responses.columns[std::size_t(segment)].codes;
    const std::uint32_t k = std::uint32_t(q.options.size());
    const std::uint32_t groups = std::uint32_t(survey.questions[segment].options.size());
    const std::size_t buckets = std::size_t(k) + 2;
    std::vector<double> weighted(std::size_t(groups) * buckets, 0.0);
    std::vector<qint64> unweighted(std::size_t(groups) * buckets, 0);
    std::size_t n =
        std::min(std::size_t(std::max(responses.respondentCount, 0)), segmentCodes.size());
    if (!mask.empty())
        n = std::min(n, mask.size());
    // As FrequencyTable: weights only when there is one per respondent.
    const double* w =
        responses.weights.size() == std::size_t(std::max(responses.respondentCount, 0))
            ? responses.weights.data()
            : nullptr;
    for (std::size_t i = 0; i < n; ++i) {
        if (!mask.empty() && !mask[i])
            continue;
        const std::uint32_t g = std::uint32_t(segmentCodes[i]) - 1u;
        if (g >= groups)
            continue;
        std::uint32_t c = i < coded ? std::uint32_t(codes[i]) : 0u;
        c = c > k ? 0u : c;
        const std::size_t slot = std::size_t(g) * buckets + c + 1;
        unweighted[slot] += 1;
        weighted[slot] += w ? w[i] : 1.0;
    }
    QList<FrequencyTable> tables;
    for (std::uint32_t g = 0; g < groups; ++g)
        tables.append(FrequencyTable::fromHistogram(survey, question,
                                                    weighted.data() + std::size_t(g) * buckets,
                                                    unweighted.data() + std::size_t(g) * buckets));
    return tables;
}

/**
 * A numeric, date or text question's group table lists the group's own distinct answers in
 * its own order; every reader of a crosstab (freq --by, the report and workbook tables, the
 * column tests, findings) reads row r of a group beside row r of the total. Rebuilt here with
 * the total's rows, in its order, an answer the group never gave counted 0.
 */
void alignRows(FrequencyTable& group, const FrequencyTable& total) {
    QHash<QString, qsizetype> index;
    index.reserve(group.rows.size());
    for (qsizetype r = 0; r < group.rows.size(); ++r)
        index.insert(group.rows[r].label, r);
    QList<FrequencyRow> rows;
    rows.reserve(total.rows.size());
    for (const FrequencyRow& reference : total.rows) {
        const auto it = index.constFind(reference.label);
        if (it != index.cend()) {
            rows.append(group.rows[*it]);
        } else {
            FrequencyRow none = reference;
            none.count = 0;
            none.unweightedCount = 0;
            none.percent = 0;
            rows.append(none);
        }
    }
    group.rows = rows;
}

} // namespace

CrossTab CrossTab::compute(const Survey& survey, const ResponseMatrix& responses, int question,
                           int segment, const RespondentMask& mask) {
    CrossTab tab;
    tab.question = question;
    tab.segment = segment;
    const bool segmentValid = segment >= 0 && segment < survey.questions.size() &&
                              std::size_t(segment) < responses.columns.size() &&
                              isCategorical(survey.questions[segment].type);
    const bool questionValid = question >= 0 && question < survey.questions.size() &&
                               std::size_t(question) < responses.columns.size();
    // By a coded segment, the groups of anything but a coded question are counted together,
    // and a numeric or date question's total with them (the same passes over the answers).
    const bool groupsTogether = segmentValid && questionValid &&
                                !isCoded(survey.questions[question].type) &&
                                isCoded(survey.questions[segment].type);
    std::optional<FrequencyTable> total;
    QList<FrequencyTable> together;
    if (groupsTogether)
        together = FrequencyTable::computeGroups(
            survey, responses, question, responses.columns[std::size_t(segment)].codes,
            int(survey.questions[segment].options.size()), mask, &total);
    tab.total =
        total ? std::move(*total) : FrequencyTable::compute(survey, responses, question, mask);
    if (!segmentValid || tab.total.question < 0 || question >= survey.questions.size())
        return tab;

    const Question& seg = survey.questions[segment];
    const AnswerColumn& column = responses.columns[std::size_t(segment)];
    tab.groupLabels = seg.options;
    if (isCoded(survey.questions[question].type) && isCoded(seg.type))
        tab.groups = codedGroups(survey, responses, question, segment, mask);
    else if (groupsTogether)
        tab.groups = std::move(together);
    if (tab.groups.isEmpty()) {
        // One mask buffer reused for every group: no allocation per group.
        RespondentMask group(std::size_t(std::max(responses.respondentCount, 0)), 0);
        for (int option = 0; option < seg.options.size(); ++option) {
            buildGroup(group, seg, column, option, mask);
            tab.groups.append(FrequencyTable::compute(survey, responses, question, group));
        }
    }
    if (!hasOptionRows(survey.questions[question].type))
        for (FrequencyTable& table : tab.groups)
            alignRows(table, tab.total);

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
