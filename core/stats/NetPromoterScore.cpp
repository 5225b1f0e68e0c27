#include "stats/NetPromoterScore.h"

#include "stats/TwoSided.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum Class { Promoter, Passive, Detractor, OutOfScale };

Class classOf(double value, NpsScale scale) {
    const double lowest = scale == NpsScale::OneToTen ? 1.0 : 0.0;
    if (!(value >= lowest && value <= 10.0) || value != std::floor(value))
        return OutOfScale;
    return value >= 9 ? Promoter : value >= 7 ? Passive : Detractor;
}

/**
 * The number an option stands for: "7", "10 - Estremamente probabile" and "0 = Per nulla" by
 * their leading number; otherwise the option's Likert score (NaN when it has none).
 */
double numberOfOption(const QString& label, double score) {
    static const QRegularExpression leading(
        QStringLiteral("^\\s*(\\d+)(?:\\s*$|\\s*[-–=:.)]|\\s)"));
    const QRegularExpressionMatch match = leading.match(label);
    if (match.hasMatch())
        return match.captured(1).toDouble();
    return score;
}

} // namespace

NpsResult NetPromoterScore::fromCounts(const WeightedCount& promoters,
                                       const WeightedCount& passives,
                                       const WeightedCount& detractors, const WeightSums& base,
                                       double confidence) {
    NpsResult r;
    r.promoters = promoters;
    r.passives = passives;
    r.detractors = detractors;
    r.base = base;
    r.confidence = confidence;
    if (!(base.sum > 0))
        return r;
    const double pp = promoters.weighted / base.sum;
    const double pd = detractors.weighted / base.sum;
    r.valid = true;
    r.score = 100.0 * (pp - pd);
    r.promotersPercent = 100.0 * pp;
    r.passivesPercent = 100.0 * passives.weighted / base.sum;
    r.detractorsPercent = 100.0 * pd;
    const double ne = base.effectiveBase();
    // Rounding can leave the variance a hair below 0 when everyone is in one class.
    const double variance = std::max(0.0, (pp + pd - (pp - pd) * (pp - pd)) / ne);
    r.standardError = 100.0 * std::sqrt(variance);
    const double half = TwoSided::zCritical(confidence) * r.standardError;
    r.interval = {std::max(-100.0, r.score - half), std::min(100.0, r.score + half)};
    return r;
}

NpsResult NetPromoterScore::compute(const std::vector<double>& values,
                                    const std::vector<double>& weights, NpsScale scale,
                                    double confidence) {
    WeightedCount counts[3];
    WeightSums base;
    qint64 outOfScale = 0;
    const bool weighted = weights.size() == values.size();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        const Class c = classOf(values[i], scale);
        if (c == OutOfScale) {
            ++outOfScale;
            continue;
        }
        const double w = weighted ? weights[i] : 1.0;
        counts[c].add(w);
        base.add(w);
    }
    NpsResult r =
        fromCounts(counts[Promoter], counts[Passive], counts[Detractor], base, confidence);
    r.outOfScale = outOfScale;
    return r;
}

NpsResult NetPromoterScore::compute(const Survey& survey, const ResponseMatrix& responses,
                                    int question, const RespondentMask& mask, NpsScale scale,
                                    double confidence) {
    NpsResult empty;
    empty.confidence = confidence;
    if (question < 0 || question >= survey.questions.size() ||
        std::size_t(question) >= responses.columns.size())
        return empty;
    const Question& q = survey.questions[question];
    const AnswerColumn& column = responses.columns[std::size_t(question)];
    std::size_t n = std::size_t(std::max(responses.respondentCount, 0));
    if (!mask.empty())
        n = std::min(n, mask.size());
    const double* w =
        responses.weights.size() == std::size_t(std::max(responses.respondentCount, 0))
            ? responses.weights.data()
            : nullptr;

    WeightedCount counts[4];
    WeightSums base;
    const auto add = [&](Class c, double weight) {
        counts[c].add(weight);
        if (c != OutOfScale)
            base.add(weight);
    };
    if (q.type == QuestionType::Numeric) {
        const std::size_t end = std::min(n, column.values.size());
        for (std::size_t i = 0; i < end; ++i)
            if ((mask.empty() || mask[i]) && !std::isnan(column.values[i]))
                add(classOf(column.values[i], scale), w ? w[i] : 1.0);
    } else if (q.type == QuestionType::Single || q.type == QuestionType::Likert) {
        const std::size_t k = std::size_t(q.options.size());
        // The class of each code, found once: code 0 and codes outside are no answer.
        std::vector<int> classOfCode(k + 1, -1);
        for (std::size_t o = 0; o < k; ++o) {
            const double score = q.scores.size() == k ? q.scores[o] : kNaN;
            classOfCode[o + 1] = classOf(numberOfOption(q.options[qsizetype(o)], score), scale);
        }
        const std::size_t end = std::min(n, column.codes.size());
        for (std::size_t i = 0; i < end; ++i) {
            const std::uint32_t code = std::uint32_t(column.codes[i]);
            if ((!mask.empty() && !mask[i]) || code == 0 || code > k)
                continue;
            add(Class(classOfCode[code]), w ? w[i] : 1.0);
        }
    } else {
        return empty;
    }
    NpsResult r =
        fromCounts(counts[Promoter], counts[Passive], counts[Detractor], base, confidence);
    r.outOfScale = counts[OutOfScale].unweighted;
    return r;
}

NpsDifference NetPromoterScore::difference(const NpsResult& a, const NpsResult& b,
                                           double confidence) {
    NpsDifference d;
    if (!a.valid || !b.valid)
        return d;
    d.difference = a.score - b.score;
    d.standardError =
        std::sqrt(a.standardError * a.standardError + b.standardError * b.standardError);
    if (!(d.standardError > 0))
        return d;
    d.valid = true;
    d.z = d.difference / d.standardError;
    d.p = TwoSided::normalP(d.z);
    d.significant = d.p <= 1.0 - confidence;
    const double half = TwoSided::zCritical(confidence) * d.standardError;
    d.interval = {d.difference - half, d.difference + half};
    return d;
}

} // namespace sondo
