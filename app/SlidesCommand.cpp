#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"
#include "ReportOptions.h"

#include "render/ReportWriter.h"

namespace sondo {

int runSlidesCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(
        output,
        CliText::tr("A 16:9 PowerPoint deck: a title slide, then one slide per chart with its "
                    "title, the chart, its key findings and the base and source in the footer. "
                    "Opens in LibreOffice Impress and PowerPoint; the text stays editable."),
        CliText::tr("usage: sondo slides PROJECT -o FILE.pptx [--questions Q1,G3,...] "
                    "[--where QUESTION=VALUE]... [--by QUESTION [--vs-rest] [--level 90|95|99] "
                    "[--adjust holm|bonferroni|none] [--min-base N]] [--lang it|en] "
                    "[--title TEXT] [--source TEXT] [--unweighted]"));
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CliText::tr("The deck (.pptx)."),
                      QStringLiteral("FILE")});
    ReportOptions::add(command);
    if (!command.parse(arguments, 1))
        return command.exitCode();
    if (!parser.isSet(QStringLiteral("output")))
        return command.usageError();
    const QString path = parser.value(QStringLiteral("output"));
    if (ReportWriter::formatFromName(path) != ReportFormat::Slides)
        return command.usageError(CliText::tr("bad output '%1' (expected a .pptx file)").arg(path));
    const auto content = ReportOptions::content(command);
    if (!content)
        return command.exitCode();
    const auto written = ReportWriter::write(*content, path, ReportFormat::Slides);
    if (!written.ok())
        return command.inputError(written.error());
    command.out() << path << Qt::endl;
    return ExitOk;
}

} // namespace sondo
