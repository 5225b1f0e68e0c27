// Tests of the streaming delimited-text reader on the hand-made fixtures of tests/data/csv/ (made
// byte for byte by scripts/make_csv_fixtures.py). Expected cells, row and column counts were
// written by hand from the script and checked against Python's csv module (an independent
// parser: csv.reader with the fixture's delimiter and encoding, blank records dropped); the
// realistic surveys also against R (read.csv2 with fileEncoding "windows-1252" / "UTF-8-BOM",
// read.delim with "UTF-16", read.csv), which agrees except that R turns a CR inside quotes into LF.

#include "import/text/CsvReader.h"
#include "import/text/SourceChecksum.h"
#include "import/text/TextDecoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sondo;

namespace {

QString fixture(const QString& name) {
    return QFINDTESTDATA(QStringLiteral("data/csv/") + name);
}

/** Everything a read produced, as text, so two reads can be compared in one go. */
QStringList describe(const Result<CsvTable>& result) {
    QStringList out;
    if (!result.ok()) {
        out << QStringLiteral("error ") + result.error().toString();
        return out;
    }
    const CsvTable& csv = result.value();
    out << QStringLiteral("dialect %1 bom=%2 delimiter=%3 eol=%4")
               .arg(csv.dialect.encoding)
               .arg(csv.dialect.bom)
               .arg(csv.dialect.delimiter.unicode())
               .arg(QString::fromLatin1(csv.dialect.lineEnding.toLatin1().toHex()));
    for (int r = 0; r < csv.table.rowCount(); ++r)
        out << QString::number(csv.table.lineOf(r)) + QLatin1Char(':') +
                   csv.table.row(r).join(QStringLiteral("\x1f"));
    for (const Diagnostic& warning : result.warnings)
        out << QStringLiteral("warning ") + warning.toString();
    return out;
}

QByteArray utf8Of(TextDecoder& decoder, const QList<QByteArray>& pieces) {
    QByteArray out;
    for (const QByteArray& piece : pieces)
        decoder.decode(piece, out);
    decoder.finish(out);
    return out;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void dialect_data();
    void dialect();
    void cells_data();
    void cells();
    void recordLines_data();
    void recordLines();
    void errors_data();
    void errors();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void raggedRows();
    void warningsAreGrouped();
    void tooManyColumns();
    void fallbackToWindows1252Warns();
    void invalidUtf8WithBomIsReplaced();
    void encodingOverride_data();
    void encodingOverride();
    void delimiterOverride();
    void progressAndCancel();
    void sniff_data();
    void sniff();
    void decoderNames_data();
    void decoderNames();
    void decoderSplitsAnywhere_data();
    void decoderSplitsAnywhere();
    void decoderSingleByteTables();
    void validateUtf8();
};

void TestCsvReader::dialect_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("lineEnding");
    QTest::addColumn<int>("warnings");

    const QChar comma(u','), semicolon(u';'), tab(u'\t');
    const QString lf = QStringLiteral("\n"), crlf = QStringLiteral("\r\n"),
                  cr = QStringLiteral("\r");
    QTest::newRow("quoted multiline")
        << "quoted_multiline.csv" << 6 << 4 << "UTF-8" << false << comma << lf << 0;
    QTest::newRow("quote quirks") << "quote_quirks.csv" << 6 << 2 << "UTF-8" << false << comma << lf
                                  << 0;
    QTest::newRow("cp1252 ; decimal comma") << "semicolon_cp1252_decimal_comma.csv" << 9 << 10
                                            << "windows-1252" << false << semicolon << crlf << 0;
    QTest::newRow("utf16le tab") << "utf16le_tab.tsv" << 7 << 6 << "UTF-16LE" << true << tab << crlf
                                 << 0;
    QTest::newRow("utf16be bom") << "utf16be_bom.csv" << 4 << 3 << "UTF-16BE" << true << comma << lf
                                 << 0;
    QTest::newRow("utf16le no bom")
        << "utf16le_nobom.csv" << 3 << 2 << "UTF-16LE" << false << semicolon << lf << 0;
    QTest::newRow("utf8 bom ;") << "utf8_bom_semicolon.csv" << 7 << 5 << "UTF-8" << true
                                << semicolon << lf << 0;
    // A naive sniffer picks '|' here: the header has 9 of them and only 6 commas.
    QTest::newRow("pipe in header")
        << "pipe_in_header.csv" << 7 << 7 << "UTF-8" << false << comma << lf << 0;
    QTest::newRow("cr only") << "cr_only.csv" << 4 << 2 << "UTF-8" << false << comma << cr << 0;
    QTest::newRow("mixed line ends")
        << "mixed_line_endings.csv" << 4 << 2 << "UTF-8" << false << comma << crlf << 0;
    QTest::newRow("ragged") << "ragged.csv" << 8 << 6 << "UTF-8" << false << comma << lf << 3;
    QTest::newRow("tab crlf dup headers")
        << "tab_crlf_dup_headers.tsv" << 6 << 5 << "UTF-8" << false << tab << crlf << 0;
    QTest::newRow("one column") << "one_column.csv" << 4 << 1 << "UTF-8" << false << comma << lf
                                << 0;
    QTest::newRow("invalid utf8 late")
        << "invalid_utf8_late.csv" << 4 << 2 << "windows-1252" << false << comma << lf << 1;
    QTest::newRow("utf8 bom invalid")
        << "utf8_bom_invalid.csv" << 3 << 2 << "UTF-8" << true << semicolon << lf << 1;
}

