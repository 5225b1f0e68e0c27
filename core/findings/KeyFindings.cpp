#include "findings/KeyFindings.h"

#include "findings/FindingWriter.h"
#include "stats/CrossTab.h"
#include "stats/CrossTabInference.h"
#include "stats/FrequencyTable.h"
#include "stats/NetPromoterScore.h"
#include "stats/NpsQuestion.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <optional>

namespace sondo {

std::vector<int> KeyFindings::yesOptions(const QStringList& options) {
    // Unicode word boundaries: "Sì," ends its word at the comma only when ì is a letter.
    static const QRegularExpression yes(QStringLiteral("^\\s*(sì|si|sí|yes|ja|oui)\\b"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
    std::vector<int> found;
    for (int o = 0; o < options.size(); ++o)
        if (yes.match(options[o]).hasMatch())
            found.push_back(o);
    return found;
}

QStringList KeyFindings::of(const Survey& survey, const ResponseMatrix& responses, int question,
                            FindingLanguage language, const RespondentMask& mask, int segment,
                            const SignificanceOptions& significance, const CrossTab* given) {
    QStringList sentences;
    if (question < 0 || question >= survey.questions.size())
        return sentences;
    const Question& q = survey.questions[question];
    // No sentence speaks of dates or ids: not worth counting a million distinct timestamps.
    if (q.type == QuestionType::Date || q.type == QuestionType::Identifier)
        return sentences;
    if (given && given->question != question)
        given = nullptr;
    std::optional<FrequencyTable> counted;
    if (!given)
        counted = FrequencyTable::compute(survey, responses, question, mask);
    const FrequencyTable& table = counted ? *counted : given->total;
    const auto add = [&](const QString& sentence) {
        if (!sentence.isEmpty() && !sentences.contains(sentence))
            sentences << sentence;
    };
    // A recommendation question leads with its Net Promoter Score, the figure it is asked for.
    if (NpsQuestion::recognise(q, table))
        add(FindingWriter::nps(q, NetPromoterScore::compute(survey, responses, question, mask),
                               language));
    switch (table.type) {
    case QuestionType::Likert:
    case QuestionType::Single: {
        add(FindingWriter::headline(q, table, language));
        const std::vector<int> yes = yesOptions(q.options);
        if (table.type == QuestionType::Single && yes.size() >= 2)
            add(FindingWriter::options(q, table, yes, language));
        break;
    }
    case QuestionType::Multiple: {
        std::vector<int> order(size_t(table.rows.size()));
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return table.rows[a].count > table.rows[b].count; });
        for (size_t i = 0; i < std::min<size_t>(2, order.size()); ++i)
            if (table.rows[order[i]].count > 0)
                add(FindingWriter::option(q, table, order[i], language));
        break;
    }
    case QuestionType::Numeric:
        add(FindingWriter::mean(q, table, language));
        break;
    default:
        break;
    }
    if (segment >= 0 && segment < survey.questions.size() && segment != question) {
        std::optional<CrossTab> computed;
        if (!given || given->segment != segment)
            computed = CrossTab::compute(survey, responses, question, segment, mask);
        const CrossTab& crossTab = computed ? *computed : *given;
        SignificanceOptions pairs = significance;
        pairs.againstRest = false;
        const CrossTabInference tests =
            CrossTabInference::compute(survey, responses, crossTab, mask, pairs);
        if (tests.options.valid && table.type != QuestionType::Numeric)
            for (const QString& s :
                 FindingWriter::comparisons(crossTab, q.options, tests.options, language))
                add(s);
        if (tests.means.valid) {
            std::vector<double> means;
            for (const FrequencyTable& group : crossTab.groups)
                means.push_back(group.summary && group.summary->n > 0 ? group.summary->mean
                                                                      : std::nan(""));
            for (const QString& s :
                 FindingWriter::meanComparisons(crossTab.groupLabels, means, tests.means, language))
                add(s);
        }
        if (tests.nps && !tests.nps->comparison.rows.empty()) {
            // One sentence per pair whose scores differ after the row's correction (Holm), the
            // higher group first.
            const NpsByGroup& nps = *tests.nps;
            for (const PairTest& pair : nps.comparison.rows.front().pairs) {
                if (!pair.significant || pair.second < 0)
                    continue;
                const int high = pair.statistic > 0 ? pair.first : pair.second;
                const int low = pair.statistic > 0 ? pair.second : pair.first;
                NpsDifference difference = NetPromoterScore::difference(
                    nps.groups[size_t(high)], nps.groups[size_t(low)], pairs.confidence);
                difference.significant = true;
                add(FindingWriter::npsComparison(crossTab.groupLabels.value(high),
                                                 nps.groups[size_t(high)],
                                                 crossTab.groupLabels.value(low),
                                                 nps.groups[size_t(low)], difference, language));
            }
        }
    }
    return sentences;
}

} // namespace sondo
