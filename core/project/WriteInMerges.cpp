#include "project/WriteInMerges.h"

#include "base/CoreText.h"
#include "clean/CleaningSuggestions.h"
#include "edit/EditList.h"
#include "import/infer/ChoiceOrder.h"
#include "import/infer/ScaleLibrary.h"
#include "model/OtherOption.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace sondo {

namespace {

/** The write-in merge of one question, or nullopt where its answers cannot tell. */
std::optional<MergeOptions> writeInsOf(const Question& question, const QList<AnswerCount>& answers,
                                       int limit, const ScaleLibrary& scales) {
    if (question.type != QuestionType::Single || question.metadata ||
        answers.size() != question.options.size())
        return std::nullopt;
    qint64 answered = 0;
    for (const AnswerCount& a : answers)
        answered += a.count;
    if (answered < WriteInMerges::kMinAnswers)
        return std::nullopt;
    QString other;
    QStringList rare;
    int kept = 0;
    // Options whose labels have an order (bands, spans of time, levels: ChoiceOrder) are a
    // list, and so is a set with an option nobody chose (a definition's): a list's options,
    // however rare, are not write-ins. "Other" and "don't know" are set aside before asking.
    QStringList listed;
    for (const AnswerCount& a : answers)
        if (!OtherOption::is(a.answer) && !scales.isNonSubstantive(a.answer))
            listed.append(a.answer);
    // Asked both ways round: a list the file happens to give in its order is still a list.
    QStringList reversed = listed;
    std::reverse(reversed.begin(), reversed.end());
    for (const QStringList& given : {listed, reversed}) {
        const std::vector<int> order = ChoiceOrder::of(given, scales);
        for (size_t i = 0; i < order.size(); ++i)
            if (order[i] != int(i))
                return std::nullopt;
    }
    for (const AnswerCount& a : answers) {
        if (OtherOption::is(a.answer)) {
            other = a.answer;
            continue;
        }
        // "Prefer not to say" chosen by two is an answer of the form, never a typed one.
        if (scales.isNonSubstantive(a.answer))
            continue;
        if (a.count == 0)
            return std::nullopt;
        if (a.count <= limit)
            rare.append(a.answer);
        else
            ++kept;
    }
    if (rare.size() < 2 || kept < 2)
        return std::nullopt;
    MergeOptions merge{question.id, question.code, rare,
                       other.isEmpty() ? CoreText::tr("Other") : other};
    merge.writeIns = true;
    return merge;
}

bool isWriteInMerge(const Edit& edit) {
    const auto* merge = std::get_if<MergeOptions>(&edit);
    return merge && merge->writeIns;
}

} // namespace

QList<MergeOptions> WriteInMerges::find(const Survey& survey,
                                        const CaseVariantMerges::AnswerCounter& countsOf,
                                        const QList<MergeOptions>& before, int limit) {
    if (limit <= 0)
        return {};
    Survey merged = survey;
    for (const MergeOptions& m : before)
        (void)m.applyTo(merged);
    const ScaleLibrary scales;
    QList<MergeOptions> merges;
    for (qsizetype q = 0; q < merged.questions.size(); ++q) {
        const Question& question = merged.questions[q];
        if (question.type != QuestionType::Single || question.metadata ||
            question.options.size() < 4)
            continue;
        // The counts as `before` leaves them: a merged option has its spellings' respondents.
        QHash<QString, qint64> count;
        for (const AnswerCount& a : countsOf(int(q)))
            count[a.answer] += a.count;
        for (const MergeOptions& m : before) {
            if (m.question != question.id)
                continue;
            qint64 total = count.take(m.into);
            for (const QString& o : m.options)
                if (o != m.into)
                    total += count.take(o);
            count[m.into] = total;
        }
        QList<AnswerCount> answers;
        for (const QString& option : question.options)
            answers.append({option, count.value(option)});
        if (const auto merge = writeInsOf(question, answers, limit, scales))
            merges.append(*merge);
    }
    return merges;
}

