#include "edit/NetOption.h"

#include "edit/EditText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace sondo {

QJsonObject NetOption::toJson() const {
    return QJsonObject{{QStringLiteral("kind"), kind()},
                       {QStringLiteral("question"), question},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("options"), QJsonArray::fromStringList(options)}};
}

std::optional<NetOption> NetOption::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("kind")).toString() != kind())
        return std::nullopt;
    const QJsonValue question = json.value(QStringLiteral("question"));
    const QJsonValue code = json.value(QStringLiteral("code"));
    const QJsonValue name = json.value(QStringLiteral("name"));
    const QJsonValue options = json.value(QStringLiteral("options"));
    if (!question.isString() || !name.isString() || !options.isArray() ||
        !(code.isString() || code.isUndefined()))
        return std::nullopt;
    QStringList labels;
    for (const QJsonValue& option : options.toArray()) {
        if (!option.isString())
            return std::nullopt;
        labels.append(option.toString());
    }
    return NetOption{question.toString(), code.toString(), name.toString(), labels};
}

Result<Done> NetOption::applyTo(Survey& survey) const {
    const QString questionName = EditText::questionName(question, code);
    auto fail = [&](const char* message, const QString& option = QString()) {
        QString text = QCoreApplication::translate("sondo", message).arg(name, questionName);
        // Only the message about a missing option names one (%3).
        if (!option.isNull())
            text = text.arg(option);
        return Result<Done>::failure({QString(), 0, 0, text});
    };
    const int q = survey.findQuestion(question, code);
    if (q < 0)
        return fail(QT_TRANSLATE_NOOP(
            "sondo", "cannot add the net “%1” to %2: the survey has no such question"));
    Question& target = survey.questions[q];
    if (target.type != QuestionType::Single && target.type != QuestionType::Multiple &&
        target.type != QuestionType::Likert)
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot add the net “%1” to %2: only a single, "
                                               "multiple or scale question has nets"));
    if (options.size() < 2)
        return fail(QT_TRANSLATE_NOOP(
            "sondo", "cannot add the net “%1” to %2: a net gathers two options or more"));
    QStringList spelled;
    for (const QString& option : options) {
        const int o = EditText::optionIndex(target.options, option);
        if (o < 0)
            return fail(
                QT_TRANSLATE_NOOP("sondo", "cannot add the net “%1” to %2: it has no option “%3”"),
                option);
        if (!spelled.contains(target.options[o]))
            spelled.append(target.options[o]);
    }
    const QString label = name.trimmed();
    bool taken = label.isEmpty() || EditText::optionIndex(target.options, label) >= 0;
    for (const OptionNet& net : target.nets)
        taken = taken || net.name.compare(label, Qt::CaseInsensitive) == 0;
    if (taken)
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot add the net “%1” to %2: the name is "
                                               "empty or already an option's or a net's"));
    target.nets.append(OptionNet{label, spelled});
    return Done{};
}

} // namespace sondo
