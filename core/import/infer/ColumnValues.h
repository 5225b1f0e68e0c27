#pragma once

#include "import/build/RawTable.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sondo {

/**
 * The answers in one source column, as its distinct values with how often respondents gave each.
 * Inference looks at every value with its count, never at the first rows only.
 */
struct ColumnValues {
    /** Distinct non-blank values, index = RawTable cell id - 1. */
    QStringList values;
    /** Respondents giving each value (0 for a value found only in header rows). */
    std::vector<qint64> counts;
    /** First respondent (0-based among respondents) giving each value, -1 when none. */
    std::vector<int> firstRow;
    /** Non-blank cells among respondents. */
    qint64 answered = 0;
    /** Value labels of a binary source (SPSS) in code order: the options, when given. */
    QStringList valueLabels;
    /** Measurement level of a binary source's variable. */
    SourceColumnInfo::Measure measure = SourceColumnInfo::Measure::Unknown;

    /** Gathers column `column` of the rows from `firstDataRow` on. */
    static ColumnValues fromTable(const RawTable& table, int column, int firstDataRow);
    /** A column from a list of cells, one per respondent, blank = missing (tests, tools). */
    static ColumnValues fromCells(const QStringList& cells);
    /** Indices of the values given by respondents, in order of first appearance. */
    std::vector<int> appearanceOrder() const;
};

} // namespace sondo
