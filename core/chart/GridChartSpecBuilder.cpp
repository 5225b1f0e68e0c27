#include "chart/GridChartSpecBuilder.h"

#include "base/CoreText.h"

#include "chart/ChartNotes.h"
#include "chart/RankingChart.h"
#include "chart/StackedSeries.h"
#include "stats/FrequencyTable.h"
#include "stats/GridBySegment.h"
#include "stats/LargestRemainder.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sondo {

namespace {

/** The row of `table` labelled `option`, or -1 (an item read apart may lack an option). */
int rowOf(const FrequencyTable& table, const QString& option) {
    for (int r = 0; r < table.rows.size(); ++r)
        if (table.rows[r].label == option)
            return r;
    return -1;
}

QString countText(double count, const QLocale& locale) {
    return std::abs(count - std::round(count)) < 1e-9 ? locale.toString(qint64(std::llround(count)))
                                                      : locale.toString(count, 'f', 1);
}

/**
 * Items in order of their top-2-box (a scale) or of their first option's share (a multiple
 * group, a grid without scores), highest first, as `--sort frequency` orders a question's
 * options; ties keep the questionnaire's order. Says so in a note.
 */
void sortItems(QList<int>& items, QList<FrequencyTable>& tables, ChartSpec& spec) {
    auto key = [&](qsizetype i) {
        const FrequencyTable& t = tables[i];
        if (t.topTwoBox)
            return *t.topTwoBox;
        return t.rows.isEmpty() ? 0.0 : t.rows.first().percent;
    };
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return key(a) > key(b); });
    QList<int> sortedItems;
    QList<FrequencyTable> sortedTables;
    const bool scale = tables.first().topTwoBox.has_value();
    for (qsizetype i : std::as_const(order)) {
        sortedItems.append(items[i]);
        sortedTables.append(std::move(tables[i]));
    }
    items = std::move(sortedItems);
    tables = std::move(sortedTables);
    spec.notes.append(scale ? CoreText::tr("Items in order of their top-2-box, highest first")
                            : CoreText::tr("Items in order of their first option, highest first"));
}

/**
 * A scale grid as bars diverging from the centre (ChartOptions::divergingLikert): the negative
 * options left, the positive right, the neutral split across; options off the scale ("Keine
 * Angabe") are not drawn and a note gives their largest share of an item's answers.
 */
void diverge(ChartSpec& spec, const QList<std::vector<double>>& percents,
             const ChartOptions& options) {
    spec.kind = ChartKind::DivergingStacked;
    QList<QList<double>> perBar;
    for (const std::vector<double>& row : percents)
        perBar.append(QList<double>(row.begin(), row.end()));
    StackedSeries::divergeAroundCentre(spec, perBar, options);
    for (qsizetype k = 0; k < spec.series.size(); ++k) {
        if (spec.series[k].side != DivergingSide::Outside)
            continue;
        const double high =
            *std::max_element(spec.series[k].values.begin(), spec.series[k].values.end());
        if (high <= 0)
            continue;
        spec.notes.append(
            CoreText::tr("Not shown: %1 (up to %2 of an item's answers)")
                .arg(spec.series[k].name,
                     ChartSpecBuilder::formatPercent(high, options.locale, options.decimals)));
    }
}

} // namespace

QString GridChartSpecBuilder::itemLabel(const QString& stem, const QString& itemText) {
    if (stem.isEmpty() || !itemText.startsWith(stem))
        return itemText;
    QString rest = itemText.mid(stem.size()).trimmed();
    if (rest.startsWith(u'[') && rest.endsWith(u']'))
        rest = rest.mid(1, rest.size() - 2).trimmed();
    else if (rest.startsWith(u'-') || rest.startsWith(QChar(0x2013)) ||
             rest.startsWith(QChar(0x2014)) || rest.startsWith(u'.') || rest.startsWith(u':'))
        rest = rest.mid(1).trimmed();
    return rest.isEmpty() ? itemText : rest;
}

ChartSpec GridChartSpecBuilder::frameOf(const QuestionGroup& g, const ChartOptions& options,
                                        const ChartScope& scope) {
    ChartSpec spec;
    spec.questionId = g.id;
    spec.title = g.text;
    spec.subtitle = scope.filterDescription.isEmpty()
                        ? QString()
                        : CoreText::tr("Filter: %1").arg(scope.filterDescription);
    spec.sourceNote = options.sourceNote;
    spec.showTitle = options.showTitle;
    spec.showFooter = options.showFooter;
    spec.showLegend = true;
    return spec;
}

