#include "CliArguments.h"
#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"
#include "RecodeSaving.h"

#include "edit/BandCuts.h"
#include "edit/EditText.h"

namespace sondo {

namespace {

/** The operations of `sondo recode`, one of which is given. */
const QStringList kOperations{QStringLiteral("merge"), QStringLiteral("rename"),
                              QStringLiteral("order"), QStringLiteral("hide"),
                              QStringLiteral("net"),   QStringLiteral("bands"),
                              QStringLiteral("type")};

/** The option's label as the question spells it, or `label` itself when there is none. */
QString spelled(const Question& q, const QString& label) {
    const int o = EditText::optionIndex(q.options, label);
    return o >= 0 ? q.options[o] : label.trimmed();
}

/** "A+B=NEW" as the labels merged and the new label; nullopt when it is not that shape. */
std::optional<std::pair<QStringList, QString>> sumOf(const Question& q, const QString& text) {
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    QStringList labels;
    for (const QString& part : text.left(equals).split(QLatin1Char('+'))) {
        if (part.trimmed().isEmpty())
            return std::nullopt;
        labels.append(spelled(q, part));
    }
    return std::pair{labels, text.mid(equals + 1).trimmed()};
}

/**
 * The cut points of a --bands value: "18,25,35" as written, or chosen from `answers` by
 * "equal:N" (N round-width bands), "width:W" or "quantiles:N"; nullopt when it is none of those.
 */
std::optional<std::vector<double>> cutsFrom(const QString& value,
                                            const std::vector<double>& answers) {
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString rule = value.left(colon).trimmed().toLower();
        bool ok = false;
        const double number = value.mid(colon + 1).trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        if (rule == QLatin1String("width"))
            return BandCuts::ofWidth(answers, number);
        if (number != std::floor(number) || number < 1 || number > BandCuts::kMaxBands)
            return std::nullopt;
        if (rule == QLatin1String("equal"))
            return BandCuts::equalWidth(answers, int(number));
        if (rule == QLatin1String("quantiles"))
            return BandCuts::quantiles(answers, int(number));
        return std::nullopt;
    }
    std::vector<double> cuts;
    for (const QString& part : value.split(QLatin1Char(','))) {
        bool ok = false;
        cuts.push_back(part.trimmed().toDouble(&ok));
        if (!ok)
            return std::nullopt;
    }
    return cuts;
}

/**
 * The recode the command line asks for on question `q`, whose loaded answers (numbers, for a
 * numeric question) are `answers`; a message when its text is off.
 */
Result<Edit> editFrom(const QString& operation, const QString& value, const Question& q,
                      const std::vector<double>& answers) {
    auto bad = [&](const QString& expected) {
        return Result<Edit>::failure(
            {{}, 0, 0, CliText::tr("bad --%1 '%2' (expected %3)").arg(operation, value, expected)});
    };
    if (operation == QLatin1String("merge")) {
        const auto sum = sumOf(q, value);
        if (!sum)
            return bad(QStringLiteral("\"A+B=NEW\""));
        return Edit{MergeOptions{q.id, q.code, sum->first, sum->second}};
    }
    if (operation == QLatin1String("rename")) {
        // A label may hold '=': split at the first '=' that leaves an option's label before it.
        qsizetype equals = value.indexOf(QLatin1Char('='));
        for (qsizetype at = equals; at > 0; at = value.indexOf(QLatin1Char('='), at + 1))
            if (EditText::optionIndex(q.options, value.left(at)) >= 0) {
                equals = at;
                break;
            }
        if (equals <= 0)
            return bad(QStringLiteral("\"OLD=NEW\""));
        return Edit{RenameOption{q.id, q.code, spelled(q, value.left(equals)),
                                 value.mid(equals + 1).trimmed()}};
    }
    if (operation == QLatin1String("order")) {
        QStringList labels;
        for (const QString& part : value.split(QLatin1Char(',')))
            if (!part.trimmed().isEmpty())
                labels.append(spelled(q, part));
        if (labels.isEmpty())
            return bad(QStringLiteral("\"A,B,C\""));
        return Edit{ReorderOptions{q.id, q.code, labels}};
    }
    if (operation == QLatin1String("hide")) {
        if (value.trimmed().isEmpty())
            return bad(QStringLiteral("\"A\""));
        return Edit{HideOption{q.id, q.code, spelled(q, value)}};
    }
    if (operation == QLatin1String("net")) {
        const auto sum = sumOf(q, value);
        if (!sum || sum->second.isEmpty())
            return bad(QStringLiteral("\"A+B=NAME\""));
        return Edit{NetOption{q.id, q.code, sum->second, sum->first}};
    }
    if (operation == QLatin1String("bands")) {
        // A rule on a question without numbers is refused by Bands itself, as cuts are.
        const bool numbers =
            std::any_of(answers.begin(), answers.end(), [](double v) { return std::isfinite(v); });
        if (value.contains(QLatin1Char(':')) && !numbers && q.type == QuestionType::Numeric)
            return Result<Edit>::failure(
                {{},
                 0,
                 0,
                 CliText::tr("cannot band %1 at '%2': it has no numeric answers")
                     .arg(q.id, value)});
        const auto cuts = cutsFrom(value, numbers ? answers : std::vector<double>{0.0});
        if (!cuts)
            return bad(QStringLiteral("\"18,25,35,50,65\", \"equal:N\", \"width:W\" or "
                                      "\"quantiles:N\" (N from 1 to %1)")
                           .arg(BandCuts::kMaxBands));
        return Edit{Bands{q.id, q.code, *cuts}};
    }
    if (operation == QLatin1String("type")) {
        // The import's type names; "scale" is what the import calls a Likert question.
        const auto type = questionTypeFromName(value.trimmed().toLower());
        if (!type)
            return bad(QStringLiteral("single, multiple, scale, numeric, text or ignore"));
        return Edit{ChangeType{q.id, q.code, *type}};
    }
    return Result<Edit>::failure(
        {{}, 0, 0, CliText::tr("--%1 is not available in this version").arg(operation)});
}

} // namespace

