#include "GroupReport.h"

#include "Commands.h"

#include "CliCommand.h"
#include "CliText.h"
#include "FrequencyReport.h"

#include "CliArguments.h"

#include "chart/GridChartSpecBuilder.h"
#include "stats/CrossTab.h"
#include "stats/GridBySegment.h"
#include "stats/LargestRemainder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sondo::GroupReport {

namespace {

QString countText(double count) {
    return count == std::floor(count) ? QString::number(qint64(count))
                                      : QString::number(count, 'f', 2);
}

QString fitted(const QString& label, int width) {
    return label.size() > width ? label.left(width - 1) + QChar(0x2026)
                                : label.leftJustified(width);
}

/** Percent strings with one decimal, as `freq Qn` prints them (single choice sums to 100.0). */
QStringList displayedPercents(const FrequencyTable& table) {
    std::vector<double> percents;
    for (const FrequencyRow& row : table.rows)
        percents.push_back(std::isfinite(row.percent) ? row.percent : 0.0);
    QStringList out;
    const bool exclusive = table.type == QuestionType::Single || table.type == QuestionType::Likert;
    if (exclusive && table.base > 0) {
        for (int t : LargestRemainder::round(percents, 1))
            out.append(QString::number(t / 10.0, 'f', 1) + QLatin1Char('%'));
    } else {
        for (double p : percents)
            out.append(QString::number(p, 'f', 1) + QLatin1Char('%'));
    }
    return out;
}

/** "Q5 Speed": each item's id and its words under the group's stem. */
QStringList itemLabels(const Survey& survey, const QuestionGroup& g, const QList<int>& questions) {
    QStringList labels;
    for (const int question : questions) {
        const Question& q = survey.questions[question];
        labels.append(
            QStringLiteral("%1 %2").arg(q.id, GridChartSpecBuilder::itemLabel(g.text, q.text)));
    }
    return labels;
}

/** The width of the item column: the longest label, at least 12 and at most 40 characters. */
int labelWidth(const QStringList& labels) {
    qsizetype width = 12;
    for (const QString& label : labels)
        width = std::max(width, label.size());
    return int(std::min<qsizetype>(width, 40));
}

} // namespace

QList<FrequencyTable> compute(const Survey& survey, const ResponseMatrix& responses, int group,
                              const RespondentMask& mask) {
    QList<FrequencyTable> tables;
    for (const int q : survey.groupItems(group))
        tables.append(FrequencyTable::compute(survey, responses, q, mask));
    return tables;
}

QJsonObject toJson(const Survey& survey, const ResponseMatrix& responses, int group,
                   const QList<FrequencyTable>& items, const RespondentMask& mask) {
    const QuestionGroup& g = survey.groups[group];
    QJsonArray itemsJson;
    qint64 respondents = 0;
    for (const FrequencyTable& table : items) {
        // The item's own `freq Qn --json` object, so that its figures cannot drift from it.
        const QJsonObject full = FrequencyReport::toJson(
            survey, table, FrequencyInference::compute(survey, responses, table, mask));
        QJsonObject item;
        for (const char* key : {"question", "text", "type", "base", "missing", "options", "stats"})
            item.insert(QLatin1String(key), full.value(QLatin1String(key)));
        itemsJson.append(item);
        respondents = table.respondents;
    }
    return {{QStringLiteral("group"), g.id},
            {QStringLiteral("text"), g.text},
            {QStringLiteral("kind"), questionGroupKindName(g.kind)},
            {QStringLiteral("respondents"), respondents},
            {QStringLiteral("options"), QJsonArray::fromStringList(g.options)},
            {QStringLiteral("items"), itemsJson}};
}

