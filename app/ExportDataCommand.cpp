#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

#include "export/ResponseExporter.h"

#include <QFileInfo>

namespace sondo {

int runExportDataCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(
        output,
        // Two sentences, each translated on its own: the first one's translation predates the
        // second.
        CliText::tr("Write the answers, with labels, to a CSV file (UTF-8, for Excel) or an SPSS "
                    ".sav.") +
            QLatin1Char('\n') +
            CliText::tr(
                "CSV: a cell that starts with =, +, -, @, a tab or a carriage return and is "
                "not a number is written with a ' in front, so that a spreadsheet shows it "
                "as text instead of running it as a formula. The .sav file keeps every text "
                "as it is."),
        CliText::tr("usage: sondo export-data PROJECT -o FILE.csv|FILE.sav "
                    "[--where QUESTION=VALUE]... [--option-columns] [--include-personal]"));
    command.addProjectArgument();
    command.parser().addOption({{QStringLiteral("o"), QStringLiteral("output")},
                                CliText::tr("File to write: .csv or .sav."),
                                QStringLiteral("FILE")});
    command.addWhereOption();
    command.parser().addOption(
        {QStringLiteral("option-columns"),
         CliText::tr("CSV: after each multiple-choice column, one 1/0 column per option.")});
    command.parser().addOption(
        {QStringLiteral("include-personal"),
         CliText::tr("Also write the columns that identify a person (IP address, e-mail, names, "
                     "location, device), which are left out by default.")});
    if (!command.parse(arguments, 1))
        return command.exitCode();
    if (!command.parser().isSet(QStringLiteral("output")))
        return command.usageError();
    const QString target = command.parser().value(QStringLiteral("output"));
    if (!ResponseExporter::formatFor(target))
        return command.usageError(
            CliText::tr("-o %1: the file name must end in .csv or .sav").arg(target));
    const QString source = command.positional().constFirst();
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        return command.usageError(CliText::tr("the export would overwrite '%1'").arg(source));

    // Every answer: the export writes every question and the respondents' ids.
    const auto scope = command.open(source);
    if (!scope)
        return command.exitCode();
    const Survey& survey = scope->project.survey;
    const ResponseMatrix& responses = scope->project.responses;

    ResponseExporter::Options options;
    options.optionColumns = command.parser().isSet(QStringLiteral("option-columns"));
    options.includePersonal = command.parser().isSet(QStringLiteral("include-personal"));
    const auto written = ResponseExporter::write(target, survey, responses, scope->mask, options);
    if (!written.ok())
        return command.inputError(written.error());

    int questions = 0;
    for (const Question& q : survey.questions)
        questions += q.isAnalysable() ? 1 : 0;
    QString line = CliText::tr("Wrote %1 of %2 respondents and %3 questions to %4")
                       .arg(written.value())
                       .arg(responses.respondentCount)
                       .arg(questions)
                       .arg(target);
    if (!scope->filterText.isEmpty())
        line += QStringLiteral(" (%1)").arg(scope->filterText);
    command.out() << line << Qt::endl;
    if (!options.includePersonal) {
        QStringList left;
        for (const int q : ResponseExporter::personalQuestions(survey))
            left.append(survey.questions[q].code);
        if (!left.isEmpty())
            output.note(CliText::tr("left out personal data: %1 (--include-personal writes them)")
                            .arg(left.join(QStringLiteral(", "))));
    }
    return ExitOk;
}

} // namespace sondo