int runRecodeCommand(const QStringList& arguments, CliOutput& output) {
    const QString usage = CliText::tr(
        "usage: sondo recode PROJECT QUESTION (--merge \"A+B=NEW\" | --rename \"OLD=NEW\" |\n"
        "                    --order \"A,B,C\" | --hide \"A\" | --net \"A+B=NAME\" |\n"
        "                    --bands \"18,25,35,50,65\"|equal:N|width:W|quantiles:N |\n"
        "                    --type TYPE) [--json]");
    CliCommand command(output,
                       CliText::tr("Add one recode to a question: saved in the project, applied "
                                   "by freq, chart, findings, report and the window; the "
                                   "imported answers are never changed. List or remove recodes "
                                   "with sondo recodes."),
                       usage);
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addPositionalArgument(QStringLiteral("QUESTION"),
                                 CliText::tr("The question (id, code or exact text)."));
    parser.addOption({QStringLiteral("merge"),
                      CliText::tr("Merge options into one (a new label or one of theirs)."),
                      QStringLiteral("A+B=NEW")});
    parser.addOption(
        {QStringLiteral("rename"), CliText::tr("Rename an option."), QStringLiteral("OLD=NEW")});
    parser.addOption({QStringLiteral("order"),
                      CliText::tr("Put these options first, in this order (on a scale: the "
                                  "scale's order)."),
                      QStringLiteral("A,B,C")});
    parser.addOption({QStringLiteral("hide"),
                      CliText::tr("Hide an option: its respondents leave the base."),
                      QStringLiteral("A")});
    parser.addOption({QStringLiteral("net"),
                      CliText::tr("Add a net: respondents who chose any of the options."),
                      QStringLiteral("A+B=NAME")});
    parser.addOption({QStringLiteral("bands"),
                      CliText::tr("Band a numeric question into an ordered single choice: at "
                                  "these cut points, or at cuts chosen once from its answers "
                                  "(\"equal:4\" four bands of one round width, \"width:10\", "
                                  "\"quantiles:4\" four of about equal size) and kept."),
                      QStringLiteral("18,25,35,50,65")});
    parser.addOption({QStringLiteral("type"),
                      CliText::tr("Change the question's type: single, multiple, scale, "
                                  "numeric, text or ignore."),
                      QStringLiteral("TYPE")});
    command.addJsonOption();
    if (!command.parse(arguments, 2))
        return command.exitCode();
    QString operation;
    for (const QString& name : kOperations)
        if (parser.isSet(name)) {
            if (!operation.isEmpty())
                return command.usageError(CliText::tr("give one operation\n%1").arg(usage));
            operation = name;
        }
    if (operation.isEmpty())
        return command.usageError(CliText::tr("give one operation\n%1").arg(usage));
    const QString path = command.positional().at(0);
    const QString key = command.positional().at(1);
    if (!ProjectService::isProjectFile(path))
        return command.usageError(
            CliText::tr("%1 is not a .sondo project: import it first (sondo import)").arg(path));

    // The survey as the analyst sees it now (the saved recodes applied), with only this
    // question's answers: the new recode must fit what the earlier ones made.
    auto opened = ProjectService::openFor(path, [&](const Survey& survey) {
        std::vector<bool> needed(size_t(survey.questions.size()), false);
        if (const auto q = CliArguments::question(survey, key); q.ok())
            needed[size_t(q.value())] = true;
        return needed;
    });
    output.warnings(opened.warnings);
    if (!opened.ok())
        return command.inputError(opened.error());
    Project project = opened.takeValue();
    const auto question = CliArguments::question(project.survey, key);
    if (!question.ok())
        return command.inputError({path, 0, 0, question.error().message});
    const size_t q = size_t(question.value());
    const std::vector<double> none;
    auto edit =
        editFrom(operation, parser.value(operation), project.survey.questions[int(q)],
                 q < project.responses.columns.size() ? project.responses.columns[q].values : none);
    if (!edit.ok())
        return command.inputError({path, 0, 0, edit.error().message});
    return saveRecode(command, path, project, edit.value(), parser.isSet(QStringLiteral("json")));
}

} // namespace sondo
