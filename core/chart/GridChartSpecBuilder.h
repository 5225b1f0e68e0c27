#pragma once

#include "chart/ChartOptions.h"
#include "chart/ChartSpec.h"
#include "chart/ChartSpecBuilder.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QString>

namespace sondo {

/**
 * The chart of a question group (`sondo chart PROJECT G3`): one bar per item, in file order,
 * first item on top. A grid is drawn as 100% stacked bars, one piece per option in the group's
 * option order, each bar's labels rounded to sum to 100; a multiple group as grouped bars, the
 * percent of each item's respondents choosing each option. Every figure is the item's own
 * FrequencyTable, so a bar says what the item's own chart says.
 *
 * Compared by a segment (bySegment), one group of bars per item, a bar per group of the
 * segment, for the item's top-2-box or its first option (GridBySegment), with the items whose
 * chi-square is significant named in the notes.
 *
 * With ChartOptions::sortByFrequency (`--sort frequency`) the items are in order of their
 * top-2-box (a scale) or first option's share, highest first. Not yet (issue 9 §1): diverging
 * grids.
 */
class GridChartSpecBuilder {
public:
    /**
     * The chart of group `group` (an index in survey.groups) for the respondents of
     * `scope.mask`; `scope.segment` is ignored. An unknown group gives an empty spec.
     */
    static ChartSpec build(const Survey& survey, const ResponseMatrix& responses, int group,
                           const ChartOptions& options, const ChartScope& scope = {});

    /**
     * Group `group` compared by `scope.segment` for the respondents of `scope.mask` (see
     * GridBySegment); an unknown group or a segment that is not a choice gives an empty spec.
     */
    static ChartSpec bySegment(const Survey& survey, const ResponseMatrix& responses, int group,
                               const ChartOptions& options, const ChartScope& scope);

    /**
     * What frames any chart of group `g`: its id and text as title, the filter as subtitle, the
     * source, the title and footer switches, a legend. Shared by the grid and ranking charts.
     */
    static ChartSpec frameOf(const QuestionGroup& g, const ChartOptions& options,
                             const ChartScope& scope);

    /**
     * The label of an item under its stem: "Speed" for "How satisfied …? [Speed]",
     * "How satisfied …? - Speed" or "How satisfied …?.Speed" (Microsoft Forms) under
     * "How satisfied …?"; the whole text when it does not begin with the stem.
     */
    static QString itemLabel(const QString& stem, const QString& itemText);
};

} // namespace sondo