void TestCsvReader::dialect() {
    QFETCH(QString, file);
    const auto result = CsvReader::read(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const CsvTable& csv = result.value();
    QTEST(csv.table.rowCount(), "rows");
    QTEST(csv.table.columnCount(), "columns");
    QTEST(csv.dialect.encoding, "encoding");
    QTEST(csv.dialect.bom, "bom");
    QTEST(csv.dialect.delimiter, "delimiter");
    QTEST(csv.dialect.lineEnding, "lineEnding");
    QTEST(int(result.warnings.size()), "warnings");
}

void TestCsvReader::cells_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    const QString multi = QStringLiteral("quoted_multiline.csv");
    QTest::newRow("LF inside quotes") << multi << 1 << 2 << u"Ottimo servizio,\nmolto cortese"_qs;
    QTest::newRow("doubled quotes, CRLF inside")
        << multi << 2 << 2 << u"Er sagte \"grüß Gott\"\r\nund ging"_qs;
    QTest::newRow("CR, CRLF, LF inside")
        << multi << 3 << 2 << u"Prima riga\rseconda riga\r\n\nquarta"_qs;
    QTest::newRow("leading doubled quote") << multi << 4 << 2 << u"\"Citazione\" iniziale"_qs;
    QTest::newRow("accent after multiline") << multi << 4 << 1 << u"Niccolò"_qs;
    QTest::newRow("empty quoted") << multi << 5 << 2 << QString();
    QTest::newRow("after empty quoted") << multi << 5 << 3 << u"1"_qs;

    const QString quirks = QStringLiteral("quote_quirks.csv");
    QTest::newRow("quote inside unquoted") << quirks << 1 << 1 << u"5\" schermo"_qs;
    QTest::newRow("text after closing quote") << quirks << 2 << 1 << u"Roma centro"_qs;
    QTest::newRow("quote after space") << quirks << 3 << 1 << u" \"non quotato\""_qs;
    QTest::newRow("four quotes") << quirks << 4 << 1 << u"\""_qs;

    // Windows-1252 bytes 0x80-0x9F: “ ” – ’ … — € (Latin-1 would give C1 controls).
    const QString cp = QStringLiteral("semicolon_cp1252_decimal_comma.csv");
    QTest::newRow("cp1252 header à") << cp << 0 << 3 << u"Età"_qs;
    QTest::newRow("cp1252 header €") << cp << 0 << 6 << u"Spesa mensile (€)"_qs;
    QTest::newRow("cp1252 decimal comma") << cp << 1 << 6 << u"125,50"_qs;
    QTest::newRow("cp1252 quotes and dash")
        << cp << 1 << 9 << u"“Ottimo” – niente da aggiungere"_qs;
    QTest::newRow("cp1252 apostrophe, ellipsis") << cp << 2 << 9 << u"Un po’ caro…"_qs;
    QTest::newRow("cp1252 quoted ;") << cp << 3 << 9 << u"Sì; però più veloce"_qs;
    QTest::newRow("cp1252 blank last cell") << cp << 4 << 9 << QString();
    QTest::newRow("cp1252 em dash") << cp << 5 << 9 << u"Perché così lento — non so"_qs;
    QTest::newRow("cp1252 thousands") << cp << 8 << 6 << u"1.250,00"_qs;
    QTest::newRow("cp1252 last row") << cp << 8 << 9 << u"L’abbonamento è ottimo"_qs;

    const QString le = QStringLiteral("utf16le_tab.tsv");
    QTest::newRow("utf16le umlauts") << le << 1 << 5 << u"Grüße aus München"_qs;
    QTest::newRow("utf16le quoted tab, €") << le << 3 << 5 << u"Preis: 12 €\tzu hoch"_qs;
    QTest::newRow("utf16le surrogate pair") << le << 4 << 5 << u"Lieferung dauerte zu lange 😞"_qs;
    QTest::newRow("utf16le Ä") << le << 6 << 5 << u"Ärgerlich: Rückerstattung fehlt"_qs;
    QTest::newRow("utf16le header") << le << 0 << 0 << u"Nr"_qs;

    const QString be = QStringLiteral("utf16be_bom.csv");
    QTest::newRow("utf16be header") << be << 0 << 1 << u"città"_qs;
    QTest::newRow("utf16be emoji") << be << 1 << 2 << u"Bello, ma caro 😀"_qs;
    QTest::newRow("utf16be ì") << be << 2 << 2 << u"Così così"_qs;
    QTest::newRow("utf16le no bom") << "utf16le_nobom.csv" << 2 << 1 << u"Groß"_qs;

    const QString lime = QStringLiteral("utf8_bom_semicolon.csv");
    QTest::newRow("bom not in first cell")
        << lime << 0 << 0 << u"Welchen Hintergrund haben Sie?"_qs;
    QTest::newRow("two header rows: blank") << lime << 0 << 1 << QString();
    QTest::newRow("two header rows: item") << lime << 1 << 2 << u"Informatik"_qs;
    QTest::newRow("en dash in header") << lime << 0 << 4 << u"Zufriedenheit (0–10)"_qs;
    QTest::newRow("lime decimal comma") << lime << 4 << 4 << u"9,25"_qs;

    const QString forms = QStringLiteral("pipe_in_header.csv");
    QTest::newRow("pipes stay in header")
        << forms << 0 << 2
        << u"Specializzazione | Velocità | Qualità | Privacy | Costo (SCELTA 1)"_qs;
    QTest::newRow("; stays in header")
        << forms << 0 << 4 << u"Quali strumenti usi? (uno o più; anche nessuno)"_qs;
    QTest::newRow("timestamp") << forms << 1 << 0 << u"24/11/2025 15.57.55"_qs;
    QTest::newRow("checkbox answers") << forms << 3 << 4 << u"Copilot, Gemini, Claude"_qs;
    QTest::newRow("pipe in answer") << forms << 5 << 6 << u"Più domande | meno scelte"_qs;
    QTest::newRow("quoted quotes at end") << forms << 6 << 6 << u"Tutto \"ok\""_qs;

    QTest::newRow("CR inside quotes, CR records")
        << "cr_only.csv" << 1 << 0 << u"Sì, certo\rdavvero"_qs;
    QTest::newRow("CR records") << "cr_only.csv" << 3 << 1 << u"3"_qs;
    QTest::newRow("last record without line end") << "mixed_line_endings.csv" << 3 << 1 << u"6"_qs;
    QTest::newRow("one column quoted comma") << "one_column.csv" << 3 << 0 << u"Sì, bello"_qs;

    const QString rs = QStringLiteral("tab_crlf_dup_headers.tsv");
    QTest::newRow("empty header") << rs << 0 << 2 << QString();
    QTest::newRow("duplicate header") << rs << 0 << 4 << u"¿Qué lenguajes usas?"_qs;
    QTest::newRow("cell under empty header") << rs << 2 << 2 << u"nota"_qs;
    QTest::newRow("no CR left at row end") << rs << 5 << 4 << u"No sé"_qs;

    // ragged.csv: row 2 is short (its last cell blank); rows 5 and 6 added columns 5 and 6.
    QTest::newRow("short row padded") << "ragged.csv" << 2 << 3 << QString();
    QTest::newRow("long row, column 5") << "ragged.csv" << 5 << 4 << u"x"_qs;
    QTest::newRow("long row, column 6") << "ragged.csv" << 6 << 5 << u"y"_qs;
    QTest::newRow("header blank in added column") << "ragged.csv" << 0 << 5 << QString();

    // The whole file is Windows-1252, so the early UTF-8 "à" (C3 A0) reads as "Ã" + NBSP.
    QTest::newRow("late invalid: early text")
        << "invalid_utf8_late.csv" << 1 << 0 << u"EtÃ\u00A0"_qs;
    QTest::newRow("late invalid: é") << "invalid_utf8_late.csv" << 3 << 0 << u"Perché"_qs;
}

