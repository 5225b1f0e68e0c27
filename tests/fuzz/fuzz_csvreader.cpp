// CsvReader with encoding detection and delimiter sniffing, on any bytes. Beyond not crashing:
// the reader promises that its result never depends on where chunks end, so every input is read
// twice, in one chunk and in chunks of 1 to 61 bytes, and the two reads must agree cell by cell.

#include "FuzzSupport.h"

#include "import/text/CsvDialect.h"
#include "import/text/CsvReader.h"

#include <QStringList>

using namespace sondo;

namespace {

/** Everything a read gave, as text, so two reads can be compared at once. */
QStringList describe(const Result<CsvTable>& result) {
    QStringList out;
    if (!result.ok()) {
        out << QStringLiteral("error ") + result.error().toString();
        return out;
    }
    const CsvTable& csv = result.value();
    out << QStringLiteral("dialect %1 bom=%2 delimiter=%3 eol=%4 sha=%5")
               .arg(csv.dialect.encoding)
               .arg(csv.dialect.bom)
               .arg(csv.dialect.delimiter.unicode())
               .arg(QString::fromLatin1(csv.dialect.lineEnding.toLatin1().toHex()), csv.sha256);
    for (int r = 0; r < csv.table.rowCount(); ++r)
        out << QString::number(csv.table.lineOf(r)) + QLatin1Char(':') +
                   csv.table.row(r).join(QStringLiteral("\x1f"));
    for (const Diagnostic& warning : result.warnings)
        out << QStringLiteral("warning ") + warning.toString();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static fuzz::InputFile input(QStringLiteral("input.csv"));
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The sniffer alone, on the raw bytes: as a whole text and as one cut by a chunk's end.
    CsvDialect::sniffDelimiter(bytes, true);
    CsvDialect::sniffDelimiter(bytes, false, 3);

    const QString& path = input.write(data, size);
    // "Whole" is one chunk of the input's size: the reader's default chunk (1 MB) would cost a
    // fresh megabyte from AddressSanitizer's allocator on every input (a third of the time).
    const QStringList whole =
        describe(CsvReader::read(path, {}, {}, {}, qMax<qsizetype>(1, qsizetype(size))));
    // The chunk size follows from the input, so that a saved crash replays the same way.
    const qsizetype chunk = 1 + qsizetype(size % 61);
    const QStringList chunked = describe(CsvReader::read(path, {}, {}, {}, chunk));
    if (whole != chunked)
        fuzz::broken("CsvReader: the result depends on the chunk size",
                     QStringLiteral("chunk %1\n--- whole\n%2\n--- chunked\n%3")
                         .arg(chunk)
                         .arg(whole.join(u'\n'), chunked.join(u'\n')));
    return 0;
}
