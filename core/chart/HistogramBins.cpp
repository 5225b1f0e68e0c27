#include "chart/HistogramBins.h"

#include "base/CoreText.h"
#include "chart/ChartNumberFormat.h"
#include "stats/FrequencyTable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sondo {

void HistogramBins::count(const FrequencyTable& table, const QList<double>& edges,
                          QList<double>& counts) {
    const int bins = int(edges.size()) - 1;
    counts = QList<double>(bins, 0.0);
    if (bins <= 0)
        return;
    for (const FrequencyRow& row : table.rows) {
        if (!std::isfinite(row.value))
            continue;
        int b = int(std::upper_bound(edges.cbegin(), edges.cend(), row.value) - edges.cbegin()) - 1;
        // The last edge closes the last bin; beyond either end is left out (outside()).
        if (b == bins && row.value <= edges.last() + 1e-9)
            b = bins - 1;
        if (b < 0 || b >= bins)
            continue;
        counts[b] += row.count;
    }
}

std::pair<qint64, qint64> HistogramBins::outside(const FrequencyTable& table,
                                                 const QList<double>& edges) {
    qint64 below = 0;
    qint64 above = 0;
    if (edges.size() < 2)
        return {below, above};
    for (const FrequencyRow& row : table.rows) {
        if (!std::isfinite(row.value))
            continue;
        if (row.value < edges.first() - 1e-9)
            below += row.unweightedCount;
        else if (row.value > edges.last() + 1e-9)
            above += row.unweightedCount;
    }
    return {below, above};
}

void HistogramBins::addOutsideNote(ChartSpec& spec, const FrequencyTable& table,
                                   const QList<double>& edges, const QLocale& locale) {
    const auto [below, above] = outside(table, edges);
    // Bars of one integer each have edges at ±0.5: the note names the first and last values.
    const bool perValue = edges.size() >= 2 && ChartNumberFormat::isWhole(edges.first() + 0.5) &&
                          std::abs(edges[1] - edges[0] - 1.0) < 1e-9;
    const double first = perValue ? edges.first() + 0.5 : edges.first();
    const double last = perValue ? edges.last() - 0.5 : edges.last();
    if (below > 0)
        spec.notes.append(CoreText::tr("%n answer(s) below %1 not shown", nullptr, int(below))
                              .arg(ChartNumberFormat::number(first, locale)));
    if (above > 0)
        spec.notes.append(CoreText::tr("%n answer(s) above %1 not shown", nullptr, int(above))
                              .arg(ChartNumberFormat::number(last, locale)));
}

QList<double> HistogramBins::edges(double min, double max, double iqr, qint64 n, bool integers) {
    QList<double> edges;
    if (!std::isfinite(min) || !std::isfinite(max) || n <= 0)
        return edges;
    if (integers && max - min <= 19.5) {
        for (double v = min; v <= max + 0.5; v += 1.0)
            edges.append(v - 0.5);
        edges.append(max + 0.5);
        return edges;
    }
    const double range = max - min;
    if (range <= 0) {
        edges = {min - 0.5, max + 0.5};
        return edges;
    }
    // Freedman–Diaconis, falling back to Sturges when the middle half is a single value.
    double width = iqr > 0 ? 2.0 * iqr / std::cbrt(double(n)) : range / (std::log2(double(n)) + 1);
    const double bins = std::clamp(range / width, 4.0, 20.0);
    const double raw = range / bins;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    width = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        // Whole answers (counts, ages) get whole widths: a bin of 2.5 would hold three values
        // and the next two.
        if (integers && !ChartNumberFormat::isWhole(m * magnitude))
            continue;
        if (m * magnitude >= raw - 1e-12) {
            width = m * magnitude;
            break;
        }
    }
    if (integers)
        width = std::max(width, 1.0);
    // Round widths may still give too many bins when the start snaps down; widen until ≤ 20.
    static constexpr double ladder[] = {1.0, 2.0, 2.5, 5.0};
    for (int step = 0; step < 40; ++step) {
        const double start = std::floor(min / width + 1e-9) * width;
        const int count = std::max(1, int(std::ceil((max - start) / width - 1e-9)));
        if (count <= 20) {
            for (int i = 0; i <= count; ++i)
                edges.append(start + i * width);
            return edges;
        }
        const double mag = std::pow(10.0, std::floor(std::log10(width) + 1e-9));
        const double mantissa = width / mag;
        double next = 10 * mag;
        for (double m : ladder)
            if (m > mantissa + 1e-9 && (!integers || ChartNumberFormat::isWhole(m * mag))) {
                next = m * mag;
                break;
            }
        width = next;
    }
    edges = {min, max};
    return edges;
}

