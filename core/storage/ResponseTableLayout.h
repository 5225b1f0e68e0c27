#pragma once

#include "model/Survey.h"

#include <QString>
#include <optional>
#include <vector>

namespace sondo {

/**
 * How a survey's answers map onto the columns of the wide `responses` table, and the SQL that
 * creates that table and its `responses_labelled` view.
 *
 * Column names are derived from question ids only (Q3 → `q3`, a multiple-choice option →
 * `q7_o2`, a date's text → `q5_text`), never from user text, so they are always plain SQL
 * identifiers; an id that would not give one (spaces, no digit, a clash) falls back to
 * `c<position>`. The `columns` table of the file records the mapping, and readers rely on it
 * rather than on these rules.
 */
class ResponseTableLayout {
public:
    /** What a column holds; stored by name in the `columns` table. */
    enum class Content {
        Code,     ///< single/likert: INTEGER option code, NULL = missing
        Number,   ///< numeric: REAL, NULL = missing
        Msecs,    ///< date: REAL milliseconds since the epoch (UTC), NULL = missing
        Text,     ///< text/id, and a date as written: TEXT, NULL = missing
        Selected, ///< one multiple-choice option: INTEGER 0/1, NULL = question not answered
    };

    struct Column {
        QString name;
        int question = -1; ///< index in Survey::questions
        int option = -1;   ///< 0-based option index for Selected, else -1
        Content content = Content::Code;
    };

    /** The layout Sondo writes for `survey`. */
    static ResponseTableLayout forSurvey(const Survey& survey);
    /** A layout read back from a file's `columns` table. */
    static ResponseTableLayout fromColumns(std::vector<Column> columns);

    const std::vector<Column>& columns() const { return m_columns; }

    /**
     * Why this layout cannot hold `survey`'s answers (a column pointing at a missing question or
     * option, or a content the question's type does not have), or an empty string if it can.
     */
    QString mismatch(const Survey& survey) const;

    /** CREATE TABLE responses(respondent INTEGER PRIMARY KEY, respondent_id, weight, …). */
    QString createTableSql() const;
    /**
     * CREATE VIEW responses_labelled: one column per question named after its id, showing
     * option labels instead of codes, dates as "YYYY-MM-DD HH:MM:SS" (UTC), and one 0/1 column
     * per multiple-choice option named "<id>: <label>".
     */
    QString createLabelledViewSql(const Survey& survey) const;

    static QString contentName(Content content);
    static std::optional<Content> contentFromName(const QString& name);
    /** `"name"` with embedded quotes doubled: safe for any identifier. */
    static QString quoteIdentifier(const QString& name);
    /** `'text'` with embedded quotes doubled: safe for any string. */
    static QString quoteLiteral(const QString& text);

private:
    std::vector<Column> m_columns;
};

} // namespace sondo