QString toText(const Survey& survey, int group, const QList<FrequencyTable>& items,
               const QString& filter) {
    const QuestionGroup& g = survey.groups[group];
    QString text = QStringLiteral("%1 · %2 (%3, %4)\n")
                       .arg(g.id, g.text, questionGroupKindName(g.kind),
                            CliText::tr("%n items", nullptr, int(items.size())));
    if (!filter.isEmpty())
        text += CliText::tr("Filter: %1").arg(filter) + QLatin1Char('\n');
    text += CliText::tr("Respondents: %1").arg(items.isEmpty() ? 0 : items.first().respondents) +
            QLatin1Char('\n');
    if (g.kind == QuestionGroup::Kind::Multiple)
        text += CliText::tr("Several answers possible: percentages of respondents who answered.") +
                QLatin1Char('\n');
    text += QLatin1Char('\n');

    QList<int> questions;
    for (const FrequencyTable& table : items)
        questions.append(table.question);
    const QStringList labels = itemLabels(survey, g, questions);
    const int itemWidth = labelWidth(labels);
    auto columnWidth = [](const QString& option) {
        return int(std::clamp<qsizetype>(option.size(), 7, 14));
    };
    bool hasMean = false, hasTop2 = false;
    for (const FrequencyTable& table : items) {
        hasMean = hasMean || (table.type == QuestionType::Likert && table.summary);
        hasTop2 = hasTop2 || table.topTwoBox.has_value();
    }

    text += QStringLiteral("  ") + fitted(CliText::tr("Item"), itemWidth);
    for (const QString& option : g.options)
        text += QLatin1Char(' ') +
                fitted(option, columnWidth(option)).rightJustified(columnWidth(option));
    text += QLatin1Char(' ') + CliText::tr("Base").rightJustified(9);
    if (hasMean)
        text += QLatin1Char(' ') + CliText::tr("Mean").rightJustified(6);
    if (hasTop2)
        text += QLatin1Char(' ') + CliText::tr("Top-2").rightJustified(6);
    text += QLatin1Char('\n');
    for (int i = 0; i < items.size(); ++i) {
        const FrequencyTable& table = items[i];
        const QStringList percents = displayedPercents(table);
        text += QStringLiteral("  ") + fitted(labels[i], itemWidth);
        // By label: an item read apart from the others may have its options in another order,
        // or lack one that nobody chose.
        for (const QString& option : g.options) {
            const qsizetype o =
                std::find_if(table.rows.begin(), table.rows.end(),
                             [&](const FrequencyRow& row) { return row.label == option; }) -
                table.rows.begin();
            text += QLatin1Char(' ') +
                    percents.value(o, QStringLiteral("0.0%")).rightJustified(columnWidth(option));
        }
        text += QLatin1Char(' ') + countText(table.base).rightJustified(9);
        if (hasMean)
            text += QLatin1Char(' ') + (table.summary && table.summary->n > 0
                                            ? QString::number(table.summary->mean, 'f', 2)
                                            : QStringLiteral("–"))
                                           .rightJustified(6);
        if (hasTop2)
            text += QLatin1Char(' ') +
                    (table.topTwoBox ? QString::number(*table.topTwoBox, 'f', 1) + QLatin1Char('%')
                                     : QStringLiteral("–"))
                        .rightJustified(6);
        text += QLatin1Char('\n');
    }
    return text;
}

QJsonObject toJson(const Survey& survey, const GridBySegment& table) {
    const QuestionGroup& g = survey.groups[table.group];
    const Question& segment = survey.questions[table.segment];
    const auto number = [](double value) {
        return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray items;
    for (const GridBySegment::Item& item : table.items) {
        QJsonArray groups;
        for (qsizetype k = 0; k < table.groupLabels.size(); ++k)
            groups.append(QJsonObject{{QStringLiteral("label"), table.groupLabels[k]},
                                      {QStringLiteral("base"), item.bases.value(k)},
                                      {QStringLiteral("percent"), number(item.percents.value(k))}});
        const ChiSquareResult& chi = item.chiSquare;
        items.append(QJsonObject{
            {QStringLiteral("question"), survey.questions[item.question].id},
            {QStringLiteral("text"), survey.questions[item.question].text},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("total"),
             QJsonObject{{QStringLiteral("base"), item.totalBase},
                         {QStringLiteral("percent"), number(item.totalPercent)}}},
            {QStringLiteral("chi_square"),
             chi.valid ? QJsonValue(QJsonObject{{QStringLiteral("statistic"), chi.statistic},
                                                {QStringLiteral("df"), chi.df},
                                                {QStringLiteral("p"), chi.p},
                                                {QStringLiteral("low_expected"), chi.lowExpected}})
                       : QJsonValue(QJsonValue::Null)}});
    }
    QJsonObject json{{QStringLiteral("group"), g.id},
                     {QStringLiteral("text"), g.text},
                     {QStringLiteral("kind"), questionGroupKindName(g.kind)},
                     {QStringLiteral("by"), QJsonObject{{QStringLiteral("question"), segment.id},
                                                        {QStringLiteral("text"), segment.text}}},
                     {QStringLiteral("figure"), table.figure == GridBySegment::Figure::TopTwoBox
                                                    ? QStringLiteral("top2")
                                                    : QStringLiteral("option")},
                     {QStringLiteral("items"), items}};
    if (table.figure == GridBySegment::Figure::FirstOption)
        json.insert(QStringLiteral("option"), table.option);
    return json;
}

