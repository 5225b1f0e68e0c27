#pragma once

#include <QList>
#include <QString>
#include <algorithm>

namespace sondo {

/** One answer option as the survey's definition lists it: the stored value and its label. */
struct DefinedChoice {
    QString name;  ///< the value the export stores ("likely", "3")
    QString label; ///< the text the respondent read ("Probable")
};

/** One question of a survey definition, in questionnaire order. */
struct DefinedQuestion {
    /** The code the export's column is named by (XLSForm `name`, Qualtrics export tag). */
    QString name;
    QString label;
    /** The tool's own type word (XLSForm "select_one", "integer"…), for the import report. */
    QString kind;
    /** Label of the group (XLSForm begin_group, LimeSurvey group, Qualtrics block); may be empty.
     */
    QString groupLabel;
    /** Options in the order the questionnaire shows them; empty for a question without options. */
    QList<DefinedChoice> choices;
};

/**
 * A survey's own definition, read from the file its tool exports beside the answers (XLSForm,
 * Qualtrics .qsf): question texts, groups, options and their order. The import matches its
 * questions to the export's columns by code; see DefinitionApplier.
 */
struct SurveyDefinition {
    /** "xlsform", "qsf": names the kind of file in the import report. */
    QString kind;
    QString file;
    QList<DefinedQuestion> questions;

    /**
     * The question whose name is `code`, or the last segment of a path code
     * ("group_ab1cd23/q1", "grp.q1" → "q1"); nullptr when none.
     */
    const DefinedQuestion* find(const QString& code) const {
        for (const DefinedQuestion& q : questions)
            if (q.name == code)
                return &q;
        const qsizetype at = std::max(code.lastIndexOf(u'/'), code.lastIndexOf(u'.'));
        if (at < 0)
            return nullptr;
        const QString last = code.mid(at + 1);
        for (const DefinedQuestion& q : questions)
            if (q.name == last)
                return &q;
        return nullptr;
    }
};

} // namespace sondo
