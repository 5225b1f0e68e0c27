#include "stats/CrossTabInference.h"

#include "stats/ColumnProportionsTest.h"
#include "stats/CramersV.h"
#include "stats/EffectiveBase.h"
#include "stats/MeansTest.h"
#include "stats/NpsQuestion.h"
#include "stats/ProportionColumn.h"

namespace sondo {

CrossTabInference CrossTabInference::compute(const Survey& survey, const ResponseMatrix& responses,
                                             const CrossTab& table, const RespondentMask& mask,
                                             const SignificanceOptions& options) {
    CrossTabInference inference;
    if (table.question < 0 || table.segment < 0)
        return inference;
    inference.answered =
        EffectiveBase::bySegment(survey, responses, table.question, table.segment, mask);
    inference.tested = options;
    inference.options = options.againstRest
                            ? ColumnProportionsTest::againstRest(table, inference.answered, options)
                            : ColumnProportionsTest::pairwise(table, inference.answered, options);
    const QuestionType type = survey.questions[table.question].type;
    // The mean and the boxes are of those who gave a scored answer ("Don't know" left out).
    SegmentWeights scored;
    if (type == QuestionType::Numeric || type == QuestionType::Likert)
        scored = EffectiveBase::bySegment(survey, responses, table.question, table.segment, mask,
                                          EffectiveBase::Basis::Scored);
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
