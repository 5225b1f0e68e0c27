#include "export/ReportContentBuilder.h"

#include "base/CoreText.h"
#include "chart/ChartSpecBuilder.h"
#include "chart/GridChartSpecBuilder.h"
#include "findings/KeyFindings.h"
#include "stats/CrossTab.h"
#include "stats/CrossTabInference.h"
#include "stats/FrequencyTable.h"
#include "stats/MarginOfError.h"
#include "stats/SignificanceNote.h"
#include "stats/WeightSums.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

/** Open-text answers are many and each rare: the report lists the most frequent ones. */
constexpr int kTextRows = 10;

bool inMask(const RespondentMask& mask, int respondent) {
    return mask.empty() || (size_t(respondent) < mask.size() && mask[size_t(respondent)] != 0);
}

class Formatter {
public:
    Formatter(QLocale locale, bool weighted)
        : m_locale(std::move(locale))
        , m_weighted(weighted) {}

    /** A count: whole for unweighted data, one decimal when weighted (189,6). */
    QString count(double value) const { return m_locale.toString(value, 'f', m_weighted ? 1 : 0); }
    /** Percentages with one decimal, as `freq` prints them, in the report's locale. */
    QString percent(double value) const {
        return std::isfinite(value) ? m_locale.toString(value, 'f', 1) + QStringLiteral("%")
                                    : QStringLiteral("–");
    }
    QString number(double value, int decimals = 2) const {
        return std::isfinite(value) ? m_locale.toString(value, 'f', decimals) : QStringLiteral("–");
    }
    const QLocale& locale() const { return m_locale; }

private:
    QLocale m_locale;
    bool m_weighted;
};

/** Mean, median and range: a numeric question's distinct values would make a long table. */
ReportTable numericTable(const FrequencyTable& table, const Formatter& format) {
    ReportTable out;
    out.header = {QString(), CoreText::tr("Value")};
    if (table.summary) {
        const NumericSummary& s = *table.summary;
        out.rows.append({CoreText::tr("Mean"), format.number(s.mean)});
        out.rows.append({CoreText::tr("Median"), format.number(s.median)});
        out.rows.append({CoreText::tr("Standard deviation"), format.number(s.sd)});
        out.rows.append({CoreText::tr("Minimum"), format.number(s.min)});
        out.rows.append({CoreText::tr("Maximum"), format.number(s.max)});
    }
    out.baseRow = {CoreText::tr("Base"), format.count(table.base)};
    return out;
}

ReportTable frequencyTable(const FrequencyTable& table, const Formatter& format) {
    if (table.type == QuestionType::Numeric)
        return numericTable(table, format);
    ReportTable out;
    out.header = {CoreText::tr("Answer"), CoreText::tr("Count"), CoreText::tr("Percent")};
    const bool text = table.type == QuestionType::Text;
    const int shown = text ? qMin(kTextRows, int(table.rows.size())) : int(table.rows.size());
    for (int r = 0; r < shown; ++r) {
        const FrequencyRow& row = table.rows[r];
        out.rows.append({row.label, format.count(row.count), format.percent(row.percent)});
    }
    out.baseRow = {CoreText::tr("Base"), format.count(table.base), QString()};
    if (shown < table.rows.size())
        out.note = CoreText::tr("The %1 most frequent of %2 different answers.")
                       .arg(shown)
                       .arg(table.rows.size());
    if (table.type == QuestionType::Multiple)
        out.note =
            CoreText::tr("Several answers allowed: percentages may add up to more than 100%.");
    return out;
}