void TestCsvReader::cells() {
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(int, column);
    const auto result = CsvReader::read(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QTEST(result.value().table.cell(row, column), "expected");
}

void TestCsvReader::recordLines_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<qint64>>("lines");

    // Physical lines where records start, counted by hand from make_csv_fixtures.py.
    QTest::newRow("multiline quotes")
        << "quoted_multiline.csv" << QList<qint64>{1, 2, 4, 6, 10, 11};
    QTest::newRow("cr only") << "cr_only.csv" << QList<qint64>{1, 2, 4, 5};
    QTest::newRow("mixed") << "mixed_line_endings.csv" << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("blank records skipped")
        << "ragged.csv" << QList<qint64>{1, 2, 3, 4, 6, 8, 9, 10};
    QTest::newRow("utf16le crlf") << "utf16le_tab.tsv" << QList<qint64>{1, 2, 3, 4, 5, 6, 7};
}

void TestCsvReader::recordLines() {
    QFETCH(QString, file);
    QFETCH(QList<qint64>, lines);
    const auto result = CsvReader::read(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QList<qint64> actual;
    for (int r = 0; r < result.value().table.rowCount(); ++r)
        actual << result.value().table.lineOf(r);
    QCOMPARE(actual, lines);
}

void TestCsvReader::errors_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << "empty.csv" << QString() << QChar() << qint64(0) << 0
                           << "the file is empty";
    QTest::newRow("white space only")
        << "whitespace_only.csv" << QString() << QChar() << qint64(0) << 0 << "the file is empty";
    QTest::newRow("BOM only") << "bom_only.csv" << QString() << QChar() << qint64(0) << 0
                              << "the file is empty";
    QTest::newRow("binary") << "binary.csv" << QString() << QChar() << qint64(0) << 0
                            << "binary file";
    QTest::newRow("NUL in text") << "nul_in_text.csv" << QString() << QChar() << qint64(3) << 2
                                 << "NUL";
    QTest::newRow("unterminated quote") << "unterminated_quote.csv" << QString() << QChar()
                                        << qint64(3) << 3 << "unterminated quote";
    QTest::newRow("unterminated quote after multiline cell")
        << "unterminated_quote_late.csv" << QString() << QChar() << qint64(3) << 3
        << "unterminated quote";
    QTest::newRow("unknown encoding")
        << "quoted_multiline.csv"
        << "klingon-8" << QChar() << qint64(0) << 0 << "unknown encoding \"klingon-8\"";
    QTest::newRow("quote as delimiter") << "quoted_multiline.csv" << QString() << QChar(u'"')
                                        << qint64(0) << 0 << "unusable delimiter";
    QTest::newRow("non-ASCII delimiter") << "quoted_multiline.csv" << QString() << QChar(u'§')
                                         << qint64(0) << 0 << "unusable delimiter";
    QTest::newRow("missing file") << "no_such_file.csv" << QString() << QChar() << qint64(0) << 0
                                  << "file not found";
    QTest::newRow("folder") << "" << QString() << QChar() << qint64(0) << 0 << "folder";
}

