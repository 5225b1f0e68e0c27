#include "FrequencyReport.h"

#include "CliText.h"

#include "stats/LargestRemainder.h"
#include "stats/ProportionInterval.h"
#include "stats/SignificanceNote.h"

#include <QJsonArray>
#include <cmath>

namespace sondo::FrequencyReport {

namespace {

QJsonValue number(double value) {
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

/** "higher" (▲) or "lower" (▼) than the rest of the sample, as `--vs-rest` writes it. */
QString vsRestName(int mark) {
    return mark > 0 ? QStringLiteral("higher") : QStringLiteral("lower");
}

/**
 * The options with their unweighted counts and Wilson intervals on the effective base `base`
 * (percent, like "percent"); `higherThan[row]`, when given, the letters of the groups the row
 * beats.
 */
QJsonArray optionsJson(const FrequencyTable& table, const WeightSums& base,
                       const std::vector<QStringList>& higherThan = {},
                       const std::vector<int>& versusRest = {}) {
    QJsonArray options;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const FrequencyRow& row = table.rows[r];
        const Proportion ci = ProportionInterval::compute(row.count, base);
        QJsonObject option{{QStringLiteral("label"), row.label},
                           {QStringLiteral("count"), row.count},
                           {QStringLiteral("percent"), number(row.percent)},
                           {QStringLiteral("unweighted_count"), row.unweightedCount},
                           {QStringLiteral("ci_low"), number(ci.low * 100)},
                           {QStringLiteral("ci_high"), number(ci.high * 100)}};
        if (size_t(r) < higherThan.size())
            option.insert(QStringLiteral("higher_than"),
                          QJsonArray::fromStringList(higherThan[size_t(r)]));
        if (size_t(r) < versusRest.size() && versusRest[size_t(r)] != 0)
            option.insert(QStringLiteral("vs_rest"), vsRestName(versusRest[size_t(r)]));
        options.append(option);
    }
    return options;
}

/**
 * The question's nets (sondo recode --net) as option rows naming the options they gather; only
 * when there are some, so that other outputs stay as they were.
 */
void insertNets(QJsonObject& json, const Question& q, const FrequencyTable& table) {
    if (table.nets.isEmpty())
        return;
    QJsonArray nets;
    for (qsizetype n = 0; n < table.nets.size(); ++n) {
        const FrequencyRow& row = table.nets[n];
        nets.append(QJsonObject{
            {QStringLiteral("label"), row.label},
            {QStringLiteral("options"),
             QJsonArray::fromStringList(n < q.nets.size() ? q.nets[n].options : QStringList())},
            {QStringLiteral("count"), row.count},
            {QStringLiteral("percent"), number(row.percent)},
            {QStringLiteral("unweighted_count"), row.unweightedCount}});
    }
    json.insert(QStringLiteral("nets"), nets);
}

/** The weighting fields every table and group has. */
void insertBases(QJsonObject& json, const FrequencyTable& table, const WeightSums& base,
                 bool weighted) {
    json.insert(QStringLiteral("weighted"), weighted);
    json.insert(QStringLiteral("unweighted_base"), table.unweightedBase);
    json.insert(QStringLiteral("effective_base"), number(base.effectiveBase()));
}

QJsonValue npsJson(const std::optional<NpsResult>& nps) {
    if (!nps)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("score"), number(nps->score)},
                       {QStringLiteral("promoters"), number(nps->promotersPercent)},
                       {QStringLiteral("passives"), number(nps->passivesPercent)},
                       {QStringLiteral("detractors"), number(nps->detractorsPercent)},
                       {QStringLiteral("ci_low"), number(nps->interval.low)},
                       {QStringLiteral("ci_high"), number(nps->interval.high)}};
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
    // Only when a non-substantive answer ("Don't know") was given: the boxes' and mean's base.
    if (table.unweightedScoredBase != table.unweightedBase)
        stats.insert(QStringLiteral("scored_base"), table.scoredBase);
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
    if (!q.hiddenOptions.isEmpty())
        text += CliText::tr("Hidden, not in the base: %1")
                    .arg(q.hiddenOptions.join(QStringLiteral(", "))) +
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

/** Said only when weighted: the interviews behind the weighted base, and what tests use. */
QString weightingLine(const FrequencyTable& table, const FrequencyInference& inference) {
    if (!inference.weighted)
        return {};
    return CliText::tr("Weighted · Unweighted base: %1 · Effective base: %2")
               .arg(table.unweightedBase)
               .arg(inference.base.effectiveBase(), 0, 'f', 1) +
           QLatin1Char('\n');
}

QString npsLine(const FrequencyInference& inference) {
    if (!inference.nps)
        return {};
    const NpsResult& nps = *inference.nps;
    return CliText::tr("NPS %1 (95% CI %2 to %3) · Promoters %4% · Passives %5% · Detractors %6%")
               .arg(nps.score, 0, 'f', 1)
               .arg(nps.interval.low, 0, 'f', 1)
               .arg(nps.interval.high, 0, 'f', 1)
               .arg(nps.promotersPercent, 0, 'f', 1)
               .arg(nps.passivesPercent, 0, 'f', 1)
               .arg(nps.detractorsPercent, 0, 'f', 1) +
           QLatin1Char('\n');
}

} // namespace

