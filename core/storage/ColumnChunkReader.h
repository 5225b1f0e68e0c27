#pragma once

#include "storage/ColumnCells.h"
#include "storage/SqliteStatement.h"

#include <QString>
#include <functional>
#include <optional>
#include <vector>

struct sqlite3;

namespace sondo {

/**
 * Reads the `column_chunks` table of a project file (see ColumnChunkWriter): one indexed read
 * per question, of about a megabyte per million respondents for a choice question. Errors say
 * which chunk is damaged; the caller names the file.
 */
class ColumnChunkReader {
public:
    /** `db` must outlive the reader, inside the caller's read transaction. */
    explicit ColumnChunkReader(sqlite3* db);

    /**
     * How many respondents the chunks hold, or nothing when the file has no chunks (a file of an
     * older format, read through an in-memory upgrade). `error` says why it cannot tell.
     */
    std::optional<qint64> respondents(QString* error);
    /** Whether `key` has chunks: the respondent ids have none when they are only numbered. */
    bool has(int key);
    /**
     * Reads the chunks of `key`, in order, for `respondents` respondents: each chunk is decoded
     * into the parts `partsAt` gives for its first respondent, then `chunkRead` is called with
     * that first respondent and the chunk's count; when it returns false, the read stops with
     * `cancelled` set. Returns why the chunks cannot be read, or an empty string.
     */
    QString read(int key, const std::function<std::vector<TargetCells>(qint64)>& partsAt,
                 qint64 respondents, const std::function<bool(qint64, int)>& chunkRead,
                 bool* cancelled);

private:
    sqlite3* m_db;
    SqliteStatement m_select;
};

} // namespace sondo