void TestCsvReader::errors() {
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QString, message);
    // QFINDTESTDATA finds only what exists, so build the path of the missing file by hand.
    const QString dir = QFINDTESTDATA("data/csv/empty.csv").chopped(int(qstrlen("empty.csv")));
    const QString path = dir + file;
    const auto result = CsvReader::read(path, encoding, delimiter);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, path);
    QTEST(result.error().line, "line");
    QTEST(result.error().column, "column");
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void TestCsvReader::chunkBoundaries_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<qsizetype>("chunkSize");
    const QStringList files = QDir(QFINDTESTDATA("data/csv")).entryList({QStringLiteral("*.?sv")});
    QVERIFY(files.size() >= 20);
    for (const QString& file : files)
        for (qsizetype chunk : {1, 2, 3, 5, 7, 64})
            QTest::addRow("%s/%d", qPrintable(file), int(chunk)) << file << chunk;
}

void TestCsvReader::chunkBoundaries() {
    // Chunk ends fall inside quotes, between CR and LF, inside UTF-8 sequences and UTF-16 pairs,
    // before the first non-ASCII byte of a Windows-1252 file: nothing may change.
    QFETCH(QString, file);
    QFETCH(qsizetype, chunkSize);
    const QString path = fixture(file);
    const Result<CsvTable> chunked = CsvReader::read(path, {}, {}, {}, chunkSize);
    QCOMPARE(describe(chunked), describe(CsvReader::read(path)));
    // The checksum is taken from the chunks as read (on another thread once there are several),
    // BOM, restarts in another encoding and all: it must be the file's.
    if (chunked.ok())
        QCOMPARE(chunked.value().sha256, SourceChecksum::sha256(path));
}

