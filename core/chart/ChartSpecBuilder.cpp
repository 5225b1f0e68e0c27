#include "chart/ChartSpecBuilder.h"

#include "chart/ChartNotes.h"
#include "chart/ChartNumberFormat.h"
#include "chart/FigureChart.h"
#include "chart/GridChartSpecBuilder.h"
#include "chart/HistogramBins.h"
#include "chart/NpsChart.h"
#include "chart/StackedSeries.h"
#include "chart/TopOptions.h"
#include "model/OtherOption.h"

#include "base/CoreText.h"

#include "stats/CramersV.h"
#include "stats/CrossTab.h"
#include "stats/CrossTabInference.h"
#include "stats/EffectiveBase.h"
#include "stats/FrequencyTable.h"
#include "stats/NpsQuestion.h"
#include "stats/ProportionInterval.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace sondo {

namespace {

/** Open answers shown at most: beyond this a bar chart of free text is no longer readable. */
constexpr int kMaxTextRows = 15;

ChartSeries makeSeries(const QString& name, const QList<double>& percents,
                       const QList<double>& counts, const ChartOptions& options) {
    ChartSeries series;
    series.name = name;
    series.values = percents;
    series.counts = counts;
    series.labels = StackedSeries::roundedLabels(percents, options);
    for (double c : counts)
        series.countLabels.append(ChartNumberFormat::count(c, options.locale));
    return series;
}

/** Options conventionally kept last when sorting by frequency ("Altro", "Non so", "Other"). */
bool isResidual(const QString& label) {
    static const char* const prefixes[] = {
        "altro",          "altri",      "altra", "other",      "non so",
        "non sa",         "nessun",     "none",  "don't know", "don’t know",
        "preferisco non", "prefer not", "n/a",   "nr",         "ns"};
    const QString l = label.trimmed().toLower();
    for (const char* p : prefixes) {
        const QString prefix = QString::fromUtf8(p);
        if (l == prefix || (l.startsWith(prefix) && !l.at(prefix.size()).isLetterOrNumber()))
            return true;
    }
    return false;
}

/** Row order: questionnaire order, or by descending percent with residual options last. */
QList<int> rowOrder(const QList<FrequencyRow>& rows, bool byFrequency) {
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    if (!byFrequency)
        return order;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool ra = isResidual(rows[a].label);
        const bool rb = isResidual(rows[b].label);
        if (ra != rb)
            return rb;
        if (ra)
            return false;
        return rows[a].percent > rows[b].percent;
    });
    return order;
}

/** The row of `table` whose label is `label` (labels are unique within a question). */
int rowIndexLabelled(const FrequencyTable& table, const QString& label) {
    for (int i = 0; i < table.rows.size(); ++i)
        if (table.rows[i].label == label)
            return i;
    return -1;
}

const FrequencyRow* rowLabelled(const FrequencyTable& table, const QString& label) {
    const int i = rowIndexLabelled(table, label);
    return i >= 0 ? &table.rows[i] : nullptr;
}

/** A compare-by group's series on a small base: lighter, and labelled with counts under 10. */
void markGroupBase(ChartSeries& series, qint64 n, const ChartOptions& options) {
    series.lowBase = n < options.lowBase;
    if (n < options.countsBelow)
        series.labels = series.countLabels;
}

/** The highest end of any error bar (0 without intervals). */
double maxInterval(const ChartSpec& spec) {
    double top = 0;
    for (const ChartSeries& series : spec.series)
        for (double v : series.intervalHigh)
            top = std::max(top, v);
    return top;
}

QString baseText(qint64 base, qint64 unfilteredBase, const QLocale& locale) {
    if (unfilteredBase >= 0)
        return CoreText::tr("Base: %1 of %2")
            .arg(locale.toString(base), locale.toString(unfilteredBase));
    return CoreText::tr("Base: %1").arg(locale.toString(base));
}

/** The footer of a table: its interviews, or its weighted base when the responses are weighted. */
QString baseText(const FrequencyTable& table, qint64 unfilteredBase, const ChartOptions& options) {
    if (options.weighted)
        return CoreText::tr("Base: %1 (weighted)")
            .arg(options.locale.toString(qRound64(table.base)));
    return baseText(table.unweightedBase, unfilteredBase, options.locale);
}

QString questionTitle(const Question& q) {
    return q.text.isEmpty() ? q.code : q.text;
}

