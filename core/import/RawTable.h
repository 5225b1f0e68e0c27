#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace sondo {

/** What a binary source (SPSS, Stata) knows about a column beyond its cells. */
struct SourceColumnInfo {
    QString name;  ///< variable name
    QString label; ///< variable label (question text)
    /** Value labels in code order; cells hold these labels. Empty when the variable has none. */
    QStringList valueLabels;
    enum class Measure { Unknown, Nominal, Ordinal, Scale } measure = Measure::Unknown;
    bool numeric = false;
};

/**
 * An SPSS multiple response set: several columns that together answer one question (MRSETS).
 * Dichotomy sets count one value per column ("chosen" = the counted value); category sets hold the
 * chosen options themselves, one per column.
 */
struct MultipleResponseSet {
    QString name;  ///< the set's name, e.g. "$canali"
    QString label; ///< the question text; empty when the file gives none
    enum class Kind { Dichotomy, Category } kind = Kind::Dichotomy;
    /** Dichotomy sets: per column, the cell text that means "chosen" (the counted value's label
     *  in that column, or the value itself). */
    QStringList countedValues;
    /** Dichotomy sets: options are named by each column's label of the counted value
     *  (CATEGORYLABELS=COUNTEDVALUES) rather than by the column labels. */
    bool optionsFromValueLabels = false;
    QList<int> columns; ///< the set's columns in set order
};

/**
 * The cells of a tabular source, every row including header rows, dictionary-encoded per column:
 * each distinct non-blank value is stored once and each cell is a 32-bit id (0 = blank). This keeps
 * a million-row export small in memory and lets type inference look at every distinct value with
 * its count instead of at the first rows only.
 *
 * Cells are kept exactly as read, except that a cell of only white space is blank. A row longer
 * than the table adds columns (earlier rows read blank there); a shorter row reads blank in the
 * missing cells. Readers report such rows as warnings; the table itself never misaligns.
 */
class RawTable {
public:
    /** Appends a record whose cells are UTF-8. `line` is the 1-based line where it starts. */
    void appendRow(const std::vector<QByteArrayView>& utf8Cells, qint64 line);
    /** Appends a record of already decoded cells (XLSX, SPSS readers). */
    void appendRow(const QStringList& cells, qint64 line);

    int rowCount() const { return int(m_lines.size()); }
    int columnCount() const { return int(m_columns.size()); }

    /** 0 for a blank cell, else 1 + the index of the value in distinctValues(column). */
    std::uint32_t cellId(int row, int column) const
    {
        const auto& cells = m_columns[column].cells;
        return row < int(cells.size()) ? cells[row] : 0;
    }
    /** The cell's text; empty for blank. */
    QString cell(int row, int column) const;
    /** A whole row as text (for header rows and previews). */
    QStringList row(int row) const;
    /** Distinct non-blank values of a column in order of first appearance. */
    const QStringList& distinctValues(int column) const { return m_columns[column].values; }
    /** The physical 1-based line where record `row` starts in the source. */
    qint64 lineOf(int row) const { return m_lines[row]; }

    /** Per-column knowledge from binary sources; empty for text sources. */
    QList<SourceColumnInfo> columnInfo;
    /** Multiple response sets a binary source defines (SPSS .sav); empty otherwise. */
    QList<MultipleResponseSet> multipleResponseSets;

    /** Drops the hash indexes used while appending; call once reading is done. */
    void finish();

private:
    struct Column {
        QStringList values;
        QHash<QByteArray, std::uint32_t> index;
        std::vector<std::uint32_t> cells;
    };
    void ensureColumns(int count);
    std::uint32_t intern(Column& column, QByteArrayView utf8);

    std::vector<Column> m_columns;
    std::vector<qint64> m_lines;
};

} // namespace sondo
