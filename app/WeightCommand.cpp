#include "CliArguments.h"
#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

#include "stats/WeightSums.h"
#include "stats/Weighting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace sondo {

namespace {

/** "0.2" or "20%" as a fraction; NaN when it is neither. */
double shareFrom(const QString& text) {
    QString value = text.trimmed();
    const bool percent = value.endsWith(QLatin1Char('%'));
    if (percent)
        value.chop(1);
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nan("");
    return percent ? number / 100.0 : number;
}

/**
 * "QUESTION=OPTION:SHARE,OPTION:SHARE…" as a target; the question resolved in `survey`. An option
 * label may hold ':' (the share follows the last one); an error message when the text is off.
 */
Result<WeightingTarget> targetFrom(const Survey& survey, const QString& text) {
    using Failed = Result<WeightingTarget>;
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return Failed::failure(
            {{},
             0,
             0,
             CliText::tr("bad --rake '%1' (expected QUESTION=OPTION:SHARE,…)").arg(text)});
    const auto question = CliArguments::question(survey, text.left(equals).trimmed());
    if (!question.ok())
        return Failed::failure(question.error());
    WeightingTarget target;
    target.question = survey.questions[question.value()].id;
    for (const QString& part : text.mid(equals + 1).split(QLatin1Char(','))) {
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        const double share = colon > 0 ? shareFrom(part.mid(colon + 1)) : std::nan("");
        if (std::isnan(share))
            return Failed::failure(
                {{},
                 0,
                 0,
                 CliText::tr("bad share '%1' in --rake (expected OPTION:0.2 or OPTION:20%)")
                     .arg(part)});
        target.options.append(part.left(colon).trimmed());
        target.shares.push_back(share);
    }
    return target;
}

QJsonObject summaryJson(const std::vector<double>& weights, const RespondentMask& usable) {
    WeightSums sums;
    double low = INFINITY, high = -INFINITY;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (!usable.empty() && !usable[i])
            continue;
        sums.add(weights[i]);
        low = std::min(low, weights[i]);
        high = std::max(high, weights[i]);
    }
    const double designEffect = sums.designEffect();
    return {{QStringLiteral("respondents"), sums.n},
            {QStringLiteral("min_weight"), sums.n ? low : 0.0},
            {QStringLiteral("max_weight"), sums.n ? high : 0.0},
            {QStringLiteral("mean_weight"), sums.n ? sums.sum / double(sums.n) : 0.0},
            {QStringLiteral("design_effect"), designEffect},
            {QStringLiteral("efficiency"), designEffect > 0 ? 1.0 / designEffect : 0.0},
            {QStringLiteral("effective_base"), sums.effectiveBase()}};
}

QJsonObject reportJson(const Survey& survey, const WeightingSettings& settings,
                       const AppliedWeighting& applied) {
    QJsonObject json = settings.toJson();
    if (!settings.isActive())
        return json;
    const QJsonObject summary = summaryJson(applied.weights, applied.usable);
    for (auto it = summary.begin(); it != summary.end(); ++it)
        json.insert(it.key(), it.value());
    json.insert(QStringLiteral("excluded"), applied.excluded);
    if (!applied.raking)
        return json;
    const RakingReport& report = *applied.raking;
    json.insert(QStringLiteral("iterations"), report.iterations);
    json.insert(QStringLiteral("converged"), report.converged);
    json.insert(QStringLiteral("max_deviation"), report.maxDeviation);
    json.insert(QStringLiteral("at_lower_cap"), report.atLowerCap);
    json.insert(QStringLiteral("at_upper_cap"), report.atUpperCap);
    QJsonArray margins;
    for (const RakingMargin& margin : report.margins) {
        const Question& q = survey.questions[margin.question];
        QJsonArray options;
        for (size_t o = 0; o < margin.targetShares.size(); ++o)
            options.append(QJsonObject{
                {QStringLiteral("label"), q.options.value(qsizetype(o))},
                {QStringLiteral("target"), margin.targetShares[o]},
                {QStringLiteral("achieved"), margin.achievedShares[o]},
                {QStringLiteral("count"), o < margin.counts.size() ? margin.counts[o] : 0}});
        margins.append(QJsonObject{{QStringLiteral("question"), q.id},
                                   {QStringLiteral("options"), options},
                                   {QStringLiteral("missing"), margin.missing}});
    }
    json.insert(QStringLiteral("margins"), margins);
    return json;
}

QString reportText(const Survey& survey, const WeightingSettings& settings,
                   const AppliedWeighting& applied) {
    if (!settings.isActive())
        return CliText::tr("Weighting off.") + QLatin1Char('\n');
    const QJsonObject s = summaryJson(applied.weights, applied.usable);
    QString text =
        settings.method == WeightingSettings::Method::Column
            ? CliText::tr("Weights from %1 (scaled to mean 1).").arg(settings.column)
            : CliText::tr("Raking on %n question(s): %1 after %2 iteration(s).", nullptr,
                          int(settings.targets.size()))
                  .arg(applied.raking && applied.raking->converged ? CliText::tr("converged")
                                                                   : CliText::tr("NOT converged"))
                  .arg(applied.raking ? applied.raking->iterations : 0);
    text += QLatin1Char('\n');
    text += CliText::tr("Respondents: %1 · Min weight %2 · Max weight %3 · Design effect %4 · "
                        "Efficiency %5% · Effective base %6")
                .arg(s.value(QStringLiteral("respondents")).toInteger())
                .arg(s.value(QStringLiteral("min_weight")).toDouble(), 0, 'f', 3)
                .arg(s.value(QStringLiteral("max_weight")).toDouble(), 0, 'f', 3)
                .arg(s.value(QStringLiteral("design_effect")).toDouble(), 0, 'f', 3)
                .arg(s.value(QStringLiteral("efficiency")).toDouble() * 100, 0, 'f', 1)
                .arg(s.value(QStringLiteral("effective_base")).toDouble(), 0, 'f', 1) +
            QLatin1Char('\n');
    if (applied.excluded > 0)
        text += CliText::tr("Left out (no usable weight): %1").arg(applied.excluded) +
                QLatin1Char('\n');
    if (applied.raking)
        for (const RakingMargin& margin : applied.raking->margins) {
            const Question& q = survey.questions[margin.question];
            text += QStringLiteral("  %1 · %2\n").arg(q.id, q.text);
            for (size_t o = 0; o < margin.targetShares.size(); ++o)
                text +=
                    QStringLiteral("    %1 %2 %3\n")
                        .arg(q.options.value(qsizetype(o)).left(40).leftJustified(40),
                             CliText::tr("target %1%").arg(margin.targetShares[o] * 100, 0, 'f', 1),
                             CliText::tr("achieved %1%")
                                 .arg(margin.achievedShares[o] * 100, 0, 'f', 1));
        }
    return text;
}

} // namespace

