#pragma once

#include "chart/ChartSpec.h"

#include <QList>
#include <QLocale>
#include <vector>

namespace sondo {

struct FrequencyTable;

/**
 * The bins of a numeric question's histogram: round edges (one bar per value for small integer
 * ranges, else Freedman–Diaconis widths snapped to 1, 2, 2.5, 5 × 10^k, at most 20 bins), the
 * weighted counts that fall in each, and the labels and summary note the chart shows.
 */
class HistogramBins {
public:
    /** Edges for values from `min` to `max` with interquartile range `iqr` over `n` answers. */
    static QList<double> edges(double min, double max, double iqr, qint64 n, bool integers);
    /**
     * Edges of a numeric table, from its distinct values and summary. When a few far values
     * would take a fifth of the axis or more (the 1st–99th percentile span is under 80% of the
     * whole range), the edges cover the bulk only, widened to round numbers; outside()
     * counts what is left out.
     */
    static QList<double> edgesOf(const FrequencyTable& table);
    /** Answers (respondents, unweighted) below the first edge and from the last edge up. */
    static std::pair<qint64, qint64> outside(const FrequencyTable& table,
                                             const QList<double>& edges);
    /** The notes saying what outside() left out ("3 answers below 1950 not shown"). */
    static void addOutsideNote(ChartSpec& spec, const FrequencyTable& table,
                               const QList<double>& edges, const QLocale& locale);
    /** Edges of raw values (quartiles as R's type 7, as NumericSummary computes them). */
    static QList<double> edgesOf(const std::vector<double>& values);
    /** Bins `table`'s distinct numeric values (weighted counts) into `edges`; values outside
     * the edges are not counted. */
    static void count(const FrequencyTable& table, const QList<double>& edges,
                      QList<double>& counts);
    /** Category and edge labels of the bins on `spec`. */
    static void label(ChartSpec& spec, const QList<double>& edges, const QLocale& locale);
    /** The "Mean · Median · Min–max" note of `table` on `spec`. */
    static void addSummaryNote(ChartSpec& spec, const FrequencyTable& table, const QLocale& locale);
};

} // namespace sondo
