#pragma once

#include "chart/ChartOptions.h"
#include "chart/ChartSpec.h"
#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace sondo {

struct CrossTab;
struct FrequencyTable;

/** Where a chart's respondents come from: the filter and, optionally, a segment to compare by. */
struct ChartScope {
    /** Respondents included; empty = everyone. */
    RespondentMask mask;
    /** SegmentFilter::describe() of the filter behind `mask`; empty when unfiltered. */
    QString filterDescription;
    /** Index of a categorical question to compare by, or -1. */
    int segment = -1;
    /**
     * The question by `segment` (or alone: segment -1) under `mask`, when the caller has it
     * already (the window shares one with its figures); computed here otherwise, or when it is
     * of another question or segment.
     */
    std::shared_ptr<const CrossTab> crossTab;
    /** With a mask: the question's base without it ("134 of 300"), when the caller has it. */
    std::optional<qint64> unfilteredBase;
};

/**
 * Decides what a chart shows: chart kind, category order, rounded labels, notes and footer, from
 * the statistics of core/stats. Everything is formatted here, in ChartOptions::locale, so that
 * every renderer draws the same words. User-visible strings go through translate("sondo", …).
 */
class ChartSpecBuilder {
public:
    /**
     * Whether build() draws a question of `type`: dates and identifiers have no chart, so a
     * caller drawing every question need neither load nor count them.
     */
    static bool hasChart(QuestionType type) {
        return type != QuestionType::Date && type != QuestionType::Identifier;
    }
    /** Whether "every chart" (chart --all, a whole report) draws `question`: analysable, with a
     *  chart. */
    static bool drawnWithAll(const Question& question) {
        return question.isAnalysable() && hasChart(question.type);
    }
    /**
     * The chart of `question` for the respondents of `scope`:
     * - single, multiple, open text: horizontal bars (percent of the base);
     * - Likert: bars in scale order, or one diverging bar with ChartOptions::divergingLikert;
     * - numeric: a histogram with round bin widths;
     * - with a segment: grouped bars per segment option (single, multiple, numeric bins), or
     *   one 100% stacked (or diverging) bar per segment plus the total (Likert).
     * Date and identifier questions give a spec with no categories (isEmpty()) and a note.
     */
    static ChartSpec build(const Survey& survey, const ResponseMatrix& responses, int question,
                           const ChartOptions& options, const ChartScope& scope = {});

    /** The chart of one frequency table (no segment). `unfilteredBase` < 0 when unfiltered. */
    static ChartSpec fromFrequency(const Survey& survey, const FrequencyTable& table,
                                   const ChartOptions& options,
                                   const QString& filterDescription = {},
                                   qint64 unfilteredBase = -1);
    /** The chart of a crosstab: grouped bars, or stacked/diverging bars for a Likert question. */
    static ChartSpec fromCrossTab(const Survey& survey, const CrossTab& crossTab,
                                  const ChartOptions& options,
                                  const QString& filterDescription = {},
                                  qint64 unfilteredBase = -1);
    /**
     * Bin edges for `values` (NaN-free; the histogram chart uses the distinct values of the
     * FrequencyTable, which are the ResponseMatrix values of the respondents in the mask): integers
     * spanning at most 20 values get one bin each (edges at k ± 0.5); otherwise a round width (1,
     * 2, 2.5 or 5 × 10^k) near the Freedman–Diaconis width, 4 to 20 bins, first edge a multiple of
     * the width at or below the minimum, last edge at or above the maximum. Bins are [a, b) except
     * the last, [a, b].
     */
    static QList<double> histogramEdges(const std::vector<double>& values);

    /** "66%" / "66,7%" in `locale`. */
    static QString formatPercent(double percent, const QLocale& locale, int decimals = 0);
    /** The smallest round axis end (5, 10, 15, 20, 25, 30, 40 … 100, then tens) ≥ `value`. */
    static double niceAxisMax(double value);

private:
    /**
     * The letters of the groups each bar beats (ChartOptions::significance) and the groups'
     * Wilson intervals (ChartOptions::intervals) on a grouped bar chart of `crossTab`.
     */
    static void addGroupTests(ChartSpec& spec, const Survey& survey,
                              const ResponseMatrix& responses, const CrossTab& crossTab,
                              const ChartOptions& options, const RespondentMask& mask);
};

} // namespace sondo
