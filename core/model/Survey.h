#pragma once

#include "model/Question.h"

#include <QList>
#include <QString>

namespace sondo {

/** The questionnaire: its questions in file order. Plain value; answers live in ResponseMatrix. */
struct Survey {
    QString title;
    /** Which profile read it: "generic", "google-forms", "surveymonkey", "limesurvey", … */
    QString sourceFormat;
    QList<Question> questions;

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
    /** Index of the option of question `q` whose label (or 1-based code) is `value`, or -1. */
    int findOption(int q, const QString& value) const;
};

} // namespace sondo