QJsonObject toJson(const Survey& survey, const FrequencyTable& table,
                   const FrequencyInference& inference) {
    const Question& q = survey.questions[table.question];
    QJsonObject json{{QStringLiteral("question"), q.id},
                     {QStringLiteral("code"), q.code},
                     {QStringLiteral("text"), q.text},
                     {QStringLiteral("type"), questionTypeName(q.type)},
                     {QStringLiteral("respondents"), table.respondents},
                     {QStringLiteral("base"), table.base},
                     {QStringLiteral("missing"), table.missing},
                     {QStringLiteral("options"), optionsJson(table, inference.base)},
                     {QStringLiteral("stats"), statsJson(table)}};
    insertBases(json, table, inference.base, inference.weighted);
    // Only when the analyst hid options (sondo recode --hide): other outputs stay as they were.
    if (!q.hiddenOptions.isEmpty())
        json.insert(QStringLiteral("hidden"), QJsonArray::fromStringList(q.hiddenOptions));
    insertNets(json, q, table);
    if (inference.nps)
        json.insert(QStringLiteral("nps"), npsJson(inference.nps));
    return json;
}

QJsonObject toJson(const Survey& survey, const CrossTab& crossTab,
                   const FrequencyInference& totalInference, const CrossTabInference& inference) {
    QJsonObject json = toJson(survey, crossTab.total, totalInference);
    const Question& segment = survey.questions[crossTab.segment];
    json.insert(QStringLiteral("by"), QJsonObject{{QStringLiteral("question"), segment.id},
                                                  {QStringLiteral("text"), segment.text}});
    const GroupComparison& tests = inference.options;
    QJsonArray groups;
    for (int g = 0; g < crossTab.groups.size(); ++g) {
        const FrequencyTable& group = crossTab.groups[g];
        const WeightSums base = size_t(g) < inference.answered.groups.size()
                                    ? inference.answered.groups[size_t(g)]
                                    : WeightSums{};
        std::vector<QStringList> higherThan;
        std::vector<int> versusRest;
        const bool againstRest = inference.tested.againstRest;
        if (tests.valid)
            for (int r = 0; r < group.rows.size(); ++r) {
                if (againstRest)
                    versusRest.push_back(tests.versusRest(r, g));
                else
                    higherThan.push_back(tests.higherThanLetters(r, g));
            }
        QJsonObject object{
            {QStringLiteral("label"), crossTab.groupLabels.value(g)},
            {QStringLiteral("respondents"), group.respondents},
            {QStringLiteral("base"), group.base},
            {QStringLiteral("missing"), group.missing},
            {QStringLiteral("options"), optionsJson(group, base, higherThan, versusRest)},
            {QStringLiteral("stats"), statsJson(group)}};
        insertBases(object, group, base, totalInference.weighted);
        insertNets(object, survey.questions[crossTab.question], group);
        if (tests.valid) {
            object.insert(QStringLiteral("letter"), tests.letters.value(g));
            object.insert(QStringLiteral("tested"), bool(tests.tested[size_t(g)]));
        }
        // A scale's boxes tested between the groups, as `chart --figure top2|bottom2` letters.
        for (const auto& [row, name] :
             {std::pair{0, QStringLiteral("top2")}, std::pair{1, QStringLiteral("bottom2")}}) {
            if (!inference.boxes.valid)
                break;
            if (!againstRest)
                object.insert(
                    name + QStringLiteral("_higher_than"),
                    QJsonArray::fromStringList(inference.boxes.higherThanLetters(row, g)));
            else if (inference.boxes.versusRest(row, g) != 0)
                object.insert(name + QStringLiteral("_vs_rest"),
                              vsRestName(inference.boxes.versusRest(row, g)));
        }
        if (inference.means.valid && !againstRest)
            object.insert(QStringLiteral("mean_higher_than"),
                          QJsonArray::fromStringList(inference.means.higherThanLetters(0, g)));
        if (inference.means.valid && againstRest && inference.means.versusRest(0, g) != 0)
            object.insert(QStringLiteral("mean_vs_rest"),
                          vsRestName(inference.means.versusRest(0, g)));
        if (inference.nps && size_t(g) < inference.nps->groups.size()) {
            const GroupComparison& npsTests = inference.nps->comparison;
            const NpsResult& nps = inference.nps->groups[size_t(g)];
            object.insert(QStringLiteral("nps"),
                          npsJson(nps.valid ? std::optional<NpsResult>(nps) : std::nullopt));
            if (!againstRest)
                object.insert(QStringLiteral("nps_higher_than"),
                              QJsonArray::fromStringList(npsTests.higherThanLetters(0, g)));
            else if (npsTests.versusRest(0, g) != 0)
                object.insert(QStringLiteral("nps_vs_rest"), vsRestName(npsTests.versusRest(0, g)));
        }
        groups.append(object);
    }
    json.insert(QStringLiteral("groups"), groups);
    const ChiSquareResult& chi = crossTab.chiSquare;
    json.insert(QStringLiteral("chi_square"),
                chi.valid ? QJsonValue(QJsonObject{
                                {QStringLiteral("statistic"), number(chi.statistic)},
                                {QStringLiteral("df"), chi.df},
                                {QStringLiteral("p"), number(chi.p)},
                                {QStringLiteral("low_expected"), chi.lowExpected},
                                {QStringLiteral("cramers_v"), number(inference.cramersV)}})
                          : QJsonValue(QJsonValue::Null));
    if (tests.valid) {
        const SignificanceOptions& how = inference.tested;
        json.insert(
            QStringLiteral("significance"),
            QJsonObject{
                {QStringLiteral("test"), QStringLiteral("column proportions z")},
                {QStringLiteral("correction"), SignificanceOptions::correctionName(how.correction)},
                {QStringLiteral("confidence"), tests.confidence},
                {QStringLiteral("comparison"),
                 how.againstRest ? QStringLiteral("vs_rest") : QStringLiteral("pairwise")},
                {QStringLiteral("minimum_effective_base"), how.minimumEffectiveBase}});
    }
    return json;
}