ChartSpec GridChartSpecBuilder::build(const Survey& survey, const ResponseMatrix& responses,
                                      int group, const ChartOptions& options,
                                      const ChartScope& scope) {
    ChartSpec spec;
    if (group < 0 || group >= survey.groups.size())
        return spec;
    if (RankingChart::applies(survey, group))
        return RankingChart::build(survey, responses, group, options, scope);
    const QuestionGroup& g = survey.groups[group];
    spec = frameOf(g, options, scope);
    const QLocale& locale = options.locale;

    QList<FrequencyTable> tables;
    qint64 lowest = -1, highest = -1;
    QList<int> items;
    QStringList unanswered;
    for (const int q : survey.groupItems(group)) {
        FrequencyTable table = FrequencyTable::compute(survey, responses, q, scope.mask);
        // An item nobody answered (an "other phases?" box the export put in the block) would
        // be an empty bar: it is named in a note instead.
        if (table.unweightedBase == 0) {
            unanswered.append(itemLabel(g.text, survey.questions[q].text));
            continue;
        }
        lowest = lowest < 0 ? table.unweightedBase : std::min(lowest, table.unweightedBase);
        highest = std::max(highest, table.unweightedBase);
        items.append(q);
        tables.append(std::move(table));
    }
    if (tables.isEmpty())
        return ChartSpec();
    for (const QString& item : std::as_const(unanswered))
        spec.notes.append(CoreText::tr("Not shown, nobody answered: %1").arg(item));
    if (options.sortByFrequency)
        sortItems(items, tables, spec);
    // Each item says its n only when the items' bases differ by a tenth or more; otherwise the
    // footer's "Base: 50–53" says it once and sixteen "(n = 52)" do not crowd the labels.
    const bool sameBase = lowest * 10 >= highest * 9;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString label = itemLabel(g.text, survey.questions[items[i]].text);
        spec.categories.append(sameBase
                                   ? label
                                   : label + QLatin1Char(' ') +
                                         ChartNotes::sampleSize(tables[i].unweightedBase, locale));
    }
    spec.footer =
        lowest == highest
            ? CoreText::tr("Base: %1").arg(locale.toString(lowest))
            : CoreText::tr("Base: %1–%2").arg(locale.toString(lowest), locale.toString(highest));

    const bool grid = g.kind == QuestionGroup::Kind::Grid;
    spec.kind = grid ? ChartKind::StackedPercentBars : ChartKind::GroupedBars;
    // Per item, its percents in the group's option order; a grid's pieces are rounded per bar.
    const double scale = std::pow(10.0, std::max(options.decimals, 0));
    QList<std::vector<double>> percents;
    QList<std::vector<int>> rounded;
    for (const FrequencyTable& table : tables) {
        std::vector<double> row;
        for (const QString& option : g.options) {
            const int r = rowOf(table, option);
            row.push_back(r >= 0 && std::isfinite(table.rows[r].percent) ? table.rows[r].percent
                                                                         : 0.0);
        }
        std::vector<int> display;
        if (grid && table.base > 0) {
            display = LargestRemainder::round(row, options.decimals, 100.0);
        } else {
            for (double p : row)
                display.push_back(int(std::llround(p * scale)));
        }
        percents.append(row);
        rounded.append(display);
    }
    // A grid of a scale is coloured as a scale: its direction shows, "Keine Angabe" is grey.
    const Question& first = survey.questions[items.first()];
    const bool onScale = grid && first.type == QuestionType::Likert;
    const QList<DivergingSide> sides =
        onScale ? StackedSeries::sidesOf(first, int(first.options.size())) : QList<DivergingSide>{};
    double top = 0;
    for (int k = 0; k < g.options.size(); ++k) {
        ChartSeries series;
        series.name = g.options[k];
        if (onScale) {
            const qsizetype o = first.options.indexOf(g.options[k]);
            series.side = o >= 0 ? sides.value(o, DivergingSide::Outside) : DivergingSide::Outside;
        }
        for (int c = 0; c < tables.size(); ++c) {
            const int r = rowOf(tables[c], g.options[k]);
            const double count = r >= 0 ? tables[c].rows[r].count : 0.0;
            series.values.append(percents[c][size_t(k)]);
            series.counts.append(count);
            series.countLabels.append(countText(count, locale));
            series.labels.append(StackedSeries::percentLabel(percents[c][size_t(k)],
                                                             rounded[c][size_t(k)], options));
            top = std::max(top, percents[c][size_t(k)]);
        }
        spec.series.append(series);
    }
    spec.valueAxisMin = 0;
    spec.valueAxisMax = grid ? 100.0 : ChartSpecBuilder::niceAxisMax(top);
    if (onScale && options.divergingLikert)
        diverge(spec, percents, options);
    if (!grid)
        spec.notes.append(CoreText::tr(
            "Several answers possible: percentages of respondents who answered the item."));
    // Small bases as on any chart: said, lighter, in counts under ChartOptions::countsBelow;
    // judged by the best-answered item, so one thin item does not mark the rest.
    ChartNotes::markLowBase(spec, highest, options);
    return spec;
}

