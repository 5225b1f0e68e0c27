#include "stats/CrossTabInference.h"

#include "stats/ColumnProportionsTest.h"
#include "stats/CramersV.h"
#include "stats/EffectiveBase.h"
#include "stats/FrequencyInference.h"
#include "stats/MeansTest.h"
#include "stats/NpsQuestion.h"
#include "stats/ProportionColumn.h"

namespace sondo {

namespace {

/**
 * The sums EffectiveBase::bySegment() gives when every answer weighs 1: the table's own counts
 * (the groups' and the total's bases, or those who chose a scored option), without two more
 * passes over a million answers each time a compared chart is shown. Nullopt when the table
 * does not have one group per segment option.
 */
std::optional<SegmentWeights> unweightedSums(const Survey& survey, const CrossTab& table,
                                             bool scored) {
    const Question& segment = survey.questions[table.segment];
    if (table.groups.size() != segment.options.size())
        return std::nullopt;
    const auto sumsOf = [&](const FrequencyTable& t) {
        const qint64 n = scored ? t.unweightedScoredBase : t.unweightedBase;
        return WeightSums{n, double(n), double(n)};
    };
    SegmentWeights sums;
    sums.overlapping = segment.type == QuestionType::Multiple;
    sums.total = sumsOf(table.total);
    for (const FrequencyTable& group : table.groups)
        sums.groups.push_back(sumsOf(group));
    return sums;
}

/** EffectiveBase::bySegment() for the table's question and segment, from the table if it can. */
SegmentWeights sumsBySegment(const Survey& survey, const ResponseMatrix& responses,
                             const CrossTab& table, const RespondentMask& mask,
                             EffectiveBase::Basis basis) {
    if (!FrequencyInference::isWeighted(responses.weights))
        if (auto sums = unweightedSums(survey, table, basis == EffectiveBase::Basis::Scored))
            return *sums;
    return EffectiveBase::bySegment(survey, responses, table.question, table.segment, mask, basis);
}

} // namespace

CrossTabInference CrossTabInference::compute(const Survey& survey, const ResponseMatrix& responses,
                                             const CrossTab& table, const RespondentMask& mask,
                                             const SignificanceOptions& options) {
    CrossTabInference inference;
    if (table.question < 0 || table.segment < 0)
        return inference;
    inference.answered =
        sumsBySegment(survey, responses, table, mask, EffectiveBase::Basis::Answered);
    inference.tested = options;
    inference.options = options.againstRest
                            ? ColumnProportionsTest::againstRest(table, inference.answered, options)
                            : ColumnProportionsTest::pairwise(table, inference.answered, options);
    const QuestionType type = survey.questions[table.question].type;
    // The mean and the boxes are of those who gave a scored answer ("Don't know" left out).
    SegmentWeights scored;
    if (type == QuestionType::Numeric || type == QuestionType::Likert)
        scored = sumsBySegment(survey, responses, table, mask, EffectiveBase::Basis::Scored);
    if (type == QuestionType::Likert && table.total.topTwoBox && !scored.overlapping &&
        scored.groups.size() == size_t(table.groups.size())) {
        std::vector<ProportionColumn> boxes;
        for (qsizetype g = 0; g < table.groups.size(); ++g)
            boxes.push_back(
                ProportionColumn::boxesFromTable(table.groups[g], scored.groups.at(size_t(g))));
        inference.boxes =
            options.againstRest
                ? ColumnProportionsTest::againstRest(
                      boxes, ProportionColumn::boxesFromTable(table.total, scored.total), options)
                : ColumnProportionsTest::pairwise(boxes, options);
    }
    if (type == QuestionType::Numeric || type == QuestionType::Likert)
        inference.means = options.againstRest ? MeansTest::againstRest(table, scored, options)
                                              : MeansTest::pairwise(table, scored, options);
    if (NpsQuestion::recognise(survey.questions[table.question], table.total))
        inference.nps =
            NpsByGroup::compute(survey, responses, table.question, table.segment, mask, options);
    inference.cramersV = CramersV::compute(table);
    return inference;
}

} // namespace sondo
