// The TableSource seam: TableSources finds the source of a file by its first bytes, then by its
// extension, then falls back to delimited text; each source reads its own fixtures. Files that
// fail today fail the same way through the registry (the messages below are the ones
// `sondo questions FILE` printed before the registry existed); files whose content carries an
// unmistakable signature are read as what they are whatever their name.

#include "import/SurveyImporter.h"
#include "import/sources/DelimitedTextSource.h"
#include "import/sources/SpssStataSource.h"
#include "import/sources/StatReader.h"
#include "import/sources/TableSources.h"
#include "import/sources/XlsxReader.h"
#include "import/sources/XlsxSource.h"
#include "import/text/CsvReader.h"
#include "import/text/SourceChecksum.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sondo;

class TestTableSources : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString fixture(const QString& name) {
        return QFINDTESTDATA(QStringLiteral("data/") + name);
    }
    /**
     * The file a row names: the fixture itself, or a copy of it under another name (`storedAs`)
     * in a temporary folder; no fixture and a name is an empty file of that name.
     */
    QString place(const QString& name, const QString& storedAs) {
        if (storedAs.isEmpty())
            return fixture(name);
        const QString path = m_dir.filePath(storedAs);
        QFile::remove(path);
        if (name.isEmpty()) {
            QFile empty(path);
            if (!empty.open(QIODevice::WriteOnly))
                return {};
            return path;
        }
        return QFile::copy(fixture(name), path) ? path : QString();
    }
    static void compareTables(const RawTable& actual, const RawTable& expected) {
        QCOMPARE(actual.rowCount(), expected.rowCount());
        QCOMPARE(actual.columnCount(), expected.columnCount());
        for (int r = 0; r < expected.rowCount(); ++r)
            QCOMPARE(actual.row(r), expected.row(r));
        QCOMPARE(actual.columnInfo.size(), expected.columnInfo.size());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void registryPicksTheSource_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("storedAs");
        QTest::addColumn<QString>("source");
        // By extension, as the file says.
        QTest::newRow("csv") << "stats/survey.csv"
                             << ""
                             << "delimited-text";
        QTest::newRow("xlsx") << "xlsx/cells.xlsx"
                              << ""
                              << "xlsx";
        QTest::newRow("sav") << "spss/survey.sav"
                             << ""
                             << "spss-stata";
        QTest::newRow("zsav") << "spss/survey.zsav"
                              << ""
                              << "spss-stata";
        QTest::newRow("por") << "spss/survey.por"
                             << ""
                             << "spss-stata";
        QTest::newRow("dta") << "spss/survey.dta"
                             << ""
                             << "spss-stata";
        // Text has no signature: its name decides, and a name no source knows means text.
        QTest::newRow("csv named txt") << "stats/survey.csv"
                                       << "survey.txt"
                                       << "delimited-text";
        QTest::newRow("csv without extension") << "stats/survey.csv"
                                               << "survey"
                                               << "delimited-text";
        QTest::newRow("csv named sav") << "spss/not_spss.sav"
                                       << ""
                                       << "spss-stata";
        QTest::newRow("text named xlsx") << "xlsx/not_a_zip.xlsx"
                                         << ""
                                         << "xlsx";
        QTest::newRow("sas7bdat") << "spss/survey.sas7bdat"
                                  << ""
                                  << "delimited-text";
        QTest::newRow("empty xlsx") << ""
                                    << "empty.xlsx"
                                    << "xlsx";
        QTest::newRow("missing sav") << ""
                                     << ""
                                     << "spss-stata";
        // A signature wins over the name.
        QTest::newRow("xlsx named csv") << "xlsx/cells.xlsx"
                                        << "cells.csv"
                                        << "xlsx";
        QTest::newRow("xlsx named sav") << "xlsx/cells.xlsx"
                                        << "cells.sav"
                                        << "xlsx";
        QTest::newRow("xlsx without extension") << "xlsx/cells.xlsx"
                                                << "cells"
                                                << "xlsx";
        QTest::newRow("sav named csv") << "spss/survey.sav"
                                       << "survey.csv"
                                       << "spss-stata";
        QTest::newRow("dta named sav") << "spss/survey.dta"
                                       << "survey.sav"
                                       << "spss-stata";
        QTest::newRow("por named txt") << "spss/survey.por"
                                       << "survey.txt"
                                       << "spss-stata";
        // A zip is no workbook by itself: a broken zip, an OpenDocument spreadsheet or a Word
        // document stay with their name (and fail there as before).
        QTest::newRow("broken zip named csv") << "csv/binary.csv"
                                              << ""
                                              << "delimited-text";
        QTest::newRow("ods") << "xlsx/spreadsheet.ods"
                             << ""
                             << "delimited-text";
        QTest::newRow("ods named xlsx") << "xlsx/spreadsheet.ods"
                                        << "sheet.xlsx"
                                        << "xlsx";
        QTest::newRow("word document named csv") << "xlsx/no_workbook.xlsx"
                                                 << "document.csv"
                                                 << "delimited-text";
        QTest::newRow("word document named xlsx") << "xlsx/no_workbook.xlsx"
                                                  << ""
                                                  << "xlsx";
        // An OLE2 file is no signature of ours either.
        QTest::newRow("legacy xls") << "xlsx/legacy.xls"
                                    << ""
                                    << "delimited-text";
        QTest::newRow("encrypted xlsx") << "xlsx/encrypted.xlsx"
                                        << ""
                                        << "xlsx";
    }
    void registryPicksTheSource() {
        QFETCH(QString, fixture);
        QFETCH(QString, storedAs);
        QFETCH(QString, source);
        const QString path = fixture.isEmpty() && storedAs.isEmpty()
                                 ? m_dir.filePath(QStringLiteral("nothing_here.sav"))
                                 : place(fixture, storedAs);
        QVERIFY(!path.isEmpty());
        QCOMPARE(TableSources::forFile(path)->name(), source);
    }

    // Oracle: `sondo questions FILE` of the build before the registry (commit 4f69596).
    void failuresKeepTheirMessages_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("storedAs");
        QTest::addColumn<QString>("message");
        QTest::newRow("csv named sav") << "spss/not_spss.sav"
                                       << ""
                                       << "not an SPSS data file (.sav)";
        QTest::newRow("text named xlsx") << "xlsx/not_a_zip.xlsx"
                                         << ""
                                         << "not an XLSX workbook (the file is not a zip archive)";
        QTest::newRow("ods") << "xlsx/spreadsheet.ods"
                             << ""
                             << "binary file: it is not text";
        QTest::newRow("ods named xlsx") << "xlsx/spreadsheet.ods"
                                        << "sheet.xlsx"
                                        << "this is an OpenDocument spreadsheet (.ods); save it "
                                           "as .xlsx";
        QTest::newRow("legacy xls") << "xlsx/legacy.xls"
                                    << ""
                                    << "binary file: it contains NUL bytes, so it is not text";
        QTest::newRow("broken zip named csv") << "csv/binary.csv"
                                              << ""
                                              << "binary file: it is not text";
        QTest::newRow("word document named csv") << "xlsx/no_workbook.xlsx"
                                                 << "document.csv"
                                                 << "binary file: it is not text";
        QTest::newRow("empty sav") << ""
                                   << "empty.sav"
                                   << "the file is empty";
        QTest::newRow("empty xlsx") << ""
                                    << "empty.xlsx"
                                    << "the file is empty";
    }
    void failuresKeepTheirMessages() {
        QFETCH(QString, fixture);
        QFETCH(QString, storedAs);
        QFETCH(QString, message);
        const QString path = place(fixture, storedAs);
        QVERIFY(!path.isEmpty());
        const auto result = SurveyImporter::importFile(path, ImportOptions());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, message);
    }

    void signatureBeatsTheName_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("storedAs");
        QTest::newRow("xlsx named csv") << "xlsx/cells.xlsx"
                                        << "cells.csv";
        QTest::newRow("sav named csv") << "spss/survey.sav"
                                       << "survey.csv";
        QTest::newRow("dta named sav") << "spss/survey.dta"
                                       << "survey.sav";
        QTest::newRow("por named txt") << "spss/survey.por"
                                       << "survey.txt";
        QTest::newRow("zsav named sav") << "spss/survey.zsav"
                                        << "survey.sav";
    }
    /** A mislabelled file reads exactly as the same bytes under their own name. */
    void signatureBeatsTheName() {
        QFETCH(QString, fixture);
        QFETCH(QString, storedAs);
        const QString path = place(fixture, storedAs);
        QVERIFY(!path.isEmpty());
        const auto source = TableSources::forFile(path);
        const auto original = TableSources::forFile(TestTableSources::fixture(fixture));
        QCOMPARE(source->name(), original->name());
        const auto mislabelled = source->read(path, ImportOptions(), {}, {});
        QVERIFY2(mislabelled.ok(), qPrintable(mislabelled.error().toString()));
        const auto expected =
            original->read(TestTableSources::fixture(fixture), ImportOptions(), {}, {});
        QVERIFY2(expected.ok(), qPrintable(expected.error().toString()));
        compareTables(mislabelled.value().table, expected.value().table);

        // The whole import too: the same questions, and the checksum of the bytes.
        const auto imported = SurveyImporter::importFile(path, ImportOptions());
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        const auto reference =
            SurveyImporter::importFile(TestTableSources::fixture(fixture), ImportOptions());
        QVERIFY(reference.ok());
        QCOMPARE(imported.value().survey.questions.size(),
                 reference.value().survey.questions.size());
        QCOMPARE(imported.value().imports.first().rows, reference.value().imports.first().rows);
        QCOMPARE(imported.value().imports.first().sha256, reference.value().imports.first().sha256);
        QCOMPARE(imported.value().imports.first().sha256, SourceChecksum::sha256(path));
    }

    void delimitedTextReadsACsv() {
        const QString path = fixture(QStringLiteral("stats/survey.csv"));
        const DelimitedTextSource source;
        QVERIFY(source.hashesWhileReading());
        int grown = 0;
        const auto read = source.read(path, ImportOptions(), {}, [&](const RawTable&) { ++grown; });
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        const auto csv = CsvReader::read(path);
        QVERIFY(csv.ok());
        compareTables(read.value().table, csv.value().table);
        QCOMPARE(read.value().encoding, csv.value().dialect.encoding);
        QCOMPARE(read.value().delimiter, QString(csv.value().dialect.delimiter));
        QCOMPARE(read.value().sha256, SourceChecksum::sha256(path));
        QVERIFY(grown > 0);
    }

    void delimitedTextTakesTheOptions() {
        const QString path = fixture(QStringLiteral("csv/semicolon_cp1252_decimal_comma.csv"));
        ImportOptions options;
        options.encoding = QStringLiteral("windows-1252");
        options.delimiter = QLatin1Char(';');
        const auto read = DelimitedTextSource().read(path, options, {}, {});
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        const auto csv = CsvReader::read(path, options.encoding, options.delimiter);
        QVERIFY(csv.ok());
        compareTables(read.value().table, csv.value().table);
        QCOMPARE(read.value().encoding, csv.value().dialect.encoding);
        QCOMPARE(read.value().delimiter, QStringLiteral(";"));
    }

    void xlsxReadsTheSheetAsked() {
        const QString path = fixture(QStringLiteral("xlsx/two_sheets.xlsx"));
        const XlsxSource source;
        QVERIFY(!source.hashesWhileReading());
        ImportOptions options;
        options.sheet = QStringLiteral("Note");
        int grown = 0;
        const auto read = source.read(path, options, {}, [&](const RawTable&) { ++grown; });
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        const auto workbook = XlsxReader::read(path, options.sheet);
        QVERIFY(workbook.ok());
        compareTables(read.value().table, workbook.value());
        QVERIFY(read.value().encoding.isEmpty());
        QVERIFY(read.value().delimiter.isEmpty());
        QVERIFY(read.value().sha256.isEmpty());
        QCOMPARE(grown, 0);

        const auto cells = source.read(fixture(QStringLiteral("xlsx/cells.xlsx")), {}, {}, {});
        QVERIFY(cells.ok());
        QCOMPARE(cells.value().table.row(0), QStringList({"caso", "valore"}));
    }

    void spssStataReadsEachFormat_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("format");
        QTest::newRow("sav") << "spss/survey.sav" << int(StatReader::Format::Sav);
        QTest::newRow("zsav") << "spss/survey.zsav" << int(StatReader::Format::Sav);
        QTest::newRow("por") << "spss/survey.por" << int(StatReader::Format::Por);
        QTest::newRow("dta") << "spss/survey.dta" << int(StatReader::Format::Dta);
    }
    void spssStataReadsEachFormat() {
        QFETCH(QString, fixture);
        QFETCH(int, format);
        const QString path = TestTableSources::fixture(fixture);
        const auto found = StatReader::formatOfContent(TableSource::headOf(path));
        QVERIFY(found.has_value());
        QCOMPARE(int(*found), format);

        const SpssStataSource source;
        QVERIFY(!source.hashesWhileReading());
        const auto read = source.read(path, ImportOptions(), {}, {});
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        const auto stat = StatReader::read(path);
        QVERIFY(stat.ok());
        compareTables(read.value().table, stat.value());
        QVERIFY(!read.value().table.columnInfo.isEmpty());
    }

    void noSignatureInText() {
        for (const char* name : {"stats/survey.csv", "spss/not_spss.sav", "csv/binary.csv"})
            QVERIFY2(
                !StatReader::formatOfContent(TableSource::headOf(fixture(QLatin1String(name)))),
                name);
    }

    void extensionsAreTheSupportedOnes() {
        const QStringList expected = {"csv",  "tsv", "txt",  "tab", "xlsx",
                                      "xlsm", "sav", "zsav", "por", "dta"};
        QCOMPARE(TableSources::extensions(), expected);
        QCOMPARE(SurveyImporter::supportedExtensions(), expected);
        QVERIFY(SurveyImporter::isSurveyFile(QStringLiteral("risposte.XLSX")));
        QVERIFY(SurveyImporter::isSurveyFile(QStringLiteral("risposte.tab")));
        QVERIFY(!SurveyImporter::isSurveyFile(QStringLiteral("risposte.ods")));
        QVERIFY(!SurveyImporter::isSurveyFile(QStringLiteral("risposte")));
    }
};

QTEST_GUILESS_MAIN(TestTableSources)
#include "tst_tablesources.moc"