ChartSpec GridChartSpecBuilder::bySegment(const Survey& survey, const ResponseMatrix& responses,
                                          int group, const ChartOptions& options,
                                          const ChartScope& scope) {
    const GridBySegment table =
        GridBySegment::compute(survey, responses, group, scope.segment, scope.mask);
    if (table.items.isEmpty())
        return ChartSpec();
    const QuestionGroup& g = survey.groups[group];
    const Question& segment = survey.questions[scope.segment];
    const QLocale& locale = options.locale;
    ChartSpec spec;
    spec.questionId = g.id;
    spec.title = g.text;
    const QString figure =
        table.figure == GridBySegment::Figure::TopTwoBox
            ? CoreText::tr("Top-2-box by %1").arg(segment.text.simplified())
            : CoreText::tr("“%1” by %2").arg(table.option, segment.text.simplified());
    spec.subtitle = scope.filterDescription.isEmpty()
                        ? figure
                        : figure + QStringLiteral(" · ") +
                              CoreText::tr("Filter: %1").arg(scope.filterDescription);
    spec.sourceNote = options.sourceNote;
    spec.showTitle = options.showTitle;
    spec.showFooter = options.showFooter;
    spec.showLegend = true;
    spec.kind = ChartKind::GroupedBars;

    qint64 lowest = -1, highest = -1;
    for (const GridBySegment::Item& item : table.items) {
        spec.categories.append(itemLabel(g.text, survey.questions[item.question].text));
        lowest = lowest < 0 ? item.totalBase : std::min(lowest, item.totalBase);
        highest = std::max(highest, item.totalBase);
    }
    spec.footer =
        lowest == highest
            ? CoreText::tr("Base: %1").arg(locale.toString(lowest))
            : CoreText::tr("Base: %1–%2").arg(locale.toString(lowest), locale.toString(highest));
    double top = 0;
    for (int k = 0; k < table.groupLabels.size(); ++k) {
        // A group's n is that of its largest item base: its bars may rest on fewer.
        qint64 n = 0;
        for (const GridBySegment::Item& item : table.items)
            n = std::max(n, item.bases.value(k));
        ChartSeries series;
        series.name = ChartNotes::groupName(table.groupLabels[k], n, options);
        for (const GridBySegment::Item& item : table.items) {
            const double p = item.percents.value(k);
            const bool known = std::isfinite(p);
            series.values.append(known ? p : 0.0);
            series.counts.append(known ? p / 100.0 * double(item.bases.value(k)) : 0.0);
            series.countLabels.append(QString());
            series.labels.append(known
                                     ? ChartSpecBuilder::formatPercent(p, locale, options.decimals)
                                     : QStringLiteral("–"));
            top = std::max(top, known ? p : 0.0);
        }
        // A small group is drawn lighter and says so in its name, as in any compare-by chart.
        series.lowBase = n < options.lowBase;
        spec.series.append(series);
    }
    spec.valueAxisMin = 0;
    spec.valueAxisMax = ChartSpecBuilder::niceAxisMax(top);

    // The chi-square of each item by the segment, as `freq ITEM --by` gives it.
    QStringList significant;
    int tested = 0;
    for (qsizetype i = 0; i < table.items.size(); ++i) {
        const ChiSquareResult& chi = table.items[i].chiSquare;
        if (!chi.valid)
            continue;
        ++tested;
        if (chi.p < 1.0 - options.tests.confidence)
            significant.append(CoreText::tr("%1 (p = %2)")
                                   .arg(spec.categories[i], locale.toString(chi.p, 'g', 2)));
    }
    if (tested > 0)
        spec.notes.append(
            significant.isEmpty()
                ? CoreText::tr("Chi-square per item: no item differs significantly between the "
                               "groups (p ≥ %1)")
                      .arg(locale.toString(1.0 - options.tests.confidence, 'g', 2))
                : CoreText::tr("Chi-square per item, significant differences between the groups: "
                               "%1")
                      .arg(significant.join(QStringLiteral("; "))));
    if (table.figure == GridBySegment::Figure::TopTwoBox)
        spec.notes.append(CoreText::tr("Top-2-box: percent of those who took a side, per group"));
    return spec;
}

} // namespace sondo
