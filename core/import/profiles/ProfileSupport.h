#pragma once

#include "import/build/ImportPlan.h"
#include "import/build/RawTable.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sondo {

/**
 * Header reading shared by the format profiles: cleaned header cells, names for empty headers,
 * unique codes, a bounded look at the data cells of a column and the blocks of a two-row header.
 */
class ProfileSupport {
public:
    /** Columns [first, last] under one question text of a two-row header. */
    struct Block {
        int first = 0;
        int last = 0;
    };

    /** The header cell trimmed and without a byte-order mark; empty when the row is missing. */
    static QString header(const RawTable& table, int row, int column);
    /** The source line of `row`, or row + 1 when the table has no such row. */
    static qint64 lineOf(const RawTable& table, int row);
    /**
     * Header text that a tool wrote as HTML (LimeSurvey and Qualtrics question texts): tags
     * removed, character references ("&amp;", "&#228;", "&nbsp;") decoded, runs of white space
     * made one space (an editor's line breaks and double spaces are not the text).
     */
    static QString plainFromHtml(const QString& text);
    /** A warning located at a header cell (file left empty: the importer knows it). */
    static Diagnostic warning(const RawTable& table, int row, int column, const QString& message);
    /**
     * The header of `column` in `row`, or "Column N" (N 1-based) with a warning when it is empty.
     */
    static QString nameOrPlaceholder(const RawTable& table, int row, int column,
                                     QList<Diagnostic>& warnings);
    /**
     * Makes every code of the plan unique by appending " (2)", " (3)", … to repeats, with a
     * warning at the repeat's first column. Texts are left as the respondent read them. Call it
     * last: it also puts the plan's warnings in reading order.
     */
    static void makeCodesUnique(ImportPlan& plan, const RawTable& table, int headerRow);

    /** A one-column question whose code and text are given. */
    static QuestionPlan question(int column, const QString& code, const QString& text);
    /** A metadata column named `name`. */
    static QuestionPlan metadata(int column, const QString& name,
                                 std::optional<QuestionType> hint = std::nullopt);

    /**
     * Distinct non-blank values of `column` in the rows from `firstDataRow` on, in order of first
     * appearance. Stops after limit + 1 values, so a result longer than `limit` means "more".
     */
    static QStringList dataValues(const RawTable& table, int column, int firstDataRow, int limit);
    /** Up to `count` non-blank cells of `column` from `firstDataRow` on, in row order. */
    static QStringList sampleCells(const RawTable& table, int column, int firstDataRow, int count);

    /** True for a date followed by a time, as survey tools write submission times. */
    static bool looksLikeDateTime(const QString& cell);

    /**
     * Two-row header blocks: each non-blank cell of `row` starts a block that runs over the blank
     * cells to its right. Leading columns with a blank `row` cell form blocks of one column.
     */
    static QList<Block> blocks(const RawTable& table, int row);
    /** True when some block of `row` spans several columns whose cells in `row + 1` are named. */
    static bool hasBlockShape(const RawTable& table, int row);
};

} // namespace sondo
