#include "edit/MergeOptions.h"

#include "edit/EditText.h"
#include "edit/OptionRemap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>

namespace sondo {

namespace {

/** What a merge does to one question: its new options and where each old option goes. */
struct MergePlan {
    int question = -1;
    QStringList options;
    std::vector<double> scores;
    /** New index (0-based) of each old option. */
    std::vector<int> newIndex;
    /** The old indexes merged, ascending. */
    std::vector<int> merged;
};

Result<MergePlan> planOf(const MergeOptions& merge, const Survey& survey) {
    const QString name = EditText::questionName(merge.question, merge.code);
    const QString listed = merge.options.join(QStringLiteral(" + "));
    auto fail = [&](const char* message) {
        return Result<MergePlan>::failure(
            {QString(), 0, 0,
             QCoreApplication::translate("sondo", message).arg(listed, name, merge.into)});
    };
    const int q = survey.findQuestion(merge.question, merge.code);
    if (q < 0)
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot merge “%1” of %2 into “%3”: the survey "
                                               "has no such question"));
    const Question& question = survey.questions[q];
    if (!isCategorical(question.type))
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot merge “%1” of %2 into “%3”: the question "
                                               "is not a choice question"));
    const QString into = merge.into.trimmed();
    if (into.isEmpty())
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot merge “%1” of %2 into “%3”: the new "
                                               "label is empty"));
    MergePlan plan;
    plan.question = q;
    for (const QString& label : merge.options) {
        const int o = EditText::optionIndex(question.options, label);
        if (o < 0)
            return Result<MergePlan>::failure(
                {QString(), 0, 0,
                 QCoreApplication::translate("sondo", "cannot merge “%1” of %2 into “%3”: the "
                                                      "question has no option “%4”")
                     .arg(listed, name, merge.into, label)});
        plan.merged.push_back(o);
    }
    // Merging into the label of another option of the question is merging with that option:
    // two options with one label could not be told apart by filters or the command line.
    const int existing = EditText::optionIndex(question.options, into);
    if (existing >= 0)
        plan.merged.push_back(existing);
    std::sort(plan.merged.begin(), plan.merged.end());
    plan.merged.erase(std::unique(plan.merged.begin(), plan.merged.end()), plan.merged.end());
    if (plan.merged.size() < 2)
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot merge “%1” of %2 into “%3”: a merge "
                                               "needs at least two different options"));

    const int first = plan.merged.front();
    const bool scored = question.scores.size() == size_t(question.options.size());
    plan.newIndex.assign(size_t(question.options.size()), -1);
    for (int o = 0; o < question.options.size(); ++o) {
        const bool isMerged = std::binary_search(plan.merged.begin(), plan.merged.end(), o);
        if (isMerged && o != first) {
            plan.newIndex[size_t(o)] = plan.newIndex[size_t(first)];
            continue;
        }
        plan.newIndex[size_t(o)] = int(plan.options.size());
        plan.options.append(isMerged ? into : question.options[o]);
        if (scored)
            // The merged option scores as the option it is named after, else as the first.
            plan.scores.push_back(
                question.scores[size_t(isMerged && existing >= 0 ? existing : o)]);
    }
    if (merge.writeIns) {
        // The write-ins' "Other" comes after the options, as on the form.
        const int at = plan.newIndex[size_t(first)];
        const int last = int(plan.options.size()) - 1;
        plan.options.move(at, last);
        if (scored)
            std::rotate(plan.scores.begin() + at, plan.scores.begin() + at + 1, plan.scores.end());
        for (int& n : plan.newIndex)
            n = n == at ? last : (n > at ? n - 1 : n);
    }
    return plan;
}

/** The question's nets name the merged option where they named any of `merged` (old indices). */
void relabelNets(Question& question, const std::vector<int>& merged, const QString& into) {
    QStringList from;
    for (int o : merged)
        from.append(question.options[o]);
    for (OptionNet& net : question.nets)
        net.relabel(from, into);
}

} // namespace

QJsonObject MergeOptions::toJson() const {
    QJsonObject json{{QStringLiteral("kind"), kind()},
                     {QStringLiteral("question"), question},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("options"), QJsonArray::fromStringList(options)},
                     {QStringLiteral("into"), into}};
    // Written only when set: the analyst's merges read as they always did.
    if (writeIns)
        json.insert(QStringLiteral("writeIns"), true);
    return json;
}

std::optional<MergeOptions> MergeOptions::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("kind")).toString() != kind())
        return std::nullopt;
    const QJsonValue question = json.value(QStringLiteral("question"));
    const QJsonValue code = json.value(QStringLiteral("code"));
    const QJsonValue options = json.value(QStringLiteral("options"));
    const QJsonValue into = json.value(QStringLiteral("into"));
    if (!question.isString() || !options.isArray() || !into.isString() ||
        !(code.isString() || code.isUndefined()))
        return std::nullopt;
    MergeOptions merge{question.toString(), code.toString(), {}, into.toString()};
    for (const QJsonValue& option : options.toArray()) {
        if (!option.isString())
            return std::nullopt;
        merge.options.append(option.toString());
    }
    merge.writeIns = json.value(QStringLiteral("writeIns")).toBool(false);
    return merge;
}

Result<Done> MergeOptions::applyTo(Survey& survey) const {
    auto plan = planOf(*this, survey);
    if (!plan.ok())
        return Result<Done>::failure(plan.error());
    Question& q = survey.questions[plan.value().question];
    relabelNets(q, plan.value().merged, into);
    q.options = plan.value().options;
    if (!q.scores.empty())
        q.scores = plan.value().scores;
    return Done{};
}

Result<Done> MergeOptions::applyTo(Survey& survey, ResponseMatrix& responses) const {
    auto plan = planOf(*this, survey);
    if (!plan.ok())
        return Result<Done>::failure(plan.error());
    const int q = plan.value().question;
    if (size_t(q) < responses.columns.size())
        OptionRemap::apply(survey.questions[q].type, responses.columns[size_t(q)],
                           plan.value().newIndex, int(plan.value().options.size()));
    Question& question = survey.questions[q];
    relabelNets(question, plan.value().merged, into);
    question.options = plan.value().options;
    if (!question.scores.empty())
        question.scores = plan.value().scores;
    return Done{};
}

} // namespace sondo