ReportTable crossTable(const Survey& survey, const ResponseMatrix& responses, int question,
                       int segment, const RespondentMask& mask,
                       const SignificanceOptions& significance, const Formatter& format) {
    const CrossTab crossTab = CrossTab::compute(survey, responses, question, segment, mask);
    const CrossTabInference inference =
        CrossTabInference::compute(survey, responses, crossTab, mask, significance);
    const GroupComparison& tests = inference.options;
    ReportTable out;
    out.header.append(CoreText::tr("Answer"));
    for (int g = 0; g < crossTab.groupLabels.size(); ++g)
        out.header.append(tests.valid ? QStringLiteral("%1 (%2)").arg(crossTab.groupLabels[g],
                                                                      tests.letters.value(g))
                                      : crossTab.groupLabels[g]);
    out.header.append(CoreText::tr("Total"));
    const FrequencyTable& total = crossTab.total;
    // A numeric question's distinct values would make a long table: its means say it.
    const int shown = total.type == QuestionType::Numeric ? 0
                      : total.type == QuestionType::Text  ? qMin(kTextRows, int(total.rows.size()))
                                                          : int(total.rows.size());
    for (int r = 0; r < shown; ++r) {
        QStringList row{total.rows[r].label};
        for (int g = 0; g < crossTab.groups.size(); ++g) {
            const FrequencyTable& group = crossTab.groups[g];
            QString cell = format.percent(r < group.rows.size() ? group.rows[r].percent : NAN);
            if (tests.valid)
                if (const QString mark = tests.mark(r, g); !mark.isEmpty())
                    cell += QLatin1Char(' ') + mark;
            row.append(cell);
        }
        row.append(format.percent(total.rows[r].percent));
        out.rows.append(row);
    }
    if (inference.means.valid) {
        QStringList row{CoreText::tr("Mean")};
        for (int g = 0; g < crossTab.groups.size(); ++g) {
            const FrequencyTable& group = crossTab.groups[g];
            QString cell = format.number(group.summary ? group.summary->mean : NAN);
            if (const QString mark = inference.means.mark(0, g); !mark.isEmpty())
                cell += QLatin1Char(' ') + mark;
            row.append(cell);
        }
        row.append(format.number(total.summary ? total.summary->mean : NAN));
        out.rows.append(row);
    }
    out.baseRow.append(CoreText::tr("Base"));
    for (const FrequencyTable& group : crossTab.groups)
        out.baseRow.append(format.count(group.base));
    out.baseRow.append(format.count(total.base));
    if (tests.valid) {
        QStringList untested;
        for (int g = 0; g < crossTab.groups.size(); ++g)
            if (!tests.tested[size_t(g)])
                untested << tests.letters.value(g);
        out.note = SignificanceNote::explain(significance, inference.means.valid);
        if (!untested.isEmpty())
            out.note += QLatin1Char(' ') + SignificanceNote::untested(significance, untested);
    }
    return out;
}

/** Items down, options across, percent of each item's base: as `freq G… ` prints it. */
ReportTable groupTable(const Survey& survey, const ResponseMatrix& responses, int group,
                       const RespondentMask& mask, const Formatter& format) {
    const QuestionGroup& g = survey.groups[group];
    ReportTable out;
    out.header.append(QString());
    out.header.append(g.options);
    out.header.append(CoreText::tr("Base"));
    for (int item : survey.groupItems(group)) {
        const FrequencyTable table = FrequencyTable::compute(survey, responses, item, mask);
        QStringList row{GridChartSpecBuilder::itemLabel(g.text, survey.questions[item].text)};
        for (int o = 0; o < g.options.size(); ++o)
            row.append(format.percent(o < table.rows.size() ? table.rows[o].percent : NAN));
        row.append(format.count(table.base));
        out.rows.append(row);
    }
    out.note = CoreText::tr("Percent of each item's base.");
    return out;
}

/** "12 marzo – 3 aprile 2021" from the first date or timestamp column, when the data has one. */
QString fieldwork(const Survey& survey, const ResponseMatrix& responses, const RespondentMask& mask,
                  const QLocale& locale) {
    for (int q = 0; q < survey.questions.size(); ++q) {
        if (survey.questions[q].type != QuestionType::Date)
            continue;
        // The first and last date only: a frequency table of a million timestamps would label
        // every distinct one.
        const std::vector<double>& values = responses.columns[size_t(q)].values;
        double low = std::numeric_limits<double>::infinity();
        double high = -low;
        for (size_t r = 0; r < values.size(); ++r) {
            if ((!mask.empty() && (r >= mask.size() || !mask[r])) || !std::isfinite(values[r]))
                continue;
            low = std::min(low, values[r]);
            high = std::max(high, values[r]);
        }
        if (!std::isfinite(low))
            continue;
        const auto date = [&](double ms) {
            return locale.toString(
                QDateTime::fromMSecsSinceEpoch(qint64(ms), QTimeZone::utc()).date(),
                QStringLiteral("d MMMM yyyy"));
        };
        const QString first = date(low);
        const QString last = date(high);
        return first == last ? first : QStringLiteral("%1 – %2").arg(first, last);
    }
    return {};
}

} // namespace