QString toText(const Survey& survey, const FrequencyTable& table, const QString& filter,
               const FrequencyInference& inference) {
    QString text =
        header(survey, table, filter) + weightingLine(table, inference) + QLatin1Char('\n');
    QStringList labels;
    for (const FrequencyRow& row : table.rows)
        labels.append(row.label);
    for (const FrequencyRow& net : table.nets)
        labels.append(CliText::tr("Net: %1").arg(net.label));
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
    for (const FrequencyRow& net : table.nets)
        text +=
            QStringLiteral("  %1 %2 %3\n")
                .arg(fitted(CliText::tr("Net: %1").arg(net.label), width),
                     countText(net.count).rightJustified(9),
                     (QString::number(net.percent, 'f', 1) + QLatin1Char('%')).rightJustified(8));
    return text + statsLine(table) + npsLine(inference);
}

QString toText(const Survey& survey, const CrossTab& crossTab, const QString& filter,
               const FrequencyInference& totalInference, const CrossTabInference& inference) {
    const FrequencyTable& total = crossTab.total;
    const Question& segment = survey.questions[crossTab.segment];
    const GroupComparison& tests = inference.options;
    QString text = header(survey, total, filter) + weightingLine(total, totalInference);
    text += CliText::tr("By: %1 · %2").arg(segment.id, segment.text) + QStringLiteral("\n\n");

    QStringList labels;
    for (const FrequencyRow& row : total.rows)
        labels.append(row.label);
    for (const FrequencyRow& net : total.nets)
        labels.append(CliText::tr("Net: %1").arg(net.label));
    const int width = labelWidth(labels);
    // Column percentages: each group's answers add up within the group, as analysts read them.
    // With tests, a group's letter follows its name and a cell names the groups it beats.
    text += QStringLiteral("  ") + fitted(QString(), width);
    for (int g = 0; g < crossTab.groupLabels.size(); ++g) {
        const QString& group = crossTab.groupLabels[g];
        text +=
            QLatin1Char(' ') + (tests.valid ? fitted(group, 10).trimmed() + QStringLiteral(" (") +
                                                  tests.letters.value(g) + QLatin1Char(')')
                                            : fitted(group, 14))
                                   .rightJustified(14);
    }
    text += QLatin1Char(' ') + CliText::tr("Total").rightJustified(10) + QLatin1Char('\n');
    for (int r = 0; r < total.rows.size(); ++r) {
        text += QStringLiteral("  ") + fitted(total.rows[r].label, width);
        for (int g = 0; g < crossTab.groups.size(); ++g) {
            const FrequencyTable& group = crossTab.groups[g];
            const double p = r < group.rows.size() ? group.rows[r].percent : 0.0;
            QString cell = std::isfinite(p) ? QString::number(p, 'f', 1) + QLatin1Char('%')
                                            : QStringLiteral("–");
            if (tests.valid)
                if (const QString mark = tests.mark(r, g); !mark.isEmpty())
                    cell += QLatin1Char(' ') + mark;
            text += QLatin1Char(' ') + cell.rightJustified(14);
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
    for (int n = 0; n < total.nets.size(); ++n) {
        text +=
            QStringLiteral("  ") + fitted(CliText::tr("Net: %1").arg(total.nets[n].label), width);
        for (const FrequencyTable& group : crossTab.groups) {
            const double p = n < group.nets.size() ? group.nets[n].percent : 0.0;
            text += QLatin1Char(' ') +
                    (QString::number(p, 'f', 1) + QLatin1Char('%')).rightJustified(14);
        }
        text +=
            QLatin1Char(' ') +
            (QString::number(total.nets[n].percent, 'f', 1) + QLatin1Char('%')).rightJustified(10) +
            QLatin1Char('\n');
    }
    if (inference.means.valid) {
        text += QStringLiteral("  ") + fitted(CliText::tr("Mean"), width);
        for (int g = 0; g < crossTab.groups.size(); ++g) {
            const FrequencyTable& group = crossTab.groups[g];
            QString cell = group.summary && group.summary->n > 0
                               ? QString::number(group.summary->mean, 'f', 2)
                               : QStringLiteral("–");
            if (const QString mark = inference.means.mark(0, g); !mark.isEmpty())
                cell += QLatin1Char(' ') + mark;
            text += QLatin1Char(' ') + cell.rightJustified(14);
        }
        text += QLatin1Char('\n');
    }

    if (tests.valid) {
        QStringList untested;
        for (int g = 0; g < crossTab.groups.size(); ++g)
            if (!tests.tested[size_t(g)])
                untested << tests.letters.value(g);
        text += SignificanceNote::explain(inference.tested, inference.means.valid);
        if (!untested.isEmpty())
            text += QLatin1Char(' ') + SignificanceNote::untested(inference.tested, untested);
        text += QLatin1Char('\n');
    }
    const ChiSquareResult& chi = crossTab.chiSquare;
    if (chi.valid) {
        text += CliText::tr("Chi-square %1, df %2, p = %3")
                    .arg(chi.statistic, 0, 'f', 3)
                    .arg(chi.df)
                    .arg(chi.p, 0, 'g', 4);
        if (std::isfinite(inference.cramersV))
            text += CliText::tr(", Cramér's V %1").arg(inference.cramersV, 0, 'f', 3);
        if (chi.lowExpected)
            text += CliText::tr(" (some expected counts below 5)");
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace sondo::FrequencyReport
