#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"
#include "model/PersonalData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sondo {

namespace {

QJsonObject questionsJson(const Project& project) {
    QJsonArray questions;
    for (const Question& q : project.survey.questions) {
        if (!q.isAnalysable())
            continue;
        questions.append(
            QJsonObject{{QStringLiteral("id"), q.id},
                        {QStringLiteral("code"), q.code},
                        {QStringLiteral("text"), q.text},
                        {QStringLiteral("type"), questionTypeName(q.type)},
                        {QStringLiteral("options"), QJsonArray::fromStringList(q.options)},
                        {QStringLiteral("group"),
                         q.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.group)}});
    }
    // Metadata apart from the questions, as ids M1, M2 …: usable in --where and --by (by id or
    // code), never charted by --all; personal data marked.
    QJsonArray metadata;
    for (const Question& q : project.survey.questions)
        if (q.metadata)
            metadata.append(QJsonObject{{QStringLiteral("id"), q.id},
                                        {QStringLiteral("code"), q.code},
                                        {QStringLiteral("text"), q.text},
                                        {QStringLiteral("type"), questionTypeName(q.type)},
                                        {QStringLiteral("personal"), PersonalData::isPersonal(q)}});
    QJsonArray groups;
    for (const QuestionGroup& g : project.survey.groups)
        groups.append(
            QJsonObject{{QStringLiteral("id"), g.id},
                        {QStringLiteral("text"), g.text},
                        {QStringLiteral("kind"), questionGroupKindName(g.kind)},
                        {QStringLiteral("options"), QJsonArray::fromStringList(g.options)},
                        {QStringLiteral("items"), QJsonArray::fromStringList(g.items)}});
    return {{QStringLiteral("respondents"), project.responses.respondentCount},
            {QStringLiteral("questions"), questions},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("metadata"), metadata}};
}

/** One question's lines of the plain listing, indented by `indent` more spaces. */
void printQuestion(const Question& q, int indent, QTextStream& out) {
    const QString pad(indent, QLatin1Char(' '));
    out << pad << q.id.leftJustified(5) << ' ' << questionTypeName(q.type).leftJustified(9) << ' '
        << q.text << '\n';
    if (q.code != q.text)
        out << pad << QString(16, QLatin1Char(' ')) << CliText::tr("code: %1").arg(q.code) << '\n';
    for (int i = 0; i < q.options.size(); ++i)
        out << pad << QString(16, QLatin1Char(' ')) << (i + 1) << ". " << q.options[i] << '\n';
}

void printQuestions(const Project& project, QTextStream& out) {
    int count = 0;
    for (const Question& q : project.survey.questions)
        count += q.isAnalysable() ? 1 : 0;
    out << CliText::tr("%1 respondents, %2 questions")
               .arg(project.responses.respondentCount)
               .arg(count)
        << "\n\n";
    const Survey& survey = project.survey;
    for (const Question& q : survey.questions) {
        if (!q.isAnalysable())
            continue;
        const int g = survey.findGroup(q.group);
        if (g < 0) {
            printQuestion(q, 0, out);
            continue;
        }
        // A group's line comes before its first item; its items follow, indented.
        const QuestionGroup& group = survey.groups[g];
        if (group.items.constFirst().compare(q.id, Qt::CaseInsensitive) == 0)
            out << group.id.leftJustified(5) << ' '
                << questionGroupKindName(group.kind).leftJustified(9) << ' ' << group.text << ' '
                << CliText::tr("(%n items)", nullptr, int(group.items.size())) << '\n';
        printQuestion(q, 4, out);
    }
    // The survey's metadata last, one line each, as a collapsed group.
    QList<const Question*> metadata;
    for (const Question& q : survey.questions)
        if (q.metadata)
            metadata.append(&q);
    if (!metadata.isEmpty()) {
        out << '\n'
            << CliText::tr("Survey metadata (%n column(s))", nullptr, int(metadata.size())) << '\n';
        for (const Question* q : metadata) {
            out << "    " << q->id.leftJustified(5) << ' '
                << questionTypeName(q->type).leftJustified(9) << ' ' << q->code;
            if (PersonalData::isPersonal(*q))
                out << "  " << CliText::tr("[personal]");
            out << '\n';
        }
    }
    out.flush();
}

} // namespace

int runQuestionsCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(output, CliText::tr("List the questions of a project or survey file."),
                       CliText::tr("usage: sondo questions PROJECT [--json]"));
    command.addProjectArgument();
    command.addJsonOption();
    if (!command.parse(arguments, 1))
        return command.exitCode();

    // A listing needs no answers: a project gives its questions and how many respondents.
    const auto scope = command.open(command.positional().constFirst(), command.answersNamed({}));
    if (!scope)
        return command.exitCode();

    if (command.parser().isSet(QStringLiteral("json")))
        command.out()
            << QJsonDocument(questionsJson(scope->project)).toJson(QJsonDocument::Indented);
    else
        printQuestions(scope->project, command.out());
    command.out().flush();
    return ExitOk;
}

} // namespace sondo
