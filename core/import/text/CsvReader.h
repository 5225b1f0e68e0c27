#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/build/TableObserver.h"
#include "import/text/CsvTable.h"

#include <QString>

namespace sondo {

/**
 * Streaming reader of CSV, TSV and other delimited text (RFC 4180 plus what real exports do).
 *
 * The file is read in chunks and parsed as UTF-8 bytes where it lies, so a 280 MB export never
 * exists twice in memory and no QString is made per cell. Quoted cells may hold delimiters, line
 * breaks of any kind and doubled quotes; records may end in CRLF, LF or CR, mixed; the last one
 * needs no line end. Records whose cells are all blank are skipped.
 *
 * Encoding, unless given: a BOM (UTF-8, UTF-16LE/BE) decides; else UTF-16 without BOM is
 * recognised by its zero bytes; else the file is UTF-8 if its bytes are valid UTF-8, and
 * Windows-1252 if not. The delimiter, unless given, is sniffed among , ; TAB | (see
 * CsvDialect::sniffDelimiter()).
 *
 * Rows shorter than the header read blank in the missing cells, with a warning; longer rows whose
 * extra cells are blank are fine; longer rows with data in the extra cells add columns, with a
 * warning. After 20 warnings of a kind the rest are summarised in one.
 *
 * Errors name the file and, where it applies, the line and column (1-based field index): a
 * missing or unreadable file, an empty file (no bytes, or white space only), a binary file, an
 * unterminated quote (where it opened), a row with data past kMaxColumns, an unknown encoding
 * name, an unusable delimiter, and cancellation through the progress callback ("import
 * cancelled").
 */
class CsvReader {
public:
    /** How many bytes are read at a time: small enough to be parsed while still in the cache. */
    static constexpr qsizetype DefaultChunkSize = qsizetype(1) << 20;
    /**
     * The most cells with data a row may have: Excel's 16,384 columns (XFD). A row with data
     * past it fails the read at that line, column 16,385.
     */
    static constexpr int kMaxColumns = 16384;

    /**
     * Reads a whole delimited text file into a RawTable. `encoding` empty = detect; `delimiter`
     * null = sniff. `progress` is called after each chunk with bytes done and the file size.
     * `chunkSize` exists so tests can put chunk boundaries everywhere; results never depend on it.
     * Line numbers in the table and in diagnostics are physical 1-based lines where a record
     * starts, counting line breaks inside quoted cells.
     */
    static Result<CsvTable> read(const QString& path, const QString& encoding = {},
                                 QChar delimiter = {}, const ProgressCallback& progress = {},
                                 qsizetype chunkSize = DefaultChunkSize,
                                 const TableObserver& grown = {});
};

} // namespace sondo
