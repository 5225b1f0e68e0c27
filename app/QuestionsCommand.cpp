#include "CliOutput.h"
#include "Commands.h"

#include "project/ProjectOpener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sondo {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sondo", text);
}

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
    out << tr("%1 respondents, %2 questions").arg(project.responses.respondentCount).arg(count)
        << "\n\n";
    for (const Question& q : project.survey.questions) {
        if (!q.isAnalysable())
            continue;
        out << q.id.leftJustified(5) << ' ' << questionTypeName(q.type).leftJustified(9) << ' '
            << q.text << '\n';
        if (q.code != q.text)
            out << QString(16, QLatin1Char(' ')) << tr("code: %1").arg(q.code) << '\n';
        for (int i = 0; i < q.options.size(); ++i)
            out << QString(16, QLatin1Char(' ')) << (i + 1) << ". " << q.options[i] << '\n';
    }
    out.flush();
}

} // namespace

int runQuestionsCommand(const QStringList& arguments, CliOutput& output) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the questions of a project or survey file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 tr("A .sondo project or a survey export."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parser.parse(arguments))
        return output.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        output.out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return output.usageError(tr("usage: sondo questions PROJECT [--json]"));

    // A listing needs no answers: a project gives its questions and how many respondents.
    auto project = ProjectOpener::openFor(parser.positionalArguments().constFirst(),
                                          [](const Survey&) { return std::vector<bool>(); });
    output.warnings(project.warnings);
    if (!project.ok())
        return output.inputError(project.error());

    if (parser.isSet(QStringLiteral("json")))
        output.out()
            << QJsonDocument(questionsJson(project.value())).toJson(QJsonDocument::Indented);
    else
        printQuestions(project.value(), output.out());
    output.out().flush();
    return ExitOk;
}

} // namespace sondo