void TestCsvReader::raggedRows() {
    const QString path = fixture(QStringLiteral("ragged.csv"));
    const auto result = CsvReader::read(path);
    QVERIFY(result.ok());
    const QList<Diagnostic>& warnings = result.warnings;
    QCOMPARE(warnings.size(), 3);
    // Line 3 is short; line 4 is long with blank extras (silent, and no column for them); lines
    // 8 and 9 carry data in columns 5 and 6.
    QCOMPARE(warnings[0].toString(),
             path + ":3: row has 3 cells, the header has 4; the missing cells are left blank");
    QCOMPARE(warnings[1].toString(),
             path +
                 ":8:5: row has 5 cells, the header has 4; columns were added for the extra cells");
    QCOMPARE(warnings[2].toString(),
             path +
                 ":9:6: row has 6 cells, the header has 4; columns were added for the extra cells");
    const RawTable& table = result.value().table;
    QCOMPARE(table.row(3), QStringList({"3", "a", "b", "c", "", ""}));
    QCOMPARE(table.row(5), QStringList({"5", "a", "b", "c", "x", ""}));
    QCOMPARE(table.row(6), QStringList({"6", "a", "b", "c", "", "y"}));
}

void TestCsvReader::tooManyColumns() {
    // Issue 15's bounds: 1 MB of commas once became 262,146 columns, 4.9 s and 515 MB before the
    // project refused them. A row with data past Excel's 16,384 columns (XFD) now fails the read
    // at its line, column 16,385, in whatever chunks it is read; blank cells past it are fine.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.csv"));
    QByteArray wide = "a,b\n1,2\n";
    wide += QByteArray("x,").repeated(CsvReader::kMaxColumns) + "y\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(wide);
    file.close();
    for (const qsizetype chunk : {qsizetype(7), CsvReader::DefaultChunkSize}) {
        const auto result = CsvReader::read(path, {}, {}, {}, chunk);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().toString(),
                 path + QStringLiteral(":3:16385: the row has more than 16384 cells, more "
                                       "columns than a spreadsheet holds; the file is refused"));
    }

    const QString blanks = dir.filePath(QStringLiteral("blanks.csv"));
    QFile trailing(blanks);
    QVERIFY(trailing.open(QIODevice::WriteOnly));
    trailing.write("a,b\n1,2" + QByteArray(",").repeated(CsvReader::kMaxColumns + 10) + "\n");
    trailing.close();
    const auto result = CsvReader::read(blanks);
    QVERIFY(result.ok());
    QCOMPARE(result.value().table.columnCount(), 2);
}

void TestCsvReader::warningsAreGrouped() {
    // 30 short rows (lines 2-31) and 25 long ones (lines 32-56).
    const QString path = fixture(QStringLiteral("ragged_many.csv"));
    const auto result = CsvReader::read(path);
    QVERIFY(result.ok());
    QCOMPARE(result.value().table.rowCount(), 56);
    QCOMPARE(result.value().table.columnCount(), 4);
    const QList<Diagnostic>& warnings = result.warnings;
    QCOMPARE(warnings.size(), 42);
    QCOMPARE(warnings[0].line, 2);
    QCOMPARE(warnings[19].line, 21);
    QCOMPARE(warnings[20].line, 32);
    QCOMPARE(warnings[20].column, 4);
    QCOMPARE(warnings[39].line, 51);
    QCOMPARE(warnings[40].toString(),
             path + ": … and 10 more rows with fewer cells than the header");
    QCOMPARE(warnings[41].toString(), path + ": … and 5 more rows with more cells than the header");
}

