#include "CliArguments.h"
#include "CliOutput.h"
#include "Commands.h"

#include "export/ResponseExporter.h"
#include "project/ProjectOpener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace sondo {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sondo", text);
}

} // namespace

int runExportDataCommand(const QStringList& arguments, CliOutput& output) {
    QCommandLineParser parser;
    // Two sentences, each translated on its own: the first one's translation predates the second.
    parser.setApplicationDescription(
        tr("Write the answers, with labels, to a CSV file (UTF-8, for Excel) or an SPSS .sav.") +
        QLatin1Char('\n') +
        tr("CSV: a cell that starts with =, +, -, @, a tab or a carriage return and is not a "
           "number is written with a ' in front, so that a spreadsheet shows it as text instead "
           "of running it as a formula. The .sav file keeps every text as it is."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 tr("A .sondo project or a survey export."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("File to write: .csv or .sav."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("where"),
         tr("Keep respondents who answered VALUE to QUESTION. Repeat a question for OR; "
            "different questions combine with AND."),
         QStringLiteral("QUESTION=VALUE")});
    parser.addOption({QStringLiteral("option-columns"),
                      tr("CSV: after each multiple-choice column, one 1/0 column per option.")});
    if (!parser.parse(arguments))
        return output.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        output.out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output")))
        return output.usageError(tr("usage: sondo export-data PROJECT -o FILE.csv|FILE.sav "
                                    "[--where QUESTION=VALUE]... [--option-columns]"));
    const QString target = parser.value(QStringLiteral("output"));
    if (!ResponseExporter::formatFor(target))
        return output.usageError(tr("-o %1: the file name must end in .csv or .sav").arg(target));
    const QString source = parser.positionalArguments().constFirst();
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return output.usageError(tr("the export would overwrite '%1'").arg(source));

    auto project = ProjectOpener::open(source);
    output.warnings(project.warnings);
    if (!project.ok())
        return output.inputError(project.error());
    const Survey& survey = project.value().survey;
    const ResponseMatrix& responses = project.value().responses;

    const auto filter = CliArguments::filter(survey, parser.values(QStringLiteral("where")));
    if (!filter.ok())
        return output.usageError(filter.error().message);
    ResponseExporter::Options options;
    options.optionColumns = parser.isSet(QStringLiteral("option-columns"));
    const auto written = ResponseExporter::write(target, survey, responses,
                                                 filter.value().mask(survey, responses), options);
    if (!written.ok())
        return output.inputError(written.error());

    int questions = 0;
    for (const Question& q : survey.questions)
        questions += q.isAnalysable() ? 1 : 0;
    QString line = tr("Wrote %1 of %2 respondents and %3 questions to %4")
                       .arg(written.value())
                       .arg(responses.respondentCount)
                       .arg(questions)
                       .arg(target);
    const QString filterText = filter.value().describe(survey);
    if (!filterText.isEmpty())
        line += QStringLiteral(" (%1)").arg(filterText);
    output.out() << line << Qt::endl;
    return ExitOk;
}

} // namespace sondo
