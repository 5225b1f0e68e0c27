#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <utility>
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
 *
 * Every column stays dictionary-encoded, however many distinct values it has: distinctValues()
 * never repeats a value and ids follow first appearance, whatever the way rows were appended.
 *
 * Cost, so that a 1,000,000-row export reads fast and small: while appending, each column looks
 * values up in its own open-addressing hash table over a UTF-8 arena of its distinct values; the
 * QStrings of distinctValues() are made from the arena in one go by finish() (on two threads),
 * sharing one allocation, which then drops the arena and the table. Ids are stored 1, 2 or 4 bytes
 * wide, as the column's number of distinct values needs; line numbers are stored only where they
 * stop following the row numbers. A reader can parse on one thread while another appends (see
 * Batch::detach()); CsvReader does.
 *
 * Threads: once finish() has run, the const members may be called from several threads at once.
 * Before it they make a column's missing QStrings on demand, so threads reading at the same time
 * must keep to columns of their own (and nothing may append meanwhile).
 */
class RawTable {
public:
    /**
     * Records handed to the table together (see appendRows()). It refers to the cells' bytes,
     * which must stay valid until appendRows() returns, unless detach() copied them.
     */
    class Batch {
    public:
        Batch() = default;
        Batch(Batch&&) = default;
        Batch& operator=(Batch&&) = default;
        // A copy's cells would still point into the original's bytes.
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

        /** Adds a record whose cells are UTF-8. `line` is the 1-based line where it starts. */
        void addRow(const std::vector<QByteArrayView>& utf8Cells, qint64 line);
        int rowCount() const { return int(m_lines.size()); }
        /** Cells of all records, record after record. */
        qsizetype cellCount() const { return qsizetype(m_cells.size()); }
        /**
         * Copies the bytes the cells refer to into the batch, so that the caller may reuse its
         * buffers (and the batch may go to another thread). `regions` are the buffers most cells
         * lie in (a parsed chunk, a scratch area): each is copied in one piece, as far as cells
         * use it; cells elsewhere are copied one by one.
         */
        void detach(std::initializer_list<QByteArrayView> regions);
        /**
         * The same, except that cells inside `owned` stay where they are: `owner` keeps those
         * bytes alive for as long as the batch holds these records (until clear()), so the bulk
         * of a parsed chunk is shared instead of copied.
         */
        void detach(std::initializer_list<QByteArrayView> regions, QByteArrayView owned,
                    std::shared_ptr<const void> owner);
        /** Empties the batch, keeping its memory for the next records. */
        void clear();
        /**
         * The reader's guess of how many records the whole table will hold (from the bytes read
         * so far and the file's size), passed on to the table with these records; 0 = none.
         */
        void expectRows(qint64 rows) { m_expectedRows = rows; }

    private:
        friend class RawTable;
        std::vector<QByteArrayView> m_cells;
        std::vector<qsizetype> m_rowEnds; ///< end of each record in m_cells
        std::vector<qint64> m_lines;
        std::unique_ptr<char[]> m_bytes; ///< what detach() copied
        std::size_t m_bytesCapacity = 0;
        bool m_bytesUsed = false;                          ///< whether cells point into m_bytes
        std::vector<std::shared_ptr<const void>> m_owners; ///< bytes cells point into
        int m_widest = 0;
        qint64 m_expectedRows = 0;
    };

    /** Appends a record whose cells are UTF-8. `line` is the 1-based line where it starts. */
    void appendRow(const std::vector<QByteArrayView>& utf8Cells, qint64 line);
    /** Appends a record of already decoded cells (XLSX, SPSS readers). */
    void appendRow(const QStringList& cells, qint64 line);
    /**
     * Appends every record of `batch`, in order; the table is the same as after appendRow() for
     * each, only faster: a column at a time, with the hash table slots of several cells fetched
     * together.
     */
    void appendRows(const Batch& batch);

    int rowCount() const { return m_rows; }
    int columnCount() const { return int(m_columns.size()); }