void TestCsvReader::fallbackToWindows1252Warns() {
    // No warning when the very first non-ASCII byte already shows the file is not UTF-8…
    const auto cp = CsvReader::read(fixture(QStringLiteral("semicolon_cp1252_decimal_comma.csv")));
    QVERIFY(cp.ok());
    QVERIFY(cp.warnings.isEmpty());
    // …but text that read as UTF-8 before the first bad byte changes meaning: say so.
    const auto late = CsvReader::read(fixture(QStringLiteral("invalid_utf8_late.csv")));
    QVERIFY(late.ok());
    QCOMPARE(late.warnings.size(), 1);
    QVERIFY(late.warnings[0].message.contains(u"Windows-1252"_qs));
}

void TestCsvReader::invalidUtf8WithBomIsReplaced() {
    const auto result = CsvReader::read(fixture(QStringLiteral("utf8_bom_invalid.csv")));
    QVERIFY(result.ok());
    QCOMPARE(result.value().table.cell(1, 1), u"caf\uFFFD"_qs);
    QCOMPARE(result.value().table.cell(2, 1), u"tè"_qs);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings[0].message.endsWith(u": 1"_qs));
}

void TestCsvReader::encodingOverride_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("dialectEncoding");

    const QString cp = QStringLiteral("semicolon_cp1252_decimal_comma.csv");
    const QString quote = u"“Ottimo” – niente da aggiungere"_qs;
    QTest::newRow("cp1252") << cp << "cp1252" << 1 << 9 << quote << "windows-1252";
    QTest::newRow("WINDOWS_1252") << cp << "WINDOWS_1252" << 1 << 9 << quote << "windows-1252";
    // Files labelled Latin-1 are Windows-1252 in practice (as in the WHATWG Encoding standard).
    QTest::newRow("latin1") << cp << "latin1" << 1 << 9 << quote << "ISO-8859-1";
    QTest::newRow("ISO-8859-1") << cp << "ISO-8859-1" << 0 << 3 << u"Età"_qs << "ISO-8859-1";
    // ISO-8859-15 has no € at 0x80 (it is at 0xA4), so the cp1252 € becomes a C1 control.
    QTest::newRow("iso-8859-15") << cp << "iso-8859-15" << 0 << 6 << u"Spesa mensile (\u0080)"_qs
                                 << "ISO-8859-15";
    // Forcing UTF-8 on a Windows-1252 file replaces the bad bytes instead of falling back.
    QTest::newRow("utf-8 forced") << cp << "utf-8" << 0 << 3 << u"Et\uFFFD"_qs << "UTF-8";
    // Forcing Latin-1 on UTF-8 gives mojibake: proof that the override is obeyed.
    QTest::newRow("latin1 forced on utf-8") << "quoted_multiline.csv"
                                            << "latin1" << 2 << 1 << u"JÃ¼rgen"_qs << "ISO-8859-1";
    QTest::newRow("utf8 with bom forced")
        << "utf8_bom_semicolon.csv"
        << "UTF8" << 0 << 0 << u"Welchen Hintergrund haben Sie?"_qs << "UTF-8";
    QTest::newRow("utf-16 generic") << "utf16le_tab.tsv"
                                    << "utf-16" << 1 << 5 << u"Grüße aus München"_qs << "UTF-16LE";
    // A UTF-16 BOM cannot be mistaken: it settles the byte order whatever was typed.
    QTest::newRow("utf-16le given, BE BOM")
        << "utf16be_bom.csv"
        << "UTF-16LE" << 1 << 2 << u"Bello, ma caro 😀"_qs << "UTF-16BE";
}

void TestCsvReader::encodingOverride() {
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(int, row);
    QFETCH(int, column);
    const auto result = CsvReader::read(fixture(file), encoding);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QTEST(result.value().table.cell(row, column), "expected");
    QTEST(result.value().dialect.encoding, "dialectEncoding");
}

