#include "import/text/CsvStreamReader.h"

#include "import/text/CellText.h"
#include "import/text/ChecksumFeeder.h"
#include "import/text/CsvReader.h"
#include "import/text/TableFeeder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <climits>
#include <cstring>

namespace sondo {

std::optional<Diagnostic> CsvStreamReader::detectEncoding(QByteArrayView sample,
                                                          const QString& encoding) {
    const auto byte = [&](qsizetype i) {
        return i < sample.size() ? uchar(sample[i]) : 0x100;
    };
    enum class Bom { None, Utf8, Utf16LE, Utf16BE } bom = Bom::None;
    if (byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF)
        bom = Bom::Utf8;
    else if (byte(0) == 0xFF && byte(1) == 0xFE)
        bom = Bom::Utf16LE;
    else if (byte(0) == 0xFE && byte(1) == 0xFF)
        bom = Bom::Utf16BE;

    if (!encoding.isEmpty()) {
        m_autoEncoding = false;
        std::optional<TextDecoder> decoder = TextDecoder::forName(encoding);
        if (!decoder)
            return diagnostic(
                QCoreApplication::translate("sondo", "unknown encoding \"%1\"").arg(encoding));
        m_kind = decoder->kind();
        if (m_kind == TextDecoder::Kind::Codec)
            m_codecName = decoder->name();
        const bool utf16 =
            m_kind == TextDecoder::Kind::Utf16LE || m_kind == TextDecoder::Kind::Utf16BE;
        if (utf16 && (bom == Bom::Utf16LE || bom == Bom::Utf16BE)) {
            // A UTF-16 BOM cannot be mistaken, so it settles the byte order whatever was typed.
            m_kind = bom == Bom::Utf16LE ? TextDecoder::Kind::Utf16LE : TextDecoder::Kind::Utf16BE;
            m_bomLength = 2;
        } else if (m_kind == TextDecoder::Kind::Utf8 && bom == Bom::Utf8) {
            m_bomLength = 3;
        }
    } else if (bom == Bom::Utf8) {
        m_kind = TextDecoder::Kind::Utf8;
        m_bomLength = 3;
        // The BOM is stronger evidence than a few bad bytes: keep UTF-8 and replace them.
        m_autoEncoding = false;
    } else if (bom != Bom::None) {
        m_kind = bom == Bom::Utf16LE ? TextDecoder::Kind::Utf16LE : TextDecoder::Kind::Utf16BE;
        m_bomLength = 2;
    } else {
        // UTF-16 without BOM: ASCII text has a zero in every other byte, always on the same side.
        const qsizetype pairs = std::min<qsizetype>(sample.size(), 4096) / 2;
        qsizetype zeroEven = 0, zeroOdd = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            zeroEven += sample[2 * i] == 0;
            zeroOdd += sample[2 * i + 1] == 0;
        }
        if (pairs >= 2 && zeroOdd * 10 >= pairs * 3 && zeroEven * 50 <= pairs)
            m_kind = TextDecoder::Kind::Utf16LE;
        else if (pairs >= 2 && zeroEven * 10 >= pairs * 3 && zeroOdd * 50 <= pairs)
            m_kind = TextDecoder::Kind::Utf16BE;
        else
            m_kind = TextDecoder::Kind::Utf8;
    }
    m_dialect.bom = m_bomLength > 0;

    if (m_kind == TextDecoder::Kind::Utf16LE || m_kind == TextDecoder::Kind::Utf16BE ||
        m_kind == TextDecoder::Kind::Codec)
        return std::nullopt; // zero bytes are normal there; decoded NULs are caught while parsing

