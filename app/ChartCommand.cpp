#include "CliArguments.h"
#include "CliOutput.h"
#include "Commands.h"

#include "chart/ChartSpecBuilder.h"
#include "project/ProjectOpener.h"
#include "render/ChartExporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace sondo {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sondo", text);
}

/** "1200x675", "1200×675" or a preset name (newsletter, square, a4). */
std::optional<QSizeF> parseSize(const QString& text) {
    if (const auto preset = ChartExporter::presetFromName(text))
        return ChartExporter::presetSize(*preset);
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*[x×X]\\s*(\\d+)\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width < 200 || height < 150 || width > 10000 || height > 10000)
        return std::nullopt;
    return QSizeF(width, height);
}

} // namespace

int runChartCommand(const QStringList& arguments, CliOutput& output) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render the chart of one question, or of all, to PNG, SVG or PDF."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 tr("A .sondo project or a survey export."));
    parser.addPositionalArgument(QStringLiteral("QUESTION"),
                                 tr("Question id, code or text (or --all)."));
    parser.addOption({QStringLiteral("all"), tr("Every question with a chart, one file each.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Output file (one question) or folder (--all)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("where"),
                      tr("Keep respondents who answered VALUE to QUESTION (OR within a question, "
                         "AND across questions)."),
                      QStringLiteral("QUESTION=VALUE")});
    parser.addOption({QStringLiteral("by"), tr("Compare by the options of a segment question."),
                      QStringLiteral("QUESTION")});
    parser.addOption({QStringLiteral("size"),
                      tr("WxH in pixels, or newsletter (1200x675), square (1080x1080), a4."),
                      QStringLiteral("SIZE"), QStringLiteral("1200x675")});
    parser.addOption({QStringLiteral("scale"), tr("Pixel scale of PNG files: 1, 2 or 3."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("format"),
                      tr("png, svg or pdf (default: from the file name, else png)."),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {QStringLiteral("source"), tr("Source note under the chart."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("sort"),
                      tr("Bar order: questionnaire (default) or frequency."),
                      QStringLiteral("ORDER"), QStringLiteral("questionnaire")});
    parser.addOption({QStringLiteral("diverging"), tr("Draw Likert scales as diverging bars.")});
    parser.addOption({QStringLiteral("transparent"), tr("PNG without background.")});
    parser.addOption({QStringLiteral("no-title"), tr("Leave out the question text.")});
    parser.addOption({QStringLiteral("no-footer"), tr("Leave out the base and source note.")});
    if (!parser.parse(arguments))
        return output.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        output.out() << parser.helpText();
        return ExitOk;
    }
    const bool all = parser.isSet(QStringLiteral("all"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (all ? 1 : 2) || !parser.isSet(QStringLiteral("output")))
        return output.usageError(tr("usage: sondo chart PROJECT (QUESTION | --all) -o PATH "
                                    "[--where QUESTION=VALUE]... [--by QUESTION] [--size WxH] "
                                    "[--scale N] [--format png|svg|pdf]"));
    const QString path = parser.value(QStringLiteral("output"));

    ExportOptions exportOptions;
    const auto size = parseSize(parser.value(QStringLiteral("size")));
    if (!size)
        return output.usageError(tr("bad --size '%1' (expected WxH, e.g. 1200x675, or newsletter, "
                                    "square, a4)")
                                     .arg(parser.value(QStringLiteral("size"))));
    exportOptions.size = *size;
    bool scaleOk = false;
    exportOptions.scale = parser.value(QStringLiteral("scale")).toDouble(&scaleOk);
    if (!scaleOk || exportOptions.scale < 1 || exportOptions.scale > 4)
        return output.usageError(
            tr("bad --scale '%1' (expected 1, 2 or 3)").arg(parser.value(QStringLiteral("scale"))));
    exportOptions.transparent = parser.isSet(QStringLiteral("transparent"));

    std::optional<ExportFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = ChartExporter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return output.usageError(tr("bad --format '%1' (expected png, svg or pdf)")
                                         .arg(parser.value(QStringLiteral("format"))));
    } else {
        format = all ? ExportFormat::Png
                     : ChartExporter::formatFromName(path).value_or(ExportFormat::Png);
    }

    ChartOptions chartOptions;
    chartOptions.locale = QLocale();
    chartOptions.sourceNote = parser.value(QStringLiteral("source"));
    chartOptions.divergingLikert = parser.isSet(QStringLiteral("diverging"));
    chartOptions.showTitle = !parser.isSet(QStringLiteral("no-title"));
    chartOptions.showFooter = !parser.isSet(QStringLiteral("no-footer"));
    const QString sort = parser.value(QStringLiteral("sort")).toLower();
    if (sort != u"questionnaire" && sort != u"frequency")
        return output.usageError(
            tr("bad --sort '%1' (expected questionnaire or frequency)").arg(sort));
    chartOptions.sortByFrequency = sort == u"frequency";

    // One chart needs the answers to its question, the filter's and the segment's only.
    auto project = ProjectOpener::openFor(positional.constFirst(), [&](const Survey& s) {
        if (all)
            return std::vector<bool>(size_t(s.questions.size()), true);
        return CliArguments::questionsNamed(
            s, {positional.value(1), parser.value(QStringLiteral("by"))},
            parser.values(QStringLiteral("where")));
    });
    output.warnings(project.warnings);
    if (!project.ok())
        return output.inputError(project.error());
    const Survey& survey = project.value().survey;
    const ResponseMatrix& responses = project.value().responses;

    const auto filter = CliArguments::filter(survey, parser.values(QStringLiteral("where")));
    if (!filter.ok())
        return output.usageError(filter.error().message);
    ChartScope scope;
    scope.mask = filter.value().mask(survey, responses);
    scope.filterDescription = filter.value().describe(survey);
    if (parser.isSet(QStringLiteral("by"))) {
        const auto segment = CliArguments::segment(survey, parser.value(QStringLiteral("by")));
        if (!segment.ok())
            return output.usageError(segment.error().message);
        scope.segment = segment.value();
    }

    if (!all) {
        const auto question = CliArguments::question(survey, positional.at(1));
        if (!question.ok())
            return output.usageError(question.error().message);
        const ChartSpec spec =
            ChartSpecBuilder::build(survey, responses, question.value(), chartOptions, scope);
        if (spec.isEmpty())
            return output.usageError(
                tr("%1 is a %2 question: it has no chart")
                    .arg(survey.questions[question.value()].id,
                         questionTypeName(survey.questions[question.value()].type)));
        const auto written = ChartExporter::exportChart(spec, path, *format, exportOptions);
        if (!written.ok())
            return output.inputError(written.error());
        output.out() << path << Qt::endl;
        return ExitOk;
    }

    QList<ChartSpec> specs;
    for (int q = 0; q < survey.questions.size(); ++q) {
        if (!survey.questions[q].isAnalysable() || q == scope.segment)
            continue;
        ChartSpec spec = ChartSpecBuilder::build(survey, responses, q, chartOptions, scope);
        if (!spec.isEmpty())
            specs.append(std::move(spec));
    }
    const auto written = ChartExporter::exportAll(specs, path, *format, exportOptions);
    if (!written.ok())
        return output.inputError(written.error());
    for (const QString& file : written.value())
        output.out() << file << '\n';
    output.out().flush();
    return ExitOk;
}

} // namespace sondo
