#include "CliArguments.h"
#include "CliOutput.h"
#include "Commands.h"
#include "FrequencyReport.h"

#include "project/ProjectOpener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace sondo {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sondo", text);
}

} // namespace

int runFreqCommand(const QStringList& arguments, CliOutput& output) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Frequency table of one question."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 tr("A .sondo project or a survey export."));
    parser.addPositionalArgument(QStringLiteral("QUESTION"), tr("Question id, code or text."));
    parser.addOption(
        {QStringLiteral("where"),
         tr("Keep respondents who answered VALUE to QUESTION. Repeat a question for OR; "
            "different questions combine with AND."),
         QStringLiteral("QUESTION=VALUE")});
    parser.addOption({QStringLiteral("by"), tr("Compare by the options of a segment question."),
                      QStringLiteral("QUESTION")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parser.parse(arguments))
        return output.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        output.out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 2)
        return output.usageError(tr("usage: sondo freq PROJECT QUESTION [--where "
                                    "QUESTION=VALUE]... [--by QUESTION] [--json]"));

    // Only the answers this table needs are loaded from a project.
    auto project =
        ProjectOpener::openFor(parser.positionalArguments().constFirst(), [&](const Survey& s) {
            return CliArguments::questionsNamed(
                s, {parser.positionalArguments().at(1), parser.value(QStringLiteral("by"))},
                parser.values(QStringLiteral("where")));
        });
    output.warnings(project.warnings);
    if (!project.ok())
        return output.inputError(project.error());
    const Survey& survey = project.value().survey;
    const ResponseMatrix& responses = project.value().responses;

    const auto question = CliArguments::question(survey, parser.positionalArguments().at(1));
    if (!question.ok())
        return output.usageError(question.error().message);
    const auto filter = CliArguments::filter(survey, parser.values(QStringLiteral("where")));
    if (!filter.ok())
        return output.usageError(filter.error().message);
    const RespondentMask mask = filter.value().mask(survey, responses);
    const QString filterText = filter.value().describe(survey);
    const bool json = parser.isSet(QStringLiteral("json"));

    if (parser.isSet(QStringLiteral("by"))) {
        const auto segment = CliArguments::segment(survey, parser.value(QStringLiteral("by")));
        if (!segment.ok())
            return output.usageError(segment.error().message);
        const CrossTab crossTab =
            CrossTab::compute(survey, responses, question.value(), segment.value(), mask);
        if (json)
            output.out() << QJsonDocument(FrequencyReport::toJson(survey, crossTab)).toJson();
        else
            output.out() << FrequencyReport::toText(survey, crossTab, filterText);
    } else {
        const FrequencyTable table =
            FrequencyTable::compute(survey, responses, question.value(), mask);
        if (json)
            output.out() << QJsonDocument(FrequencyReport::toJson(survey, table)).toJson();
        else
            output.out() << FrequencyReport::toText(survey, table, filterText);
    }
    output.out().flush();
    return ExitOk;
}

} // namespace sondo
