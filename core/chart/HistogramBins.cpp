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
    for (const FrequencyRow& row : table.rows) {
        if (!std::isfinite(row.value))
            continue;
        int b = int(std::upper_bound(edges.cbegin(), edges.cend(), row.value) - edges.cbegin()) - 1;
        b = std::clamp(b, 0, bins - 1);
        counts[b] += row.count;
    }
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
        if (m * magnitude >= raw - 1e-12) {
            width = m * magnitude;
            break;
        }
    }
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
            if (m > mantissa + 1e-9) {
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
                          .arg(locale.toString(s.mean, 'f', 1),
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
