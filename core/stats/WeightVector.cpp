#include "stats/WeightVector.h"

#include "base/CoreText.h"

#include <cmath>

namespace sondo {

Result<WeightVector> WeightVector::fromValues(const std::vector<double>& values, Scaling scaling) {
    WeightVector v;
    const std::size_t n = values.size();
    v.weights.assign(n, 0.0);
    v.usable.assign(n, 0);
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double w = values[i];
        if (std::isnan(w)) {
            ++v.missing;
        } else if (!std::isfinite(w)) {
            ++v.notFinite;
        } else if (w == 0) {
            ++v.zero;
        } else if (w < 0) {
            ++v.negative;
        } else {
            v.weights[i] = w;
            v.usable[i] = 1;
            ++v.usableCount;
            sum += w;
        }
    }
    if (v.usableCount == 0)
        return Result<WeightVector>::failure(
            {{}, 0, 0, CoreText::tr("No respondent has a usable weight (a number above zero).")});
    if (scaling == Scaling::MeanOne) {
        const double mean = sum / double(v.usableCount);
        for (double& w : v.weights)
            w /= mean;
    }
    return v;
}

Result<WeightVector> WeightVector::fromColumn(const Survey& survey, const ResponseMatrix& responses,
                                              int question, Scaling scaling) {
    if (question < 0 || question >= survey.questions.size() ||
        std::size_t(question) >= responses.columns.size())
        return Result<WeightVector>::failure({{}, 0, 0, CoreText::tr("No such question.")});
    const Question& q = survey.questions[question];
    if (q.type != QuestionType::Numeric)
        return Result<WeightVector>::failure(
            {{},
             0,
             0,
             CoreText::tr("Weights must come from a numeric question; %1 is not numeric.")
                 .arg(q.id)});
    std::vector<double> values = responses.columns[std::size_t(question)].values;
    // A short column leaves the last respondents without a weight: missing.
    values.resize(std::size_t(std::max(responses.respondentCount, 0)), std::nan(""));
    return fromValues(values, scaling);
}

} // namespace sondo
