#pragma once

#include "CliOutput.h"

#include "project/ProjectService.h"
#include "stats/WeightingSettings.h"

namespace sondo {

struct CliScope;

/**
 * The project's saved weighting (`sondo weight`) on the command line's open path: the answers it
 * reads loaded with the command's own, and the weights applied to the opened project, kept apart
 * from CliCommand so that the preamble only calls it.
 */
namespace CliWeighting {

/** The weighting saved in the project at `path`; none for a survey export or on error. */
WeightingSettings saved(const QString& path);
/** `needed` plus the questions `settings` reads (`needed` itself when there is no weighting). */
ProjectService::AnswersNeeded withWeighting(const ProjectService::AnswersNeeded& needed,
                                            const WeightingSettings& settings);
/**
 * Applies the weighting saved in `scope.project` (Weighting::apply) and leaves out of
 * `scope.mask` the respondents without a usable weight; sets scope.weighted. False when it
 * cannot be applied (the error printed as `sondo: PROJECT: message`, ExitBadInput).
 */
bool apply(CliScope& scope, const QString& path, CliOutput& output);

} // namespace CliWeighting

} // namespace sondo