QLocale ReportContentBuilder::locale(FindingLanguage language) {
    return language == FindingLanguage::Italian ? QLocale(QLocale::Italian, QLocale::Italy)
                                                : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

ReportContent ReportContentBuilder::build(const Survey& survey, const ResponseMatrix& responses,
                                          const ReportRequest& request) {
    const QLocale numbers = locale(request.language);
    const Formatter format(numbers, request.weighted);
    ReportContent content;
    content.language =
        request.language == FindingLanguage::Italian ? QStringLiteral("it") : QStringLiteral("en");
    content.surveyName = survey.title;
    content.contentsTitle = CoreText::tr("Contents");
    content.methodTitle = CoreText::tr("Method");
    content.pageLabel = CoreText::tr("Page %1 of %2");
    content.continuedLabel = CoreText::tr("%1 (continued)");
    content.title = request.title.isEmpty() ? survey.title : request.title;
    if (content.title.isEmpty())
        content.title = CoreText::tr("Survey report");

    // The sample: respondents kept by the filter and the weights of those who are.
    WeightSums sample;
    for (int r = 0; r < responses.respondentCount; ++r)
        if (inMask(request.mask, r))
            sample.add(size_t(r) < responses.weights.size() ? responses.weights[size_t(r)] : 1.0);

    const QString dates = fieldwork(survey, responses, request.mask, numbers);
    if (!dates.isEmpty())
        content.facts.append(CoreText::tr("Fieldwork: %1").arg(dates));
    content.facts.append(CoreText::tr("Respondents: %1").arg(numbers.toString(sample.n)));
    content.facts.append(CoreText::tr("Filter: %1")
                             .arg(request.filterText.isEmpty()
                                      ? CoreText::tr("none (every respondent)")
                                      : request.filterText));
    content.facts.append(request.weighted
                             ? CoreText::tr("Weighting: weighted (effective base %1)")
                                   .arg(numbers.toString(sample.effectiveBase(), 'f', 0))
                             : CoreText::tr("Weighting: none"));
    if (request.segment >= 0)
        content.facts.append(
            CoreText::tr("Compared by: %1 · %2")
                .arg(survey.questions[request.segment].id, survey.questions[request.segment].text));
    if (!request.source.isEmpty())
        content.facts.append(CoreText::tr("Source: %1").arg(request.source));

    content.method.append(
        CoreText::tr("Percentages are of each question's base: the respondents who answered it. "
                     "Blank answers are left out, so bases differ from question to question."));
    const double moe =
        MarginOfError::points(request.weighted ? sample.effectiveBase() : double(sample.n));
    if (std::isfinite(moe))
        content.method.append(
            CoreText::tr("With %1 respondents the margin of error of a percentage is at most "
                         "±%2 points (95% confidence); it is larger for smaller bases.")
                .arg(numbers.toString(sample.n), numbers.toString(moe, 'f', 1)));
    if (request.segment >= 0)
        content.method.append(CoreText::tr("Compared by %1: each group has a letter.")
                                  .arg(survey.questions[request.segment].id) +
                              QLatin1Char(' ') +
                              SignificanceNote::explain(request.significance, true));
    if (request.weighted)
        content.method.append(CoreText::tr("Counts are weighted; tests use the effective base."));

    QList<ReportItem> items = request.items;
    if (items.isEmpty())
        for (int q = 0; q < survey.questions.size(); ++q)
            // Dates and ids have no chart: the fieldwork line says the dates.
            if (ChartSpecBuilder::drawnWithAll(survey.questions[q]) && q != request.segment)
                items.append({false, q});

    ChartOptions chartOptions;
    chartOptions.locale = numbers;
    chartOptions.sourceNote = request.source;
    // The section's heading already says the question.
    chartOptions.showTitle = false;
    chartOptions.weighted = request.weighted;
    chartOptions.significance = request.segment >= 0;
    chartOptions.tests = request.significance;
    request.bases.applyTo(chartOptions);
    ChartScope scope;
    scope.mask = request.mask;
    scope.filterDescription = request.filterText;

    for (const ReportItem& item : items) {
        ReportSection section;
        if (item.group) {
            const QuestionGroup& group = survey.groups[item.index];
            section.id = group.id;
            section.heading = QStringLiteral("%1 · %2").arg(group.id, group.text);
            // A group's grid is not compared by a segment yet (as `sondo chart G3`): its total.
            scope.segment = -1;
            section.chart =
                GridChartSpecBuilder::build(survey, responses, item.index, chartOptions, scope);
            section.table = groupTable(survey, responses, item.index, request.mask, format);
        } else {
            const Question& question = survey.questions[item.index];
            section.id = question.id;
            section.heading = QStringLiteral("%1 · %2").arg(question.id, question.text);
            scope.segment = request.segment;
            section.chart =
                ChartSpecBuilder::build(survey, responses, item.index, chartOptions, scope);
            section.findings = KeyFindings::of(survey, responses, item.index, request.language,
                                               request.mask, request.segment, request.significance);
            section.table = request.segment >= 0
                                ? crossTable(survey, responses, item.index, request.segment,
                                             request.mask, request.significance, format)
                                : frequencyTable(FrequencyTable::compute(survey, responses,
                                                                         item.index, request.mask),
                                                 format);
        }
        section.chart.showTitle = false;
        content.sections.append(std::move(section));
    }
    return content;
}

} // namespace sondo