    /** 0 for a blank cell, else 1 + the index of the value in distinctValues(column). */
    std::uint32_t cellId(int row, int column) const {
        const Column& c = m_columns[column];
        if (row >= m_rows)
            return 0;
        switch (c.width) {
        case 1:
            return c.ids8[row];
        case 2:
            return c.ids16[row];
        default:
            return c.ids32[row];
        }
    }
    /**
     * Calls `visit(i, id)` with cellId(firstRow + i, column) for each i in [0, count): the same
     * as cellId() row by row, without choosing the width of the ids again for every cell (loops
     * over a million rows use it).
     */
    template <typename Visit>
    void forEachId(int column, int firstRow, int count, const Visit& visit) const {
        const Column& c = m_columns[size_t(column)];
        const int stored = std::clamp(m_rows - firstRow, 0, std::max(count, 0));
        const auto run = [&](const auto* ids) {
            for (int i = 0; i < stored; ++i)
                visit(i, std::uint32_t(ids[firstRow + i]));
        };
        if (stored > 0) {
            switch (c.width) {
            case 1:
                run(c.ids8.data());
                break;
            case 2:
                run(c.ids16.data());
                break;
            default:
                run(c.ids32.data());
            }
        }
        for (int i = stored; i < count; ++i)
            visit(i, std::uint32_t(0));
    }
    /** The cell's text; empty for blank. */
    QString cell(int row, int column) const;
    /** A whole row as text (for header rows and previews). */
    QStringList row(int row) const;
    /** Distinct non-blank values of a column in order of first appearance. */
    const QStringList& distinctValues(int column) const;
    /** The physical 1-based line where record `row` starts in the source. */
    qint64 lineOf(int row) const;

    /** Per-column knowledge from binary sources; empty for text sources. */
    QList<SourceColumnInfo> columnInfo;
    /** Multiple response sets a binary source defines (SPSS .sav); empty otherwise. */
    QList<MultipleResponseSet> multipleResponseSets;

    /**
     * Makes the QStrings of the distinct values, drops the hash indexes used while appending and
     * trims spare capacity; call once reading is done. Appending afterwards still works (the index
     * is rebuilt), only slower.
     */
    void finish();

private:
    struct Column {
        /** Ids of the cells, row by row, in the narrowest of these that holds the largest id. */
        std::vector<std::uint8_t> ids8;
        std::vector<std::uint16_t> ids16;
        std::vector<std::uint32_t> ids32;
        int width = 1;
        /** The distinct values; behind the arena until made by finish() or on demand. */
        mutable QStringList values;

        // The index, only while appending: the values' UTF-8 bytes one after another, where
        // each ends, and a hash table of (32 hash bits << 32 | id) slots, 0 = empty.
        std::vector<char> bytes;
        std::vector<qsizetype> ends;
        std::vector<std::uint64_t> hashSlots;
        qint64 roomRows = 0; ///< rows room was made for (see makeRoom()), 0 = none yet
    };
    void ensureColumns(int count);
    static std::uint32_t intern(Column& column, QByteArrayView utf8, const QString* text);
    /** The id of `utf8` in the column's index, or 0 with `slot` where it would go. */
    static inline std::uint32_t find(const Column& column, QByteArrayView utf8, std::uint32_t hash,
                                     std::size_t& slot);
    static std::uint32_t internHashed(Column& column, QByteArrayView utf8, std::uint32_t hash,
                                      const QString* text);
    static void rebuildIndex(Column& column);
    static void grow(Column& column);
    static void rehash(Column& column, std::size_t slots);
    static void push(Column& column, std::uint32_t id);
    static void appendColumn(Column& column, int index, const Batch& batch);
    static void makeRoom(Column& column, int rows, qint64 expectedRows);
    static void makeValues(const Column& column);
    /** Runs `work(column)` for every column, on two threads when `parallel`, largest first. */
    template <typename Work> void forEachColumn(bool parallel, const Work& work);
    void appendLine(qint64 line);

    std::vector<Column> m_columns;
    int m_rows = 0;
    qint64 m_expectedRows = 0; ///< the last guess a batch brought (Batch::expectRows())
    /** (first row, line - row) where the distance between line and row number changes. */
    std::vector<std::pair<int, qint64>> m_lineSteps;
};

} // namespace sondo