ChartSpec startSpec(const Survey& survey, int question, const ChartOptions& options,
                    const QStringList& subtitleParts) {
    ChartSpec spec;
    QStringList subtitle = subtitleParts;
    if (question >= 0 && question < survey.questions.size()) {
        const Question& q = survey.questions[question];
        spec.questionId = q.id;
        spec.title = questionTitle(q);
        // An item of a grid ("How much … ? [Speed]"): the item is the title, its stem the
        // subtitle, instead of a three-line title that repeats the stem on every chart.
        if (const int g = survey.findGroup(q.group); g >= 0) {
            const QString stem = survey.groups[g].text;
            const QString item = GridChartSpecBuilder::itemLabel(stem, q.text);
            if (!item.isEmpty() && item != q.text && !stem.isEmpty()) {
                spec.title = item;
                subtitle.prepend(stem);
            }
        }
    }
    spec.subtitle = subtitle.join(QStringLiteral(" · "));
    spec.sourceNote = options.sourceNote;
    spec.showTitle = options.showTitle;
    spec.showFooter = options.showFooter;
    return spec;
}

QString filterPart(const QString& description) {
    return description.isEmpty() ? QString() : CoreText::tr("Filter: %1").arg(description);
}

QStringList nonEmpty(const QStringList& parts) {
    QStringList result;
    for (const QString& p : parts)
        if (!p.isEmpty())
            result.append(p);
    return result;
}

double maxValue(const ChartSpec& spec) {
    double m = 0;
    for (const ChartSeries& s : spec.series)
        for (double v : s.values)
            m = std::max(m, v);
    return m;
}

} // namespace

QString ChartSpecBuilder::formatPercent(double percent, const QLocale& locale, int decimals) {
    return locale.toString(percent, 'f', std::max(decimals, 0)) + locale.percent();
}

double ChartSpecBuilder::niceAxisMax(double value) {
    static constexpr double ends[] = {5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100};
    for (double e : ends)
        if (value <= e + 1e-9)
            return e;
    return std::ceil(value / 10.0 - 1e-9) * 10.0;
}

QList<double> ChartSpecBuilder::histogramEdges(const std::vector<double>& values) {
    return HistogramBins::edgesOf(values);
}

