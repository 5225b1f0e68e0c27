#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sondo {

/** Which picture a ChartSpec asks for. */
enum class ChartKind {
    /** One bar per option, first option on top (single, multiple, Likert without segments). */
    HorizontalBars,
    /** One group of bars per option, one bar per segment (a crosstab of single or multiple). */
    GroupedBars,
    /**
     * One 100%-stacked bar per segment (the categories), one stack piece per option (the series):
     * a Likert or single-choice question compared across segments.
     */
    StackedPercentBars,
    /**
     * Likert scale as bars diverging from a centre line: options before the midpoint go left,
     * options after it go right, a neutral option is split across the centre. Categories are the
     * bars (the question itself, or one per segment), series are the scale options.
     */
    DivergingStacked,
    /** Numeric answers in bins; categories are the bin labels, one series of percents. */
    Histogram,
};

/** Where a scale option sits in a DivergingStacked chart. */
enum class DivergingSide {
    Negative, ///< drawn left of the centre line
    Neutral,  ///< split in half across the centre line
    Positive, ///< drawn right of the centre line
    Outside,  ///< not on the scale ("Non so"): not drawn as a bar, reported in a note
};

/**
 * One set of bars: a segment in GroupedBars, an option in stacked charts, the only series
 * otherwise. `values`, `counts` and `labels` run parallel to ChartSpec::categories.
 */
struct ChartSeries {
    QString name;
    /** Drawn lighter: its base (the chart's, or its group's) is below ChartOptions::lowBase. */
    bool lowBase = false;
    /** Percent of the base, full precision (what the bar length shows). */
    QList<double> values;
    /** Weighted counts behind each value (for tooltips). */
    QList<double> counts;
    /** Rounded display strings ("66%"); for single choice rounded to sum to exactly 100. */
    QStringList labels;
    /** Display strings of `counts` ("190", weighted "189,6"), shown in tooltips. */
    QStringList countLabels;
    /** Only meaningful in DivergingStacked charts. */
    DivergingSide side = DivergingSide::Positive;
    /**
     * Bars only (HorizontalBars, GroupedBars): per category, the letters of the groups this
     * series (a group) is significantly higher than ("BD"), drawn after the value label; empty
     * when the chart shows no significance.
     */
    QStringList letters;
    /**
     * Bars only, when intervals are asked for: per category, the 95% Wilson interval of the
     * value, in percent, drawn as a thin error bar; empty otherwise.
     */
    QList<double> intervalLow;
    QList<double> intervalHigh;
};

/**
 * Everything a chart shows, decided in core so that every renderer (window, PNG, SVG, PDF, CLI)
 * draws the same thing. Plain data: strings are already localised and formatted.
 */
struct ChartSpec {
    ChartKind kind = ChartKind::HorizontalBars;
    /** Id of the question ("Q3"): names exported files. */
    QString questionId;
    /** The question text. */
    QString title;
    /** Active filter ("Filtro: Settore: Banche"), or empty. */
    QString subtitle;
    /** Bar labels in drawing order, first on top (options, segments or bins). */
    QStringList categories;
    QList<ChartSeries> series;
    /** Extra lines under the chart ("Top-2-box: 66%", "Chi-quadro p = 0,003"). */
    QStringList notes;
    /** "Base: 287" or "Base: 134 di 300". */
    QString footer;
    /** "Fonte: …", editable by the analyst; empty for none. */
    QString sourceNote;
    bool showLegend = false;
    bool showTitle = true;
    bool showFooter = true;
    /** Lower end of the value axis: 0, or negative for DivergingStacked (left of the centre). */
    double valueAxisMin = 0.0;
    /** Upper end of the value axis in percent (a round number at or above every bar). */
    double valueAxisMax = 100.0;
    /**
     * What follows a value axis label: "%" for shares (the default), empty for points and means
     * (FigureChart).
     */
    QString valueAxisSuffix = QStringLiteral("%");
    /** Title of the value axis ("% dei rispondenti"); may be empty. */
    QString valueAxisTitle;
    /** DivergingStacked only: per category, the summed share left and right of the centre. */
    QStringList negativeTotalLabels;
    QStringList positiveTotalLabels;
    /** Histogram only: bin edges, categories.size() + 1 of them, and their display strings. */
    QList<double> binEdges;
    QStringList binEdgeLabels;

    /**
     * Keeps what frames the chart (title, subtitle, footer, source, switches) and drops what it
     * draws (categories, series, bins, notes, axis), for a builder that redraws another chart's
     * frame (FigureChart, NpsChart).
     */
    void clearDrawing() {
        categories.clear();
        series.clear();
        binEdges.clear();
        binEdgeLabels.clear();
        notes.clear();
        negativeTotalLabels.clear();
        positiveTotalLabels.clear();
        valueAxisMin = 0.0;
        valueAxisMax = 100.0;
        valueAxisTitle.clear();
        valueAxisSuffix = QStringLiteral("%");
    }

    /** True when there is nothing to draw (no categories or no series). */
    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
};

} // namespace sondo