    // Text hardly holds control characters; compressed or binary data (an XLSX, a SAV, a picture
    // renamed .csv) is full of them. A stray NUL is reported by the parser with its position.
    qsizetype controls = 0;
    for (qsizetype i = m_bomLength; i < sample.size(); ++i) {
        const uchar c = uchar(sample[i]);
        if (c != 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    if (controls >= 4 && controls * 20 > sample.size() - m_bomLength)
        return diagnostic(QCoreApplication::translate("sondo", "binary file: it is not text"));
    return std::nullopt;
}

TextDecoder CsvStreamReader::freshDecoder() const {
    if (m_kind == TextDecoder::Kind::Codec)
        return std::move(*TextDecoder::forName(m_codecName));
    return TextDecoder(m_kind);
}

Result<CsvTable> CsvStreamReader::run(const QString& encoding, QChar delimiter) {
    if (!delimiter.isNull() && (delimiter.unicode() >= 0x80 || delimiter == QLatin1Char('"') ||
                                delimiter == QLatin1Char('\r') || delimiter == QLatin1Char('\n')))
        return failure(QCoreApplication::translate(
                           "sondo",
                           "unusable delimiter \"%1\": give one ASCII character other than a quote "
                           "or a line break")
                           .arg(CsvDialect::displayName(delimiter)));
    if (!encoding.isEmpty() && !TextDecoder::forName(encoding))
        return failure(
            QCoreApplication::translate("sondo", "unknown encoding \"%1\"").arg(encoding));

    const QFileInfo info(m_path);
    if (!info.exists())
        return failure(QCoreApplication::translate("sondo", "file not found"));
    if (info.isDir())
        return failure(QCoreApplication::translate("sondo", "this is a folder, not a file"));
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate("sondo", "cannot read the file: %1")
                           .arg(m_file.errorString()));
    m_fileSize = m_file.size();
    if (m_fileSize == 0)
        return failure(QCoreApplication::translate("sondo", "the file is empty"));

    QByteArray sample = m_file.read(kSampleSize);
    if (sample.isEmpty() && m_file.error() != QFileDevice::NoError)
        return failure(QCoreApplication::translate("sondo", "cannot read the file: %1")
                           .arg(m_file.errorString()));
    if (auto error = detectEncoding(sample, encoding))
        return Result<CsvTable>::failure(*error);
    m_bom = sample.first(m_bomLength);

    if (delimiter.isNull()) {
        // Only ASCII bytes matter to the structure, and UTF-8 and single-byte encodings agree on
        // them, so those need no decoding to sniff.
        const bool atEnd = sample.size() >= m_fileSize;
        QByteArrayView text = QByteArrayView(sample).sliced(m_bomLength);
        QByteArray decoded;
        if (m_kind == TextDecoder::Kind::Utf16LE || m_kind == TextDecoder::Kind::Utf16BE ||
            m_kind == TextDecoder::Kind::Codec) {
            TextDecoder decoder = freshDecoder();
            decoder.decode(text, decoded);
            text = decoded;
        }
        delimiter = CsvDialect::sniffDelimiter(text, atEnd);
    }
    m_delimiter = char(delimiter.unicode());
    m_dialect.delimiter = delimiter;
    m_stopUnquoted = StopBytes(m_delimiter, '\r', '\n', '\0');
    m_stopQuoted = StopBytes('"', '\r', '\n', '\0');

    for (;;) {
        const PassEnd end = pass();
        if (end == PassEnd::Failed)
            return Result<CsvTable>::failure(*m_error);
        if (end == PassEnd::Done)
            break;
        if (end == PassEnd::RestartAsWindows1252) {
            m_kind = TextDecoder::Kind::Windows1252;
            m_autoEncoding = false;
            // Only text that really read as UTF-8 changes meaning; a lead byte cut by a chunk end
            // that the next chunk refutes does not.
            if (m_utf8TextMisread)
                m_warnings.append(diagnostic(QCoreApplication::translate(
                    "sondo",
                    "the file is not valid UTF-8 although it starts as UTF-8; it was read as "
                    "Windows-1252 (give --encoding if that is wrong)")));
        } else {
            m_sanitiseUtf8 = true;
        }
    }

    if (m_table.rowCount() == 0)
        return failure(QCoreApplication::translate("sondo", "the file is empty"));
    for (int kind = 0; kind < 2; ++kind) {
        const int more = m_raggedCount[kind] - kWarningsPerKind;
        if (more > 0)
            m_warnings.append(diagnostic(
                kind == 0 ? QCoreApplication::translate(
                                "sondo", "… and %n more rows with fewer cells than the header",
                                nullptr, more)
                          : QCoreApplication::translate(
                                "sondo", "… and %n more rows with more cells than the header",
                                nullptr, more)));
    }
    // The parse buffers go before finish() makes the table's strings, to keep the peak low.
    std::vector<char>().swap(m_scratch);
    m_batch = RawTable::Batch();
    m_table.finish();
    Result<CsvTable> result(CsvTable{std::move(m_table), m_dialect, m_sha256});
    result.warnings = m_warnings;
    return result;
}

CsvStreamReader::PassEnd CsvStreamReader::pass() {
    m_table = RawTable();
    // Worth a thread only when there is a next chunk to parse while one is appended, and a
    // second core this process may run on (taskset, a container's cpuset).
    TableFeeder feeder(m_table, m_fileSize > m_chunkSize && QThread::idealThreadCount() > 1,
                       m_grown);
    m_feeder = &feeder;
    ChecksumFeeder checksum(feeder.threaded());
    m_checksum = &checksum;
    checksum.add(m_bom, nullptr);
    const PassEnd end = readChunks();
    feeder.finish();
    m_feeder = nullptr;
    m_checksum = nullptr;
    if (end == PassEnd::Done)
        m_sha256 = checksum.result();
    return end;
}

CsvStreamReader::PassEnd CsvStreamReader::readChunks() {
    m_batch.clear();
    m_scratchUsed = 0;
    m_error.reset();
    m_line = 1;
    m_rowsRead = 0;
    m_bytesParsed = 0;
    m_headerCells = -1;
    m_raggedCount = {};
    m_dialect.lineEnding.clear();
    const QList<Diagnostic> warningsBefore = m_warnings;

    TextDecoder decoder = freshDecoder();
    // UTF-8 is parsed where it was read; everything else is decoded into `buffer` first.
    bool inPlace = m_kind == TextDecoder::Kind::Utf8 && !m_sanitiseUtf8;
    m_dialect.encoding = decoder.name();

    if (!m_file.seek(m_bomLength)) {
        m_error = diagnostic(QCoreApplication::translate("sondo", "cannot read the file: %1")
                                 .arg(m_file.errorString()));
        return PassEnd::Failed;
    }
    qint64 done = m_bomLength;
    // The unparsed end of the previous chunk, then the new one. When another thread appends,
    // each chunk gets a buffer of its own that the batches made from it share (instead of
    // copying their cells); buffers come back to the pool once those batches are in the table.
    m_chunkOwner = m_feeder->threaded() ? m_pool.take() : std::make_shared<QByteArray>();
    QByteArray raw;
    qsizetype carry = 0;
    for (;;) {
        QByteArray& buffer = *m_chunkOwner;
        qint64 got = 0;
        if (inPlace) {
            buffer.resize(carry + m_chunkSize);
            got = m_file.read(buffer.data() + carry, m_chunkSize);
        } else {
            raw.resize(m_chunkSize);
            got = m_file.read(raw.data(), m_chunkSize);
        }
        if (got < 0) {
            m_error = diagnostic(QCoreApplication::translate("sondo", "cannot read the file: %1")
                                     .arg(m_file.errorString()));
            return PassEnd::Failed;
        }
        done += got;
        const bool atEof = got == 0 || m_file.atEnd();
        if (inPlace) {
            buffer.resize(carry + got);
            const bool cleanBefore = !decoder.hasPendingSequence() && !decoder.sawMultiByteUtf8();
            const bool invalid = decoder.validateUtf8(QByteArrayView(buffer).sliced(carry)) >= 0 ||
                                 (atEof && decoder.hasPendingSequence());
            if (invalid) {
                if (!m_autoEncoding) {
                    m_warnings = warningsBefore;
                    return PassEnd::RestartSanitisingUtf8;
                }
                if (!cleanBefore || decoder.sawMultiByteUtf8()) {
                    m_warnings = warningsBefore;
                    m_utf8TextMisread = decoder.sawMultiByteUtf8();
                    return PassEnd::RestartAsWindows1252;
                }
                // All parsed so far was ASCII, which Windows-1252 reads alike: switch here.
                m_kind = TextDecoder::Kind::Windows1252;
                m_autoEncoding = false;
                decoder = freshDecoder();
                m_dialect.encoding = decoder.name();
                inPlace = false;
                raw = buffer.sliced(carry);
                buffer.truncate(carry);
            }
        }
        // The chunk as read: in place it stays untouched until its buffer is back in the pool.
        if (inPlace)
            m_checksum->add(QByteArrayView(buffer).sliced(carry, got),
                            m_feeder->threaded() ? m_chunkOwner : nullptr);
        else
            m_checksum->add(QByteArrayView(raw).first(got), nullptr);
        if (!inPlace) {
            buffer.truncate(carry);
            raw.truncate(got);
            decoder.decode(raw, buffer);
            if (atEof)
                decoder.finish(buffer);
        }
        if (m_progress && !m_progress(done, m_fileSize)) {
            m_error = diagnostic(QCoreApplication::translate("sondo", "import cancelled"));
            return PassEnd::Failed;
        }

        const qsizetype used = parse(buffer.data(), buffer.size(), atEof);
        if (used < 0)
            return PassEnd::Failed;
        carry = buffer.size() - used;
        // Decoded text is parsed from another buffer: there the bytes read stand for it.
        m_bytesParsed = inPlace ? done - carry : done;
        if (atEof)
            break;
        if (m_feeder->threaded()) {
            // Batches may still point into this buffer: the next chunk starts in a fresh one.
            std::shared_ptr<QByteArray> next = m_pool.take();
            next->resize(carry);
            if (carry > 0)
                std::memcpy(next->data(), buffer.data() + used, size_t(carry));
            m_chunkOwner = std::move(next);
        } else {
            if (carry > 0 && used > 0)
                std::memmove(buffer.data(), buffer.data() + used, size_t(carry));
            buffer.truncate(carry);
        }
    }
    if (m_dialect.lineEnding.isEmpty())
        m_dialect.lineEnding = QStringLiteral("\n");
    if (m_sanitiseUtf8 && decoder.invalidCount() > 0) {
        // A plain variable: Qt 6.4's lupdate never finishes on a cast of a call with a template
        // argument inside translate().
        const int invalid = int(std::min<qint64>(decoder.invalidCount(), INT_MAX));
        m_warnings.append(diagnostic(QCoreApplication::translate(
            "sondo",
            "the file is not valid UTF-8 (give --encoding if it has another encoding); "
            "invalid byte sequences replaced by \uFFFD: %n",
            nullptr, invalid)));
    }
    return PassEnd::Done;
}

/**
 * Parses the complete records in `data` into the table and returns how many bytes they took, or
 * -1 after an error. Unless `atEof`, a record cut by the end is left for the next call, to be
 * parsed again with more bytes; nothing is changed for it before that.
 */
qsizetype CsvStreamReader::parse(char* data, qsizetype size, bool atEof) {
    m_chunk = QByteArrayView(data, size);
    const qsizetype used = parseRecords(data, size, atEof);
    // The batch's cells point into `data` and m_scratch, which the next chunk overwrites.
    if (used >= 0)
        flushBatch();
    return used;
}

void CsvStreamReader::flushBatch() {
    if (m_batch.rowCount() > 0) {
        // Rows so far scaled to the whole file: lets the table make room once (RawTable).
        if (m_bytesParsed > 0)
            m_batch.expectRows(
                qint64(double(m_rowsRead) * double(m_fileSize) / double(m_bytesParsed)));
        if (m_feeder->threaded())
            m_batch.detach({QByteArrayView(m_scratch.data(), m_scratchUsed)}, m_chunk,
                           m_chunkOwner);
        m_feeder->submit(m_batch);
    }
    m_scratchUsed = 0;
}

qsizetype CsvStreamReader::parseRecords(char* data, qsizetype size, bool atEof) {
    const char* const end = data + size;
    const char* p = data;
    const char delimiter = m_delimiter;
    const auto& stopUnquoted = m_stopUnquoted;
    const auto& stopQuoted = m_stopQuoted;
    // Unescaped cells ("" → ") are written here, one record after the other until the batch is
    // handed over; they never need more than the bytes parsed.
    if (qsizetype(m_scratch.size()) < size)
        m_scratch.resize(size_t(size));

    while (p < end) {
        const char* const recordStart = p;
        const auto cut = [&] {
            return recordStart - data;
        };
        m_cells.clear();
        char* scratch = m_scratch.data() + m_scratchUsed;
        qint64 extraLines = 0; // line breaks inside quoted cells of this record
        const char* terminator = nullptr;
        for (;;) {
            if (p == end) {
                if (!atEof)
                    return cut();
                m_cells.emplace_back(); // after a final delimiter
                break;
            }
            if (*p == '"') {
                const qint64 openLine = m_line + extraLines;
                const int column = int(m_cells.size()) + 1;
                const char* q = p + 1;
                const char* segment = q;
                char* unescaped = nullptr; // start of the cell in scratch, once it needs copying
                for (;;) {
                    q = stopQuoted.findIn(q, end);
                    if (q == end) {
                        if (!atEof)
                            return cut();
                        m_error = diagnostic(
                            QCoreApplication::translate(
                                "sondo",
                                "unterminated quote: the quoted cell that starts here never ends"),
                            openLine, column);
                        return -1;
                    }
                    if (*q == '"') {
                        if (q + 1 == end && !atEof)
                            return cut();
                        if (q + 1 < end && q[1] == '"') {
                            if (!unescaped)
                                unescaped = scratch;
                            std::memcpy(scratch, segment, size_t(q + 1 - segment));
                            scratch += q + 1 - segment;
                            q += 2;
                            segment = q;
                            continue;
                        }
                        break;
                    }
                    if (*q == '\n') {
                        ++extraLines;
                        ++q;
                    } else if (*q == '\r') {
                        if (q + 1 == end && !atEof)
                            return cut();
                        q += (q + 1 < end && q[1] == '\n') ? 2 : 1;
                        ++extraLines;
                    } else {
                        m_error =
                            diagnostic(QCoreApplication::translate(
                                           "sondo", "binary file: it contains NUL bytes, so it is "
                                                    "not text"),
                                       m_line + extraLines, column);
                        return -1;
                    }
                }
                // q is on the closing quote.
                p = q + 1;
                if (p < end && !stopUnquoted.contains(*p)) {
                    // Text after the closing quote ("a"b) is kept, as spreadsheet programs do.
                    const char* r = stopUnquoted.findIn(p, end);
                    if (r == end && !atEof)
                        return cut();
                    if (!unescaped)
                        unescaped = scratch;
                    std::memcpy(scratch, segment, size_t(q - segment));
                    scratch += q - segment;
                    segment = p;
                    q = r;
                    p = r;
                }
                if (unescaped) {
                    std::memcpy(scratch, segment, size_t(q - segment));
                    scratch += q - segment;
                    m_cells.emplace_back(unescaped, scratch - unescaped);
                } else {
                    m_cells.emplace_back(segment, q - segment);
                }
            } else {
                const char* q = p;
                q = stopUnquoted.findIn(q, end);
                m_cells.emplace_back(p, q - p);
                p = q;
            }

            if (p == end) {
                if (!atEof)
                    return cut();
                break; // the last record has no line end
            }
            const char c = *p;
            if (c == delimiter) {
                ++p;
                continue;
            }
            if (c == '\n') {
                terminator = "\n";
                ++p;
                break;
            }
            if (c == '\r') {
                if (p + 1 == end && !atEof)
                    return cut();
                if (p + 1 < end && p[1] == '\n') {
                    terminator = "\r\n";
                    p += 2;
                } else {
                    terminator = "\r";
                    ++p;
                }
                break;
            }
            m_error =
                diagnostic(QCoreApplication::translate(
                               "sondo", "binary file: it contains NUL bytes, so it is not text"),
                           m_line + extraLines, int(m_cells.size()));
            return -1;
        }
        if (terminator && m_dialect.lineEnding.isEmpty())
            m_dialect.lineEnding = QString::fromLatin1(terminator);
        m_scratchUsed = scratch - m_scratch.data();
        if (qsizetype(m_cells.size()) > CsvReader::kMaxColumns) {
            // Past a spreadsheet's columns with data: refused here, before 1 MB of commas
            // becomes 250,000 columns and half a gigabyte. Trailing blank cells do not count.
            qsizetype last = qsizetype(m_cells.size()) - 1;
            while (last >= CsvReader::kMaxColumns && isBlank(m_cells[size_t(last)]))
                --last;
            if (last >= CsvReader::kMaxColumns) {
                m_error = diagnostic(
                    QCoreApplication::translate(
                        "sondo", "the row has more than %1 cells, more columns than a spreadsheet "
                                 "holds; the file is refused")
                        .arg(CsvReader::kMaxColumns),
                    m_line, CsvReader::kMaxColumns + 1);
                return -1;
            }
        }
        emitRecord(m_line);
        m_line += extraLines + (terminator ? 1 : 0);
    }
    return p - data;
}

void CsvStreamReader::emitRecord(qint64 line) {
    const auto firstData = std::find_if(m_cells.begin(), m_cells.end(),
                                        [](QByteArrayView cell) { return !isBlank(cell); });
    if (firstData == m_cells.end())
        return; // a blank line, or only delimiters: nobody answered anything
    if (m_headerCells < 0) {
        m_headerCells = int(m_cells.size());
    } else if (int(m_cells.size()) < m_headerCells) {
        warnRagged(0, line, 0, int(m_cells.size()));
    } else if (int(m_cells.size()) > m_headerCells) {
        int last = int(m_cells.size()) - 1;
        while (last >= m_headerCells && isBlank(m_cells[size_t(last)]))
            --last;
        if (last < m_headerCells) {
            // Trailing delimiters only: blank extra cells are no data and add no columns.
            m_cells.resize(size_t(m_headerCells));
        } else {
            m_cells.resize(size_t(last) + 1);
            int column = m_headerCells;
            while (isBlank(m_cells[size_t(column)]))
                ++column;
            warnRagged(1, line, column + 1, last + 1);
        }
    }
    m_batch.addRow(m_cells, line);
    ++m_rowsRead;
    // Small batches (a quarter megabyte of cell views) stay in cache while the table takes them.
    if (m_batch.cellCount() >= kBatchCells)
        flushBatch();
}

void CsvStreamReader::warnRagged(int kind, qint64 line, int column, int cells) {
    if (++m_raggedCount[size_t(kind)] > kWarningsPerKind)
        return;
    const QString message =
        kind == 0
            ? QCoreApplication::translate(
                  "sondo", "row has %1 cells, the header has %2; the missing cells are left blank")
            : QCoreApplication::translate(
                  "sondo", "row has %1 cells, the header has %2; columns were added for the extra "
                           "cells");
    m_warnings.append(diagnostic(message.arg(cells).arg(m_headerCells), line, column));
}

} // namespace sondo
