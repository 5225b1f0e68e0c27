#include "edit/EditList.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sondo {

namespace {

/** Lets std::visit take one lambda per kind. */
template <class... Kinds> struct Overloaded : Kinds... { using Kinds::operator()...; };
// Spelled out for clang before 17, which deduces no aggregate's arguments (the fuzz build).
template <class... Kinds> Overloaded(Kinds...) -> Overloaded<Kinds...>;

} // namespace

QJsonArray EditList::toJson() const {
    QJsonArray json;
    for (const Edit& edit : m_edits)
        json.append(std::visit(Overloaded{
                                   [](const RenameOption& e) { return e.toJson(); },
                                   [](const UnknownEdit& e) { return e.json; },
                               },
                               edit));
    return json;
}

EditList EditList::fromJson(const QJsonArray& json) {
    EditList list;
    for (const QJsonValue& value : json) {
        const QJsonObject object = value.toObject();
        if (auto rename = RenameOption::fromJson(object))
            list.append(*rename);
        else
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

QList<Diagnostic> EditList::apply(Survey& survey) const {
    QList<Diagnostic> problems;
    for (const Edit& edit : m_edits) {
        std::visit(Overloaded{
                       [&](const RenameOption& e) {
                           const Result<Done> done = e.applyTo(survey);
                           if (!done.ok())
                               problems.append(done.error());
                       },
                       [&](const UnknownEdit& e) {
                           problems.append(
                               {QString(), 0, 0,
                                QCoreApplication::translate(
                                    "sondo", "a change this version of Sondo cannot read is kept "
                                             "but not applied: %1")
                                    .arg(QString::fromUtf8(
                                        QJsonDocument(e.json).toJson(QJsonDocument::Compact)))});
                       },
                   },
                   edit);
    }
    return problems;
}

QList<Diagnostic> EditList::apply(Project& project) const {
    return apply(project.survey);
}

QList<Diagnostic> EditList::applySaved(Project& project) {
    return fromState(project.state).apply(project);
}

} // namespace sondo
