#include "CliWeighting.h"

#include "CliCommand.h"
#include "CliText.h"

#include "stats/Weighting.h"
#include "storage/ProjectStore.h"

namespace sondo::CliWeighting {

WeightingSettings saved(const QString& path) {
    if (!ProjectService::isProjectFile(path))
        return {};
    // Read before the answers, so that openFor loads the weighting's questions with the rest.
    const auto state = ProjectStore::readState(path);
    return state.ok() ? WeightingSettings::fromState(state.value()) : WeightingSettings{};
}

ProjectService::AnswersNeeded withWeighting(const ProjectService::AnswersNeeded& needed,
                                            const WeightingSettings& settings) {
    if (!needed || !settings.isActive())
        return needed;
    return [needed, settings](const Survey& survey) {
        std::vector<bool> flags = needed(survey);
        flags.resize(size_t(survey.questions.size()), false);
        for (int q : Weighting::questionsUsed(survey, settings))
            flags[size_t(q)] = true;
        return flags;
    };
}

bool apply(CliScope& scope, const QString& path, CliOutput& output) {
    auto applied = Weighting::apply(scope.project);
    if (!applied.ok()) {
        Diagnostic error = applied.error();
        error.file = path;
        error.message = CliText::tr("the saved weighting cannot be applied: %1 "
                                    "(change it with sondo weight, or use --unweighted)")
                            .arg(error.message);
        output.inputError(error);
        return false;
    }
    scope.weighted = WeightingSettings::fromState(scope.project.state).isActive();
    const RespondentMask& usable = applied.value().usable;
    if (!usable.empty()) {
        if (scope.mask.empty()) {
            scope.mask = usable;
        } else {
            for (size_t i = 0; i < scope.mask.size(); ++i)
                scope.mask[i] = i < usable.size() ? (scope.mask[i] & usable[i]) : 0;
        }
    }
    return true;
}

} // namespace sondo::CliWeighting
