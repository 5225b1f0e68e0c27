#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "storage/ColumnLayout.h"

#include <memory>
#include <vector>

struct sqlite3;

namespace sondo {

class SqlConnection;

/**
 * Moves the answers between a ResponseMatrix and the wide `responses` table. These are the only
 * loops over every respondent, so they speak to SQLite directly (QtSql's per-value binding is
 * about ten times slower): multi-row prepared INSERTs, and one SELECT over all columns filling
 * the columnar arrays. Both run inside the caller's transaction.
 */
class ResponseTable {
public:
    /**
     * Appends respondents to the `responses` table laid out by `layout`, in order, a slice at a
     * time, with prepared multi-row INSERTs kept between slices. `connection` and `layout` must
     * outlive it.
     */
    class Inserter {
    public:
        Inserter(SqlConnection& connection, const ColumnLayout& layout, const QString& fileName);
        ~Inserter();
        Inserter(const Inserter&) = delete;
        Inserter& operator=(const Inserter&) = delete;
        /**
         * Inserts respondents [first, first + count) (0-based; stored as first + 1, …) whose
         * answers are rows [first - offset, …) of `answers`. `first` must be the number of
         * respondents inserted before: they are appended, never placed.
         */
        Result<Done> insert(const ResponseMatrix& answers, qint64 first, int offset, int count);

    private:
        struct Statements;
        sqlite3* m_db = nullptr;
        const ColumnLayout& m_layout;
        QString m_fileName;
        int m_rowsPerStatement = 1;
        qint64 m_appended = 0; ///< respondents inserted so far
        std::unique_ptr<Statements> m_statements;
        std::vector<char> m_utf8; ///< the UTF-8 of one statement's texts
    };

    /** How many columns one table may have on this connection (SQLite's default is 2000). */
    static int columnLimit(SqlConnection& connection);

    /**
     * Reads every respondent in `respondent` order. `layout` comes from the file's `columns`
     * table and must match `survey` (ProjectStore checks it). A missing respondent_id reads as
     * the respondent's number; a missing weight as NaN. With `questions` (one flag per question)
     * only the flagged questions' answers are read: the others' columns stay empty, and so do
     * the respondent ids (and the weights too when no question is flagged).
     */
    static Result<ResponseMatrix> read(SqlConnection& connection, const ColumnLayout& layout,
                                       const Survey& survey, const ProgressCallback& progress,
                                       const QString& fileName,
                                       const std::vector<bool>& questions = {});
};

} // namespace sondo
