#include "chart/TopOptions.h"

#include "base/CoreText.h"
#include "model/OtherOption.h"

#include <algorithm>
#include <numeric>

namespace sondo {

FrequencyTable TopOptions::collapse(const Survey& survey, const ResponseMatrix& responses,
                                    const FrequencyTable& table, const RespondentMask& mask,
                                    int maxBars) {
    const bool choice = table.type == QuestionType::Single || table.type == QuestionType::Multiple;
    if (!choice || maxBars < 2 || table.rows.size() <= maxBars || table.question < 0 ||
        table.question >= survey.questions.size())
        return table;
    // The most chosen first (ties in questionnaire order); the first maxBars − 1 stay. The
    // questionnaire's own "Other" always joins the grouped bar: two bars named "Other" would
    // leave the reader guessing which is which.
    QList<int> ranked;
    QList<int> grouped;
    for (int r = 0; r < table.rows.size(); ++r)
        (OtherOption::is(table.rows[r].label) ? grouped : ranked).append(r);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](int a, int b) { return table.rows[a].count > table.rows[b].count; });
    // The cut falls between two different counts: of options chosen as often, none is drawn
    // while another is hidden (a chart of write-ins would otherwise pick some of the ones).
    qsizetype cut = std::min<qsizetype>(maxBars - 1, ranked.size());
    const auto countAt = [&](qsizetype i) {
        return table.rows[ranked[i]].count;
    };
    qsizetype tiedCut = cut;
    while (tiedCut > 0 && tiedCut < ranked.size() && countAt(tiedCut - 1) == countAt(tiedCut))
        --tiedCut;
    if (tiedCut > 0)
        cut = tiedCut;
    // One listed option folded with the questionnaire's Other would hide it under another's
    // name for the saving of one bar: then every option is drawn.
    if (!grouped.isEmpty() && ranked.size() - cut < 2)
        return table;
    QList<int> kept = ranked.mid(0, cut);
    std::sort(kept.begin(), kept.end());
    grouped += ranked.mid(cut);

    FrequencyRow other;
    other.label = CoreText::tr("Other (%1 options)").arg(grouped.size());
    if (table.type == QuestionType::Single) {
        for (int r : grouped) {
            other.count += table.rows[r].count;
            other.unweightedCount += table.rows[r].unweightedCount;
        }
    } else {
        // Respondents who chose any of the grouped options, each once.
        const AnswerColumn& column = responses.columns[std::size_t(table.question)];
        const std::size_t n = std::size_t(std::max(responses.respondentCount, 0));
        const bool weighted = responses.weights.size() == n;
        for (std::size_t i = 0; i < n; ++i) {
            if (!mask.empty() && (i >= mask.size() || !mask[i]))
                continue;
            bool any = false;
            for (int r : grouped)
                if (std::size_t(r) < column.selected.size() &&
                    i < column.selected[std::size_t(r)].size() &&
                    column.selected[std::size_t(r)][i]) {
                    any = true;
                    break;
                }
            if (any) {
                other.count += weighted ? responses.weights[i] : 1.0;
                other.unweightedCount += 1;
            }
        }
    }
    other.percent = table.base > 0 ? 100.0 * other.count / table.base : 0.0;

    FrequencyTable out = table;
    out.rows.clear();
    for (int r : std::as_const(kept))
        out.rows.append(table.rows[r]);
    out.rows.append(other);
    return out;
}

} // namespace sondo
