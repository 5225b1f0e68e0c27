#include "edit/RenameOption.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace sondo {

RenameOption RenameOption::of(const Survey& survey, int question, int option,
                              const QString& label) {
    RenameOption rename;
    if (question >= 0 && question < survey.questions.size()) {
        const Question& q = survey.questions[question];
        rename.question = q.id;
        rename.code = q.code;
        rename.option = q.options.value(option);
    }
    rename.label = label;
    return rename;
}

QJsonObject RenameOption::toJson() const {
    return QJsonObject{{QStringLiteral("kind"), kind()},
                       {QStringLiteral("question"), question},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("option"), option},
                       {QStringLiteral("label"), label}};
}

std::optional<RenameOption> RenameOption::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("kind")).toString() != kind())
        return std::nullopt;
    const QJsonValue question = json.value(QStringLiteral("question"));
    const QJsonValue code = json.value(QStringLiteral("code"));
    const QJsonValue option = json.value(QStringLiteral("option"));
    const QJsonValue label = json.value(QStringLiteral("label"));
    if (!question.isString() || !option.isString() || !label.isString() ||
        !(code.isString() || code.isUndefined()))
        return std::nullopt;
    return RenameOption{question.toString(), code.toString(), option.toString(), label.toString()};
}

Result<Done> RenameOption::applyTo(Survey& survey) const {
    const QString name = code.isEmpty() || code == question
                             ? question
                             : QStringLiteral("%1 (%2)").arg(question, code);
    // Whole sentences, so that translators see each message as the analyst will.
    auto fail = [&](const char* message) {
        return Result<Done>::failure(
            {QString(), 0, 0,
             QCoreApplication::translate("sondo", message).arg(option, name, label)});
    };
    const int q = survey.findQuestion(question, code);
    if (q < 0)
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot rename the option “%1” of %2 to “%3”: "
                                               "the survey has no such question"));
    QStringList& options = survey.questions[q].options;
    const int o = int(options.indexOf(option));
    if (o < 0)
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot rename the option “%1” of %2 to “%3”: "
                                               "the question has no such option"));
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot rename the option “%1” of %2 to “%3”: "
                                               "the new label is empty"));
    for (int i = 0; i < options.size(); ++i)
        if (i != o && options[i].compare(trimmed, Qt::CaseInsensitive) == 0)
            return fail(QT_TRANSLATE_NOOP("sondo", "cannot rename the option “%1” of %2 to “%3”: "
                                                   "another option already has that label"));
    const QString before = options[o];
    options[o] = trimmed;
    for (OptionNet& net : survey.questions[q].nets)
        net.relabel({before}, trimmed);
    return Done{};
}

} // namespace sondo
