#include "window/ChartCategory.h"

#include "analysis/AnalysisSession.h"

namespace sondo {

std::pair<int, int> ChartCategory::option(const AnalysisSession& s, const ChartSpec& spec,
                                          int category) {
    const QString label = spec.categories.value(category);
    for (int question : {s.currentQuestion(), s.compareBy()})
        if (s.isAnalysable(question) && !label.isEmpty())
            if (const int o = int(s.survey().questions[question].options.indexOf(label)); o >= 0)
                return {question, o};
    // A chart compared by a single-choice question has one bar per group, labelled with the
    // group's option and its base: "Sanità (n = 15)".
    int best = -1;
    const QStringList groups =
        s.isAnalysable(s.compareBy()) ? s.survey().questions[s.compareBy()].options : QStringList();
    for (int o = 0; o < groups.size(); ++o)
        if (label.startsWith(groups[o] + QStringLiteral(" (")) &&
            (best < 0 || groups[o].size() > groups[best].size()))
            best = o;
    return best >= 0 ? std::pair{s.compareBy(), best} : std::pair{-1, -1};
}

} // namespace sondo