QList<Diagnostic> WriteInMerges::apply(Project& project, const QString& file, int limit) {
    const QList<MergeOptions> merges = find(
        project.survey,
        [&](int q) { return CleaningSuggestions::answersOf(project.survey, project.responses, q); },
        {}, limit);
    if (merges.isEmpty())
        return {};
    const Survey before = project.survey;
    EditList edits = EditList::fromState(project.state);
    for (const MergeOptions& merge : merges) {
        edits.append(merge);
        (void)EditList::applyOne(merge, project.survey, &project.responses);
    }
    edits.storeIn(project.state);
    remember(merges, project.state);
    return describe(before, merges, limit, file);
}

namespace {

/** The questions the madeKey() entry of `state` lists under `key` ("merged", "declined"). */
QStringList madeList(const QJsonObject& state, const QString& key) {
    QStringList ids;
    for (const QJsonValue& id :
         state.value(WriteInMerges::madeKey()).toObject().value(key).toArray())
        ids.append(id.toString());
    return ids;
}

/** Writes the madeKey() entry: the questions `merges` merge, and those declined. */
void storeMade(QJsonObject& state, const QList<MergeOptions>& merges, const QStringList& declined) {
    QStringList merged;
    for (const MergeOptions& merge : merges)
        merged.append(merge.question);
    QJsonObject made{{QStringLiteral("merged"), QJsonArray::fromStringList(merged)}};
    if (!declined.isEmpty())
        made.insert(QStringLiteral("declined"), QJsonArray::fromStringList(declined));
    state.insert(WriteInMerges::madeKey(), made);
}

} // namespace

void WriteInMerges::remember(const QList<MergeOptions>& merges, QJsonObject& state) {
    storeMade(state, merges, madeList(state, QStringLiteral("declined")));
}

QList<Diagnostic> WriteInMerges::redo(Project& project, const QString& file, int limit) {
    const EditList old = EditList::fromState(project.state);
    EditList kept;
    qsizetype at = -1;
    QList<MergeOptions> before;
    QSet<QString> stillMerged;
    for (const Edit& edit : old.edits()) {
        if (isWriteInMerge(edit)) {
            at = at < 0 ? kept.size() : at;
            stillMerged.insert(std::get<MergeOptions>(edit).question);
            continue;
        }
        if (const auto* merge = std::get_if<MergeOptions>(&edit); merge && at < 0)
            before.append(*merge);
        kept.append(edit);
    }
    // A merge an import made that is no longer among the edits was taken back by the analyst.
    QStringList declined = madeList(project.state, QStringLiteral("declined"));
    for (const QString& id : madeList(project.state, QStringLiteral("merged")))
        if (!stillMerged.contains(id) && !declined.contains(id))
            declined.append(id);
    QList<MergeOptions> merges = find(
        project.survey,
        [&](int q) { return CleaningSuggestions::answersOf(project.survey, project.responses, q); },
        before, limit);
    merges.removeIf([&](const MergeOptions& m) { return declined.contains(m.question); });
    if (!merges.isEmpty() || !declined.isEmpty() || project.state.contains(madeKey()))
        storeMade(project.state, merges, declined);
    if (at < 0)
        at = kept.size();
    EditList edits;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (i == at)
            for (const MergeOptions& merge : merges)
                edits.append(merge);
        edits.append(kept.at(i));
    }
    if (at == kept.size())
        for (const MergeOptions& merge : merges)
            edits.append(merge);
    if (!(edits == old))
        edits.storeIn(project.state);
    Survey merged = project.survey;
    for (const MergeOptions& m : before)
        (void)m.applyTo(merged);
    return describe(merged, merges, limit, file);
}

QList<Diagnostic> WriteInMerges::describe(const Survey& survey, const QList<MergeOptions>& merges,
                                          int limit, const QString& file) {
    QList<Diagnostic> notes;
    for (const MergeOptions& merge : merges) {
        const int q = survey.findQuestion(merge.question);
        const Question* question = q >= 0 ? &survey.questions[q] : nullptr;
        const QString name = !question || question->code.isEmpty() || question->code == question->id
                                 ? merge.question
                                 : QStringLiteral("%1 \"%2\"").arg(merge.question, question->code);
        notes.append({file, 0, 0,
                      CoreText::tr("%1: %2 answers given by at most %3 respondents each are "
                                   "write-ins, counted as \"%4\" (sondo recodes lists the merge; "
                                   "--write-ins 0 keeps them apart)")
                          .arg(name)
                          .arg(merge.options.size())
                          .arg(limit)
                          .arg(merge.into)});
    }
    return notes;
}

} // namespace sondo
