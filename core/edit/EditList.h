#pragma once

#include "base/Diagnostic.h"
#include "edit/Edit.h"
#include "model/Project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace sondo {

/**
 * The analyst's changes to a survey, in the order they were made: what the project shows is the
 * survey as imported with these applied one after the other. Stored as a JSON array under
 * stateKey() in the project's saved state (Project::state, written by ProjectStore::writeState);
 * the imported questions and answers in the file are never changed, so every change can be undone
 * and a re-import starts again from the new export. Plain value.
 */
class EditList {
public:
    EditList() = default;
    explicit EditList(QList<Edit> edits)
        : m_edits(std::move(edits)) {}

    /** The key of Project::state that holds the list: "edits". */
    static QString stateKey() { return QStringLiteral("edits"); }

    bool isEmpty() const { return m_edits.isEmpty(); }
    qsizetype size() const { return m_edits.size(); }
    const Edit& at(qsizetype i) const { return m_edits.at(i); }
    const QList<Edit>& edits() const { return m_edits; }
    void append(Edit edit) { m_edits.append(std::move(edit)); }
    /** Removes the latest change (undo). */
    void removeLast() { m_edits.removeLast(); }
    /** Removes change `i` (0-based); the later ones then apply to what the earlier ones made. */
    void removeAt(qsizetype i) { m_edits.removeAt(i); }

    /** One object per change, each with its "kind". */
    QJsonArray toJson() const;
    /** Reads what toJson wrote. Entries it cannot read are kept as UnknownEdit, never dropped. */
    static EditList fromJson(const QJsonArray& json);
    /** The list saved in a project's state (empty when there is none). */
    static EditList fromState(const QJsonObject& state);
    /** Writes the list into a project's state; an empty list removes the key. */
    void storeIn(QJsonObject& state) const;

    /**
     * Applies the changes in order to the questionnaire `survey` only: for checking that a
     * change fits and for listing. Changes that recode answers (a merge) change the options
     * here but no answers, so counting needs apply(Project&). A change that no longer fits (its
     * question or option is gone, a name clash) is skipped and reported; the others still apply.
     */
    QList<Diagnostic> apply(Survey& survey) const;
    /**
     * Applies the changes in order to the project's survey and to the answers loaded in memory
     * (a merge recodes them); the answers stored in the file are never touched. What does not
     * fit is skipped and reported, as by apply(Survey&).
     */
    QList<Diagnostic> apply(Project& project) const;
    /**
     * Applies the list saved in `project.state` to `project`: the one call every way of opening a
     * project makes before showing or counting anything. Returns what could not be applied.
     */
    static QList<Diagnostic> applySaved(Project& project);
    /**
     * The questions of `survey` (as imported) the changes name, ascending: the answers a change
     * may recode, which whoever applies the list again (undo) must first put back as imported.
     */
    QList<int> questionsNamed(const Survey& survey) const;
    /**
     * Applies one change to `survey` and, when given, to the loaded `responses`; fails, changing
     * nothing, when it does not fit (an UnknownEdit never does).
     */
    static Result<Done> applyOne(const Edit& edit, Survey& survey, ResponseMatrix* responses);

    bool operator==(const EditList&) const = default;

private:
    QList<Edit> m_edits;
};

} // namespace sondo
