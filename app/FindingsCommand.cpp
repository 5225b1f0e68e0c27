#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

#include "findings/KeyFindings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sondo {

int runFindingsCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(
        output, CliText::tr("Key findings written as sentences, for one question or all."),
        CliText::tr("usage: sondo findings PROJECT [QUESTION | --all] [--lang it|en] "
                    "[--where QUESTION=VALUE]... [--by QUESTION [--level 90|95|99] "
                    "[--adjust holm|bonferroni|none] [--min-base N]] [--unweighted] [--json]"));
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addPositionalArgument(QStringLiteral("QUESTION"),
                                 CliText::tr("Question id, code or text (default: --all)."));
    parser.addOption({QStringLiteral("all"), CliText::tr("Every question (the default).")});
    parser.addOption({QStringLiteral("lang"),
                      CliText::tr("Language of the sentences: it (default) or en."),
                      QStringLiteral("LANG"), QStringLiteral("it")});
    command.addWhereOption();
    command.addByOption();
    command.addSignificanceOptions(false);
    command.addUnweightedOption();
    command.addJsonOption();
    if (!command.parse(arguments))
        return command.exitCode();
    const auto significance = command.significance();
    if (!significance)
        return command.exitCode();
    const QStringList positional = command.positional();
    const bool all = parser.isSet(QStringLiteral("all")) || positional.size() == 1;
    if (positional.isEmpty() || positional.size() > 2 || (all && positional.size() != 1))
        return command.usageError();
    const QString lang = parser.value(QStringLiteral("lang")).toLower();
    if (lang != u"it" && lang != u"en")
        return command.usageError(CliText::tr("bad --lang '%1' (expected it or en)").arg(lang));
    const FindingLanguage language =
        lang == u"en" ? FindingLanguage::English : FindingLanguage::Italian;

    const QString by = parser.value(QStringLiteral("by"));
    const auto scope =
        all ? command.open(
                  positional.constFirst(),
                  // What has findings (no dates or ids), and the filter's and the
                  // segment's answers.
                  command.answersOfAll(
                      {by}, [](const Question& q) { return q.type != QuestionType::Date; }))
            : command.open(positional.constFirst(), command.answersNamed({positional.at(1), by}),
                           positional.at(1));
    if (!scope)
        return command.exitCode();
    const Survey& survey = scope->project.survey;
    int segment = -1;
    if (parser.isSet(QStringLiteral("by"))) {
        const auto found = command.segment(survey, by);
        if (!found)
            return command.exitCode();
        segment = *found;
    }

    std::vector<int> questions;
    if (all) {
        for (int q = 0; q < survey.questions.size(); ++q)
            if (survey.questions[q].isAnalysable() && q != segment)
                questions.push_back(q);
    } else {
        questions.push_back(scope->question);
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json && !scope->filterText.isEmpty())
        command.out() << CliText::tr("Filter: %1").arg(scope->filterText) << '\n';
    QJsonArray list;
    for (int q : questions) {
        const QStringList sentences = KeyFindings::of(survey, scope->project.responses, q, language,
                                                      scope->mask, segment, *significance);
        if (sentences.isEmpty() && all)
            continue;
        const Question& question = survey.questions[q];
        if (json) {
            list.append(
                QJsonObject{{QStringLiteral("question"), question.id},
                            {QStringLiteral("text"), question.text},
                            {QStringLiteral("findings"), QJsonArray::fromStringList(sentences)}});
        } else {
            command.out() << question.id << QStringLiteral(" · ") << question.text << '\n';
            for (const QString& sentence : sentences)
                command.out() << QStringLiteral("  ") << sentence << '\n';
        }
    }
    if (json) {
        QJsonObject object{{QStringLiteral("language"), lang},
                           {QStringLiteral("weighted"), scope->weighted},
                           {QStringLiteral("questions"), list}};
        if (!scope->filterText.isEmpty())
            object.insert(QStringLiteral("filter"), scope->filterText);
        command.out() << QJsonDocument(object).toJson();
    }
    command.out().flush();
    return ExitOk;
}

} // namespace sondo
