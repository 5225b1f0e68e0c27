#pragma once

#include "chart/ChartFigure.h"
#include "stats/SignificanceOptions.h"

#include <QLocale>
#include <QString>

namespace sondo {

/** The analyst's choices for one chart: what ChartSpecBuilder should make of the statistics. */
struct ChartOptions {
    /** Options by descending frequency instead of questionnaire order (never for Likert). */
    bool sortByFrequency = false;
    /** Likert as diverging bars around the neutral point instead of plain or stacked bars. */
    bool divergingLikert = false;
    bool showTitle = true;
    bool showFooter = true;
    /** Source line under the chart ("Fonte: indagine Sondo 2024"); empty for none. */
    QString sourceNote;
    /** Decimals in the displayed percentages. */
    int decimals = 0;
    /**
     * The responses carry weights (a saved weighting applied): the footer gives the weighted base
     * and says so ("Base: 300 (weighted)").
     */
    bool weighted = false;
    /**
     * Compared by a segment: test the groups (column proportions, Holm) and letter the bars
     * with the groups they beat, with a note explaining the letters.
     */
    bool significance = false;
    /** How they are tested: level, correction, minimum base, letters or ▲▼ against the rest. */
    SignificanceOptions tests;
    /** Thin Wilson 95% error bars on bar charts (on the effective base). */
    bool intervals = false;
    /** The whole sample's margin of error in the notes ("±5.7 points at 95%"). */
    bool marginOfError = false;
    /**
     * At most this many bars for a single or multiple choice: the most chosen and one
     * "Other (N options)" (TopOptions); 0 draws every option.
     */
    int maxBars = 12;
    /**
     * What the chart shows (ChartFigure): by default the NPS chart of a recommendation question
     * and the answers of any other; under a compare-by, one figure per group (FigureChart).
     * A figure that does not apply to the question draws its answers.
     */
    ChartFigure figure = ChartFigure::Auto;
    /**
     * Small bases (issue 10): a chart (or a compare-by group) whose respondents are fewer than
     * `lowBase` says "Low base: interpret with care" and draws its bars lighter; fewer than
     * `countsBelow`, it labels the bars with counts instead of percentages. Kept in the
     * project's state (BaseThresholds).
     */
    int lowBase = 30;
    int countsBelow = 10;
    /** Numbers on the chart follow this locale (Italian: "3,8", "66%"). */
    QLocale locale = QLocale(QLocale::Italian, QLocale::Italy);
};

} // namespace sondo
