#include "edit/ChangeType.h"

#include "edit/EditText.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace sondo {

namespace {

bool isSingle(QuestionType type) {
    return type == QuestionType::Single || type == QuestionType::Likert;
}

/** The question changed, or why it cannot be. */
Result<int> find(const ChangeType& change, const Survey& survey) {
    const QString name = EditText::questionName(change.question, change.code);
    const int q = survey.findQuestion(change.question, change.code);
    if (q < 0)
        return Result<int>::failure(
            {QString(), 0, 0,
             QCoreApplication::translate("sondo", "cannot make %1 %2: the survey has no such "
                                                  "question")
                 .arg(name, questionTypeName(change.type))});
    const QuestionType from = survey.questions[q].type;
    const QuestionType to = change.type;
    const bool possible = from == to || to == QuestionType::Identifier ||
                          (isSingle(from) && isSingle(to)) ||
                          (isSingle(from) && to == QuestionType::Multiple);
    if (!possible)
        return Result<int>::failure(
            {QString(), 0, 0,
             QCoreApplication::translate("sondo", "cannot make %1 %2: a %3 question cannot be "
                                                  "changed so after the import (re-import with "
                                                  "--type)")
                 .arg(name, questionTypeName(to), questionTypeName(from))});
    return q;
}

void retype(Question& q, QuestionType to) {
    if (to == QuestionType::Likert && q.type != QuestionType::Likert) {
        q.scores.clear();
        for (int o = 0; o < q.options.size(); ++o)
            q.scores.push_back(o + 1);
    } else if (to != QuestionType::Likert) {
        q.scores.clear();
    }
    q.type = to;
}

} // namespace

QJsonObject ChangeType::toJson() const {
    return QJsonObject{{QStringLiteral("kind"), kind()},
                       {QStringLiteral("question"), question},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("type"), questionTypeName(type)}};
}

std::optional<ChangeType> ChangeType::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("kind")).toString() != kind())
        return std::nullopt;
    const QJsonValue question = json.value(QStringLiteral("question"));
    const QJsonValue code = json.value(QStringLiteral("code"));
    const auto type = questionTypeFromName(json.value(QStringLiteral("type")).toString());
    if (!question.isString() || !type || !(code.isString() || code.isUndefined()))
        return std::nullopt;
    return ChangeType{question.toString(), code.toString(), *type};
}

Result<Done> ChangeType::applyTo(Survey& survey) const {
    auto found = find(*this, survey);
    if (!found.ok())
        return Result<Done>::failure(found.error());
    retype(survey.questions[found.value()], type);
    return Done{};
}

Result<Done> ChangeType::applyTo(Survey& survey, ResponseMatrix& responses) const {
    auto found = find(*this, survey);
    if (!found.ok())
        return Result<Done>::failure(found.error());
    Question& q = survey.questions[found.value()];
    if (isSingle(q.type) && type == QuestionType::Multiple &&
        size_t(found.value()) < responses.columns.size()) {
        AnswerColumn& column = responses.columns[size_t(found.value())];
        if (!column.codes.empty()) {
            const size_t rows = column.codes.size();
            column.selected.assign(size_t(q.options.size()), std::vector<std::uint8_t>(rows, 0));
            column.answered.assign(rows, 0);
            for (size_t r = 0; r < rows; ++r) {
                const std::int32_t code = column.codes[r];
                if (code > 0 && code <= q.options.size()) {
                    column.selected[size_t(code - 1)][r] = 1;
                    column.answered[r] = 1;
                }
            }
            column.codes.clear();
        }
    }
    retype(q, type);
    return Done{};
}

} // namespace sondo
