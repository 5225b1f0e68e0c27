#pragma once

#include "chart/ChartOptions.h"
#include "chart/ChartSpec.h"
#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/CrossTab.h"

namespace sondo {

/**
 * A compare-by chart of one figure per group (`chart --figure`): a bar per group and one for the
 * total, showing a scale's top-2-box, bottom-2-box, net (top-2 − bottom-2, in points) or mean, or
 * a number's mean, with the letters of the groups each is significantly higher than: the
 * column-proportions test on the box (ColumnProportionsTest on ProportionColumn::boxesFromTable),
 * Welch's test on the means (CrossTabInference::means). A net is a difference of two shares of
 * one group and has no test here; its chart says so.
 */
class FigureChart {
public:
    /** True when `figure` can be drawn for a question of this table (a box needs 4+ points). */
    static bool applies(ChartFigure figure, const FrequencyTable& total);
    /**
     * Turns `spec`, the compare-by chart of `crossTab` (ChartSpecBuilder::fromCrossTab: title,
     * subtitle, footer and chi-square note), into the figure's chart.
     */
    static void apply(ChartSpec& spec, const Survey& survey, const ResponseMatrix& responses,
                      const CrossTab& crossTab, const ChartOptions& options,
                      const RespondentMask& mask);
};

} // namespace sondo
