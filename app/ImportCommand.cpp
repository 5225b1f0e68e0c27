#include "CliArguments.h"
#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

#include "project/ProjectService.h"

#include <QFileInfo>

namespace sondo {

namespace {

/** "Imported 300 respondents and 15 questions from x.csv (generic, UTF-8, ',') into x.sondo". */
QString importedLine(const ImportSummary& summary, const QString& target) {
    int questions = 0;
    for (const Question& q : summary.survey.questions)
        questions += q.isAnalysable() ? 1 : 0;
    const ImportRecord& record = summary.record;
    QString dialect = record.format;
    if (!record.encoding.isEmpty())
        dialect += QStringLiteral(", ") + record.encoding;
    if (!record.delimiter.isEmpty())
        dialect += QStringLiteral(", '%1'").arg(record.delimiter == u"\t" ? QStringLiteral("\\t")
                                                                          : record.delimiter);
    return CliText::tr("Imported %1 respondents and %2 questions from %3 (%4) into %5")
        .arg(summary.respondents)
        .arg(questions)
        .arg(record.sourceName, dialect, target);
}

} // namespace

int runImportCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(
        output, CliText::tr("Import a survey export into a Sondo project."),
        CliText::tr("usage: sondo import FILE [-o PROJECT] [--update] [--format …]"));
    QCommandLineParser& parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliText::tr("Survey export (CSV, TSV, XLSX, SAV…)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CliText::tr("Project file to write (default: FILE with .sondo)."),
                      QStringLiteral("PROJECT")});
    parser.addOption(
        {QStringLiteral("update"),
         CliText::tr("Re-import FILE, a newer export of the same survey, into the existing "
                     "project: questions keep their ids, the saved analysis state and the "
                     "import options used before are kept, and what changed is reported.")});
    CliArguments::addImportOptions(parser);
    if (!command.parse(arguments, 1))
        return command.exitCode();

    const auto options = CliArguments::importOptions(parser);
    if (!options.ok())
        return command.usageError(options.error().message);

    const QString source = command.positional().constFirst();
    const QString target = parser.isSet(QStringLiteral("output"))
                               ? parser.value(QStringLiteral("output"))
                               : ProjectService::besidePath(source);
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return command.usageError(
            CliText::tr("the project would overwrite the survey file '%1'").arg(source));

    if (parser.isSet(QStringLiteral("update"))) {
        const auto updated = ProjectService::update(target, source, options.value());
        output.warnings(updated.warnings);
        if (!updated.ok())
            return command.inputError(updated.error());
        command.out() << CliText::tr("Updated %1: %2").arg(target, updated.value().summary())
                      << Qt::endl;
        return ExitOk;
    }

    const auto imported = ProjectService::importInto(source, target, options.value());
    output.warnings(imported.warnings);
    if (!imported.ok())
        return command.inputError(imported.error());
    command.out() << importedLine(imported.value(), target) << Qt::endl;
    return ExitOk;
}

} // namespace sondo