int runWeightCommand(const QStringList& arguments, CliOutput& output) {
    const QString usage = CliText::tr(
        "usage: sondo weight PROJECT (--column QUESTION | --rake \"QUESTION=OPTION:SHARE,…\"... "
        "[--trim MIN,MAX] | --off) [--json]");
    CliCommand command(
        output,
        CliText::tr("Set the project's weighting: a weight column, raking to target shares, or "
                    "none. Saved in the project and applied by freq, chart and the window."),
        usage);
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addOption({QStringLiteral("column"),
                      CliText::tr("Weights from a numeric question (scaled to mean 1)."),
                      QStringLiteral("QUESTION")});
    parser.addOption({QStringLiteral("rake"),
                      CliText::tr("Rake to target shares of a single-choice question (a share "
                                  "as 0.2 or 20%; one question's shares add up to 1). Repeat "
                                  "for up to five questions."),
                      QStringLiteral("QUESTION=OPTION:SHARE,…")});
    parser.addOption({QStringLiteral("trim"),
                      CliText::tr("Cap raked weights to MIN..MAX times the mean (e.g. 0.2,5)."),
                      QStringLiteral("MIN,MAX")});
    parser.addOption({QStringLiteral("off"), CliText::tr("Switch weighting off.")});
    command.addJsonOption();
    if (!command.parse(arguments, 1))
        return command.exitCode();
    const bool column = parser.isSet(QStringLiteral("column"));
    const bool rake = parser.isSet(QStringLiteral("rake"));
    const bool off = parser.isSet(QStringLiteral("off"));
    if (int(column) + int(rake) + int(off) != 1)
        return command.usageError(
            CliText::tr("give one of --column, --rake or --off\n%1").arg(usage));
    if (parser.isSet(QStringLiteral("trim")) && !rake)
        return command.usageError(CliText::tr("--trim goes with --rake"));
    const QStringList rakes = parser.values(QStringLiteral("rake"));
    if (rakes.size() > 5)
        return command.usageError(CliText::tr("raking takes at most five questions"));
    const QString path = command.positional().constFirst();
    if (!ProjectService::isProjectFile(path))
        return command.usageError(
            CliText::tr("%1 is not a .sondo project: import it first (sondo import)").arg(path));

    auto opened = ProjectService::open(path);
    output.warnings(opened.warnings);
    if (!opened.ok())
        return command.inputError(opened.error());
    Project project = opened.takeValue();
    const Survey& survey = project.survey;
    const auto badInput = [&](const QString& message) {
        return command.inputError({path, 0, 0, message});
    };

    WeightingSettings settings;
    if (column) {
        const QString key = parser.value(QStringLiteral("column"));
        // Metadata columns (a "peso" beside the answers) are not analysable but may hold weights.
        int q = Weighting::questionIndex(survey, key);
        if (q < 0) {
            const auto named = command.question(survey, key);
            if (!named)
                return command.exitCode();
            q = *named;
        }
        settings.method = WeightingSettings::Method::Column;
        settings.column = survey.questions[q].id;
    } else if (rake) {
        settings.method = WeightingSettings::Method::Raking;
        for (const QString& text : rakes) {
            auto target = targetFrom(survey, text);
            if (!target.ok())
                return command.usageError(target.error().message);
            settings.targets.push_back(target.takeValue());
        }
        if (parser.isSet(QStringLiteral("trim"))) {
            const QStringList caps = parser.value(QStringLiteral("trim")).split(QLatin1Char(','));
            bool lowOk = false, highOk = false;
            settings.trim = true;
            if (caps.size() == 2) {
                settings.lowerCap = caps[0].trimmed().toDouble(&lowOk);
                settings.upperCap = caps[1].trimmed().toDouble(&highOk);
            }
            if (!lowOk || !highOk || settings.lowerCap < 0 || settings.lowerCap > 1 ||
                settings.upperCap < 1)
                return command.usageError(
                    CliText::tr("bad --trim '%1' (expected MIN,MAX with MIN ≤ 1 ≤ MAX, e.g. 0.2,5)")
                        .arg(parser.value(QStringLiteral("trim"))));
        }
    }

    const auto applied = Weighting::compute(survey, project.responses, settings);
    if (!applied.ok())
        return badInput(applied.error().message);
    const auto saved = ProjectService::saveState(path, settings.storedIn(project.state));
    if (!saved.ok())
        return command.inputError(saved.error());

    if (parser.isSet(QStringLiteral("json")))
        command.out() << QJsonDocument(reportJson(survey, settings, applied.value())).toJson();
    else
        command.out() << reportText(survey, settings, applied.value());
    command.out().flush();
    return ExitOk;
}

} // namespace sondo
