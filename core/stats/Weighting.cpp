#include "stats/Weighting.h"

#include "stats/Raking.h"
#include "stats/WeightVector.h"

#include <cmath>

namespace sondo {

int Weighting::questionIndex(const Survey& survey, const QString& key) {
    for (int q = 0; q < survey.questions.size(); ++q)
        if (survey.questions[q].id == key)
            return q;
    for (int q = 0; q < survey.questions.size(); ++q)
        if (!survey.questions[q].code.isEmpty() && survey.questions[q].code == key)
            return q;
    return -1;
}

std::vector<int> Weighting::questionsUsed(const Survey& survey, const WeightingSettings& settings) {
    std::vector<int> used;
    if (settings.method == WeightingSettings::Method::Column) {
        if (const int q = questionIndex(survey, settings.column); q >= 0)
            used.push_back(q);
    } else if (settings.method == WeightingSettings::Method::Raking) {
        for (const WeightingTarget& target : settings.targets)
            if (const int q = questionIndex(survey, target.question); q >= 0)
                used.push_back(q);
    }
    return used;
}

Result<std::vector<RakingTarget>> Weighting::rakingTargets(const Survey& survey,
                                                           const WeightingSettings& settings) {
    using Failed = Result<std::vector<RakingTarget>>;
    std::vector<RakingTarget> targets;
    for (const WeightingTarget& given : settings.targets) {
        const int q = questionIndex(survey, given.question);
        if (q < 0)
            return Failed::failure({{}, 0, 0, tr("no question '%1'").arg(given.question)});
        const Question& question = survey.questions[q];
        if (question.type != QuestionType::Single && question.type != QuestionType::Likert)
            return Failed::failure({{},
                                    0,
                                    0,
                                    tr("%1 is a %2 question: raking needs a single-choice question")
                                        .arg(question.id, questionTypeName(question.type))});
        RakingTarget target;
        target.question = q;
        target.shares.assign(size_t(question.options.size()), 0.0);
        double sum = 0;
        for (int i = 0; i < given.options.size(); ++i) {
            const qsizetype option = question.options.indexOf(given.options[i]);
            if (option < 0)
                return Failed::failure({{},
                                        0,
                                        0,
                                        tr("%1 has no option '%2' (its options: %3)")
                                            .arg(question.id, given.options[i],
                                                 question.options.join(QStringLiteral(", ")))});
            const double share = given.shares[size_t(i)];
            if (!std::isfinite(share) || share < 0)
                return Failed::failure(
                    {{},
                     0,
                     0,
                     tr("%1: the share of '%2' is negative").arg(question.id, given.options[i])});
            target.shares[size_t(option)] += share;
            sum += share;
        }
        if (std::abs(sum - 1.0) > ShareTolerance)
            return Failed::failure(
                {{},
                 0,
                 0,
                 tr("%1: the shares add up to %2, not 1").arg(question.id).arg(sum, 0, 'g', 6)});
        targets.push_back(std::move(target));
    }
    if (targets.empty())
        return Failed::failure({{}, 0, 0, tr("raking needs at least one question")});
    return targets;
}

Result<AppliedWeighting> Weighting::compute(const Survey& survey, const ResponseMatrix& responses,
                                            const WeightingSettings& settings) {
    using Failed = Result<AppliedWeighting>;
    AppliedWeighting applied;
    switch (settings.method) {
    case WeightingSettings::Method::None:
        applied.weights.assign(size_t(std::max(responses.respondentCount, 0)), 1.0);
        return applied;
    case WeightingSettings::Method::Column: {
        const int q = questionIndex(survey, settings.column);
        if (q < 0)
            return Failed::failure({{}, 0, 0, tr("no question '%1'").arg(settings.column)});
        auto read = WeightVector::fromColumn(survey, responses, q, WeightVector::Scaling::MeanOne);
        if (!read.ok())
            return Failed::failure(read.error());
        WeightVector vector = read.takeValue();
        applied.excluded = qint64(vector.weights.size()) - vector.usableCount;
        applied.weights = std::move(vector.weights);
        if (applied.excluded > 0)
            applied.usable = std::move(vector.usable);
        return applied;
    }
    case WeightingSettings::Method::Raking: {
        auto targets = rakingTargets(survey, settings);
        if (!targets.ok())
            return Failed::failure(targets.error());
        RakingOptions options;
        options.trim = settings.trim;
        options.lowerCap = settings.lowerCap;
        options.upperCap = settings.upperCap;
        auto raked = Raking::compute(survey, responses, targets.value(), options);
        if (!raked.ok())
            return Failed::failure(raked.error());
        applied.weights = std::move(raked.value().weights);
        applied.raking = raked.value().report;
        return applied;
    }
    }
    return applied;
}

Result<AppliedWeighting> Weighting::apply(Project& project) {
    const WeightingSettings settings = WeightingSettings::fromState(project.state);
    if (!settings.isActive())
        return AppliedWeighting{};
    auto computed = compute(project.survey, project.responses, settings);
    if (computed.ok())
        project.responses.weights = computed.value().weights;
    return computed;
}

} // namespace sondo