QList<double> HistogramBins::edgesOf(const FrequencyTable& table) {
    double min = std::numeric_limits<double>::infinity();
    double max = -min;
    bool integers = true;
    for (const FrequencyRow& row : table.rows) {
        if (!std::isfinite(row.value) || row.count <= 0)
            continue;
        min = std::min(min, row.value);
        max = std::max(max, row.value);
        integers = integers && ChartNumberFormat::isWhole(row.value);
    }
    const double iqr = table.summary ? table.summary->q3 - table.summary->q1 : 0.0;
    const qint64 n = table.summary ? table.summary->n : table.unweightedBase;
    // The 1st and 99th percentiles of the answers (the first value whose cumulative weighted
    // share reaches 1% and 99%; rows are in ascending order of value).
    double total = 0;
    for (const FrequencyRow& row : table.rows)
        if (std::isfinite(row.value) && row.count > 0)
            total += row.count;
    double low = min;
    double high = max;
    double cumulative = 0;
    bool lowFound = false;
    for (const FrequencyRow& row : table.rows) {
        if (!std::isfinite(row.value) || row.count <= 0)
            continue;
        cumulative += row.count;
        if (!lowFound && cumulative >= 0.01 * total) {
            low = row.value;
            lowFound = true;
        }
        if (cumulative >= 0.99 * total - 1e-9) {
            high = row.value;
            break;
        }
    }
    // Trimmed only when the far values would otherwise take a fifth of the axis or more: the
    // bulk's span is under 80% of the range. A spread-out question keeps every answer in view.
    if (high > low && (high - low) < 0.8 * (max - min))
        return edges(low, high, std::isfinite(iqr) ? iqr : 0.0, n, integers);
    return edges(min, max, std::isfinite(iqr) ? iqr : 0.0, n, integers);
}

void HistogramBins::label(ChartSpec& spec, const QList<double>& edges, const QLocale& locale) {
    spec.binEdges = edges;
    const bool perValue = edges.size() >= 2 && ChartNumberFormat::isWhole(edges.first() + 0.5) &&
                          std::abs(edges[1] - edges[0] - 1.0) < 1e-9;
    for (int b = 0; b + 1 < edges.size(); ++b) {
        if (perValue)
            spec.categories.append(ChartNumberFormat::number(edges[b] + 0.5, locale));
        else
            spec.categories.append(ChartNumberFormat::number(edges[b], locale) + QChar(0x2013) +
                                   ChartNumberFormat::number(edges[b + 1], locale));
    }
    // One bar per integer value is labelled under the bar; ranges are labelled on their edges.
    if (!perValue)
        for (double e : edges)
            spec.binEdgeLabels.append(ChartNumberFormat::number(e, locale));
}

void HistogramBins::addSummaryNote(ChartSpec& spec, const FrequencyTable& table,
                                   const QLocale& locale) {
    if (!table.summary || table.summary->n == 0)
        return;
    const NumericSummary& s = *table.summary;
    spec.notes.append(CoreText::tr("Mean: %1 · Median: %2 · Min–max: %3–%4")
                          .arg(ChartNumberFormat::fixed(s.mean, 1, locale),
                               ChartNumberFormat::number(s.median, locale),
                               ChartNumberFormat::number(s.min, locale),
                               ChartNumberFormat::number(s.max, locale)));
}

QList<double> HistogramBins::edgesOf(const std::vector<double>& values) {
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            sorted.push_back(v);
    if (sorted.empty())
        return {};
    std::sort(sorted.begin(), sorted.end());
    // R's type 7 quantiles, as NumericSummary computes them.
    auto quantile = [&](double p) {
        const double h = (sorted.size() - 1) * p;
        const std::size_t lo = std::size_t(std::floor(h));
        const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    };
    bool integers = true;
    for (double v : sorted)
        integers = integers && ChartNumberFormat::isWhole(v);
    return edges(sorted.front(), sorted.back(), quantile(0.75) - quantile(0.25),
                 qint64(sorted.size()), integers);
}

} // namespace sondo
