#include "chart/RankingChart.h"

#include "base/CoreText.h"
#include "chart/ChartNotes.h"
#include "chart/ChartNumberFormat.h"
#include "chart/GridChartSpecBuilder.h"
#include "chart/StackedSeries.h"
#include "stats/FrequencyTable.h"

#include <QRegularExpression>
#include <algorithm>
#include <numeric>

namespace sondo {

namespace {

/** The place an item stands for ("Rank 2" → 2), or 0 when it is no place. */
int placeOf(const QString& label) {
    static const QRegularExpression place(
        QStringLiteral(
            "^(rank|ranking|rang|rango|posizione|position|platz|place)\\s*#?\\s*(\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = place.match(label.trimmed());
    return m.hasMatch() ? m.captured(2).toInt() : 0;
}

} // namespace

bool RankingChart::applies(const Survey& survey, int group) {
    if (group < 0 || group >= survey.groups.size() ||
        survey.groups[group].kind != QuestionGroup::Kind::Grid)
        return false;
    const QList<int> items = survey.groupItems(group);
    if (items.size() < 2)
        return false;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (placeOf(GridChartSpecBuilder::itemLabel(survey.groups[group].text,
                                                    survey.questions[items[i]].text)) != i + 1)
            return false;
    return true;
}

ChartSpec RankingChart::build(const Survey& survey, const ResponseMatrix& responses, int group,
                              const ChartOptions& options, const ChartScope& scope) {
    if (!applies(survey, group))
        return ChartSpec();
    const QuestionGroup& g = survey.groups[group];
    const QList<int> items = survey.groupItems(group);
    const int places = int(items.size());
    const int choices = int(g.options.size());
    // counts[p][k]: respondents (weighted) who put option k in place p + 1.
    std::vector<std::vector<double>> counts(size_t(places), std::vector<double>(choices, 0.0));
    qint64 base = 0;
    for (int p = 0; p < places; ++p) {
        const FrequencyTable table =
            FrequencyTable::compute(survey, responses, items[p], scope.mask);
        base = std::max(base, table.unweightedBase);
        for (const FrequencyRow& row : table.rows)
            if (const qsizetype k = g.options.indexOf(row.label); k >= 0)
                counts[size_t(p)][size_t(k)] += row.count;
    }
    // Each option's mean place among those who placed it; unplaced options go last.
    std::vector<double> placed(size_t(choices), 0.0), mean(size_t(choices), 0.0);
    for (int k = 0; k < choices; ++k) {
        double sum = 0;
        for (int p = 0; p < places; ++p) {
            placed[size_t(k)] += counts[size_t(p)][size_t(k)];
            sum += (p + 1) * counts[size_t(p)][size_t(k)];
        }
        mean[size_t(k)] = placed[size_t(k)] > 0 ? sum / placed[size_t(k)] : places + 1.0;
    }
    std::vector<int> order(static_cast<size_t>(choices));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return mean[size_t(a)] < mean[size_t(b)]; });

    ChartSpec spec = GridChartSpecBuilder::frameOf(g, options, scope);
    spec.kind = ChartKind::StackedPercentBars;
    spec.footer = CoreText::tr("Base: %1").arg(options.locale.toString(base));
    for (int k : order)
        spec.categories.append(placed[size_t(k)] > 0
                                   ? CoreText::tr("%1 (mean place %2)")
                                         .arg(g.options[k], ChartNumberFormat::fixed(
                                                                mean[size_t(k)], 1, options.locale))
                                   : g.options[k]);
    // Per option, the shares of its places, rounded to sum to 100 along its bar.
    QList<QStringList> labels;
    for (int k : order) {
        QList<double> shares;
        for (int p = 0; p < places; ++p)
            shares.append(placed[size_t(k)] > 0
                              ? 100.0 * counts[size_t(p)][size_t(k)] / placed[size_t(k)]
                              : 0.0);
        labels.append(StackedSeries::roundedLabels(shares, options));
    }
    for (int p = 0; p < places; ++p) {
        ChartSeries series;
        series.name = GridChartSpecBuilder::itemLabel(g.text, survey.questions[items[p]].text);
        for (qsizetype c = 0; c < qsizetype(order.size()); ++c) {
            const int k = order[size_t(c)];
            const double count = counts[size_t(p)][size_t(k)];
            series.values.append(placed[size_t(k)] > 0 ? 100.0 * count / placed[size_t(k)] : 0.0);
            series.counts.append(count);
            series.countLabels.append(ChartNumberFormat::count(count, options.locale));
            series.labels.append(labels[c].value(p));
        }
        spec.series.append(series);
    }
    spec.valueAxisMin = 0;
    spec.valueAxisMax = 100;
    spec.notes.append(CoreText::tr("A ranking: each bar shows the places an option was given, "
                                   "options in order of their mean place (1 = first)"));
    ChartNotes::markLowBase(spec, base, options);
    return spec;
}

} // namespace sondo