ChartSpec ChartSpecBuilder::build(const Survey& survey, const ResponseMatrix& responses,
                                  int question, const ChartOptions& options,
                                  const ChartScope& scope) {
    if (question < 0 || question >= survey.questions.size())
        return ChartSpec{};
    // "134 of 300": the unfiltered base costs one more pass, and only when there is a filter.
    qint64 unfilteredBase = -1;
    if (!scope.mask.empty())
        unfilteredBase = scope.unfilteredBase
                             ? *scope.unfilteredBase
                             : FrequencyTable::compute(survey, responses, question).unweightedBase;
    const int segment = scope.segment;
    const bool compared = segment >= 0 && segment < survey.questions.size() &&
                          segment != question && isCategorical(survey.questions[segment].type);
    // The caller's tables when they are of this question (by this segment): the total is the
    // question's table under the mask either way.
    const bool given = scope.crossTab && scope.crossTab->question == question;
    const auto total = [&] {
        return given ? scope.crossTab->total
                     : FrequencyTable::compute(survey, responses, question, scope.mask);
    };
    // The wording is asked first: it is free, while the table is one more pass over the
    // question's answers, which every other chart would pay on every question switch.
    if ((options.figure == ChartFigure::Auto || options.figure == ChartFigure::Nps) &&
        NpsQuestion::asksToRecommend(survey.questions[question])) {
        const FrequencyTable table = total();
        if (NpsQuestion::recognise(survey.questions[question], table)) {
            ChartSpec spec =
                fromFrequency(survey, table, options, scope.filterDescription, unfilteredBase);
            if (compared)
                spec.subtitle = nonEmpty({CoreText::tr("Compared by: %1")
                                              .arg(questionTitle(survey.questions[segment])),
                                          filterPart(scope.filterDescription)})
                                    .join(QStringLiteral(" · "));
            NpsChart::apply(spec, survey, responses, question, compared ? segment : -1, options,
                            scope.mask);
            spec.notes += ChartNotes::scope(survey, responses, question, options, scope.mask);
            return spec;
        }
    }
    if (segment >= 0 && segment < survey.questions.size() && segment != question &&
        isCategorical(survey.questions[segment].type) &&
        survey.questions[question].type != QuestionType::Text &&
        survey.questions[question].type != QuestionType::Date) {
        std::optional<CrossTab> computed;
        if (!given || scope.crossTab->segment != segment)
            computed = CrossTab::compute(survey, responses, question, segment, scope.mask);
        const CrossTab& crossTab = computed ? *computed : *scope.crossTab;
        ChartSpec spec =
            fromCrossTab(survey, crossTab, options, scope.filterDescription, unfilteredBase);
        if (options.figure != ChartFigure::Answers &&
            FigureChart::applies(options.figure, crossTab.total) && !crossTab.groups.isEmpty()) {
            FigureChart::apply(spec, survey, responses, crossTab, options, scope.mask);
            spec.notes += ChartNotes::scope(survey, responses, question, options, scope.mask);
            return spec;
        }
        if ((options.significance || options.intervals) && spec.kind == ChartKind::GroupedBars &&
            crossTab.total.type != QuestionType::Numeric)
            addGroupTests(spec, survey, responses, crossTab, options, scope.mask);
        spec.notes += ChartNotes::scope(survey, responses, question, options, scope.mask);
        return spec;
    }
    const FrequencyTable counted = total();
    // More options than fit: the most chosen and one "Other (N options)" bar.
    const FrequencyTable table =
        TopOptions::collapse(survey, responses, counted, scope.mask, options.maxBars);
    ChartSpec spec = fromFrequency(survey, table, options, scope.filterDescription, unfilteredBase);
    if (table.rows.size() != counted.rows.size()) {
        // The questionnaire's own "Other" is in the grouped bar whatever its size (TopOptions).
        const bool withOther =
            std::any_of(counted.rows.cbegin(), counted.rows.cend(),
                        [](const FrequencyRow& row) { return OtherOption::is(row.label); });
        spec.notes.append(
            ChartNotes::grouped(int(counted.rows.size() - table.rows.size() + 1), withOther));
    }
    if (options.intervals && spec.kind == ChartKind::HorizontalBars && spec.series.size() == 1) {
        const WeightSums base = EffectiveBase::ofQuestion(survey, responses, question, scope.mask);
        ChartSeries& series = spec.series.first();
        for (const QString& category : std::as_const(spec.categories)) {
            const FrequencyRow* row = rowLabelled(table, category);
            const Proportion ci =
                row ? ProportionInterval::compute(row->count, base) : Proportion{};
            series.intervalLow.append(row ? 100 * ci.low : 0.0);
            series.intervalHigh.append(row ? 100 * ci.high : 0.0);
        }
        spec.notes.append(CoreText::tr("Lines: 95% confidence intervals (Wilson)"));
        spec.valueAxisMax = niceAxisMax(std::max(maxValue(spec), maxInterval(spec)));
    }
    spec.notes += ChartNotes::scope(survey, responses, question, options, scope.mask);
    return spec;
}

void ChartSpecBuilder::addGroupTests(ChartSpec& spec, const Survey& survey,
                                     const ResponseMatrix& responses, const CrossTab& crossTab,
                                     const ChartOptions& options, const RespondentMask& mask) {
    const CrossTabInference inference =
        CrossTabInference::compute(survey, responses, crossTab, mask, options.tests);
    // fromCrossTab draws the groups somebody belongs to, in order: series k is group drawn[k].
    QList<int> drawn;
    for (int g = 0; g < crossTab.groups.size(); ++g)
        if (crossTab.groups[g].unweightedBase > 0)
            drawn.append(g);
    const GroupComparison& tests = inference.options;
    bool anyLetter = false;
    for (int k = 0; k < spec.series.size() && k < drawn.size(); ++k) {
        const int g = drawn[k];
        ChartSeries& series = spec.series[k];
        if (options.significance && tests.valid)
            series.name = tests.letters.value(g) + QStringLiteral(" · ") + series.name;
        const WeightSums base = size_t(g) < inference.answered.groups.size()
                                    ? inference.answered.groups[size_t(g)]
                                    : WeightSums{};
        for (const QString& category : std::as_const(spec.categories)) {
            const int row = rowIndexLabelled(crossTab.total, category);
            if (options.significance && tests.valid) {
                // Letters of the groups beaten, or ▲▼ against the rest (--vs-rest).
                const QString letters = tests.mark(row, g);
                anyLetter = anyLetter || !letters.isEmpty();
                series.letters.append(letters);
            }
            if (options.intervals) {
                const FrequencyTable& t = crossTab.groups[g];
                const double count = row >= 0 && row < t.rows.size() ? t.rows[row].count : 0.0;
                const Proportion ci = ProportionInterval::compute(count, base);
                series.intervalLow.append(100 * ci.low);
                series.intervalHigh.append(100 * ci.high);
            }
        }
    }
    if (options.significance && tests.valid)
        // In the chart's language, like every other note (translate("sondo", …)).
        spec.notes.append(
            ChartNotes::groupTests(options.tests, tests, drawn, anyLetter, options.locale));
    if (options.intervals) {
        spec.notes.append(CoreText::tr("Lines: 95% confidence intervals (Wilson)"));
        spec.valueAxisMax = niceAxisMax(std::max(maxValue(spec), maxInterval(spec)));
    }
}

