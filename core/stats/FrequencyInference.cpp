#include "stats/FrequencyInference.h"

#include "stats/EffectiveBase.h"
#include "stats/NetPromoterScore.h"
#include "stats/NpsQuestion.h"
#include "stats/ProportionInterval.h"

#include <algorithm>

namespace sondo {

bool FrequencyInference::isWeighted(const std::vector<double>& weights) {
    return std::any_of(weights.begin(), weights.end(), [](double w) { return w != 1.0; });
}

FrequencyInference FrequencyInference::compute(const Survey& survey,
                                               const ResponseMatrix& responses,
                                               const FrequencyTable& table,
                                               const RespondentMask& mask) {
    FrequencyInference inference;
    if (table.question < 0 || table.question >= survey.questions.size())
        return inference;
    inference.weighted = isWeighted(responses.weights);
    // Every answer weighing 1, the sums are the table's count: no second pass over a million
    // answers on every question the window shows.
    const auto answered = double(table.unweightedBase);
    inference.base = inference.weighted
                         ? EffectiveBase::ofQuestion(survey, responses, table.question, mask)
                         : WeightSums{table.unweightedBase, answered, answered};
    inference.intervals.reserve(size_t(table.rows.size()));
    for (const FrequencyRow& row : table.rows)
        inference.intervals.push_back(ProportionInterval::compute(row.count, inference.base));
    const Question& question = survey.questions[table.question];
    if (NpsQuestion::recognise(question, table)) {
        NpsResult nps = NetPromoterScore::compute(survey, responses, table.question, mask);
        if (nps.valid)
            inference.nps = nps;
    }
    return inference;
}

} // namespace sondo