void TestCsvReader::delimiterOverride() {
    const auto result = CsvReader::read(fixture(QStringLiteral("pipe_in_header.csv")), {}, u'|');
    QVERIFY(result.ok());
    QCOMPARE(result.value().dialect.delimiter, QChar(u'|'));
    // The header splits at its 9 pipes into 10 cells; the data rows have none (one has one).
    QCOMPARE(result.value().table.columnCount(), 10);
    QCOMPARE(result.value().table.cell(0, 1), u" Velocità "_qs);
    QCOMPARE(result.value().table.cell(5, 1), u" meno scelte"_qs);
}

void TestCsvReader::progressAndCancel() {
    const QString path = fixture(QStringLiteral("pipe_in_header.csv"));
    const qint64 size = QFileInfo(path).size();
    QList<qint64> done;
    const auto all = CsvReader::read(
        path, {}, {},
        [&](qint64 bytes, qint64 total) {
            done << bytes;
            return total == size;
        },
        100);
    QVERIFY(all.ok());
    QCOMPARE(done.size(), int((size + 99) / 100));
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(done.last(), size);

    int calls = 0;
    const auto cancelled = CsvReader::read(
        path, {}, {}, [&](qint64, qint64) { return ++calls < 3; }, 100);
    QVERIFY(!cancelled.ok());
    QCOMPARE(calls, 3);
    QCOMPARE(cancelled.error().message, u"import cancelled"_qs);
}

void TestCsvReader::sniff_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',');
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("a;b\n1,5;2\n3;4,5\n5,5;6,5\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QChar(u'\t');
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << QChar(u'|');
    QTest::newRow("pipes in header") << QByteArray("x | y | z | w,v\n1,2\n3,4\n") << QChar(u',');
    QTest::newRow("quoted semicolons") << QByteArray("\"a;b\",c\n\"1;2\",3\n") << QChar(u',');
    QTest::newRow("tie goes to more fields") << QByteArray("a,b;c;d\n1,2;3;4\n") << QChar(u';');
    QTest::newRow("one column") << QByteArray("Commento\nBello\n") << QChar(u',');
    QTest::newRow("nothing") << QByteArray() << QChar(u',');
    QTest::newRow("multiline quoted") << QByteArray("a,b\n\"x\ny;z\",1\n") << QChar(u',');
    QTest::newRow("trailing empty cells")
        << QByteArray("q1;q2;;\nsi;no;;\nno;si;;\n") << QChar(u';');
}

void TestCsvReader::sniff() {
    QFETCH(QByteArray, text);
    QTEST(CsvDialect::sniffDelimiter(text), "expected");
}

void TestCsvReader::decoderNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical"); // empty: unknown

    QTest::newRow("utf8") << "utf8"
                          << "UTF-8";
    QTest::newRow("UTF-8") << "UTF-8"
                           << "UTF-8";
    QTest::newRow("utf_8") << "utf_8"
                           << "UTF-8";
    QTest::newRow("utf-16le") << "utf-16le"
                              << "UTF-16LE";
    QTest::newRow("UTF-16BE") << "UTF-16BE"
                              << "UTF-16BE";
    QTest::newRow("windows-1252") << "windows-1252"
                                  << "windows-1252";
    QTest::newRow("CP1252") << "CP1252"
                            << "windows-1252";
    QTest::newRow("latin1") << "latin1"
                            << "ISO-8859-1";
    QTest::newRow("iso-8859-1") << "iso-8859-1"
                                << "ISO-8859-1";
    QTest::newRow("ISO_8859-15") << "ISO_8859-15"
                                 << "ISO-8859-15";
    QTest::newRow("klingon") << "klingon" << QString();
    QTest::newRow("empty") << "" << QString();
}

void TestCsvReader::decoderNames() {
    QFETCH(QString, name);
    QFETCH(QString, canonical);
    const auto decoder = TextDecoder::forName(name);
    QCOMPARE(decoder.has_value(), !canonical.isEmpty());
    if (decoder)
        QCOMPARE(decoder->name(), canonical);
}

