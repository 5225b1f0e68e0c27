#include "edit/EditList.h"

#include <algorithm>
#include <type_traits>

#include <QCoreApplication>
#include <QJsonDocument>

namespace sondo {

namespace {

/** Lets std::visit take one lambda per kind. */
template <class... Kinds> struct Overloaded : Kinds... { using Kinds::operator()...; };
// Spelled out for clang before 17, which deduces no aggregate's arguments (the fuzz build).
template <class... Kinds> Overloaded(Kinds...) -> Overloaded<Kinds...>;

/** The first kind of `Kinds` whose fromJson reads `object`, appended to `list`. */
template <class... Kinds> bool readAny(const QJsonObject& object, EditList& list) {
    bool read = false;
    (
        [&] {
            if (read)
                return;
            if (auto edit = Kinds::fromJson(object)) {
                list.append(std::move(*edit));
                read = true;
            }
        }(),
        ...);
    return read;
}

Diagnostic unreadable(const UnknownEdit& edit) {
    return {QString(), 0, 0,
            QCoreApplication::translate("sondo", "a change this version of Sondo cannot read is "
                                                 "kept but not applied: %1")
                .arg(QString::fromUtf8(QJsonDocument(edit.json).toJson(QJsonDocument::Compact)))};
}

} // namespace

QJsonArray EditList::toJson() const {
    QJsonArray json;
    for (const Edit& edit : m_edits)
        json.append(std::visit(Overloaded{
                                   [](const UnknownEdit& e) { return e.json; },
                                   [](const auto& e) { return e.toJson(); },
                               },
                               edit));
    return json;
}

EditList EditList::fromJson(const QJsonArray& json) {
    EditList list;
    for (const QJsonValue& value : json) {
        const QJsonObject object = value.toObject();
        if (!readAny<RenameOption, MergeOptions, ReorderOptions, HideOption, Bands, ChangeType,
                     NetOption, DerivedSegment>(object, list))
            list.append(UnknownEdit{
                value.isObject() ? object : QJsonObject{{QStringLiteral("value"), value}}});
    }
    return list;
}

EditList EditList::fromState(const QJsonObject& state) {
    return fromJson(state.value(stateKey()).toArray());
}

void EditList::storeIn(QJsonObject& state) const {
    // No key at all for a project nobody edited: its saved state stays as it always was.
    if (m_edits.isEmpty())
        state.remove(stateKey());
    else
        state.insert(stateKey(), toJson());
}

Result<Done> EditList::applyOne(const Edit& edit, Survey& survey, ResponseMatrix* responses) {
    // A kind that recodes answers has applyTo(Survey&, ResponseMatrix&), the others only
    // applyTo(Survey&).
    return std::visit(
        Overloaded{
            [&](const UnknownEdit& e) { return Result<Done>::failure(unreadable(e)); },
            [&](const auto& e) -> Result<Done> {
                if constexpr (requires { e.applyTo(survey, *responses); }) {
                    if (responses)
                        return e.applyTo(survey, *responses);
                }
                return e.applyTo(survey);
            },
        },
        edit);
}

QList<Diagnostic> EditList::apply(Survey& survey) const {
    QList<Diagnostic> problems;
    for (const Edit& edit : m_edits)
        if (const Result<Done> done = applyOne(edit, survey, nullptr); !done.ok())
            problems.append(done.error());
    return problems;
}

QList<Diagnostic> EditList::apply(Project& project) const {
    QList<Diagnostic> problems;
    for (const Edit& edit : m_edits)
        if (const Result<Done> done = applyOne(edit, project.survey, &project.responses);
            !done.ok())
            problems.append(done.error());
    return problems;
}

QList<int> EditList::questionsNamed(const Survey& survey) const {
    QList<int> named;
    for (const Edit& edit : m_edits) {
        const int q = std::visit(
            [&survey](const auto& change) {
                if constexpr (std::is_same_v<std::decay_t<decltype(change)>, UnknownEdit>)
                    return -1;
                else
                    return survey.findQuestion(change.question, change.code);
            },
            edit);
        if (q >= 0 && !named.contains(q))
            named.append(q);
    }
    std::sort(named.begin(), named.end());
    return named;
}

QList<Diagnostic> EditList::applySaved(Project& project) {
    return fromState(project.state).apply(project);
}

} // namespace sondo
