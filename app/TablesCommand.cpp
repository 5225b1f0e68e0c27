#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

#include "export/TablesWorkbook.h"

namespace sondo {

int runTablesCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(
        output,
        CliText::tr("Tables as an Excel workbook: per question counts, column percentages, "
                    "bases and significance letters, one sheet each or one banner sheet."),
        CliText::tr("usage: sondo tables PROJECT -o FILE.xlsx [--questions Q1,Q2,...] "
                    "[--by QUESTION[,QUESTION...]] [--where QUESTION=VALUE]... [--banner] "
                    "[--unweighted]"));
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      CliText::tr("The workbook file (.xlsx)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("questions"),
                      CliText::tr("Questions in sheet order, by comma (default: every question "
                                  "but texts and dates)."),
                      QStringLiteral("LIST")});
    command.addWhereOption();
    command.addByOption();
    parser.addOption(
        {QStringLiteral("banner"), CliText::tr("One sheet: questions down, segments across.")});
    command.addUnweightedOption();
    if (!command.parse(arguments, 1))
        return command.exitCode();
    if (!parser.isSet(QStringLiteral("output")))
        return command.usageError();
    const QString path = parser.value(QStringLiteral("output"));
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return command.usageError(CliText::tr("bad output '%1' (expected a .xlsx file)").arg(path));

    // Only the answers the sheets need are loaded: the questions (by default every one but open
    // texts, dates and ids, whose columns are the heaviest), the segments and the --where ones.
    QStringList keys;
    for (const QString& option : {QStringLiteral("by"), QStringLiteral("questions")})
        for (const QString& value : parser.values(option))
            for (const QString& key : value.split(u',', Qt::SkipEmptyParts))
                keys << key.trimmed();
    const auto named = command.answersNamed(keys);
    const bool everyQuestion = !parser.isSet(QStringLiteral("questions"));
    const auto scope = command.open(command.positional().constFirst(), [&](const Survey& s) {
        std::vector<bool> needed = named(s);
        if (everyQuestion)
            for (qsizetype q = 0; q < s.questions.size(); ++q) {
                const QuestionType type = s.questions[q].type;
                if (s.questions[q].isAnalysable() && type != QuestionType::Text &&
                    type != QuestionType::Date)
                    needed[size_t(q)] = true;
            }
        return needed;
    });
    if (!scope)
        return command.exitCode();
    const Survey& survey = scope->project.survey;

    TablesRequest request;
    request.mask = scope->mask;
    request.filterText = scope->filterText;
    request.weighted = scope->weighted;
    request.banner = parser.isSet(QStringLiteral("banner"));
    // --by may be given more than once or as a list: every segment gets its columns.
    for (const QString& value : parser.values(QStringLiteral("by"))) {
        for (const QString& key : value.split(u',', Qt::SkipEmptyParts)) {
            const auto segment = command.segment(survey, key.trimmed());
            if (!segment)
                return command.exitCode();
            request.segments.append(*segment);
        }
    }
    if (parser.isSet(QStringLiteral("questions"))) {
        for (const QString& key :
             parser.value(QStringLiteral("questions")).split(u',', Qt::SkipEmptyParts)) {
            const auto question = command.question(survey, key.trimmed());
            if (!question)
                return command.exitCode();
            request.questions.append(*question);
        }
        if (request.questions.isEmpty())
            return command.usageError(CliText::tr("--questions names no question"));
    }
    if (const auto error = TablesWorkbook::write(survey, scope->project.responses, request, path))
        return command.inputError(*error);
    command.out() << path << Qt::endl;
    return ExitOk;
}

} // namespace sondo
