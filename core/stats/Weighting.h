#pragma once

#include "base/Result.h"
#include "model/Project.h"
#include "stats/AppliedWeighting.h"
#include "stats/RakingTarget.h"
#include "stats/WeightingSettings.h"

#include <QCoreApplication>
#include <vector>

namespace sondo {

/**
 * Turns a project's saved WeightingSettings into weights: a weight column read by WeightVector
 * (scaled to mean 1, so a weighted base reads as interviews), or Raking to the targets. The
 * command line calls apply() once a project is opened for analysis, the window the same; the
 * statistics then read ResponseMatrix::weights.
 */
class Weighting {
    Q_DECLARE_TR_FUNCTIONS(sondo)

public:
    /** Tolerance on the sum of one question's shares (they must add up to 1). */
    static constexpr double ShareTolerance = 0.001;

    /** The questions whose answers the weighting reads (to load them with the others). */
    static std::vector<int> questionsUsed(const Survey& survey, const WeightingSettings& settings);
    /**
     * The raking targets by index: fails on a question that does not exist or is not
     * single-choice/Likert, an option the question does not have, a negative share, or shares
     * that do not add up to 1 (± ShareTolerance). Options not named get a share of 0.
     */
    static Result<std::vector<RakingTarget>> rakingTargets(const Survey& survey,
                                                           const WeightingSettings& settings);
    /** The weights `settings` give the respondents of `responses`; no weighting gives all 1. */
    static Result<AppliedWeighting> compute(const Survey& survey, const ResponseMatrix& responses,
                                            const WeightingSettings& settings);
    /**
     * compute() with the settings saved in `project.state`, stored in project.responses.weights.
     * Without saved weighting the project is left as it is.
     */
    static Result<AppliedWeighting> apply(Project& project);
    /** The index of the question `key` names (id, then code); -1 when none. */
    static int questionIndex(const Survey& survey, const QString& key);
};

} // namespace sondo
