#include "ReportOptions.h"

#include "CliCommand.h"
#include "CliText.h"
#include "render/ContentLanguage.h"

#include "export/ReportContentBuilder.h"

namespace sondo {

void ReportOptions::add(CliCommand& command) {
    QCommandLineParser& parser = command.parser();
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
    command.addUnweightedOption();
}

std::optional<ReportContent> ReportOptions::content(CliCommand& command) {
    QCommandLineParser& parser = command.parser();
    const auto significance = command.significance();
    if (!significance)
        return std::nullopt;
    const QString lang = parser.value(QStringLiteral("lang")).toLower();
    if (!ContentLanguage::isValid(lang)) {
        command.usageError(CliText::tr("bad --lang '%1' (expected it or en)").arg(lang));
        return std::nullopt;
    }

    const auto scope = command.open(command.positional().constFirst(), [](const Survey& s) {
        return std::vector<bool>(size_t(s.questions.size()), true);
    });
    if (!scope)
        return std::nullopt;
    const Survey& survey = scope->project.survey;

    ReportRequest request;
    request.language = lang == u"en" ? FindingLanguage::English : FindingLanguage::Italian;
    request.mask = scope->mask;
    request.filterText = scope->filterText;
    request.weighted = scope->weighted;
    request.title = parser.value(QStringLiteral("title"));
    request.source = parser.value(QStringLiteral("source"));
    request.bases = BaseThresholds::fromState(scope->project.state);
    if (parser.isSet(QStringLiteral("by"))) {
        const auto segment = command.segment(survey, parser.value(QStringLiteral("by")));
        if (!segment)
            return std::nullopt;
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
                return std::nullopt;
            request.items.append({false, *question});
        }
        if (request.items.isEmpty()) {
            command.usageError(CliText::tr("--questions names no question"));
            return std::nullopt;
        }
    }

    // The content's own words follow --lang, whatever the system's language; messages to the
    // terminal (above) stay in the terminal's.
    const ContentLanguage language(lang);
    return ReportContentBuilder::build(survey, scope->project.responses, request);
}

} // namespace sondo
