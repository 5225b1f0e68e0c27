#include "CliArguments.h"
#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

#include "import/definition/DefinitionFile.h"
#include "model/PersonalData.h"
#include "project/ProjectService.h"

#include <QDir>
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

/** "personal data: IPAddress (M3), Email (M5); …", or empty when the survey has none. */
QString personalNote(const Survey& survey) {
    QStringList found;
    for (const Question& q : survey.questions)
        if (PersonalData::isPersonal(q))
            found.append(QStringLiteral("%1 (%2)").arg(q.code, q.id));
    if (found.isEmpty())
        return {};
    return CliText::tr("personal data found: %1; export-data leaves it out unless "
                       "--include-personal")
        .arg(found.join(QStringLiteral(", ")));
}

} // namespace

int runImportCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(
        output, CliText::tr("Import a survey export into a Sondo project."),
        CliText::tr("usage: sondo import FILE [-o PROJECT] [--update | --force] [--format …]"));
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
    parser.addOption(
        {QStringLiteral("force"),
         CliText::tr("Replace PROJECT even when it is not a Sondo project (without --force, "
                     "only a project is replaced, and kept as PROJECT.bak).")});
    CliArguments::addImportOptions(parser);
    if (!command.parse(arguments, 1))
        return command.exitCode();

    auto options = CliArguments::importOptions(parser);
    if (!options.ok())
        return command.usageError(options.error().message);

    const QString source = command.positional().constFirst();
    QString definition = parser.value(QStringLiteral("definition"));
    if (definition.isEmpty() && !parser.isSet(QStringLiteral("no-definition")))
        definition = DefinitionFile::besideAnswers(source);
    if (!definition.isEmpty()) {
        auto read = DefinitionFile::read(definition);
        if (!read.ok())
            return command.inputError(read.error());
        output.note(CliText::tr("read the survey definition %1 (%n question(s))", "",
                                int(read.value().questions.size()))
                        .arg(QDir::toNativeSeparators(definition)));
        options.value().definition = read.takeValue();
    }
    const QString target = parser.isSet(QStringLiteral("output"))
                               ? parser.value(QStringLiteral("output"))
                               : ProjectService::besidePath(source);
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return command.usageError(
            CliText::tr("the project would overwrite the survey file '%1'").arg(source));

    const bool force = parser.isSet(QStringLiteral("force"));
    if (force && parser.isSet(QStringLiteral("update")))
        return command.usageError(
            CliText::tr("--update keeps the project and --force replaces it: use only one"));

    if (parser.isSet(QStringLiteral("update"))) {
        const auto updated = ProjectService::update(target, source, options.value());
        output.warnings(updated.warnings);
        if (!updated.ok())
            return command.inputError(updated.error());
        command.out() << CliText::tr("Updated %1: %2").arg(target, updated.value().summary())
                      << Qt::endl;
        return ExitOk;
    }

    if (!force) {
        // Said before the survey is read, with the way round it; the import checks again.
        if (auto refusal = ProjectService::replaceRefusal(target)) {
            refusal->message = CliText::tr("%1; use --force to replace it").arg(refusal->message);
            return command.inputError(*refusal);
        }
    }
    const auto imported = ProjectService::importInto(source, target, options.value(), {},
                                                     force ? ProjectService::Replace::AnyFile
                                                           : ProjectService::Replace::ProjectOnly);
    output.warnings(imported.warnings);
    if (!imported.ok())
        return command.inputError(imported.error());
    command.out() << importedLine(imported.value(), target) << Qt::endl;
    if (const QString note = personalNote(imported.value().survey); !note.isEmpty())
        output.note(note);
    if (!imported.value().backupPath.isEmpty())
        output.note(CliText::tr("the previous project is kept as %1")
                        .arg(QDir::toNativeSeparators(imported.value().backupPath)));
    return ExitOk;
}

} // namespace sondo
