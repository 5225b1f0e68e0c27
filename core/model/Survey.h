#pragma once

#include "model/Question.h"
#include "model/QuestionGroup.h"

#include <QList>
#include <QString>

namespace sondo {

/**
 * The questionnaire: its questions in file order, and the groups (grids) some of them form.
 * Plain value; answers live in ResponseMatrix.
 */
struct Survey {
    QString title;
    /** Which profile read it: "generic", "google-forms", "surveymonkey", "limesurvey", … */
    QString sourceFormat;
    QList<Question> questions;
    /**
     * Grids and batteries, in file order of their first items. Each item's Question::group
     * names its group; a question is in one group at most.
     */
    QList<QuestionGroup> groups;

    /**
     * Finds a question by id ("Q3", case-insensitive), by the tool's code, or by its exact text.
     * Returns its index in `questions`, or -1.
     */
    int findQuestion(const QString& key) const;
    /**
     * Finds the question a saved reference names (a filter or view saved with the project): by
     * `id` (case-insensitive) when that question's code is still `code` (or `code` is empty),
     * else by `code` alone, since ids are positional and a re-import that shifted the questions
     * moves them while the tool's code stays. With no question of that code, the question with
     * that id even though its code changed. An empty id or code matches nothing. Returns its
     * index in `questions`, or -1.
     */
    int findQuestion(const QString& id, const QString& code) const;
    /** Finds a group by id ("G3", case-insensitive). Returns its index in `groups`, or -1. */
    int findGroup(const QString& id) const;
    /** The indexes in `questions` of group `g`'s items, in file order (unknown ids left out). */
    QList<int> groupItems(int g) const;
    /**
     * Rebuilds every group's `items` from the questions' Question::group, in question order:
     * after questions were given other ids (a re-import keeps the project's ids), the two sides
     * agree again. Question::group is the membership a project file stores.
     */
    void relinkGroupItems();
    /** Index of the option of question `q` whose label (or 1-based code) is `value`, or -1. */
    int findOption(int q, const QString& value) const;
};

} // namespace sondo
