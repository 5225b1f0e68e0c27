#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"
#include "FrequencyReport.h"
#include "GroupReport.h"

#include <QJsonDocument>

namespace sondo {

int printQuestionTable(CliCommand& command, const CliScope& scope, int question) {
    const Survey& survey = scope.project.survey;
    const ResponseMatrix& responses = scope.project.responses;
    const QString by = command.parser().value(QStringLiteral("by"));
    const bool json = command.parser().isSet(QStringLiteral("json"));

    if (command.parser().isSet(QStringLiteral("by"))) {
        const auto segment = command.segment(survey, by);
        if (!segment)
            return command.exitCode();
        const CrossTab crossTab =
            CrossTab::compute(survey, responses, question, *segment, scope.mask);
        const FrequencyInference total =
            FrequencyInference::compute(survey, responses, crossTab.total, scope.mask);
        const auto significance = command.significance();
        if (!significance)
            return command.exitCode();
        const CrossTabInference tests =
            CrossTabInference::compute(survey, responses, crossTab, scope.mask, *significance);
        if (json)
            command.out()
                << QJsonDocument(FrequencyReport::toJson(survey, crossTab, total, tests)).toJson();
        else
            command.out() << FrequencyReport::toText(survey, crossTab, scope.filterText, total,
                                                     tests);
    } else {
        const FrequencyTable table =
            FrequencyTable::compute(survey, responses, question, scope.mask);
        const FrequencyInference inference =
            FrequencyInference::compute(survey, responses, table, scope.mask);
        if (json)
            command.out()
                << QJsonDocument(FrequencyReport::toJson(survey, table, inference)).toJson();
        else
            command.out() << FrequencyReport::toText(survey, table, scope.filterText, inference);
    }
    command.out().flush();
    return ExitOk;
}

int runFreqCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(output, CliText::tr("Frequency table of one question."),
                       CliText::tr("usage: sondo freq PROJECT QUESTION [--where "
                                   "QUESTION=VALUE]... [--by QUESTION [--level 90|95|99] "
                                   "[--adjust holm|bonferroni|none] [--vs-rest] [--min-base N]] "
                                   "[--unweighted] [--json]"));
    command.addProjectArgument();
    command.parser().addPositionalArgument(QStringLiteral("QUESTION"),
                                           CliText::tr("Question id, code or text."));
    command.addWhereOption();
    command.addByOption();
    command.addSignificanceOptions();
    command.addUnweightedOption();
    command.addJsonOption();
    if (!command.parse(arguments, 2) || !command.significance())
        return command.exitCode();
    const QStringList positional = command.positional();
    const QString by = command.parser().value(QStringLiteral("by"));
    // A question group (G3): its items × options table.
    if (const auto grouped = GroupReport::runFreq(command))
        return *grouped;

    // Only the answers this table needs are loaded from a project.
    const auto scope = command.open(positional.constFirst(),
                                    command.answersNamed({positional.at(1), by}), positional.at(1));
    if (!scope)
        return command.exitCode();
    return printQuestionTable(command, *scope, scope->question);
}

} // namespace sondo
