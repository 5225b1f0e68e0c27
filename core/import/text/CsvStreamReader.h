#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/build/RawTable.h"
#include "import/build/TableObserver.h"
#include "import/text/ChunkPool.h"
#include "import/text/CsvDialect.h"
#include "import/text/CsvTable.h"
#include "import/text/StopBytes.h"
#include "import/text/TextDecoder.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace sondo {

class ChecksumFeeder;
class TableFeeder;

/**
 * One read of one delimited text file, the work behind CsvReader::read() (whose comment says what
 * is read and how). The file is read in chunks, the encoding detected and the delimiter sniffed
 * from the first half megabyte, records parsed where the bytes lie and handed to the table in
 * batches (TableFeeder) while the chunks are hashed (ChecksumFeeder). A reader makes a second pass
 * only when bytes taken for UTF-8 turn out not to be, after non-ASCII text was already parsed as
 * UTF-8 (a later pass then decodes it all). Internal to import/.
 */
class CsvStreamReader {
public:
    CsvStreamReader(const QString& path, const ProgressCallback& progress, qsizetype chunkSize,
                    const TableObserver& grown)
        : m_path(path)
        , m_progress(progress)
        , m_grown(grown)
        , m_chunkSize(std::max<qsizetype>(1, chunkSize)) {}

    /** Reads the file once; call once. `encoding` empty = detect, `delimiter` null = sniff. */
    Result<CsvTable> run(const QString& encoding, QChar delimiter);

private:
    /** What one pass over the file ended with. */
    enum class PassEnd { Done, Failed, RestartAsWindows1252, RestartSanitisingUtf8 };

    /** How many bytes from the start are used to detect the encoding and sniff the delimiter. */
    static constexpr qsizetype kSampleSize = qsizetype(512) << 10;
    /** Cells parsed before they are handed to the table together (see RawTable::appendRows()). */
    static constexpr qsizetype kBatchCells = qsizetype(1) << 14;
    /** Warnings of one kind given one by one before the rest are summarised. */
    static constexpr int kWarningsPerKind = 20;

    Diagnostic diagnostic(const QString& message, qint64 line = 0, int column = 0) const {
        return Diagnostic{m_path, line, column, message};
    }
    Result<CsvTable> failure(const QString& message, qint64 line = 0, int column = 0) const {
        return Result<CsvTable>::failure(diagnostic(message, line, column));
    }

    std::optional<Diagnostic> detectEncoding(QByteArrayView sample, const QString& encoding);
    TextDecoder freshDecoder() const;
    PassEnd pass();
    PassEnd readChunks();
    qsizetype parse(char* data, qsizetype size, bool atEof);
    qsizetype parseRecords(char* data, qsizetype size, bool atEof);
    void emitRecord(qint64 line);
    void flushBatch();
    void warnRagged(int kind, qint64 line, int column, int cells);

    QString m_path;
    ProgressCallback m_progress;
    TableObserver m_grown;
    qsizetype m_chunkSize;
    QFile m_file;
    qint64 m_fileSize = 0;

    // What the passes read with.
    TextDecoder::Kind m_kind = TextDecoder::Kind::Utf8;
    QString m_codecName;
    bool m_autoEncoding = true;
    bool m_sanitiseUtf8 = false;
    bool m_utf8TextMisread = false;
    qsizetype m_bomLength = 0;
    CsvDialect m_dialect;
    char m_delimiter = ',';
    StopBytes m_stopUnquoted;
    StopBytes m_stopQuoted;

    // State of the current pass.
    RawTable m_table;
    QList<Diagnostic> m_warnings;
    std::optional<Diagnostic> m_error;
    qint64 m_line = 1;
    qint64 m_rowsRead = 0;    ///< records handed to the table in this pass
    qint64 m_bytesParsed = 0; ///< bytes of the file those came from, about
    int m_headerCells = -1;
    std::array<int, 2> m_raggedCount{};
    std::vector<QByteArrayView> m_cells;
    std::vector<char> m_scratch;
    qsizetype m_scratchUsed = 0; ///< bytes of m_scratch that cells of m_batch point into
    /** Records parsed but not yet in m_table; their cells point into the chunk being parsed. */
    RawTable::Batch m_batch;
    QByteArrayView m_chunk;                   ///< the bytes being parsed
    std::shared_ptr<QByteArray> m_chunkOwner; ///< the buffer m_chunk lies in
    ChunkPool m_pool;
    TableFeeder* m_feeder = nullptr;      ///< during a pass
    ChecksumFeeder* m_checksum = nullptr; ///< during a pass
    QString m_sha256;                     ///< of the bytes the last pass read
    QByteArray m_bom;                     ///< the BOM's bytes, which the checksum starts with
};

} // namespace sondo
