#pragma once

#include "storage/ResponseStore.h"

#include <memory>
#include <vector>

struct sqlite3;

namespace sondo {

class ColumnChunkReader;
class ColumnChunkWriter;

/**
 * The `responses` table of a .sondo file. Its loops speak to SQLite directly through the QSQLITE
 * driver's handle (QtSql's per-value binding is about ten times slower): multi-row prepared
 * INSERTs kept between slices, with texts bound as UTF-8, and one SELECT over the chosen columns
 * filling the columnar arrays. Beside the table, the same answers go to the `column_chunks`
 * table (ColumnChunkWriter), from which a file that has them is read, a question at a time.
 * Creating the table and the view goes through QtSql.
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
    Result<QStringList> readRespondentIds() override;

    Result<Done> finish() override;
    Result<Done> addColumnChunks(const ResponseTableLayout& layout, const Survey& survey) override;

private:
    /**
     * Fills `matrix` (sized, its respondentCount set) from the column chunks: the wanted
     * questions, the weights, and the respondent ids when every question is wanted. Returns why
     * the chunks cannot be read, or sets `cancelled` when `progress` says stop.
     */
    QString readChunks(ColumnChunkReader& chunks, const ResponseTableLayout& layout,
                       ResponseMatrix& matrix, const std::vector<bool>& questions,
                       const ProgressCallback& progress, bool* cancelled);
    Result<Done> saveFailure(const QString& what) const;
    /** How many respondents the file holds (from its chunks, else by counting its table). */
    Result<qint64> respondentCount(ColumnChunkReader& chunks, bool* chunked);

    struct Statements;
    SqlConnection& m_connection;
    QString m_fileName;
    ResponseTableLayout m_layout; ///< of the table create() made
    sqlite3* m_db = nullptr;      ///< set by create()
    int m_rowsPerStatement = 1;
    qint64 m_appended = 0; ///< respondents appended so far
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<ColumnChunkWriter> m_chunks; ///< set by create()
    std::vector<char> m_utf8;                    ///< the UTF-8 of one statement's texts
};

} // namespace sondo