ChartSpec ChartSpecBuilder::fromFrequency(const Survey& survey, const FrequencyTable& table,
                                          const ChartOptions& options,
                                          const QString& filterDescription, qint64 unfilteredBase) {
    ChartSpec spec =
        startSpec(survey, table.question, options, nonEmpty({filterPart(filterDescription)}));
    spec.footer = baseText(table, unfilteredBase, options);
    const QLocale& locale = options.locale;
    const bool known = table.question >= 0 && table.question < survey.questions.size();

    switch (table.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::Text: {
        const QList<int> order =
            rowOrder(table.rows, options.sortByFrequency && table.type != QuestionType::Text);
        QList<double> percents;
        QList<double> counts;
        for (int i : order) {
            if (table.type == QuestionType::Text && spec.categories.size() >= kMaxTextRows)
                break;
            spec.categories.append(table.rows[i].label);
            percents.append(table.rows[i].percent);
            counts.append(table.rows[i].count);
        }
        spec.series.append(makeSeries(QString(), percents, counts, options));
        if (table.type == QuestionType::Multiple)
            spec.notes.append(ChartNotes::multipleAnswers());
        spec.notes += ChartNotes::nets(table, options);
        if (table.type == QuestionType::Text && table.rows.size() > kMaxTextRows)
            spec.notes.append(
                CoreText::tr("Open answers: the %1 most frequent of %2 different answers")
                    .arg(locale.toString(kMaxTextRows),
                         locale.toString(qint64(table.rows.size()))));
        break;
    }
    case QuestionType::Likert: {
        QStringList labels;
        for (const FrequencyRow& row : table.rows)
            labels.append(row.label);
        if (options.divergingLikert && known) {
            spec.kind = ChartKind::DivergingStacked;
            spec.showLegend = true;
            // One bar: it needs no label, the legend names the options.
            spec.categories.append(QString());
            StackedSeries::fill(spec, survey.questions[table.question], labels, {&table}, options);
        } else {
            QList<double> percents;
            QList<double> counts;
            for (const FrequencyRow& row : table.rows) {
                percents.append(row.percent);
                counts.append(row.count);
            }
            spec.categories = labels;
            spec.series.append(makeSeries(QString(), percents, counts, options));
        }
        spec.notes += ChartNotes::likert(table, options);
        spec.notes += ChartNotes::nets(table, options);
        break;
    }
    case QuestionType::Numeric: {
        spec.kind = ChartKind::Histogram;
        const QList<double> edges = HistogramBins::edgesOf(table);
        if (edges.size() < 2)
            break;
        HistogramBins::label(spec, edges, locale);
        QList<double> counts;
        HistogramBins::count(table, edges, counts);
        QList<double> percents;
        for (double c : counts)
            percents.append(table.base > 0 ? 100.0 * c / table.base : 0.0);
        spec.series.append(makeSeries(QString(), percents, counts, options));
        HistogramBins::addSummaryNote(spec, table, locale);
        HistogramBins::addOutsideNote(spec, table, edges, locale);
        break;
    }
    case QuestionType::Date:
    case QuestionType::Identifier:
        spec.notes.append(CoreText::tr("No chart for this type of question"));
        return spec;
    }
    if (spec.kind != ChartKind::DivergingStacked)
        spec.valueAxisMax = niceAxisMax(maxValue(spec));
    if (table.unweightedBase == 0)
        spec.notes.prepend(CoreText::tr("Nobody in this selection answered the question"));
    ChartNotes::markLowBase(spec, table.unweightedBase, options);
    return spec;
}

