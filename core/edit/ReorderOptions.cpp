#include "edit/ReorderOptions.h"

#include "edit/EditText.h"
#include "edit/OptionRemap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <cmath>

namespace sondo {

namespace {

struct ReorderPlan {
    int question = -1;
    /** Old index of each option in the new order. */
    std::vector<int> order;
    /** New index of each old option. */
    std::vector<int> newIndex;
};

Result<ReorderPlan> planOf(const ReorderOptions& reorder, const Survey& survey) {
    const QString name = EditText::questionName(reorder.question, reorder.code);
    const QString listed = reorder.options.join(QStringLiteral(", "));
    auto fail = [&](const QString& message) {
        return Result<ReorderPlan>::failure({QString(), 0, 0, message});
    };
    const int q = survey.findQuestion(reorder.question, reorder.code);
    if (q < 0)
        return fail(QCoreApplication::translate("sondo", "cannot put the options of %1 in the "
                                                         "order “%2”: the survey has no such "
                                                         "question")
                        .arg(name, listed));
    const Question& question = survey.questions[q];
    if (!isCategorical(question.type))
        return fail(QCoreApplication::translate("sondo", "cannot put the options of %1 in the "
                                                         "order “%2”: the question is not a "
                                                         "choice question")
                        .arg(name, listed));
    if (reorder.options.isEmpty())
        return fail(QCoreApplication::translate("sondo", "cannot put the options of %1 in "
                                                         "order: no option is named")
                        .arg(name));
    ReorderPlan plan;
    plan.question = q;
    const int count = int(question.options.size());
    std::vector<bool> placed(size_t(count), false);
    for (const QString& label : reorder.options) {
        const int o = EditText::optionIndex(question.options, label);
        if (o < 0)
            return fail(QCoreApplication::translate("sondo", "cannot put the options of %1 in "
                                                             "the order “%2”: the question has "
                                                             "no option “%3”")
                            .arg(name, listed, label));
        if (placed[size_t(o)])
            return fail(QCoreApplication::translate("sondo", "cannot put the options of %1 in "
                                                             "the order “%2”: “%3” is named "
                                                             "twice")
                            .arg(name, listed, label));
        placed[size_t(o)] = true;
        plan.order.push_back(o);
    }
    for (int o = 0; o < count; ++o)
        if (!placed[size_t(o)])
            plan.order.push_back(o);
    plan.newIndex.assign(size_t(count), -1);
    for (size_t i = 0; i < plan.order.size(); ++i)
        plan.newIndex[size_t(plan.order[i])] = int(i);
    return plan;
}

void reorderQuestion(const ReorderPlan& plan, Question& q) {
    QStringList options;
    for (int o : plan.order)
        options.append(q.options[o]);
    q.options = options;
    if (q.scores.size() == plan.order.size()) {
        // Setting the order of a scale: scores follow the new order, off-scale options stay off.
        std::vector<double> scores;
        double next = 1;
        for (int o : plan.order)
            scores.push_back(std::isnan(q.scores[size_t(o)]) ? q.scores[size_t(o)] : next++);
        q.scores = scores;
    }
}

} // namespace

QJsonObject ReorderOptions::toJson() const {
    return QJsonObject{{QStringLiteral("kind"), kind()},
                       {QStringLiteral("question"), question},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("options"), QJsonArray::fromStringList(options)}};
}

std::optional<ReorderOptions> ReorderOptions::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("kind")).toString() != kind())
        return std::nullopt;
    const QJsonValue question = json.value(QStringLiteral("question"));
    const QJsonValue code = json.value(QStringLiteral("code"));
    const QJsonValue options = json.value(QStringLiteral("options"));
    if (!question.isString() || !options.isArray() || !(code.isString() || code.isUndefined()))
        return std::nullopt;
    ReorderOptions reorder{question.toString(), code.toString(), {}};
    for (const QJsonValue& option : options.toArray()) {
        if (!option.isString())
            return std::nullopt;
        reorder.options.append(option.toString());
    }
    return reorder;
}

Result<Done> ReorderOptions::applyTo(Survey& survey) const {
    auto plan = planOf(*this, survey);
    if (!plan.ok())
        return Result<Done>::failure(plan.error());
    reorderQuestion(plan.value(), survey.questions[plan.value().question]);
    return Done{};
}

Result<Done> ReorderOptions::applyTo(Survey& survey, ResponseMatrix& responses) const {
    auto plan = planOf(*this, survey);
    if (!plan.ok())
        return Result<Done>::failure(plan.error());
    const int q = plan.value().question;
    if (size_t(q) < responses.columns.size())
        OptionRemap::apply(survey.questions[q].type, responses.columns[size_t(q)],
                           plan.value().newIndex, int(plan.value().newIndex.size()));
    reorderQuestion(plan.value(), survey.questions[q]);
    return Done{};
}

} // namespace sondo
