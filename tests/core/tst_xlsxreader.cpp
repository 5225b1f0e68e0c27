// Reads the hand-made workbooks of tests/data/xlsx/ (written by scripts/make_xlsx_fixtures.py).
// Expected dates were computed independently with Python's datetime: 1900 system
// date(1899, 12, 30) + timedelta(serial) for serials after 60, date(1899, 12, 31) + serial before;
// 1904 system date(1904, 1, 1) + serial.

#include "import/sources/XlsxReader.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace sondo;

class TestXlsxReader : public QObject {
    Q_OBJECT

private:
    static QString fixture(const char* name) {
        return QFINDTESTDATA(QStringLiteral("data/xlsx/") + QLatin1String(name));
    }
    /** Column B keyed by column A: one quirk per row. */
    static QHash<QString, QString> casesOf(const RawTable& table) {
        QHash<QString, QString> cases;
        for (int r = 0; r < table.rowCount(); ++r)
            cases.insert(table.cell(r, 0), table.cell(r, 1));
        return cases;
    }

    QHash<QString, QString> m_cells;

private slots:
    void initTestCase() {
        auto result = XlsxReader::read(fixture("cells.xlsx"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const RawTable& table = result.value();
        QCOMPARE(table.row(0), QStringList({"caso", "valore"}));
        QCOMPARE(table.columnCount(), 2);
        m_cells = casesOf(table);
    }

    void cells_data() {
        QTest::addColumn<QString>("expected");
        QTest::newRow("shared_plain") << QStringLiteral("Sì, molto");
        QTest::newRow("shared_rich") << QStringLiteral("Molto d'accordo");
        QTest::newRow("shared_space") << QStringLiteral("  spazi  ");
        QTest::newRow("shared_phonetic") << QStringLiteral("東京");
        QTest::newRow("shared_escape") << QStringLiteral("riga1\r\nriga2");
        QTest::newRow("inline_plain") << QStringLiteral("Perché no");
        QTest::newRow("inline_rich") << QStringLiteral("Inlinea");
        QTest::newRow("formula_string") << QStringLiteral("calcolato");
        QTest::newRow("formula_number") << QStringLiteral("2");
        QTest::newRow("number_decimal") << QStringLiteral("3.5");
        QTest::newRow("number_integer") << QStringLiteral("12");
        QTest::newRow("number_exponent") << QStringLiteral("0.0015");
        QTest::newRow("number_artifact") << QStringLiteral("0.30000000000000004");
        QTest::newRow("number_large") << QStringLiteral("1234567890123");
        QTest::newRow("number_negative") << QStringLiteral("-42.25");
        QTest::newRow("number_trailing_zero") << QStringLiteral("7.5");
        // Display formats other than dates do not change the value written out.
        QTest::newRow("number_percent_format") << QStringLiteral("0.25");
        QTest::newRow("number_quoted_days") << QStringLiteral("7");
        QTest::newRow("number_colour_format") << QStringLiteral("2.5");
        QTest::newRow("number_escaped_format") << QStringLiteral("1000");
        QTest::newRow("bool_true") << QStringLiteral("TRUE");
        QTest::newRow("bool_false") << QStringLiteral("FALSE");
        QTest::newRow("error_na") << QStringLiteral("#N/A");
        QTest::newRow("date_builtin_14") << QStringLiteral("2024-01-01");
        QTest::newRow("datetime_builtin_22") << QStringLiteral("2024-01-01 12:00:00");
        QTest::newRow("time_builtin_21") << QStringLiteral("18:00:00");
        QTest::newRow("time_builtin_45") << QStringLiteral("00:01:00");
        QTest::newRow("elapsed_builtin_46") << QStringLiteral("36:00:00");
        QTest::newRow("date_custom_ddmmyyyy") << QStringLiteral("2021-01-01");
        QTest::newRow("datetime_custom_iso") << QStringLiteral("2021-01-01 00:00:01");
        QTest::newRow("date_custom_locale") << QStringLiteral("2000-01-01");
        QTest::newRow("time_custom_mmss") << QStringLiteral("00:01:00");
        QTest::newRow("elapsed_custom") << QStringLiteral("54:00:00");
        QTest::newRow("date_lotus_59") << QStringLiteral("1900-02-28");
        QTest::newRow("date_lotus_60") << QStringLiteral("1900-02-29");
        QTest::newRow("date_lotus_61") << QStringLiteral("1900-03-01");
        QTest::newRow("date_formula") << QStringLiteral("2023-12-31");
        QTest::newRow("empty_value") << QString();
    }
    void cells() {
        QFETCH(QString, expected);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY2(m_cells.contains(name), qPrintable(name));
        QCOMPARE(m_cells.value(name), expected);
    }

    void formulaErrorsAreReported() {
        auto result = XlsxReader::read(fixture("cells.xlsx"));
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.first().message.contains(QLatin1String("B24")),
                 qPrintable(result.warnings.first().message));
    }

    void dates1904_data() {
        QTest::addColumn<QString>("expected");
        QTest::newRow("date_1904_zero") << QStringLiteral("1904-01-01");
        QTest::newRow("date_1904_builtin") << QStringLiteral("2024-01-01");
        QTest::newRow("datetime_1904_custom") << QStringLiteral("2024-01-01 06:00:00");
        QTest::newRow("time_1904") << QStringLiteral("12:00:00");
    }
    void dates1904() {
        QFETCH(QString, expected);
        auto result = XlsxReader::read(fixture("dates1904.xlsx"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const auto cases = casesOf(result.value());
        QCOMPARE(cases.value(QString::fromLatin1(QTest::currentDataTag())), expected);
    }

    void gapsAndMissingReferences() {
        auto result = XlsxReader::read(fixture("gaps.xlsx"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const RawTable& table = result.value();
        // AB is the 28th column; rows 3 (formatting only), 4 and 5 (absent) are no records.
        QCOMPARE(table.columnCount(), 28);
        QCOMPARE(table.rowCount(), 4);
        QStringList first(28);
        first[0] = "a";
        first[2] = "c";
        first[5] = "f";
        first[27] = "ab";
        QCOMPARE(table.row(0), first);
        QCOMPARE(table.lineOf(0), 1);
        QCOMPARE(table.cell(1, 0), QStringLiteral("x"));
        QCOMPARE(table.cell(1, 1), QStringLiteral("y"));
        QCOMPARE(table.cell(1, 2), QString());
        QCOMPARE(table.lineOf(1), 2); // a row without r follows the previous one
        QCOMPARE(table.lineOf(2), 6);
        QCOMPARE(table.cell(2, 0), QString());
        QCOMPARE(table.cell(2, 1), QStringLiteral("b6"));
        QCOMPARE(table.cell(2, 2), QStringLiteral("c6")); // a cell without r follows B6
        QCOMPARE(table.lineOf(3), 7);
        QCOMPARE(table.cell(3, 0), QString()); // only spaces: blank, as in CSV
        QCOMPARE(table.cell(3, 3), QStringLiteral("d7"));
    }

    void sheetNamesInTabOrder() {
        auto names = XlsxReader::sheetNames(fixture("two_sheets.xlsx"));
        QVERIFY2(names.ok(), qPrintable(names.error().toString()));
        QCOMPARE(names.value(), QStringList({"Vuoto", "Risposte", "Note"}));
    }

    void sheetChoice_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QStringList>("firstRow");
        QTest::addColumn<int>("rows");
        // Default: the first sheet with a value; "Vuoto" is empty. The relationships, not the
        // part names, say which part is which sheet.
        QTest::newRow("default skips empty")
            << "two_sheets.xlsx" << QString() << QStringList({"Età", "Regione"}) << 3;
        QTest::newRow("by name") << "two_sheets.xlsx"
                                 << "Note" << QStringList({"Nota bene"}) << 1;
        QTest::newRow("name ignores case") << "two_sheets.xlsx"
                                           << "RISPOSTE" << QStringList({"Età", "Regione"}) << 3;
        QTest::newRow("named empty sheet") << "two_sheets.xlsx"
                                           << "Vuoto" << QStringList() << 0;
        QTest::newRow("default skips hidden")
            << "hidden_first.xlsx" << QString() << QStringList({"dati"}) << 1;
        // The sheet shown when the workbook was saved beats a notes sheet earlier in tab order.
        QTest::newRow("default is the active tab")
            << "active_tab.xlsx" << QString() << QStringList({"Settore", "Ruolo"}) << 2;
        QTest::newRow("hidden by name") << "hidden_first.xlsx"
                                        << "Codici" << QStringList({"lookup"}) << 1;
    }
    void sheetChoice() {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QStringList, firstRow);
        QFETCH(int, rows);
        auto result = XlsxReader::read(fixture(file.toLatin1().constData()), sheet);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result.value().rowCount(), rows);
        if (rows > 0)
            QCOMPARE(result.value().row(0), firstRow);
    }

    void defaultSheetNamesTheOthers() {
        auto result = XlsxReader::read(fixture("two_sheets.xlsx"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().cell(1, 0), QStringLiteral("34"));
        QCOMPARE(result.value().cell(2, 1), QStringLiteral("Puglia"));
        QCOMPARE(result.warnings.size(), 1);
        const QString message = result.warnings.first().message;
        QVERIFY2(message.contains(QLatin1String("Risposte")) &&
                     message.contains(QLatin1String("Vuoto")) &&
                     message.contains(QLatin1String("Note")),
                 qPrintable(message));
    }

    void unknownSheetListsTheSheets() {
        auto result = XlsxReader::read(fixture("two_sheets.xlsx"), QStringLiteral("Foglio9"));
        QVERIFY(!result.ok());
        const QString message = result.error().message;
        QVERIFY2(message.contains(QLatin1String("Foglio9")) &&
                     message.contains(QLatin1String("Vuoto, Risposte, Note")),
                 qPrintable(message));
        QVERIFY(result.error().file.endsWith(QLatin1String("two_sheets.xlsx")));
    }

    void mergedHeaderKeepsFirstCellOnly() {
        // The SurveyMonkey shape: the question in the first column of its block, blanks after it.
        auto result = XlsxReader::read(fixture("merged.xlsx"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const RawTable& table = result.value();
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.row(0),
                 QStringList({"Respondent ID", "Quale piattaforma usa?", "", "", "Commenti"}));
        QCOMPARE(table.row(1), QStringList({"", "Email", "Teams", "Zoom", "Open-Ended Response"}));
        QCOMPARE(table.row(2), QStringList({"114", "Email", "", "Zoom", ""}));
    }

    void brokenFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("missing") << "does_not_exist.xlsx" << QStringList({"not found"});
        QTest::newRow("not a zip") << "not_a_zip.xlsx" << QStringList({"not a zip"});
        QTest::newRow("truncated") << "truncated.xlsx" << QStringList({"truncated"});
        QTest::newRow("legacy xls")
            << "legacy.xls" << QStringList({"old .xls", "save it as .xlsx"});
        QTest::newRow("encrypted") << "encrypted.xlsx" << QStringList({"password"});
        QTest::newRow("ods") << "spreadsheet.ods" << QStringList({"OpenDocument"});
        QTest::newRow("no workbook") << "no_workbook.xlsx" << QStringList({"word/document.xml"});
        QTest::newRow("malformed xml")
            << "malformed.xlsx" << QStringList({"xl/worksheets/sheet1.xml", "line 4", "column 33"});
        QTest::newRow("crc error")
            << "crc_error.xlsx" << QStringList({"xl/worksheets/sheet1.xml", "damaged"});
    }
    void brokenFiles() {
        QFETCH(QString, file);
        QFETCH(QStringList, fragments);
        const QString path = file == QLatin1String("does_not_exist.xlsx")
                                 ? QStringLiteral("data/xlsx/does_not_exist.xlsx")
                                 : fixture(file.toLatin1().constData());
        auto result = XlsxReader::read(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().file, path);
        for (const QString& fragment : fragments)
            QVERIFY2(result.error().message.contains(fragment),
                     qPrintable(result.error().toString()));
        if (file != QLatin1String("malformed.xlsx") && file != QLatin1String("crc_error.xlsx")) {
            auto names = XlsxReader::sheetNames(path);
            QVERIFY(!names.ok());
            QCOMPARE(names.error().message, result.error().message);
        }
    }

    void progressReachesTheEndAndCanCancel() {
        qint64 lastDone = -1, lastTotal = -1;
        auto result = XlsxReader::read(fixture("cells.xlsx"), {}, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY(result.ok());
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal);

        auto cancelled =
            XlsxReader::read(fixture("cells.xlsx"), {}, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().message.contains(QLatin1String("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