void TestCsvReader::decoderSplitsAnywhere_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<int>("invalid");

    const QString text = u"aé€😀z"_qs;
    const auto utf16 = [&](bool little) {
        QByteArray out;
        for (QChar c : text) {
            const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
            out.append(little ? lo : hi).append(little ? hi : lo);
        }
        return out;
    };
    QTest::newRow("UTF-16LE") << int(TextDecoder::Kind::Utf16LE) << utf16(true) << text.toUtf8()
                              << 0;
    QTest::newRow("UTF-16BE") << int(TextDecoder::Kind::Utf16BE) << utf16(false) << text.toUtf8()
                              << 0;
    // A lone high surrogate before 'z' and a lone low one at the end.
    QTest::newRow("UTF-16LE lone surrogates")
        << int(TextDecoder::Kind::Utf16LE) << QByteArray("a\0\x3d\xd8z\0\x00\xdc", 8)
        << QByteArray("a\xEF\xBF\xBDz\xEF\xBF\xBD") << 2;
    // 0xFF is never UTF-8; E2 82 is a cut "€" followed by 'b'; F0 9F 98 is a cut emoji at the end.
    QTest::newRow("UTF-8 sanitised") << int(TextDecoder::Kind::Utf8)
                                     << (text.toUtf8() + "\xff\xe2\x82"
                                                         "b\xf0\x9f\x98")
                                     << (text.toUtf8() + "\xEF\xBF\xBD\xEF\xBF\xBD"
                                                         "b\xEF\xBF\xBD")
                                     << 3;
    QTest::newRow("UTF-8 overlong and surrogate")
        << int(TextDecoder::Kind::Utf8)
        << QByteArray("\xc0\xaf"
                      "a\xed\xa0\x80")
        << QByteArray("\xEF\xBF\xBD\xEF\xBF\xBD"
                      "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD")
        << 5;
    QTest::newRow("windows-1252") << int(TextDecoder::Kind::Windows1252)
                                  << QByteArray("\x80 \x93x\x94 \xe0") << u"€ “x” à"_qs.toUtf8()
                                  << 0;
}

void TestCsvReader::decoderSplitsAnywhere() {
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, utf8);
    // Every single split, and every split in three pieces.
    for (int i = 0; i <= bytes.size(); ++i) {
        for (int j = i; j <= bytes.size(); ++j) {
            TextDecoder decoder{TextDecoder::Kind(kind)};
            const QByteArray out =
                utf8Of(decoder, {bytes.left(i), bytes.mid(i, j - i), bytes.mid(j)});
            QVERIFY2(out == utf8, qPrintable(QStringLiteral("split at %1, %2: %3")
                                                 .arg(i)
                                                 .arg(j)
                                                 .arg(QString::fromLatin1(out.toHex()))));
            QTEST(int(decoder.invalidCount()), "invalid");
        }
    }
}

void TestCsvReader::decoderSingleByteTables() {
    // Expected code points from the Unicode mapping tables (CP1252.TXT, 8859-15.TXT).
    const QByteArray bytes("\x80\x85\x91\x92\x96\x97\x9f\xa4\xbd\xe8");
    const auto decode = [&](TextDecoder::Kind kind) {
        TextDecoder decoder(kind);
        return QString::fromUtf8(utf8Of(decoder, {bytes}));
    };
    QCOMPARE(decode(TextDecoder::Kind::Windows1252), u"€…‘’–—Ÿ¤½è"_qs);
    QCOMPARE(decode(TextDecoder::Kind::Latin9),
             u"\u0080\u0085\u0091\u0092\u0096\u0097\u009f€œè"_qs);
}

void TestCsvReader::validateUtf8() {
    const QByteArray good = u"Qualità – 😀"_qs.toUtf8();
    for (int i = 0; i <= good.size(); ++i) {
        TextDecoder decoder;
        QCOMPARE(decoder.validateUtf8(good.left(i)), qsizetype(-1));
        QCOMPARE(decoder.validateUtf8(good.mid(i)), qsizetype(-1));
        QVERIFY(!decoder.hasPendingSequence());
        QVERIFY(decoder.sawMultiByteUtf8());
    }
    // 0xFF is never UTF-8; 0xE9 starts a 3-byte sequence that the space then breaks.
    TextDecoder never;
    QCOMPARE(never.validateUtf8("Perch\xff no"), qsizetype(5));
    TextDecoder broken;
    QCOMPARE(broken.validateUtf8("Perch\xe9 no"), qsizetype(6));
    QVERIFY(!broken.sawMultiByteUtf8());
    TextDecoder cut;
    QCOMPARE(cut.validateUtf8("abc\xc3"), qsizetype(-1));
    QVERIFY(cut.hasPendingSequence());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
