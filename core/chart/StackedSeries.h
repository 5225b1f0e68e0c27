#pragma once

#include "chart/ChartOptions.h"
#include "chart/ChartSpec.h"
#include "model/Question.h"
#include "stats/FrequencyTable.h"

#include <QList>
#include <QStringList>

namespace sondo {

/**
 * The series of stacked and diverging scale charts (a Likert question, alone or per group), and
 * the rounded percentage labels every share chart prints (largest remainder, so that a bar's
 * pieces add up to 100).
 */
class StackedSeries {
public:
    /**
     * Options × categories ("bars"): one series per option of `options`, one value per table of
     * `bars` (its share of the option); each bar's labels rounded to sum to 100 on their own.
     * A DivergingStacked `spec` also gets its range, side totals and a note on the options off
     * the scale; others the 0–100 axis.
     */
    static void fill(ChartSpec& spec, const Question& q, const QStringList& options,
                     const QList<const FrequencyTable*>& bars, const ChartOptions& chartOptions);
    /**
     * Lays out a DivergingStacked `spec` whose series have their sides: the value axis reaches
     * as far left and right as the longest bar (the neutral option split across the centre),
     * and each bar gets its side totals, the sums of its rounded labels (`percentsPerCategory`:
     * per bar, its options' percents in series order).
     */
    static void divergeAroundCentre(ChartSpec& spec,
                                    const QList<QList<double>>& percentsPerCategory,
                                    const ChartOptions& options);
    /**
     * Each of the first `optionCount` options' side of a diverging chart, from its score
     * against the middle of the scale; an option without a score ("Non so") is Outside.
     */
    static QList<DivergingSide> sidesOf(const Question& q, int optionCount);
    /** Display labels of `percents`, rounded by largest remainder whenever they sum to 100. */
    static QStringList roundedLabels(const QList<double>& percents, const ChartOptions& options);
    /**
     * The label of `percent`, shown rounded to `rounded` units of the last decimal: "<1%" when
     * that is 0 but somebody chose it.
     */
    static QString percentLabel(double percent, int rounded, const ChartOptions& options);
};

} // namespace sondo