QString toText(const Survey& survey, const GridBySegment& table, const QString& filter) {
    const QuestionGroup& g = survey.groups[table.group];
    const Question& segment = survey.questions[table.segment];
    QString text = QStringLiteral("%1 · %2 (%3, %4)\n")
                       .arg(g.id, g.text, questionGroupKindName(g.kind),
                            CliText::tr("%n items", nullptr, int(table.items.size())));
    if (!filter.isEmpty())
        text += CliText::tr("Filter: %1").arg(filter) + QLatin1Char('\n');
    text += CliText::tr("By: %1 · %2").arg(segment.id, segment.text) + QLatin1Char('\n');
    text += (table.figure == GridBySegment::Figure::TopTwoBox
                 ? CliText::tr("Top-2-box of each group (percent of those who took a side)")
                 : CliText::tr("Percent choosing \u201c%1\u201d in each group").arg(table.option)) +
            QStringLiteral("\n\n");
    QList<int> questions;
    for (const GridBySegment::Item& item : table.items)
        questions.append(item.question);
    const QStringList labels = itemLabels(survey, g, questions);
    const int itemWidth = labelWidth(labels);
    auto percentText = [](double p) {
        return std::isfinite(p) ? QString::number(p, 'f', 1) + QLatin1Char('%')
                                : QStringLiteral("\u2013");
    };
    text += QStringLiteral("  ") + fitted(CliText::tr("Item"), itemWidth);
    for (const QString& label : table.groupLabels)
        text += QLatin1Char(' ') + fitted(label, 12).trimmed().rightJustified(12);
    text += QLatin1Char(' ') + CliText::tr("Total").rightJustified(8) + QLatin1Char(' ') +
            CliText::tr("Chi-sq. p").rightJustified(10) + QLatin1Char('\n');
    for (qsizetype i = 0; i < table.items.size(); ++i) {
        const GridBySegment::Item& item = table.items[i];
        text += QStringLiteral("  ") + fitted(labels[i], itemWidth);
        for (qsizetype k = 0; k < table.groupLabels.size(); ++k)
            text += QLatin1Char(' ') + percentText(item.percents.value(k)).rightJustified(12);
        text += QLatin1Char(' ') + percentText(item.totalPercent).rightJustified(8);
        text += QLatin1Char(' ') +
                (item.chiSquare.valid ? QString::number(item.chiSquare.p, 'g', 3)
                                      : QStringLiteral("\u2013"))
                    .rightJustified(10) +
                QLatin1Char('\n');
    }
    return text;
}

std::optional<int> runFreq(CliCommand& command) {
    const QStringList positional = command.positional();
    const QString key = positional.value(1).trimmed();
    static const QRegularExpression groupId(QStringLiteral("^[Gg][0-9]+$"));
    if (!groupId.match(key).hasMatch())
        return std::nullopt;
    const QString by = command.parser().value(QStringLiteral("by"));
    const bool hasBy = command.parser().isSet(QStringLiteral("by"));

    // The answers of the group's items, or of the question KEY names when there is no group.
    const auto scope =
        command.open(positional.constFirst(), withGroupItems(command.answersNamed({key, by}), key));
    if (!scope)
        return command.exitCode();
    const Survey& survey = scope->project.survey;
    const ResponseMatrix& responses = scope->project.responses;
    const bool json = command.parser().isSet(QStringLiteral("json"));
    const int group = survey.findGroup(key);

    if (group >= 0) {
        if (hasBy) {
            const auto segment = CliArguments::segment(survey, by);
            if (!segment.ok())
                return command.usageError(segment.error().message);
            const GridBySegment table =
                GridBySegment::compute(survey, responses, group, segment.value(), scope->mask);
            if (json)
                command.out() << QJsonDocument(toJson(survey, table)).toJson();
            else
                command.out() << toText(survey, table, scope->filterText);
            command.out().flush();
            return int(ExitOk);
        }
        const QList<FrequencyTable> items = compute(survey, responses, group, scope->mask);
        if (json)
            command.out()
                << QJsonDocument(toJson(survey, responses, group, items, scope->mask)).toJson();
        else
            command.out() << toText(survey, group, items, scope->filterText);
        command.out().flush();
        return int(ExitOk);
    }

    // No such group: KEY is a question's code or text, counted as `freq` always did.
    const auto question = command.question(survey, key);
    if (!question)
        return command.exitCode();
    return printQuestionTable(command, *scope, *question);
}

ProjectService::AnswersNeeded withGroupItems(ProjectService::AnswersNeeded needed,
                                             const QString& key) {
    return [needed = std::move(needed), key](const Survey& survey) {
        std::vector<bool> flags = needed(survey);
        flags.resize(size_t(survey.questions.size()), false);
        for (const int q : survey.groupItems(survey.findGroup(key)))
            flags[size_t(q)] = true;
        return flags;
    };
}

int exportChart(CliCommand& command, const Survey& survey, const ResponseMatrix& responses,
                int group, const ChartOptions& options, const ChartScope& scope,
                const QString& path, ExportFormat format, const ExportOptions& exportOptions) {
    const ChartSpec spec =
        scope.segment >= 0
            ? GridChartSpecBuilder::bySegment(survey, responses, group, options, scope)
            : GridChartSpecBuilder::build(survey, responses, group, options, scope);
    if (spec.isEmpty())
        return command.usageError(
            CliText::tr("%1 has no answers to chart").arg(survey.groups[group].id));
    const auto written = ChartExporter::exportChart(spec, path, format, exportOptions);
    if (!written.ok())
        return command.inputError(written.error());
    command.out() << path << Qt::endl;
    return ExitOk;
}

} // namespace sondo::GroupReport