ChartSpec ChartSpecBuilder::fromCrossTab(const Survey& survey, const CrossTab& crossTab,
                                         const ChartOptions& options,
                                         const QString& filterDescription, qint64 unfilteredBase) {
    const bool known = crossTab.question >= 0 && crossTab.question < survey.questions.size() &&
                       crossTab.segment >= 0 && crossTab.segment < survey.questions.size();
    if (!known || crossTab.groups.isEmpty())
        return fromFrequency(survey, crossTab.total, options, filterDescription, unfilteredBase);
    const Question& q = survey.questions[crossTab.question];
    const Question& segment = survey.questions[crossTab.segment];
    const QString by = CoreText::tr("Compared by: %1").arg(questionTitle(segment));
    ChartSpec spec = startSpec(survey, crossTab.question, options,
                               nonEmpty({by, filterPart(filterDescription)}));
    spec.footer = baseText(crossTab.total, unfilteredBase, options);
    spec.showLegend = true;
    const QLocale& locale = options.locale;

    // Segments nobody in the filter belongs to would be empty bars with 0% everywhere.
    QList<int> groups;
    for (int g = 0; g < crossTab.groups.size(); ++g)
        if (crossTab.groups[g].unweightedBase > 0)
            groups.append(g);
    auto groupName = [&](int g) {
        return ChartNotes::groupName(crossTab.groupLabels.value(g),
                                     crossTab.groups[g].unweightedBase, options);
    };

    switch (crossTab.total.type) {
    case QuestionType::Likert: {
        spec.kind =
            options.divergingLikert ? ChartKind::DivergingStacked : ChartKind::StackedPercentBars;
        QList<const FrequencyTable*> bars;
        for (int g : groups) {
            spec.categories.append(groupName(g));
            bars.append(&crossTab.groups[g]);
        }
        spec.categories.append(
            CoreText::tr("Total (n = %1)").arg(locale.toString(crossTab.total.unweightedBase)));
        bars.append(&crossTab.total);
        QStringList labels;
        for (const FrequencyRow& row : crossTab.total.rows)
            labels.append(row.label);
        StackedSeries::fill(spec, q, labels, bars, options);
        spec.notes += ChartNotes::likert(crossTab.total, options);
        break;
    }
    case QuestionType::Numeric: {
        spec.kind = ChartKind::GroupedBars;
        const QList<double> edges = HistogramBins::edgesOf(crossTab.total);
        if (edges.size() < 2)
            break;
        HistogramBins::label(spec, edges, locale);
        spec.binEdgeLabels.clear();
        for (int g : groups) {
            QList<double> counts;
            HistogramBins::count(crossTab.groups[g], edges, counts);
            QList<double> percents;
            const double base = crossTab.groups[g].base;
            for (double c : counts)
                percents.append(base > 0 ? 100.0 * c / base : 0.0);
            spec.series.append(makeSeries(groupName(g), percents, counts, options));
            markGroupBase(spec.series.last(), crossTab.groups[g].unweightedBase, options);
        }
        HistogramBins::addSummaryNote(spec, crossTab.total, locale);
        HistogramBins::addOutsideNote(spec, crossTab.total, edges, locale);
        break;
    }
    default: {
        spec.kind = ChartKind::GroupedBars;
        const QList<int> order = rowOrder(crossTab.total.rows, options.sortByFrequency);
        for (int i : order)
            spec.categories.append(crossTab.total.rows[i].label);
        for (int g : groups) {
            const FrequencyTable& t = crossTab.groups[g];
            QList<double> percents;
            QList<double> counts;
            for (int i : order) {
                percents.append(i < t.rows.size() ? t.rows[i].percent : 0.0);
                counts.append(i < t.rows.size() ? t.rows[i].count : 0.0);
            }
            spec.series.append(makeSeries(groupName(g), percents, counts, options));
            markGroupBase(spec.series.last(), crossTab.groups[g].unweightedBase, options);
        }
        if (crossTab.total.type == QuestionType::Multiple)
            spec.notes.append(ChartNotes::multipleAnswers());
        break;
    }
    }
    const QString chi =
        ChartNotes::chiSquare(crossTab.chiSquare, locale, CramersV::compute(crossTab));
    if (!chi.isEmpty())
        spec.notes.append(chi);
    if (spec.kind == ChartKind::GroupedBars)
        spec.valueAxisMax = niceAxisMax(maxValue(spec));
    if (crossTab.total.unweightedBase == 0)
        spec.notes.prepend(CoreText::tr("Nobody in this selection answered the question"));
    ChartNotes::markLowBase(spec, crossTab.total.unweightedBase, options);
    return spec;
}

} // namespace sondo
