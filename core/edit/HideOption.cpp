#include "edit/HideOption.h"

#include "edit/EditText.h"
#include "edit/OptionRemap.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace sondo {

namespace {

/** The question and the option hidden, or why not. */
Result<std::pair<int, int>> find(const HideOption& hide, const Survey& survey) {
    using Found = Result<std::pair<int, int>>;
    const QString name = EditText::questionName(hide.question, hide.code);
    auto fail = [&](const char* message) {
        return Found::failure(
            {QString(), 0, 0,
             QCoreApplication::translate("sondo", message).arg(hide.option, name)});
    };
    const int q = survey.findQuestion(hide.question, hide.code);
    if (q < 0)
        return fail(QT_TRANSLATE_NOOP(
            "sondo", "cannot hide the option “%1” of %2: the survey has no such question"));
    const Question& question = survey.questions[q];
    if (!isCategorical(question.type))
        return fail(QT_TRANSLATE_NOOP(
            "sondo", "cannot hide the option “%1” of %2: the question is not a choice question"));
    const int o = EditText::optionIndex(question.options, hide.option);
    if (o < 0)
        return fail(QT_TRANSLATE_NOOP(
            "sondo", "cannot hide the option “%1” of %2: the question has no such option"));
    if (question.options.size() < 2)
        return fail(QT_TRANSLATE_NOOP(
            "sondo", "cannot hide the option “%1” of %2: it is the last option shown"));
    return std::pair{q, o};
}

void hideIn(Question& q, int o) {
    q.hiddenOptions.append(q.options[o]);
    q.options.removeAt(o);
    if (size_t(o) < q.scores.size())
        q.scores.erase(q.scores.begin() + o);
}

} // namespace

QJsonObject HideOption::toJson() const {
    return QJsonObject{{QStringLiteral("kind"), kind()},
                       {QStringLiteral("question"), question},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("option"), option}};
}

std::optional<HideOption> HideOption::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("kind")).toString() != kind())
        return std::nullopt;
    const QJsonValue question = json.value(QStringLiteral("question"));
    const QJsonValue code = json.value(QStringLiteral("code"));
    const QJsonValue option = json.value(QStringLiteral("option"));
    if (!question.isString() || !option.isString() || !(code.isString() || code.isUndefined()))
        return std::nullopt;
    return HideOption{question.toString(), code.toString(), option.toString()};
}

Result<Done> HideOption::applyTo(Survey& survey) const {
    auto found = find(*this, survey);
    if (!found.ok())
        return Result<Done>::failure(found.error());
    const auto [q, o] = found.value();
    hideIn(survey.questions[q], o);
    return Done{};
}

Result<Done> HideOption::applyTo(Survey& survey, ResponseMatrix& responses) const {
    auto found = find(*this, survey);
    if (!found.ok())
        return Result<Done>::failure(found.error());
    const auto [q, o] = found.value();
    Question& question = survey.questions[q];
    if (size_t(q) < responses.columns.size()) {
        std::vector<int> newIndex(size_t(question.options.size()));
        for (int i = 0; i < int(newIndex.size()); ++i)
            newIndex[size_t(i)] = i < o ? i : i == o ? -1 : i - 1;
        OptionRemap::apply(question.type, responses.columns[size_t(q)], newIndex,
                           int(newIndex.size()) - 1);
    }
    hideIn(question, o);
    return Done{};
}

} // namespace sondo
