#pragma once

#include "storage/ResponseStore.h"

#include <memory>
#include <vector>

struct sqlite3;

namespace sondo {

/**
 * The `responses` table of a .sondo file. Its loops speak to SQLite directly through the QSQLITE
 * driver's handle (QtSql's per-value binding is about ten times slower): multi-row prepared
 * INSERTs kept between slices, with texts bound as UTF-8, and one SELECT over the chosen columns
 * filling the columnar arrays. Creating the table and the view goes through QtSql.
 */
class SqliteResponseStore final : public ResponseStore {
public:
    /** `connection` must be open, and outlive the store. */
    SqliteResponseStore(SqlConnection& connection, const QString& fileName);
    ~SqliteResponseStore() override;
    SqliteResponseStore(const SqliteResponseStore&) = delete;
    SqliteResponseStore& operator=(const SqliteResponseStore&) = delete;

    /** SQLite's limit on this connection (2000 by default). */
    int columnLimit() const override;
    Result<Done> create(const ResponseTableLayout& layout) override;
    Result<Done> append(const ResponseMatrix& answers, qint64 first, int offset,
                        int count) override;
    Result<Done> createLabelledView(const ResponseTableLayout& layout,
                                    const Survey& survey) override;
    Result<ResponseMatrix> read(const ResponseTableLayout& layout, const Survey& survey,
                                const ProgressCallback& progress,
                                const std::vector<bool>& questions = {}) override;

private:
    Result<Done> saveFailure(const QString& what) const;

    struct Statements;
    SqlConnection& m_connection;
    QString m_fileName;
    ResponseTableLayout m_layout; ///< of the table create() made
    sqlite3* m_db = nullptr;      ///< set by create()
    int m_rowsPerStatement = 1;
    qint64 m_appended = 0; ///< respondents appended so far
    std::unique_ptr<Statements> m_statements;
    std::vector<char> m_utf8; ///< the UTF-8 of one statement's texts
};

} // namespace sondo
