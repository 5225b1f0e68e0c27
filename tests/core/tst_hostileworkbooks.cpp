// Workbooks from strangers: a damaged deflate stream, a zip bomb, an endless cell. Every
// reproduction is made here: cells.xlsx with bytes broken inside one part's compressed data, and
// small workbooks written with QuaZip. Each must fail fast with an error that says where.

#include "../common/SondoProcess.h"
#include "base/Diagnostic.h"
#include "import/sources/XlsxLimits.h"
#include "import/sources/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <functional>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace sondo;
using sondo::test::runSondo;

namespace {

/** Where `part`'s compressed data starts in the zip `data` and how long it is (local header). */
std::pair<qsizetype, qsizetype> compressedDataOf(const QByteArray& data, const QByteArray& part) {
    for (qsizetype at = data.indexOf("PK\x03\x04"); at >= 0;
         at = data.indexOf("PK\x03\x04", at + 4)) {
        const auto* header = reinterpret_cast<const uchar*>(data.constData() + at);
        const quint32 compressed = qFromLittleEndian<quint32>(header + 18);
        const quint16 nameLength = qFromLittleEndian<quint16>(header + 26);
        const quint16 extraLength = qFromLittleEndian<quint16>(header + 28);
        if (data.mid(at + 30, nameLength) == part)
            return {at + 30 + nameLength + extraLength, qsizetype(compressed)};
    }
    return {-1, 0};
}

/** A zip whose parts are written by `write(part name, file)` in turn, deflated. */
bool writeZip(const QString& path, const QStringList& parts,
              const std::function<void(const QString&, QIODevice&)>& write) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const QString& part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part)))
            return false;
        write(part, file);
        file.close();
        if (file.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

const char* workbookXml(const char* sheetName) {
    static QByteArray xml;
    xml = QByteArray("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                     "spreadsheetml/2006/main\"><sheets><sheet name=\"") +
          sheetName + "\" sheetId=\"1\"/></sheets></workbook>";
    return xml.constData();
}

/** A one-sheet workbook (no relationships: the reader's usual part names) with `sheetData`. */
bool writeWorkbook(const QString& path, const char* sheetName,
                   const std::function<void(QIODevice&)>& sheetData) {
    return writeZip(path, {"xl/workbook.xml", "xl/worksheets/sheet1.xml"},
                    [&](const QString& part, QIODevice& file) {
                        if (part == u"xl/workbook.xml") {
                            file.write(workbookXml(sheetName));
                            return;
                        }
                        file.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://"
                                   "schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                   "<sheetData>");
                        sheetData(file);
                        file.write("</sheetData></worksheet>");
                    });
}

} // namespace

