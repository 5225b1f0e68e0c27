#include "CliArguments.h"
#include "CliOutput.h"
#include "Commands.h"

#include "project/ProjectImporter.h"
#include "project/ProjectLocator.h"
#include "project/ProjectUpdater.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sondo {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sondo", text);
}

} // namespace

int runImportCommand(const QStringList& arguments, CliOutput& output) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a survey export into a Sondo project."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Survey export (CSV, TSV, XLSX, SAV…)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Project file to write (default: FILE with .sondo)."),
                      QStringLiteral("PROJECT")});
    parser.addOption({QStringLiteral("update"),
                      tr("Re-import FILE, a newer export of the same survey, into the existing "
                         "project: questions keep their ids, the saved analysis state and the "
                         "import options used before are kept, and what changed is reported.")});
    CliArguments::addImportOptions(parser);
    if (!parser.parse(arguments))
        return output.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        output.out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return output.usageError(
            tr("usage: sondo import FILE [-o PROJECT] [--update] [--format …]"));

    auto options = CliArguments::importOptions(parser);
    if (!options.ok())
        return output.usageError(options.error().message);

    const QString source = parser.positionalArguments().constFirst();
    const QString target = parser.isSet(QStringLiteral("output"))
                               ? parser.value(QStringLiteral("output"))
                               : ProjectLocator::besidePath(source);
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return output.usageError(
            tr("the project would overwrite the survey file '%1'").arg(source));

    if (parser.isSet(QStringLiteral("update"))) {
        auto updated = ProjectUpdater::updateFile(target, source, options.value());
        output.warnings(updated.warnings);
        if (!updated.ok())
            return output.inputError(updated.error());
        output.out() << tr("Updated %1: %2").arg(target, updated.value().summary()) << Qt::endl;
        return ExitOk;
    }

    auto imported = ProjectImporter::importInto(source, target, options.value());
    output.warnings(imported.warnings);
    if (!imported.ok())
        return output.inputError(imported.error());

    const ImportSummary& summary = imported.value();
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
    output.out() << tr("Imported %1 respondents and %2 questions from %3 (%4) into %5")
                        .arg(summary.respondents)
                        .arg(questions)
                        .arg(record.sourceName, dialect, target)
                 << Qt::endl;
    return ExitOk;
}

} // namespace sondo
