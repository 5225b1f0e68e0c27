#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

#include "export/ReportContentBuilder.h"
#include "render/ReportWriter.h"

#include <QCoreApplication>
#include <QTranslator>

namespace sondo {

int runReportCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(
        output,
        CliText::tr("The whole report: title page, method note, and per question its chart, key "
                    "findings and table, as PDF, ODT or HTML."),
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
    parser.addOption({QStringLiteral("questions"),
                      CliText::tr("Questions and groups in report order, by comma (default: "
                                  "every question)."),
                      QStringLiteral("LIST")});
    command.addWhereOption();
    command.addByOption();
    command.addSignificanceOptions();
    parser.addOption({QStringLiteral("lang"), CliText::tr("Language: it (default) or en."),
                      QStringLiteral("LANG"), QStringLiteral("it")});
    parser.addOption({QStringLiteral("title"),
                      CliText::tr("Title of the report (default: the survey's)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("source"),
                      CliText::tr("Source note under every chart and on the title page."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("page"),
                      CliText::tr("PDF page: a4 (default), a4-landscape or 16:9."),
                      QStringLiteral("PAGE"), QStringLiteral("a4")});
    command.addUnweightedOption();
    if (!command.parse(arguments, 1))
        return command.exitCode();
    const auto significance = command.significance();
    if (!significance)
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
    const QString lang = parser.value(QStringLiteral("lang")).toLower();
    if (lang != u"it" && lang != u"en")
        return command.usageError(CliText::tr("bad --lang '%1' (expected it or en)").arg(lang));

    const auto scope = command.open(command.positional().constFirst(), [](const Survey& s) {
        return std::vector<bool>(size_t(s.questions.size()), true);
    });
    if (!scope)
        return command.exitCode();
    const Survey& survey = scope->project.survey;

    ReportRequest request;
    request.language = lang == u"en" ? FindingLanguage::English : FindingLanguage::Italian;
    request.mask = scope->mask;
    request.filterText = scope->filterText;
    request.weighted = scope->weighted;
    request.title = parser.value(QStringLiteral("title"));
    request.source = parser.value(QStringLiteral("source"));
    if (parser.isSet(QStringLiteral("by"))) {
        const auto segment = command.segment(survey, parser.value(QStringLiteral("by")));
        if (!segment)
            return command.exitCode();
        request.segment = *segment;
        request.significance = *significance;
    }
    if (parser.isSet(QStringLiteral("questions"))) {
        const QStringList keys =
            parser.value(QStringLiteral("questions")).split(u',', Qt::SkipEmptyParts);
        for (const QString& raw : keys) {
            const QString key = raw.trimmed();
            // A group id (G3) names the group, as in `sondo freq`.
            if (const int group = survey.findGroup(key); group >= 0) {
                request.items.append({true, group});
                continue;
            }
            const auto question = command.question(survey, key);
            if (!question)
                return command.exitCode();
            request.items.append({false, *question});
        }
        if (request.items.isEmpty())
            return command.usageError(CliText::tr("--questions names no question"));
    }

    // The report's own words follow --lang, whatever the system's language; messages to the
    // terminal (above) stay in the terminal's.
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/sondo_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&translator);
    const ReportContent content =
        ReportContentBuilder::build(survey, scope->project.responses, request);
    const auto written = ReportWriter::write(content, path, *format, *page);
    if (!written.ok())
        return command.inputError(written.error());
    command.out() << path << Qt::endl;
    return ExitOk;
}

} // namespace sondo
