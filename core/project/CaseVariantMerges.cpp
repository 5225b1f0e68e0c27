#include "project/CaseVariantMerges.h"

#include "base/CoreText.h"
#include "clean/CleaningSuggestions.h"
#include "edit/EditList.h"

#include <QSet>

namespace sondo {

namespace {

/** Whether two of `options` share a key once case and spacing are ignored. */
bool hasVariants(const QStringList& options) {
    QSet<QString> keys;
    for (const QString& option : options) {
        const QString key = CleaningSuggestions::caseKey(option);
        if (keys.contains(key))
            return true;
        keys.insert(key);
    }
    return false;
}

/** The respondents who chose each option of a one-column single or multiple choice. */
QList<AnswerCount> countsOf(const RawTable& table, const CodedSurvey& coded,
                            const AnswerSource& source, const QStringList& options) {
    std::vector<qint64> counts(size_t(options.size()) + 1, 0);
    const std::vector<std::int32_t>& codeOf = source.coding.codeOfValue;
    const std::vector<std::vector<int>>& chosenOf = source.coding.optionsOfValue;
    const bool multiple = source.coding.type == QuestionType::Multiple;
    table.forEachId(
        source.columns.front(), coded.firstRow, coded.respondentCount, [&](int, std::uint32_t id) {
            // Id 0 is a blank cell; value v has id v + 1.
            if (multiple) {
                if (id > 0 && id <= chosenOf.size())
                    for (const int o : chosenOf[id - 1])
                        if (o >= 0 && size_t(o) + 1 < counts.size())
                            ++counts[size_t(o) + 1];
                return;
            }
            const std::int32_t code = id > 0 && id <= codeOf.size() ? codeOf[id - 1] : 0;
            if (code > 0 && size_t(code) < counts.size())
                ++counts[size_t(code)];
        });
    QList<AnswerCount> answers;
    for (qsizetype o = 0; o < options.size(); ++o)
        answers.append({options[o], counts[size_t(o) + 1]});
    return answers;
}

QString describeQuestion(const Question& q) {
    return q.code.isEmpty() || q.code == q.id ? q.id
                                              : QStringLiteral("%1 \"%2\"").arg(q.id, q.code);
}

} // namespace

QList<MergeOptions> CaseVariantMerges::find(const Survey& survey, const AnswerCounter& countsOf) {
    QList<MergeOptions> merges;
    for (qsizetype q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        // A multiple choice's typed "Other" pieces ("Stata", "STATA", "stata") are careless
        // spellings of one option just the same.
        if ((question.type != QuestionType::Single && question.type != QuestionType::Multiple) ||
            question.metadata || !hasVariants(question.options))
            continue;
        const QList<AnswerCount> answers = countsOf(int(q));
        if (answers.size() != question.options.size())
            continue;
        for (const MergeProposal& group : CleaningSuggestions::caseAndSpacing(answers))
            merges.append(MergeOptions{question.id, question.code, group.answers, group.into});
    }
    return merges;
}

QList<MergeOptions> CaseVariantMerges::find(const RawTable& table, const CodedSurvey& coded) {
    return find(coded.survey, counter(table, coded));
}

CaseVariantMerges::AnswerCounter CaseVariantMerges::counter(const RawTable& table,
                                                            const CodedSurvey& coded) {
    return [&table, &coded](int q) -> QList<AnswerCount> {
        if (size_t(q) >= coded.answers.size())
            return {};
        const AnswerSource& source = coded.answers[size_t(q)];
        const QStringList& options = coded.survey.questions[q].options;
        if (source.kind != AnswerSource::Kind::OneColumn || source.columns.size() != 1 ||
            source.columns.front() < 0 || source.coding.options.size() != options.size())
            return {};
        return countsOf(table, coded, source, options);
    };
}

QList<Diagnostic> CaseVariantMerges::apply(Project& project, const QString& file) {
    const QList<MergeOptions> merges = find(project.survey, [&](int q) {
        return CleaningSuggestions::answersOf(project.survey, project.responses, q);
    });
    if (merges.isEmpty())
        return {};
    const Survey before = project.survey;
    EditList edits = EditList::fromState(project.state);
    for (const MergeOptions& merge : merges)
        edits.append(merge);
    edits.storeIn(project.state);
    for (const MergeOptions& merge : merges)
        (void)EditList::applyOne(merge, project.survey, &project.responses);
    return describe(before, merges, file);
}

QList<Diagnostic> CaseVariantMerges::describe(const Survey& survey,
                                              const QList<MergeOptions>& merges,
                                              const QString& file) {
    QList<Diagnostic> notes;
    for (qsizetype m = 0; m < merges.size();) {
        const QString id = merges[m].question;
        QStringList parts;
        for (; m < merges.size() && merges[m].question == id; ++m)
            parts.append(CoreText::tr("%1 (%n spellings)", nullptr, int(merges[m].options.size()))
                             .arg(merges[m].into));
        const int q = survey.findQuestion(id);
        const QString name = q >= 0 ? describeQuestion(survey.questions[q]) : id;
        notes.append({file, 0, 0,
                      CoreText::tr("%1: answers that differ only in case or spacing are one "
                                   "option: %2 (sondo recodes lists these merges)")
                          .arg(name, parts.join(QStringLiteral(", ")))});
    }
    return notes;
}

} // namespace sondo
