#pragma once

#include "model/ResponseMatrix.h"
#include "storage/ResponseTableLayout.h"
#include "storage/SqliteStatement.h"

#include <QString>
#include <vector>

struct sqlite3;

namespace sondo {

/**
 * Writes the `column_chunks` table of a project file (see ColumnChunkCodec) from the answers as
 * they are appended, a slice at a time: a slice that starts a chunk and holds it whole is encoded
 * where it lies; the rest is gathered until a chunk is full. Keys: `question` is the question's
 * position (1-based), 0 the respondent ids (none when the respondents are only numbered), −1
 * the weights. finish() writes the last chunk and, in the `project` table, `respondents` and
 * `column_chunk_rows`, which tell a reader that the chunks are complete.
 *
 * Works inside the caller's transaction; errors are SQLite's message (empty when none).
 */
class ColumnChunkWriter {
public:
    static constexpr int IdsKey = 0;
    static constexpr int WeightsKey = -1;

    /** `db` must outlive the writer; `layout` is the one the answers are appended in. */
    ColumnChunkWriter(sqlite3* db, const ResponseTableLayout& layout);

    /** Rows [row, row + count) of `answers` are the next respondents. */
    QString append(const ResponseMatrix& answers, qint64 row, int count);
    /** Writes the last chunk and the respondent count. */
    QString finish();

private:
    /** One question of the layout: its index and its columns, in layout order. */
    struct QuestionColumns {
        int question = 0;
        std::vector<ResponseTableLayout::Column> columns;
    };

    QString write(const ResponseMatrix& answers, qint64 row, int rows);
    QString insert(int key, const QByteArray& data);
    void gather(const ResponseMatrix& answers, qint64 row, int count);
    void clearGathered();

    sqlite3* m_db;
    std::vector<QuestionColumns> m_questions;
    SqliteStatement m_insert;
    bool m_ids = false;        ///< whether the answers came with respondent ids
    bool m_started = false;    ///< whether append() was called
    qint64 m_written = 0;      ///< respondents in chunks written
    ResponseMatrix m_gathered; ///< the respondents of the chunk not yet full
    int m_gatheredRows = 0;
};

} // namespace sondo
