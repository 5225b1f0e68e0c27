#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"
#include "edit/RecodeText.h"

#include "edit/EditList.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sondo {

namespace {

/** Each recode with why it does not apply (empty when it does), checked in order. */
QList<QString> problemsOf(const EditList& edits, Survey survey) {
    QList<QString> problems;
    for (const Edit& edit : edits.edits()) {
        const Result<Done> done = EditList::applyOne(edit, survey, nullptr);
        problems.append(done.ok() ? QString() : done.error().message);
    }
    return problems;
}

void printList(const EditList& edits, const Survey& stored, bool json, QTextStream& out) {
    const QList<QString> problems = problemsOf(edits, stored);
    if (json) {
        QJsonArray recodes;
        for (int i = 0; i < edits.size(); ++i) {
            QJsonObject entry = RecodeText::json(edits.at(i), i + 1);
            entry.insert(QStringLiteral("applies"), problems[i].isEmpty());
            if (!problems[i].isEmpty())
                entry.insert(QStringLiteral("problem"), problems[i]);
            recodes.append(entry);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("recodes"), recodes}}).toJson();
        return;
    }
    if (edits.isEmpty()) {
        out << CliText::tr("No recodes.") << '\n';
        return;
    }
    for (int i = 0; i < edits.size(); ++i) {
        out << QStringLiteral("%1. %2 %3\n")
                   .arg(QString::number(i + 1).rightJustified(3), RecodeText::question(edits.at(i)),
                        RecodeText::describe(edits.at(i)));
        if (!problems[i].isEmpty())
            out << QStringLiteral("     ") << CliText::tr("not applied: %1").arg(problems[i])
                << '\n';
    }
}

} // namespace

int runRecodesCommand(const QStringList& arguments, CliOutput& output) {
    const QString usage = CliText::tr("usage: sondo recodes PROJECT [--json] [--remove N]");
    CliCommand command(output,
                       CliText::tr("List the project's recodes, numbered from 1 in the order "
                                   "they apply, or remove one."),
                       usage);
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addOption({QStringLiteral("remove"),
                      CliText::tr("Remove recode N (the later ones then apply to what the "
                                  "earlier ones make)."),
                      QStringLiteral("N")});
    command.addJsonOption();
    if (!command.parse(arguments, 1))
        return command.exitCode();
    const QString path = command.positional().constFirst();
    if (!ProjectService::isProjectFile(path))
        return command.usageError(
            CliText::tr("%1 is not a .sondo project: import it first (sondo import)").arg(path));
    // The questions as stored and no answers: each recode is checked on what the ones before
    // it made, as every open applies them.
    auto opened = ProjectService::openProjectFor(path, [](const Survey& survey) {
        return std::vector<bool>(size_t(survey.questions.size()), false);
    });
    output.warnings(opened.warnings);
    if (!opened.ok())
        return command.inputError(opened.error());
    const Project& project = opened.value();
    EditList edits = EditList::fromState(project.state);
    const bool json = parser.isSet(QStringLiteral("json"));

    if (parser.isSet(QStringLiteral("remove"))) {
        const QString text = parser.value(QStringLiteral("remove"));
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        if (!ok || number < 1 || number > edits.size())
            return command.inputError({path, 0, 0,
                                       CliText::tr("no recode %1: the project has %n recode(s)",
                                                   nullptr, int(edits.size()))
                                           .arg(text)});
        const Edit removed = edits.at(number - 1);
        edits.removeAt(number - 1);
        QJsonObject state = project.state;
        edits.storeIn(state);
        const auto saved = ProjectService::saveState(path, state);
        if (!saved.ok())
            return command.inputError(saved.error());
        if (!json)
            command.out() << CliText::tr("Removed recode %1: %2 %3")
                                 .arg(number)
                                 .arg(RecodeText::question(removed), RecodeText::describe(removed))
                          << '\n';
    }
    if (json || !parser.isSet(QStringLiteral("remove")))
        printList(edits, project.survey, json, command.out());
    command.out().flush();
    return ExitOk;
}

} // namespace sondo
