#include "CliArguments.h"
#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"
#include "RecodeSaving.h"

#include "edit/DerivedSegment.h"
#include "project/ProjectService.h"

#include <QRegularExpression>

namespace sondo {

namespace {

/** A --group "LABEL=CONDITION[ & CONDITION]...": the label and the --where conditions. */
struct GroupArgument {
    QString label;
    QStringList conditions;
};

std::optional<GroupArgument> groupArgument(const QString& text) {
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    GroupArgument group{text.left(equals).trimmed(), {}};
    static const QRegularExpression ampersand(QStringLiteral("\\s+&\\s+"));
    for (const QString& condition : text.mid(equals + 1).split(ampersand)) {
        if (condition.trimmed().isEmpty())
            return std::nullopt;
        group.conditions.append(condition.trimmed());
    }
    if (group.label.isEmpty() || group.conditions.isEmpty())
        return std::nullopt;
    return group;
}

/**
 * "Q2=A,B" as the --where conditions "Q2=A" and "Q2=B" (options of one question are
 * alternatives), unless "A,B" is itself an option of the question.
 */
QStringList alternatives(const Survey& survey, const QString& condition) {
    const qsizetype equals = condition.indexOf(QLatin1Char('='));
    if (equals <= 0 || !condition.mid(equals + 1).contains(QLatin1Char(',')))
        return {condition};
    const QString key = condition.left(equals).trimmed();
    const int q = survey.findQuestion(key);
    if (q < 0 || survey.findOption(q, condition.mid(equals + 1).trimmed()) >= 0)
        return {condition};
    QStringList split;
    for (const QString& value : condition.mid(equals + 1).split(QLatin1Char(',')))
        split.append(key + QLatin1Char('=') + value.trimmed());
    return split;
}

} // namespace

int runSegmentCommand(const QStringList& arguments, CliOutput& output) {
    const QString usage = CliText::tr("usage: sondo segment PROJECT NAME --group "
                                      "\"LABEL=QUESTION=VALUE[ & QUESTION=VALUE]...\"...\n"
                                      "                     [--rest LABEL] [--json]");
    CliCommand command(
        output,
        CliText::tr("Derive a segment from other questions: a new single-choice question (D1, "
                    "D2, …), each respondent in the first group whose conditions they meet. "
                    "Saved as a recode: sondo recodes lists it and --remove takes it out."),
        usage);
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addPositionalArgument(QStringLiteral("NAME"), CliText::tr("The segment's name."));
    parser.addOption({QStringLiteral("group"),
                      CliText::tr("A group: its label, then --where conditions joined by \" & \"; "
                                  "QUESTION=A,B means either option (repeatable, in order)."),
                      QStringLiteral("LABEL=CONDITION")});
    parser.addOption({QStringLiteral("rest"),
                      CliText::tr("Label of the respondents in no group (default: missing)."),
                      QStringLiteral("LABEL")});
    command.addJsonOption();
    if (!command.parse(arguments, 2))
        return command.exitCode();
    const QString path = command.positional().at(0);
    const QString name = command.positional().at(1).trimmed();
    if (!ProjectService::isProjectFile(path))
        return command.usageError(
            CliText::tr("%1 is not a .sondo project: import it first (sondo import)").arg(path));
    if (name.isEmpty())
        return command.usageError(CliText::tr("the segment needs a name\n%1").arg(usage));
    QList<GroupArgument> groups;
    for (const QString& text : parser.values(QStringLiteral("group"))) {
        const auto group = groupArgument(text);
        if (!group)
            return command.usageError(
                CliText::tr("bad --group '%1' (expected \"LABEL=QUESTION=VALUE\")").arg(text));
        groups.append(*group);
    }
    if (groups.isEmpty())
        return command.usageError(CliText::tr("give at least one --group\n%1").arg(usage));

    QStringList conditions;
    for (const GroupArgument& group : std::as_const(groups))
        conditions += group.conditions;
    auto opened = ProjectService::openFor(path, [&](const Survey& survey) {
        return CliArguments::questionsNamed(survey, {}, conditions);
    });
    output.warnings(opened.warnings);
    if (!opened.ok())
        return command.inputError(opened.error());
    Project project = opened.takeValue();

    DerivedSegment segment;
    segment.question = DerivedSegment::freeId(project.survey);
    segment.code = segment.question;
    segment.text = name;
    segment.rest = parser.value(QStringLiteral("rest")).trimmed();
    for (const GroupArgument& group : std::as_const(groups)) {
        QStringList expanded;
        for (const QString& condition : group.conditions)
            expanded += alternatives(project.survey, condition);
        const auto filter = CliArguments::filter(project.survey, expanded);
        if (!filter.ok())
            return command.inputError({path, 0, 0, filter.error().message});
        segment.groups.append({group.label, filter.value().toJson(project.survey),
                               filter.value().describe(project.survey)});
    }
    const Edit edit{segment};
    return saveRecode(command, path, project, edit, parser.isSet(QStringLiteral("json")));
}

} // namespace sondo