class TestHostileWorkbooks : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyWithBrokenPart(const QByteArray& part) {
        QFile source(QFINDTESTDATA("data/xlsx/cells.xlsx"));
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = source.readAll();
        const auto [offset, length] = compressedDataOf(data, part);
        if (offset < 0 || length < 64)
            return {};
        // Sixteen 0xFF bytes halfway through the deflate stream: zlib stops with "invalid
        // distance too far back" after the first half inflated fine. The local header and the
        // central directory stay whole, so the zip opens.
        for (qsizetype i = offset + length / 2; i < offset + length / 2 + 16; ++i)
            data[i] = char(0xFF);
        const QString path =
            m_dir.filePath(QString::fromLatin1(part).replace(u'/', u'_') + QStringLiteral(".xlsx"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return {};
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void diagnosticForms() {
        QCOMPARE((Diagnostic{"a.csv", 3, 5, "bad"}).toString(), QStringLiteral("a.csv:3:5: bad"));
        QCOMPARE((Diagnostic{"a.csv", 3, 0, "bad"}).toString(), QStringLiteral("a.csv:3: bad"));
        QCOMPARE((Diagnostic{"a.csv", 0, 0, "bad"}).toString(), QStringLiteral("a.csv: bad"));
        QCOMPARE((Diagnostic{"", 0, 0, "bad"}).toString(), QStringLiteral("bad"));
        QCOMPARE((Diagnostic{"b.xlsx", 0, 0, "bad", "Sheet1!C7"}).toString(),
                 QStringLiteral("b.xlsx:Sheet1!C7: bad"));
        QCOMPARE((Diagnostic{"", 0, 0, "bad", "Sheet1!C7"}).toString(),
                 QStringLiteral("Sheet1!C7: bad"));
    }

    void damagedPartFailsInsteadOfHanging_data() {
        QTest::addColumn<QByteArray>("part");
        QTest::addColumn<QString>("place");
        QTest::newRow("sheet") << QByteArray("xl/worksheets/sheet1.xml")
                               << QStringLiteral("Foglio1"); // cells.xlsx names its sheet so
        QTest::newRow("shared strings") << QByteArray("xl/sharedStrings.xml") << QString();
        QTest::newRow("workbook") << QByteArray("xl/workbook.xml") << QString();
    }
    void damagedPartFailsInsteadOfHanging() {
        QFETCH(QByteArray, part);
        QFETCH(QString, place);
        const QString path = copyWithBrokenPart(part);
        QVERIFY(!path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        auto result = XlsxReader::read(path);
        QVERIFY(!result.ok());
        QVERIFY2(timer.elapsed() < 10000, "a damaged part must stop the reader at once");
        const QString error = result.error().toString();
        QVERIFY2(error.contains(QString::fromLatin1(part)) && error.contains(u"damaged"),
                 qPrintable(error));
        QVERIFY2(result.error().place.startsWith(place), qPrintable(error));
    }

    void damagedSheetFailsTheImportCommand() {
        const QString path = copyWithBrokenPart("xl/worksheets/sheet1.xml");
        QVERIFY(!path.isEmpty());
        const auto run = runSondo({"import", path, "-o", m_dir.filePath("damaged.sondo")});
        QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(run.err));
        QVERIFY2(run.err.contains(path + QStringLiteral(":Foglio1")) &&
                     run.err.contains(u"xl/worksheets/sheet1.xml is damaged"),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath("damaged.sondo")));
    }

    void damagedDirectoryIsRefusedBeforeListing() {
        // A 1.7 KB workbook found by fuzzing (tests/fuzz/regressions/xlsxreader): its zip
        // directory's entries claim extra fields past the end of the file, which minizip read
        // one empty read at a time (1.2 million reads, strace). Refused as damaged; the real
        // workbooks still read.
        const QString path = QStringLiteral(
            SONDO_SOURCE_DIR
            "/tests/fuzz/regressions/xlsxreader/damaged-directory-extra-field-846d8721");
        auto result = XlsxReader::read(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"zip directory does not hold together"),
                 qPrintable(result.error().toString()));
        QVERIFY(XlsxReader::read(QFINDTESTDATA("data/xlsx/cells.xlsx")).ok());
    }

    void damagedDirectoryIsRefusedBeforeOpening_data() {
        QTest::addColumn<QString>("input");
        // Opening the zip reads its first directory entry, a damaged one a byte at a time: refused
        // only after 110,283 `read` calls (0.8 s; 2.2 s under AddressSanitizer; strace -c). The
        // directory is now checked before minizip opens the file.
        QTest::newRow("damaged first entry")
            << QStringLiteral("damaged-directory-first-entry-0e66107e");
        // An end record announcing 0 entries in a 450-byte directory: minizip walked on past the
        // directory's end, 260,083 empty reads. The entries must now fill the directory.
        QTest::newRow("no entries in a full directory")
            << QStringLiteral("directory-with-no-entries-c079cf55");
        // An end record announcing 65,535 entries (the zip64 mark) with no zip64 records before
        // it: minizip read an entry's extra field four bytes at a time past the file's end,
        // 640,426 reads (2.2 s under AddressSanitizer). Zip64 marks must now come with zip64.
        QTest::newRow("zip64 marks without zip64 records")
            << QStringLiteral("zip64-marks-without-zip64-records-10e1866c");
    }

