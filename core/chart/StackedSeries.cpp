#include "chart/StackedSeries.h"

#include "base/CoreText.h"
#include "chart/ChartNumberFormat.h"
#include "chart/ChartSpecBuilder.h"
#include "stats/LargestRemainder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace sondo {

namespace {

/** The labels as numbers again, so that totals shown beside rounded pieces add up. */
double labelValue(const QList<double>& percents, const ChartOptions& options, int index) {
    const std::vector<double> values(percents.cbegin(), percents.cend());
    const std::vector<int> rounded = LargestRemainder::round(values, options.decimals, 100.0);
    return rounded[index] / std::pow(10.0, std::max(options.decimals, 0));
}

/** Diverging/stacked extents: how far the bars reach left and right of zero. */
void setDivergingRange(ChartSpec& spec) {
    double left = 0;
    double right = 0;
    for (int c = 0; c < spec.categories.size(); ++c) {
        double l = 0;
        double r = 0;
        for (const ChartSeries& s : std::as_const(spec.series)) {
            const double v = s.values.value(c);
            if (s.side == DivergingSide::Negative)
                l += v;
            else if (s.side == DivergingSide::Positive)
                r += v;
            else if (s.side == DivergingSide::Neutral) {
                l += v / 2;
                r += v / 2;
            }
        }
        left = std::max(left, l);
        right = std::max(right, r);
    }
    spec.valueAxisMin = -ChartSpecBuilder::niceAxisMax(left);
    spec.valueAxisMax = ChartSpecBuilder::niceAxisMax(right);
}

/** Totals beside each diverging bar: the sums of the rounded pieces on each side. */
void setDivergingTotals(ChartSpec& spec, const QList<QList<double>>& percentsPerCategory,
                        const ChartOptions& options) {
    spec.negativeTotalLabels.clear();
    spec.positiveTotalLabels.clear();
    for (int c = 0; c < spec.categories.size(); ++c) {
        double negative = 0;
        double positive = 0;
        for (int k = 0; k < spec.series.size(); ++k) {
            const double v = labelValue(percentsPerCategory[c], options, k);
            if (spec.series[k].side == DivergingSide::Negative)
                negative += v;
            else if (spec.series[k].side == DivergingSide::Positive)
                positive += v;
        }
        spec.negativeTotalLabels.append(
            ChartSpecBuilder::formatPercent(negative, options.locale, options.decimals));
        spec.positiveTotalLabels.append(
            ChartSpecBuilder::formatPercent(positive, options.locale, options.decimals));
    }
}

} // namespace

void StackedSeries::fill(ChartSpec& spec, const Question& q, const QStringList& options,
                         const QList<const FrequencyTable*>& bars,
                         const ChartOptions& chartOptions) {
    const QList<DivergingSide> sides = StackedSeries::sidesOf(q, int(options.size()));
    QList<QList<double>> percents;
    for (const FrequencyTable* t : bars) {
        QList<double> row;
        for (int k = 0; k < options.size(); ++k)
            row.append(k < t->rows.size() ? t->rows[k].percent : 0.0);
        percents.append(row);
    }
    for (int k = 0; k < options.size(); ++k) {
        ChartSeries series;
        series.name = options[k];
        series.side = sides[k];
        for (int c = 0; c < bars.size(); ++c) {
            const FrequencyTable* t = bars[c];
            series.values.append(percents[c][k]);
            const double count = k < t->rows.size() ? t->rows[k].count : 0.0;
            series.counts.append(count);
            series.countLabels.append(ChartNumberFormat::count(count, chartOptions.locale));
            series.labels.append(roundedLabels(percents[c], chartOptions).value(k));
        }
        spec.series.append(series);
    }
    if (spec.kind == ChartKind::DivergingStacked) {
        divergeAroundCentre(spec, percents, chartOptions);
        // Options off the scale are not drawn around the centre; say how many chose them.
        const FrequencyTable* total = bars.last();
        for (int k = 0; k < options.size(); ++k) {
            if (sides[k] != DivergingSide::Outside || k >= total->rows.size() ||
                total->rows[k].count <= 0)
                continue;
            const double p = k < total->rows.size() ? total->rows[k].percent : 0.0;
            spec.notes.append(
                CoreText::tr("Not shown: %1 (%2)")
                    .arg(options[k], ChartSpecBuilder::formatPercent(p, chartOptions.locale,
                                                                     chartOptions.decimals)));
        }
    } else {
        spec.valueAxisMin = 0;
        spec.valueAxisMax = 100;
    }
}

void StackedSeries::divergeAroundCentre(ChartSpec& spec,
                                        const QList<QList<double>>& percentsPerCategory,
                                        const ChartOptions& options) {
    setDivergingRange(spec);
    setDivergingTotals(spec, percentsPerCategory, options);
}

/** Display labels of `percents`, rounded by largest remainder whenever they sum to 100. */
QStringList StackedSeries::roundedLabels(const QList<double>& percents,
                                         const ChartOptions& options) {
    const std::vector<double> values(percents.cbegin(), percents.cend());
    const std::vector<int> rounded = LargestRemainder::round(values, options.decimals, 100.0);
    QStringList labels;
    for (size_t i = 0; i < rounded.size(); ++i)
        labels.append(percentLabel(values[i], rounded[i], options));
    return labels;
}

QString StackedSeries::percentLabel(double percent, int rounded, const ChartOptions& options) {
    const double scale = std::pow(10.0, std::max(options.decimals, 0));
    // Somebody chose it: "0%" would say nobody did (a largest-remainder round may take 0.7 to 0).
    if (rounded == 0 && percent > 0)
        return QLatin1Char('<') +
               ChartSpecBuilder::formatPercent(1.0 / scale, options.locale, options.decimals);
    return ChartSpecBuilder::formatPercent(rounded / scale, options.locale, options.decimals);
}

QList<DivergingSide> StackedSeries::sidesOf(const Question& q, int optionCount) {
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (int i = 0; i < optionCount; ++i) {
        const double score = i < int(q.scores.size()) ? q.scores[i] : double(i + 1);
        if (std::isfinite(score)) {
            low = std::min(low, score);
            high = std::max(high, score);
        }
    }
    const double middle = (low + high) / 2;
    QList<DivergingSide> sides;
    for (int i = 0; i < optionCount; ++i) {
        const double score = i < int(q.scores.size()) ? q.scores[i] : double(i + 1);
        if (!std::isfinite(score))
            sides.append(DivergingSide::Outside);
        else if (std::abs(score - middle) < 1e-9)
            sides.append(DivergingSide::Neutral);
        else
            sides.append(score < middle ? DivergingSide::Negative : DivergingSide::Positive);
    }
    return sides;
}

} // namespace sondo
