#include "analysis/GroupFigures.h"

#include "stats/CrossTab.h"
#include "stats/CrossTabInference.h"

#include <optional>

namespace sondo {

GroupFigures GroupFigures::compute(const Survey& survey, const ResponseMatrix& responses,
                                   int question, int segment, const RespondentMask& mask,
                                   const SignificanceOptions& tests, const CrossTab* given) {
    GroupFigures figures;
    if (question < 0 || question >= survey.questions.size() || segment < 0 ||
        segment >= survey.questions.size() || segment == question ||
        !isCategorical(survey.questions[segment].type) ||
        survey.questions[question].type == QuestionType::Text ||
        !survey.questions[question].isAnalysable())
        return figures;
    std::optional<CrossTab> computed;
    if (!given || given->question != question || given->segment != segment)
        computed = CrossTab::compute(survey, responses, question, segment, mask);
    const CrossTab& crossTab = computed ? *computed : *given;
    const CrossTabInference inference =
        CrossTabInference::compute(survey, responses, crossTab, mask, tests);
    const GroupComparison& comparison = inference.options;
    for (int g = 0; g < crossTab.groups.size(); ++g) {
        const FrequencyTable& group = crossTab.groups[g];
        if (group.unweightedBase == 0)
            continue;
        const QString letter =
            comparison.valid ? comparison.letters.value(g) : GroupComparison::letter(g);
        figures.names.append(letter + QStringLiteral(" · ") + crossTab.groupLabels.value(g));
        figures.bases.push_back(group.base);
        std::vector<double> percents;
        QStringList marks;
        // Rows line up with the total's (CrossTab aligns numbers and texts too).
        for (qsizetype r = 0; r < crossTab.total.rows.size(); ++r) {
            percents.push_back(r < group.rows.size() ? group.rows[r].percent : 0.0);
            if (comparison.valid)
                marks << comparison.mark(int(r), g);
        }
        figures.percents.push_back(std::move(percents));
        figures.marks.push_back(marks);
    }
    return figures;
}

} // namespace sondo
