#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

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
                        {QStringLiteral("options"), QJsonArray::fromStringList(q.options)}});
    }
    return {{QStringLiteral("respondents"), project.responses.respondentCount},
            {QStringLiteral("questions"), questions}};
}

void printQuestions(const Project& project, QTextStream& out) {
    int count = 0;
    for (const Question& q : project.survey.questions)
        count += q.isAnalysable() ? 1 : 0;
    out << CliText::tr("%1 respondents, %2 questions")
               .arg(project.responses.respondentCount)
               .arg(count)
        << "\n\n";
    for (const Question& q : project.survey.questions) {
        if (!q.isAnalysable())
            continue;
        out << q.id.leftJustified(5) << ' ' << questionTypeName(q.type).leftJustified(9) << ' '
            << q.text << '\n';
        if (q.code != q.text)
            out << QString(16, QLatin1Char(' ')) << CliText::tr("code: %1").arg(q.code) << '\n';
        for (int i = 0; i < q.options.size(); ++i)
            out << QString(16, QLatin1Char(' ')) << (i + 1) << ". " << q.options[i] << '\n';
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
