#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"
#include "ReportOptions.h"

#include "render/ReportWriter.h"

namespace sondo {

int runReportCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(
        output,
        CliText::tr("The whole report: title page, method note, and per question its chart, key "
                    "findings and table, as PDF, ODT or HTML (or, as .pptx, the slides of "
                    "'sondo slides')."),
        CliText::tr("usage: sondo report PROJECT -o FILE.pdf|FILE.odt|FILE.html "
                    "[--questions Q1,G3,...] [--where QUESTION=VALUE]... [--by QUESTION "
                    "[--vs-rest] [--level 90|95|99] [--adjust holm|bonferroni|none] "
                    "[--min-base N]] "
                    "[--lang it|en] [--title TEXT] [--source TEXT] "
                    "[--page a4|a4-landscape|16:9] [--unweighted]"));
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CliText::tr("The report file: .pdf, .odt or .html."),
                      QStringLiteral("FILE")});
    ReportOptions::add(command);
    parser.addOption({QStringLiteral("page"),
                      CliText::tr("PDF page: a4 (default), a4-landscape or 16:9."),
                      QStringLiteral("PAGE"), QStringLiteral("a4")});
    if (!command.parse(arguments, 1))
        return command.exitCode();
    if (!parser.isSet(QStringLiteral("output")))
        return command.usageError();
    const QString path = parser.value(QStringLiteral("output"));
    const auto format = ReportWriter::formatFromName(path);
    if (!format)
        return command.usageError(
            CliText::tr("bad output '%1' (expected a .pdf, .odt or .html file)").arg(path));
    const auto page = ReportWriter::pageFromName(parser.value(QStringLiteral("page")));
    if (!page)
        return command.usageError(CliText::tr("bad --page '%1' (expected a4, a4-landscape or 16:9)")
                                      .arg(parser.value(QStringLiteral("page"))));
    const auto content = ReportOptions::content(command);
    if (!content)
        return command.exitCode();
    const auto written = ReportWriter::write(*content, path, *format, *page);
    if (!written.ok())
        return command.inputError(written.error());
    command.out() << path << Qt::endl;
    return ExitOk;
}

} // namespace sondo
