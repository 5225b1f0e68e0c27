#include "storage/ColumnChunkReader.h"

#include "storage/ColumnChunkCodec.h"

#include <sqlite3.h>

namespace sondo {

ColumnChunkReader::ColumnChunkReader(sqlite3* db)
    : m_db(db) {
}

std::optional<qint64> ColumnChunkReader::respondents(QString* error) {
    SqliteStatement facts;
    if (!facts.prepare(m_db, QStringLiteral("SELECT (SELECT value FROM project WHERE key = "
                                            "'column_chunk_rows'), (SELECT value FROM project "
                                            "WHERE key = 'respondents')"))) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return std::nullopt;
    }
    if (sqlite3_step(facts.get()) != SQLITE_ROW) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return std::nullopt;
    }
    if (sqlite3_column_type(facts.get(), 0) == SQLITE_NULL)
        return std::nullopt;
    if (sqlite3_column_int64(facts.get(), 0) != ColumnChunkCodec::ChunkRows ||
        sqlite3_column_type(facts.get(), 1) == SQLITE_NULL ||
        sqlite3_column_int64(facts.get(), 1) < 0) {
        *error = QStringLiteral("the column chunks are not of this version's size");
        return std::nullopt;
    }
    const qint64 respondents = sqlite3_column_int64(facts.get(), 1);
    // Before anything is sized by it: the weights' chunks must be there and hold at least a
    // byte per respondent, so that a damaged or hostile count cannot ask for more memory than
    // the file's own size justifies.
    SqliteStatement weights;
    if (!weights.prepare(m_db, QStringLiteral("SELECT count(*), total(length(data)) FROM "
                                              "column_chunks WHERE question = -1")) ||
        sqlite3_step(weights.get()) != SQLITE_ROW) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return std::nullopt;
    }
    const qint64 chunks =
        (respondents + ColumnChunkCodec::ChunkRows - 1) / ColumnChunkCodec::ChunkRows;
    if (sqlite3_column_int64(weights.get(), 0) != chunks ||
        sqlite3_column_double(weights.get(), 1) < double(respondents + chunks)) {
        *error = QStringLiteral("the weights' chunks do not hold the %1 respondents the file "
                                "counts")
                     .arg(respondents);
        return std::nullopt;
    }
    return respondents;
}

bool ColumnChunkReader::has(int key) {
    SqliteStatement any;
    if (!any.prepare(m_db, QStringLiteral("SELECT 1 FROM column_chunks WHERE question = ?1")))
        return false;
    sqlite3_bind_int(any.get(), 1, key);
    return sqlite3_step(any.get()) == SQLITE_ROW;
}

QString ColumnChunkReader::read(int key,
                                const std::function<std::vector<TargetCells>(qint64)>& partsAt,
                                qint64 respondents,
                                const std::function<bool(qint64, int)>& chunkRead,
                                bool* cancelled) {
    *cancelled = false;
    if (!m_select.get() &&
        !m_select.prepare(m_db, QStringLiteral("SELECT chunk, data FROM column_chunks WHERE "
                                               "question = ?1 ORDER BY chunk")))
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_stmt* st = m_select.get();
    sqlite3_reset(st);
    sqlite3_bind_int(st, 1, key);
    const qint64 chunks =
        (respondents + ColumnChunkCodec::ChunkRows - 1) / ColumnChunkCodec::ChunkRows;
    qint64 expected = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const qint64 chunk = sqlite3_column_int64(st, 0);
        if (chunk != expected || chunk >= chunks)
            return QStringLiteral("column %1 has an unexpected chunk %2").arg(key).arg(chunk);
        const qint64 first = chunk * ColumnChunkCodec::ChunkRows;
        const int rows = int(std::min<qint64>(ColumnChunkCodec::ChunkRows, respondents - first));
        const void* blob = sqlite3_column_blob(st, 1);
        const QByteArrayView bytes(static_cast<const char*>(blob), sqlite3_column_bytes(st, 1));
        if (const QString problem = ColumnChunkCodec::decode(bytes, partsAt(first), rows);
            !problem.isEmpty())
            return QStringLiteral("chunk %1 of column %2: %3").arg(chunk).arg(key).arg(problem);
        ++expected;
        if (chunkRead && !chunkRead(first, rows)) {
            *cancelled = true;
            return QString();
        }
    }
    if (rc != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    if (expected != chunks)
        return QStringLiteral("column %1 has %2 chunks of the %3 its %4 respondents need")
            .arg(key)
            .arg(expected)
            .arg(chunks)
            .arg(respondents);
    return QString();
}

} // namespace sondo