    void damagedDirectoryIsRefusedBeforeOpening() {
        // 3.5 KB workbooks found by fuzzing (tests/fuzz/regressions/xlsxreader). Oracle: the
        // kernel's count of this process's read calls (/proc/self/io), not a time.
        QFETCH(QString, input);
        const QString path =
            QStringLiteral(SONDO_SOURCE_DIR "/tests/fuzz/regressions/xlsxreader/") + input;
        auto readCalls = [] {
            QFile io(QStringLiteral("/proc/self/io"));
            if (!io.open(QIODevice::ReadOnly))
                return qint64(-1);
            const QByteArray text = io.readAll();
            const qsizetype at = text.indexOf("syscr: ");
            return at < 0 ? qint64(-1)
                          : text.mid(at + 7, text.indexOf('\n', at) - at - 7).toLongLong();
        };
        const qint64 before = readCalls();
        QVERIFY(before >= 0);
        auto result = XlsxReader::read(path);
        const qint64 calls = readCalls() - before;
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"zip directory does not hold together"),
                 qPrintable(result.error().toString()));
        QVERIFY2(calls < 1000, qPrintable(QString::number(calls)));
    }

    void zipBombIsRefused() {
        // 24 MiB of identical empty rows deflate about 1,000×, to some 25 KB: past the real
        // ratio limit once the first 16 MiB are read, while the test holds 1 MiB at a time.
        const QString path = m_dir.filePath("bomb.xlsx");
        QVERIFY(writeWorkbook(path, "Sheet1", [](QIODevice& file) {
            const QByteArray rows = QByteArray("<row spans=\"1:20\"/>").repeated(1 << 16);
            for (qint64 written = 0; written < (qint64(24) << 20); written += rows.size())
                file.write(rows);
        }));
        QVERIFY(QFileInfo(path).size() < (1 << 20));
        auto result = XlsxReader::read(path);
        QVERIFY(!result.ok());
        const QString error = result.error().toString();
        QVERIFY2(error.contains(QStringLiteral("xl/worksheets/sheet1.xml inflates to more than "
                                               "%1 times its compressed size")
                                    .arg(XlsxLimits::kMaxRatio)),
                 qPrintable(error));
        QVERIFY2(error.startsWith(path + QStringLiteral(":Sheet1")), qPrintable(error));
        // The zip's directory declares the part's 24 MiB: it is refused before a byte is
        // inflated, so before any row (the place is the sheet alone). A directory that lies
        // smaller is no way around it: the zip library inflates no more than it declares.
        QCOMPARE(result.error().place, QStringLiteral("Sheet1"));
    }

    void ordinaryLargeSheetStillReads() {
        // The same size of sheet with varied numbers, as real exports hold, compresses ~5×.
        const QString path = m_dir.filePath("large.xlsx");
        const int rows = 120000;
        QVERIFY(writeWorkbook(path, "Sheet1", [&](QIODevice& file) {
            quint32 state = 12345;
            QByteArray row;
            for (int r = 1; r <= rows; ++r) {
                row = "<row r=\"" + QByteArray::number(r) + "\">";
                for (char c = 'A'; c <= 'E'; ++c) {
                    state = state * 1103515245u + 12345u;
                    row += "<c r=\"" + QByteArray(1, c) + QByteArray::number(r) + "\"><v>" +
                           QByteArray::number(state % 100000) + "</v></c>";
                }
                file.write(row + "</row>");
            }
        }));
        auto result = XlsxReader::read(path);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result.value().rowCount(), rows);
    }

    void cellErrorsSayWhere() {
        const QString path = m_dir.filePath("where.xlsx");
        QVERIFY(writeWorkbook(path, "My data", [](QIODevice& file) {
            file.write("<row r=\"7\"><c r=\"A7\"><v>1</v></c><c r=\"C7\" t=\"s\"><v>99</v></c>"
                       "</row>");
        }));
        auto result = XlsxReader::read(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().toString(),
                 path + QStringLiteral(":'My data'!C7: xl/worksheets/sheet1.xml: cell C7 refers "
                                       "to shared string 99, but the workbook has 0"));
    }

    void endlessCellIsRefused() {
        const QString path = m_dir.filePath("long.xlsx");
        QVERIFY(writeWorkbook(path, "Sheet1", [](QIODevice& file) {
            file.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\" "
                       "t=\"inlineStr\"><is><t>");
            file.write(QByteArray(XlsxLimits::kMaxCellChars + 1, 'x'));
            file.write("</t></is></c></row>");
        }));
        auto result = XlsxReader::read(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().place, QStringLiteral("Sheet1!B2"));
        QVERIFY2(result.error().message.contains(QString::number(XlsxLimits::kMaxCellChars)),
                 qPrintable(result.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestHostileWorkbooks)
#include "tst_hostileworkbooks.moc"
