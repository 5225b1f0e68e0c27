#include "FrequencyReport.h"

#include "CliText.h"

#include "stats/LargestRemainder.h"

#include <QJsonArray>
#include <cmath>

namespace sondo::FrequencyReport {

namespace {

QJsonValue number(double value) {
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray optionsJson(const FrequencyTable& table) {
    QJsonArray options;
    for (const FrequencyRow& row : table.rows)
        options.append(QJsonObject{{QStringLiteral("label"), row.label},
                                   {QStringLiteral("count"), row.count},
                                   {QStringLiteral("percent"), number(row.percent)}});
    return options;
}

QJsonObject statsJson(const FrequencyTable& table) {
    QJsonObject stats;
    if (table.summary) {
        const NumericSummary& s = *table.summary;
        stats.insert(QStringLiteral("n"), s.n);
        stats.insert(QStringLiteral("mean"), number(s.mean));
        stats.insert(QStringLiteral("median"), number(s.median));
        stats.insert(QStringLiteral("sd"), number(s.sd));
        stats.insert(QStringLiteral("min"), number(s.min));
        stats.insert(QStringLiteral("max"), number(s.max));
        stats.insert(QStringLiteral("q1"), number(s.q1));
        stats.insert(QStringLiteral("q3"), number(s.q3));
    }
    if (table.topTwoBox)
        stats.insert(QStringLiteral("top2"), number(*table.topTwoBox));
    if (table.bottomTwoBox)
        stats.insert(QStringLiteral("bottom2"), number(*table.bottomTwoBox));
    return stats;
}

/** Percent strings with one decimal; single-choice ones sum to exactly 100.0. */
QStringList displayedPercents(const FrequencyTable& table) {
    std::vector<double> percents;
    for (const FrequencyRow& row : table.rows)
        percents.push_back(std::isfinite(row.percent) ? row.percent : 0.0);
    QStringList out;
    const bool exclusive = table.type == QuestionType::Single || table.type == QuestionType::Likert;
    if (exclusive && table.base > 0) {
        const std::vector<int> tenths = LargestRemainder::round(percents, 1);
        for (int t : tenths)
            out.append(QString::number(t / 10.0, 'f', 1) + QLatin1Char('%'));
    } else {
        for (double p : percents)
            out.append(QString::number(p, 'f', 1) + QLatin1Char('%'));
    }
    return out;
}

QString countText(double count) {
    return count == std::floor(count) ? QString::number(qint64(count))
                                      : QString::number(count, 'f', 2);
}

QString header(const Survey& survey, const FrequencyTable& table, const QString& filter) {
    const Question& q = survey.questions[table.question];
    QString text = QStringLiteral("%1 · %2 (%3)\n").arg(q.id, q.text, questionTypeName(q.type));
    if (!filter.isEmpty())
        text += CliText::tr("Filter: %1").arg(filter) + QLatin1Char('\n');
    text += CliText::tr("Respondents: %1 · Base: %2 · Missing: %3")
                .arg(table.respondents)
                .arg(countText(table.base), countText(table.missing)) +
            QLatin1Char('\n');
    if (q.type == QuestionType::Multiple)
        text += CliText::tr("Several answers possible: percentages of respondents who answered.") +
                QLatin1Char('\n');
    return text;
}

QString statsLine(const FrequencyTable& table) {
    QStringList parts;
    if (table.summary && table.summary->n > 0) {
        const NumericSummary& s = *table.summary;
        parts << CliText::tr("Mean %1").arg(s.mean, 0, 'f', 2)
              << CliText::tr("Median %1").arg(s.median, 0, 'g', 6)
              << CliText::tr("SD %1").arg(s.sd, 0, 'f', 2)
              << CliText::tr("Min %1").arg(s.min, 0, 'g', 6)
              << CliText::tr("Max %1").arg(s.max, 0, 'g', 6);
    }
    if (table.topTwoBox)
        parts << CliText::tr("Top-2-box %1%").arg(*table.topTwoBox, 0, 'f', 1);
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral(" · ")) + QLatin1Char('\n');
}

int labelWidth(const QStringList& labels) {
    qsizetype width = 8;
    for (const QString& label : labels)
        width = std::max(width, label.size());
    return int(std::min<qsizetype>(width, 48));
}

QString fitted(const QString& label, int width) {
    return label.size() > width ? label.left(width - 1) + QChar(0x2026)
                                : label.leftJustified(width);
}

} // namespace

QJsonObject toJson(const Survey& survey, const FrequencyTable& table) {
    const Question& q = survey.questions[table.question];
    return {{QStringLiteral("question"), q.id},
            {QStringLiteral("code"), q.code},
            {QStringLiteral("text"), q.text},
            {QStringLiteral("type"), questionTypeName(q.type)},
            {QStringLiteral("respondents"), table.respondents},
            {QStringLiteral("base"), table.base},
            {QStringLiteral("missing"), table.missing},
            {QStringLiteral("options"), optionsJson(table)},
            {QStringLiteral("stats"), statsJson(table)}};
}

QJsonObject toJson(const Survey& survey, const CrossTab& crossTab) {
    QJsonObject json = toJson(survey, crossTab.total);
    const Question& segment = survey.questions[crossTab.segment];
    json.insert(QStringLiteral("by"), QJsonObject{{QStringLiteral("question"), segment.id},
                                                  {QStringLiteral("text"), segment.text}});
    QJsonArray groups;
    for (int g = 0; g < crossTab.groups.size(); ++g) {
        const FrequencyTable& group = crossTab.groups[g];
        groups.append(QJsonObject{{QStringLiteral("label"), crossTab.groupLabels.value(g)},
                                  {QStringLiteral("respondents"), group.respondents},
                                  {QStringLiteral("base"), group.base},
                                  {QStringLiteral("missing"), group.missing},
                                  {QStringLiteral("options"), optionsJson(group)},
                                  {QStringLiteral("stats"), statsJson(group)}});
    }
    json.insert(QStringLiteral("groups"), groups);
    const ChiSquareResult& chi = crossTab.chiSquare;
    json.insert(QStringLiteral("chi_square"),
                chi.valid
                    ? QJsonValue(QJsonObject{{QStringLiteral("statistic"), number(chi.statistic)},
                                             {QStringLiteral("df"), chi.df},
                                             {QStringLiteral("p"), number(chi.p)},
                                             {QStringLiteral("low_expected"), chi.lowExpected}})
                    : QJsonValue(QJsonValue::Null));
    return json;
}

QString toText(const Survey& survey, const FrequencyTable& table, const QString& filter) {
    QString text = header(survey, table, filter) + QLatin1Char('\n');
    QStringList labels;
    for (const FrequencyRow& row : table.rows)
        labels.append(row.label);
    const int width = labelWidth(labels);
    const QStringList percents = displayedPercents(table);
    text += QStringLiteral("  %1 %2 %3\n")
                .arg(fitted(CliText::tr("Option"), width), CliText::tr("Count").rightJustified(9),
                     CliText::tr("Percent").rightJustified(8));
    for (int i = 0; i < table.rows.size(); ++i)
        text += QStringLiteral("  %1 %2 %3\n")
                    .arg(fitted(table.rows[i].label, width),
                         countText(table.rows[i].count).rightJustified(9),
                         percents[i].rightJustified(8));
    text += QStringLiteral("  %1 %2\n")
                .arg(fitted(CliText::tr("Base"), width), countText(table.base).rightJustified(9));
    return text + statsLine(table);
}

QString toText(const Survey& survey, const CrossTab& crossTab, const QString& filter) {
    const FrequencyTable& total = crossTab.total;
    const Question& segment = survey.questions[crossTab.segment];
    QString text = header(survey, total, filter);
    text += CliText::tr("By: %1 · %2").arg(segment.id, segment.text) + QStringLiteral("\n\n");

    QStringList labels;
    for (const FrequencyRow& row : total.rows)
        labels.append(row.label);
    const int width = labelWidth(labels);
    // Column percentages: each group's answers add up within the group, as analysts read them.
    text += QStringLiteral("  ") + fitted(QString(), width);
    for (const QString& group : crossTab.groupLabels)
        text += QLatin1Char(' ') + fitted(group, 14).rightJustified(14);
    text += QLatin1Char(' ') + CliText::tr("Total").rightJustified(10) + QLatin1Char('\n');
    for (int r = 0; r < total.rows.size(); ++r) {
        text += QStringLiteral("  ") + fitted(total.rows[r].label, width);
        for (const FrequencyTable& group : crossTab.groups) {
            const double p = r < group.rows.size() ? group.rows[r].percent : 0.0;
            text +=
                QLatin1Char(' ') + (std::isfinite(p) ? QString::number(p, 'f', 1) + QLatin1Char('%')
                                                     : QStringLiteral("–"))
                                       .rightJustified(14);
        }
        text +=
            QLatin1Char(' ') +
            (QString::number(total.rows[r].percent, 'f', 1) + QLatin1Char('%')).rightJustified(10) +
            QLatin1Char('\n');
    }
    text += QStringLiteral("  ") + fitted(CliText::tr("Base"), width);
    for (const FrequencyTable& group : crossTab.groups)
        text += QLatin1Char(' ') + countText(group.base).rightJustified(14);
    text += QLatin1Char(' ') + countText(total.base).rightJustified(10) + QLatin1Char('\n');

    const ChiSquareResult& chi = crossTab.chiSquare;
    if (chi.valid) {
        text += CliText::tr("Chi-square %1, df %2, p = %3")
                    .arg(chi.statistic, 0, 'f', 3)
                    .arg(chi.df)
                    .arg(chi.p, 0, 'g', 4);
        if (chi.lowExpected)
            text += CliText::tr(" (some expected counts below 5)");
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace sondo::FrequencyReport
