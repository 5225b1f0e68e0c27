#pragma once

#include "chart/ChartOptions.h"
#include "chart/ChartSpec.h"
#include "chart/ChartSpecBuilder.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

namespace sondo {

/**
 * A ranking question as exports lay it out (LimeSurvey "Rank 1", "Rank 2" … columns, each
 * naming the option put there) is a grid whose items are places, not statements: drawn as such
 * it shows "Rank 1" bars with the options in a legend. This chart turns it round, as a reader
 * asks: one bar per option, split by the places it was given, options in order of their mean
 * place (best first), the mean beside each.
 */
class RankingChart {
public:
    /** Whether group `group` is a ranking: a grid whose every item is "Rank N" ("Rang 2" …). */
    static bool applies(const Survey& survey, int group);
    /** The chart of ranking group `group` for the respondents of `scope.mask`. */
    static ChartSpec build(const Survey& survey, const ResponseMatrix& responses, int group,
                           const ChartOptions& options, const ChartScope& scope = {});
};

} // namespace sondo
