#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"
#include "GroupReport.h"
#include "render/ContentLanguage.h"

#include "chart/BaseThresholds.h"
#include "chart/ChartSpecBuilder.h"
#include "chart/GridChartSpecBuilder.h"
#include "findings/KeyFindings.h"
#include "render/ChartExporter.h"

#include <QRegularExpression>
#include <QSet>

namespace sondo {

namespace {

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
    CliCommand command(
        output, CliText::tr("Render the chart of one question, or of all, to PNG, SVG or PDF."),
        CliText::tr("usage: sondo chart PROJECT (QUESTION | --all) -o PATH "
                    "[--where QUESTION=VALUE]... [--by QUESTION] [--size WxH] "
                    "[--scale N] [--format png|svg|pdf] [--ci] [--finding] "
                    "[--figure auto|answers|nps|top2|bottom2|net|mean] [--text-charts] [--items] "
                    "[--lang it|en|auto] [--unweighted]"));
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addPositionalArgument(QStringLiteral("QUESTION"),
                                 CliText::tr("Question id, code or text (or --all)."));
    parser.addOption(
        {QStringLiteral("all"), CliText::tr("Every question with a chart, one file each.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CliText::tr("Output file (one question) or folder (--all)."),
                      QStringLiteral("PATH")});
    command.addWhereOption(
        CliText::tr("Keep respondents who answered VALUE to QUESTION (OR within a question, "
                    "AND across questions)."));
    command.addByOption();
    command.addSignificanceOptions();
    parser.addOption(
        {QStringLiteral("size"),
         CliText::tr("WxH in pixels, or newsletter (1200x675), square (1080x1080), a4."),
         QStringLiteral("SIZE"), QStringLiteral("1200x675")});
    parser.addOption({QStringLiteral("scale"), CliText::tr("Pixel scale of PNG files: 1, 2 or 3."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("format"),
                      CliText::tr("png, svg or pdf (default: from the file name, else png)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("source"), CliText::tr("Source note under the chart."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("sort"),
                      CliText::tr("Bar order: questionnaire (default) or frequency."),
                      QStringLiteral("ORDER"), QStringLiteral("questionnaire")});
    parser.addOption(
        {QStringLiteral("diverging"), CliText::tr("Draw Likert scales as diverging bars.")});
    parser.addOption({QStringLiteral("transparent"), CliText::tr("PNG without background.")});
    parser.addOption({QStringLiteral("no-title"), CliText::tr("Leave out the question text.")});
    parser.addOption(
        {QStringLiteral("no-footer"), CliText::tr("Leave out the base and source note.")});
    parser.addOption(
        {QStringLiteral("finding"), CliText::tr("The question's key finding as the subtitle.")});
    parser.addOption(
        {QStringLiteral("ci"), CliText::tr("Thin 95% confidence-interval lines on the bars.")});
    parser.addOption({QStringLiteral("top"),
                      CliText::tr("At most N bars for a choice question: the most chosen and one "
                                  "\u201cOther (K options)\u201d (default 12; 0: every option)."),
                      QStringLiteral("N"), QStringLiteral("12")});
    parser.addOption({QStringLiteral("moe"),
                      CliText::tr("The sample's margin of error in the notes (at --level).")});
    parser.addOption({QStringLiteral("lang"),
                      CliText::tr("Language of the chart's words and numbers: it, en or auto "
                                  "(default: the survey's language)."),
                      QStringLiteral("LANG"), QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("items"),
         CliText::tr("With --all, draw each item of a question group too (by default a group is "
                     "one chart of all its items).")});
    parser.addOption(
        {QStringLiteral("text-charts"),
         CliText::tr("With --all, also draw open-text questions as a chart of their most frequent "
                     "answers (by default they are left out: their answers are a table).")});
    parser.addOption(
        {QStringLiteral("figure"),
         CliText::tr("What the chart shows: auto (default: a recommendation question's NPS, "
                     "otherwise the answers), answers, nps, or with --by one bar per group of a "
                     "scale's top2, bottom2, net or mean, or a number's mean, with its letters."),
         QStringLiteral("FIGURE"), QStringLiteral("auto")});
    command.addUnweightedOption();
    if (!command.parse(arguments))
        return command.exitCode();
    const auto significance = command.significance();
    if (!significance)
        return command.exitCode();
    const bool all = parser.isSet(QStringLiteral("all"));
    const QStringList positional = command.positional();
    if (positional.size() != (all ? 1 : 2) || !parser.isSet(QStringLiteral("output")))
        return command.usageError();
    const QString path = parser.value(QStringLiteral("output"));

    ExportOptions exportOptions;
    const auto size = parseSize(parser.value(QStringLiteral("size")));
    if (!size)
        return command.usageError(
            CliText::tr("bad --size '%1' (expected WxH, e.g. 1200x675, or newsletter, "
                        "square, a4)")
                .arg(parser.value(QStringLiteral("size"))));
    exportOptions.size = *size;
    bool scaleOk = false;
    exportOptions.scale = parser.value(QStringLiteral("scale")).toDouble(&scaleOk);
    if (!scaleOk || exportOptions.scale < 1 || exportOptions.scale > 4)
        return command.usageError(CliText::tr("bad --scale '%1' (expected 1, 2 or 3)")
                                      .arg(parser.value(QStringLiteral("scale"))));
    exportOptions.transparent = parser.isSet(QStringLiteral("transparent"));

    std::optional<ExportFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = ChartExporter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return command.usageError(CliText::tr("bad --format '%1' (expected png, svg or pdf)")
                                          .arg(parser.value(QStringLiteral("format"))));
    } else {
        format = all ? ExportFormat::Png
                     : ChartExporter::formatFromName(path).value_or(ExportFormat::Png);
    }

    const QString lang = parser.value(QStringLiteral("lang")).toLower();
    if (lang != u"auto" && !ContentLanguage::isValid(lang))
        return command.usageError(
            CliText::tr("bad --lang '%1' (expected it, en or auto)").arg(lang));
    ChartOptions chartOptions;
    chartOptions.sourceNote = parser.value(QStringLiteral("source"));
    chartOptions.divergingLikert = parser.isSet(QStringLiteral("diverging"));
    chartOptions.showTitle = !parser.isSet(QStringLiteral("no-title"));
    chartOptions.showFooter = !parser.isSet(QStringLiteral("no-footer"));
    const QString sort = parser.value(QStringLiteral("sort")).toLower();
    if (sort != u"questionnaire" && sort != u"frequency")
        return command.usageError(
            CliText::tr("bad --sort '%1' (expected questionnaire or frequency)").arg(sort));
    chartOptions.sortByFrequency = sort == u"frequency";

    // One chart needs the answers to its question, the filter's and the segment's only.
    const QString by = parser.value(QStringLiteral("by"));
    const bool textCharts = parser.isSet(QStringLiteral("text-charts"));
    // --all loads what it draws (open texts, the heaviest columns, only with --text-charts; no
    // ids or dates, which have no chart), and the filter's and the segment's answers.
    auto opened = command.open(
        positional.constFirst(),
        all ? command.answersOfAll({by},
                                   [textCharts](const Question& q) {
                                       return ChartSpecBuilder::hasChart(q.type) &&
                                              (textCharts || q.type != QuestionType::Text);
                                   })
            : GroupReport::withGroupItems(command.answersNamed({positional.value(1), by}),
                                          positional.value(1)));
    if (!opened)
        return command.exitCode();
    const Survey& survey = opened->project.survey;
    const ResponseMatrix& responses = opened->project.responses;
    chartOptions.weighted = opened->weighted;
    // One language per chart: its notes, "Base", "Total" and numbers, by default the survey's.
    const ContentLanguage language(ContentLanguage::resolve(lang, opened->project.survey));
    chartOptions.locale = language.locale();
    BaseThresholds::fromState(opened->project.state).applyTo(chartOptions);
    chartOptions.intervals = parser.isSet(QStringLiteral("ci"));
    chartOptions.marginOfError = parser.isSet(QStringLiteral("moe"));
    bool topOk = false;
    chartOptions.maxBars = parser.value(QStringLiteral("top")).toInt(&topOk);
    if (!topOk || chartOptions.maxBars < 0 || chartOptions.maxBars == 1)
        return command.usageError(CliText::tr("bad --top '%1' (expected 0 or a number from 2)")
                                      .arg(parser.value(QStringLiteral("top"))));
    const auto figure = chartFigureFromName(parser.value(QStringLiteral("figure")));
    if (!figure)
        return command.usageError(
            CliText::tr("bad --figure '%1' (expected auto, answers, nps, top2, bottom2, net or "
                        "mean)")
                .arg(parser.value(QStringLiteral("figure"))));
    chartOptions.figure = *figure;
    // Compared by a segment, the bars carry the letters of the groups they beat.
    chartOptions.significance = parser.isSet(QStringLiteral("by"));
    chartOptions.tests = *significance;
    ChartScope scope;
    scope.mask = std::move(opened->mask);
    scope.filterDescription = opened->filterText;
    if (parser.isSet(QStringLiteral("by"))) {
        const auto segment = command.segment(survey, by);
        if (!segment)
            return command.exitCode();
        scope.segment = *segment;
    }

    // A question group (G3): its grid chart.
    if (const int group = all ? -1 : survey.findGroup(positional.at(1)); group >= 0)
        return GroupReport::exportChart(command, survey, responses, group, chartOptions, scope,
                                        path, *format, exportOptions);

    const bool finding = parser.isSet(QStringLiteral("finding"));
    // The key finding leads the subtitle, before the filter and the compare-by line.
    const auto withFinding = [&](ChartSpec spec, int question) {
        if (!finding)
            return spec;
        const FindingLanguage language = chartOptions.locale.language() == QLocale::Italian
                                             ? FindingLanguage::Italian
                                             : FindingLanguage::English;
        const QStringList sentences =
            KeyFindings::of(survey, responses, question, language, scope.mask, scope.segment);
        if (!sentences.isEmpty())
            spec.subtitle = spec.subtitle.isEmpty()
                                ? sentences.constFirst()
                                : sentences.constFirst() + QStringLiteral(" · ") + spec.subtitle;
        return spec;
    };

    if (!all) {
        const auto question = command.question(survey, positional.at(1));
        if (!question)
            return command.exitCode();
        const ChartSpec spec = withFinding(
            ChartSpecBuilder::build(survey, responses, *question, chartOptions, scope), *question);
        if (spec.isEmpty())
            return command.usageError(CliText::tr("%1 is a %2 question: it has no chart")
                                          .arg(survey.questions[*question].id,
                                               questionTypeName(survey.questions[*question].type)));
        const auto written = ChartExporter::exportChart(spec, path, *format, exportOptions);
        if (!written.ok())
            return command.inputError(written.error());
        command.out() << path << Qt::endl;
        return ExitOk;
    }

    QList<ChartSpec> specs;
    QStringList openTexts;
    const bool items = parser.isSet(QStringLiteral("items"));
    QSet<int> groupsDrawn;
    for (int q = 0; q < survey.questions.size(); ++q) {
        if (!ChartSpecBuilder::drawnWithAll(survey.questions[q]) || q == scope.segment)
            continue;
        // A group is one chart of its items, where its first item stands; its items follow
        // only with --items.
        if (const int group = survey.findGroup(survey.questions[q].group); group >= 0) {
            if (!groupsDrawn.contains(group)) {
                groupsDrawn.insert(group);
                ChartSpec spec =
                    GridChartSpecBuilder::build(survey, responses, group, chartOptions, scope);
                if (!spec.isEmpty())
                    specs.append(std::move(spec));
            }
            if (!items)
                continue;
        }
        // As in the window, open answers are a table, not a chart, unless asked for.
        if (survey.questions[q].type == QuestionType::Text && !textCharts) {
            openTexts << survey.questions[q].id;
            continue;
        }
        ChartSpec spec =
            withFinding(ChartSpecBuilder::build(survey, responses, q, chartOptions, scope), q);
        if (!spec.isEmpty())
            specs.append(std::move(spec));
    }
    const auto written = ChartExporter::exportAll(specs, path, *format, exportOptions);
    if (!written.ok())
        return command.inputError(written.error());
    if (!openTexts.isEmpty())
        output.warning({positional.constFirst(), 0, 0,
                        CliText::tr("open-text questions not drawn (their answers are a table; "
                                    "--text-charts draws the most frequent): %1")
                            .arg(openTexts.join(QStringLiteral(", ")))});
    for (const QString& file : written.value())
        command.out() << file << '\n';
    command.out().flush();
    return ExitOk;
}

} // namespace sondo
