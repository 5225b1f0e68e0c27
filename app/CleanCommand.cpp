#include "CliArguments.h"
#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

#include "clean/CleaningSuggestions.h"
#include "edit/EditList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sondo {

namespace {

QJsonObject proposalJson(const MergeProposal& p, int number) {
    return QJsonObject{{QStringLiteral("number"), number},
                       {QStringLiteral("answers"), QJsonArray::fromStringList(p.answers)},
                       {QStringLiteral("into"), p.into},
                       {QStringLiteral("reason"), CleaningSuggestions::reasonName(p.reason)},
                       {QStringLiteral("respondents"), p.respondents}};
}

} // namespace

int runCleanCommand(const QStringList& arguments, CliOutput& output) {
    const QString usage =
        CliText::tr("usage: sondo clean PROJECT QUESTION [--apply N[,N...]]... [--json]");
    CliCommand command(
        output,
        CliText::tr("Answers of a question that are one answer spelled differently (case, spaces, "
                    "accents, slips, one-letter abbreviations), numbered; --apply merges the "
                    "chosen ones as recodes (undo with sondo recodes --remove)."),
        usage);
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addPositionalArgument(QStringLiteral("QUESTION"),
                                 CliText::tr("Question id, code or text."));
    parser.addOption({QStringLiteral("apply"),
                      CliText::tr("Merge proposal N as listed (repeatable, or N,N,...)."),
                      QStringLiteral("N")});
    command.addJsonOption();
    if (!command.parse(arguments, 2))
        return command.exitCode();
    const QString path = command.positional().at(0);
    const QString key = command.positional().at(1);
    QList<int> chosen;
    for (const QString& value : parser.values(QStringLiteral("apply")))
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 1)
                return command.usageError(
                    CliText::tr("bad --apply '%1' (expected proposal numbers)").arg(part));
            if (!chosen.contains(n))
                chosen << n;
        }
    if (!chosen.isEmpty() && !ProjectService::isProjectFile(path))
        return command.usageError(
            CliText::tr("%1 is not a .sondo project: import it first (sondo import)").arg(path));

    auto scope = command.open(path, command.answersNamed({key}), key);
    if (!scope)
        return command.exitCode();
    const Survey& survey = scope->project.survey;
    const int question = scope->question;
    const Question& q = survey.questions[question];
    if (q.type != QuestionType::Single && q.type != QuestionType::Text)
        return command.usageError(
            CliText::tr("%1 is a %2 question; clean takes single-choice and open-text questions")
                .arg(q.id, questionTypeName(q.type)));
    const QList<MergeProposal> proposals = CleaningSuggestions::proposals(
        CleaningSuggestions::answersOf(survey, scope->project.responses, question));

    if (!chosen.isEmpty()) {
        if (q.type != QuestionType::Single)
            return command.usageError(
                CliText::tr("%1 is an open-text question: its answers are no options to merge; "
                            "re-import it as a choice question (sondo import --type %1=single)")
                    .arg(q.id));
        for (const int n : std::as_const(chosen))
            if (n > proposals.size())
                return command.usageError(
                    CliText::tr("no proposal %1 (there are %2)").arg(n).arg(proposals.size()));
        // Each merge checked on the survey as the earlier ones leave it, then saved together.
        Project project = scope->project;
        EditList edits = EditList::fromState(project.state);
        for (const int n : std::as_const(chosen)) {
            const MergeProposal& p = proposals[n - 1];
            MergeOptions merge{q.id, q.code, p.answers, p.into};
            const Result<Done> fits = EditList::applyOne(merge, project.survey, &project.responses);
            if (!fits.ok())
                return command.inputError({path, 0, 0, fits.error().message});
            edits.append(merge);
        }
        QJsonObject state = project.state;
        edits.storeIn(state);
        const auto saved = ProjectService::saveState(path, state);
        if (!saved.ok())
            return command.inputError(saved.error());
        for (const int n : std::as_const(chosen))
            command.out() << CliText::tr("Merged %1 into \u201c%2\u201d (%3 respondents)")
                                 .arg(proposals[n - 1].answers.size())
                                 .arg(proposals[n - 1].into)
                                 .arg(proposals[n - 1].respondents)
                          << '\n';
        command.out().flush();
        return ExitOk;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (qsizetype i = 0; i < proposals.size(); ++i)
            list.append(proposalJson(proposals[i], int(i + 1)));
        command.out() << QJsonDocument(QJsonObject{{QStringLiteral("question"), q.id},
                                                   {QStringLiteral("proposals"), list}})
                             .toJson();
    } else if (proposals.isEmpty()) {
        command.out() << CliText::tr("%1: no answers to merge").arg(q.id) << '\n';
    } else {
        command.out() << CliText::tr("%1 \u00b7 %2").arg(q.id, q.text) << '\n';
        for (qsizetype i = 0; i < proposals.size(); ++i) {
            const MergeProposal& p = proposals[i];
            QStringList others = p.answers.mid(1);
            for (QString& other : others)
                other = QStringLiteral("\u201c%1\u201d").arg(other);
            command.out() << QStringLiteral("%1. \u201c%2\u201d \u2190 %3 (%4, %5)")
                                 .arg(i + 1)
                                 .arg(p.into, others.join(QStringLiteral(", ")),
                                      CleaningSuggestions::reasonName(p.reason),
                                      p.respondents == 1
                                          ? CliText::tr("1 respondent")
                                          : CliText::tr("%1 respondents").arg(p.respondents))
                          << '\n';
        }
    }
    command.out().flush();
    return ExitOk;
}

} // namespace sondo
