// Reads the SPSS and Stata fixtures of tests/data/spss/, written by scripts/make_spss_fixtures.sh
// with PSPP 1.6 (survey.sav/.zsav/.por, latin_*.sav) and R's foreign::write.dta (survey.dta).
// Expected counts come from PSPP's FREQUENCIES of survey.sav, which the script prints; PSPP
// counts user-missing values and empty strings apart from the valid values, and both are blank
// cells here.

#include "import/sources/StatReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace sondo;

namespace {

/** The column of a variable; portable files keep only the upper-case 8-character short name. */
int columnOf(const RawTable& table, const QString& name) {
    for (int c = 0; c < table.columnInfo.size(); ++c) {
        const QString& own = table.columnInfo[c].name;
        if (own.compare(name, Qt::CaseInsensitive) == 0 ||
            (own.size() == 8 && name.startsWith(own, Qt::CaseInsensitive)))
            return c;
    }
    return -1;
}

int countOf(const RawTable& table, int column, const QString& text) {
    int count = 0;
    for (int r = 1; r < table.rowCount(); ++r)
        count += table.cell(r, column) == text ? 1 : 0;
    return count;
}

} // namespace

class TestStatReader : public QObject {
    Q_OBJECT

private:
    static QString fixture(const QString& name) {
        return QFINDTESTDATA(QStringLiteral("data/spss/") + name);
    }
    static RawTable readOk(const QString& name) {
        auto result = StatReader::read(fixture(name));
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().toString()));
        return result.ok() ? result.takeValue() : RawTable();
    }

private slots:
    void surveyShape_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("hasMeasure"); // the portable format keeps no measure level
        QTest::newRow("sav") << "survey.sav" << true;
        QTest::newRow("zsav") << "survey.zsav" << true;
        QTest::newRow("por") << "survey.por" << false;
    }
    void surveyShape() {
        QFETCH(QString, file);
        QFETCH(bool, hasMeasure);
        const RawTable table = readOk(file);
        QCOMPARE(table.rowCount(), 11); // header + 10 cases
        QCOMPARE(table.columnCount(), 14);
        QCOMPARE(table.columnInfo.size(), 14);
        // Row 0: variable labels, the name where there is none (id, commento).
        QCOMPARE(table.cell(0, 0).toLower(), QStringLiteral("id"));
        QCOMPARE(table.cell(0, 1), QStringLiteral("Sesso"));
        QCOMPARE(table.cell(0, 2), QStringLiteral("Quanto e soddisfatto del servizio?"));
        QCOMPARE(table.cell(0, 7).toLower(), QStringLiteral("commento"));
        QCOMPARE(table.cell(0, 8), QStringLiteral("Data intervista"));
        QCOMPARE(table.lineOf(0), 1);
        QCOMPARE(table.lineOf(1), 2); // case 1
        QCOMPARE(table.lineOf(10), 11);

        // Case 1: labels, numbers in C locale without trailing zeros, a date in ISO.
        QCOMPARE(table.row(1),
                 QStringList({"1", "Uomo", "Molto", "34", "1250.5", "Milano", "Email", "Tutto bene",
                              "2024-03-03", "Si", "No", "No", "Prezzo", "Qualita"}));
        // Case 3: sesso 9 and soddisf 8 are user missing, reddito system missing, citta empty.
        QCOMPARE(table.row(3), QStringList({"3", "", "", "51", "", "", "Email", "Cosi cosi",
                                            "2024-03-05", "Si", "Si", "No", "Servizio", "Prezzo"}));
        // Case 5: canale "N" is a user-missing string; case 4: "X" has no label.
        QCOMPARE(table.cell(5, 6), QString());
        QCOMPARE(table.cell(4, 6), QStringLiteral("X"));
        QCOMPARE(table.cell(4, 4), QStringLiteral("980.25"));
        QCOMPARE(table.cell(2, 4), QStringLiteral("1300"));
        QCOMPARE(table.cell(2, 3), QString()); // system missing

        const SourceColumnInfo& sesso = table.columnInfo[1];
        QCOMPARE(sesso.name.toLower(), QStringLiteral("sesso"));
        QCOMPARE(sesso.label, QStringLiteral("Sesso"));
        QVERIFY(sesso.numeric);
        QVERIFY(!table.columnInfo[5].numeric);
        if (hasMeasure) {
            QCOMPARE(sesso.measure, SourceColumnInfo::Measure::Nominal);
            QCOMPARE(table.columnInfo[2].measure, SourceColumnInfo::Measure::Ordinal);
            QCOMPARE(table.columnInfo[4].measure, SourceColumnInfo::Measure::Scale);
        } else {
            QCOMPARE(sesso.measure, SourceColumnInfo::Measure::Unknown);
        }
    }

    void valueLabelsInCodeOrder_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QStringList>("labels");
        for (const char* file : {"survey.sav", "survey.zsav", "survey.por"}) {
            // Defined as 4 1 3 2 5 8; 5 is never chosen; 8 (Non so) is user missing.
            QTest::addRow("%s soddisf", file)
                << file << "soddisf"
                << QStringList({"Per niente", "Poco", "Abbastanza", "Molto", "Moltissimo"});
            // 3 (Altro) never chosen; 9 is user missing.
            QTest::addRow("%s sesso", file)
                << file << "sesso" << QStringList({"Uomo", "Donna", "Altro"});
            // String codes C E T; N is user missing.
            QTest::addRow("%s canale", file)
                << file << "canale" << QStringList({"Chat", "Email", "Telefono"});
            QTest::addRow("%s eta", file) << file << "eta" << QStringList();
        }
        QTest::newRow("dta factor levels")
            << "survey.dta"
            << "soddisf"
            << QStringList({"Per niente", "Poco", "Abbastanza", "Molto", "Moltissimo"});
    }
    void valueLabelsInCodeOrder() {
        QFETCH(QString, file);
        QFETCH(QString, variable);
        QFETCH(QStringList, labels);
        const RawTable table = readOk(file);
        const int column = columnOf(table, variable);
        QVERIFY(column >= 0);
        QCOMPARE(table.columnInfo[column].valueLabels, labels);
    }

    void frequenciesMatchPspp_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("text"); // empty = blank cells
        QTest::addColumn<int>("count");
        struct Row {
            const char* variable;
            const char* text;
            int count;
        };
        // PSPP FREQUENCIES of survey.sav.
        const Row rows[] = {
            {"sesso", "Uomo", 3},
            {"sesso", "Donna", 5},
            {"sesso", "", 2}, // one system missing, one user missing (9)
            {"soddisf", "Per niente", 1},
            {"soddisf", "Poco", 1},
            {"soddisf", "Abbastanza", 2},
            {"soddisf", "Molto", 4},
            {"soddisf", "", 2}, // 8 and 9, both in the missing range
            {"canale", "Email", 4},
            {"canale", "Telefono", 3},
            {"canale", "X", 1},
            {"canale", "", 2}, // an empty string and user-missing N
            {"citta", "Milano", 4},
            {"citta", "Napoli", 2},
            {"citta", "Torino", 2},
            {"citta", "Bari", 1},
            {"citta", "", 1},
            {"usa_email", "Si", 6},
            {"usa_email", "No", 4},
        };
        for (const char* file : {"survey.sav", "survey.zsav", "survey.por"})
            for (const Row& row : rows)
                QTest::addRow("%s %s %s", file, row.variable, row.text)
                    << file << row.variable << row.text << row.count;
    }
    void frequenciesMatchPspp() {
        QFETCH(QString, file);
        QFETCH(QString, variable);
        QFETCH(QString, text);
        QFETCH(int, count);
        const RawTable table = readOk(file);
        const int column = columnOf(table, variable);
        QVERIFY(column >= 0);
        QCOMPARE(countOf(table, column, text), count);
    }

    void multipleResponseSets_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("sav") << "survey.sav";
        QTest::newRow("zsav") << "survey.zsav";
    }
    void multipleResponseSets() {
        QFETCH(QString, file);
        auto result = StatReader::read(fixture(file));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QVERIFY(result.warnings.isEmpty());
        const RawTable& table = result.value();
        QCOMPARE(table.multipleResponseSets.size(), 2);
        const MultipleResponseSet& canali = table.multipleResponseSets[0];
        QCOMPARE(canali.name, QStringLiteral("$canali"));
        QCOMPARE(canali.label, QStringLiteral("Canali usati"));
        QCOMPARE(canali.kind, MultipleResponseSet::Kind::Dichotomy);
        // usa_telefono is longer than a short name: the set names it USA_TELE.
        QCOMPARE(canali.columns, QList<int>({9, 10, 11}));
        QCOMPARE(canali.countedValues, QStringList({"Si", "Si", "Si"}));
        QVERIFY(!canali.optionsFromValueLabels);
        const MultipleResponseSet& motivi = table.multipleResponseSets[1];
        QCOMPARE(motivi.name, QStringLiteral("$motivi"));
        QCOMPARE(motivi.label, QStringLiteral("Motivi della scelta"));
        QCOMPARE(motivi.kind, MultipleResponseSet::Kind::Category);
        QCOMPARE(motivi.columns, QList<int>({12, 13}));
        QVERIFY(motivi.countedValues.isEmpty());
    }

    void portableFileHasNoResponseSets() {
        QVERIFY(readOk(QStringLiteral("survey.por")).multipleResponseSets.isEmpty());
    }

    void latinText_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("utf-8 declared") << "latin_utf8.sav";
        QTest::newRow("windows-1252 code page only") << "latin_cp1252.sav";
    }
    void latinText() {
        QFETCH(QString, file);
        const RawTable table = readOk(file);
        QCOMPARE(table.row(0),
                 QStringList({"id", "Città di residenza", "Perché?", "Costo (€)", "m_a", "m_b"}));
        QCOMPARE(table.row(1), QStringList({"1", "Forlì", "Sì", "10", "Città", "0"}));
        QCOMPARE(table.cell(2, 1), QStringLiteral("Cantù"));
        QCOMPARE(table.cell(2, 2), QStringLiteral("Così così"));
        QCOMPARE(table.cell(3, 1), QStringLiteral("Ñandú"));
        QCOMPARE(table.columnInfo[2].valueLabels, QStringList({"Sì", "Così così"}));
        // CATEGORYLABELS=COUNTEDVALUES: each option is named by its column's label of 1.
        QCOMPARE(table.multipleResponseSets.size(), 1);
        const MultipleResponseSet& set = table.multipleResponseSets.first();
        QCOMPARE(set.label, QStringLiteral("Luoghi visitati più spesso"));
        QCOMPARE(set.kind, MultipleResponseSet::Kind::Dichotomy);
        QVERIFY(set.optionsFromValueLabels);
        QCOMPARE(set.columns, QList<int>({4, 5}));
        QCOMPARE(set.countedValues, QStringList({"Città", "Paese"}));
    }

    void stataFile() {
        const RawTable table = readOk(QStringLiteral("survey.dta"));
        QCOMPARE(table.rowCount(), 7);
        QCOMPARE(table.row(0), QStringList({"Identificativo", "Quanto è soddisfatto?", "Età",
                                            "Reddito mensile", "Città", "Data intervista"}));
        // Stata 10 declares no encoding: its Windows-1252 strings decode as such.
        QCOMPARE(table.row(1), QStringList({"1", "Molto", "34", "1250.5", "Forlì", "2024-03-03"}));
        QCOMPARE(table.row(2), QStringList({"2", "Poco", "", "1300", "Cantù", "2024-03-04"}));
        // NA factor, NA number, a blank string; NA date in case 4.
        QCOMPARE(table.row(3), QStringList({"3", "", "51", "", "", "2024-03-05"}));
        QCOMPARE(table.cell(4, 5), QString());
        QCOMPARE(table.cell(6, 1), QStringLiteral("Per niente"));
        QCOMPARE(table.columnInfo[1].measure, SourceColumnInfo::Measure::Unknown);
        QVERIFY(table.columnInfo[1].numeric);
        QVERIFY(!table.columnInfo[4].numeric);
        QVERIFY(table.multipleResponseSets.isEmpty());
    }

    void brokenFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing") << "data/spss/nothing_here.sav"
                                 << "not found";
        QTest::newRow("sav cut in dictionary") << "truncated.sav"
                                               << "truncated";
        QTest::newRow("sav cut in data") << "truncated_data.sav"
                                         << "truncated";
        QTest::newRow("dta cut") << "truncated.dta"
                                 << "truncated";
        QTest::newRow("csv named sav") << "not_spss.sav"
                                       << "not an SPSS data file";
        QTest::newRow("unsupported extension") << "survey.sas7bdat"
                                               << ".sas7bdat";
    }
    void brokenFiles() {
        QFETCH(QString, file);
        QFETCH(QString, fragment);
        const QString path = file.contains(QLatin1Char('/')) ? file : fixture(file);
        auto result = StatReader::read(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().file, path);
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().toString()));
    }

    void damagedDataSaysWhere() {
        // survey.dta cut at byte 1400: its data start at byte 1310, 38 bytes a case (see
        // patchedDta()), so cases 1 and 2 are whole and case 3 is cut inside. The error names
        // the first value that could not be read, as FILE:case N, variable NAME: message.
        QTemporaryDir dir;
        QFile in(fixture(QStringLiteral("survey.dta")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString path = dir.filePath(QStringLiteral("cut.dta"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(in.read(1400)), qint64(1400));
        out.close();
        auto result = StatReader::read(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().place, QStringLiteral("case 3, variable id"));
        QVERIFY(
            result.error().toString().startsWith(path + QStringLiteral(":case 3, variable id: ")));

        // ReadStat checks an SPSS file's case count before it hands over any value: a .sav cut
        // in its data is refused as a whole, FILE: message.
        const QString sav = fixture(QStringLiteral("truncated_data.sav"));
        auto cutSav = StatReader::read(sav);
        QVERIFY(!cutSav.ok());
        QCOMPARE(cutSav.error().place, QString());
        QVERIFY(cutSav.error().toString().startsWith(sav + QStringLiteral(": ")));
    }

    /**
     * survey.dta (Stata format 114, written by R's foreign::write.dta) with bytes changed at
     * `offset`, in a temporary folder. Offsets by the format's layout (Stata's dta_114 help): a
     * 109-byte header, then per variable 1 type byte, a 33-byte name, 2 sort bytes (+2), a 49-byte
     * format, a 33-byte value-label name (from byte 621 for the 6 variables) and an 81-byte
     * label; the data start at byte 1310, 38 bytes a case, the date (%td, a double) last.
     */
    static QString patchedDta(const QTemporaryDir& dir, qsizetype offset, const QByteArray& bytes) {
        QFile in(fixture(QStringLiteral("survey.dta")));
        if (!in.open(QIODevice::ReadOnly))
            return QString();
        QByteArray data = in.readAll();
        data.replace(offset, bytes.size(), bytes);
        const QString path = dir.filePath(QStringLiteral("patched.dta"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return QString();
        return path;
    }

    void stataLabelNameWithoutEnd() {
        // Fuzzing (tests/fuzz/regressions/statreader/label-name-overread-*): the last variable's
        // value-label name fills its 33 bytes with no NUL. ReadStat hands the name out as a C
        // string inside its own table, so reading it to a NUL ran past the table's end (an
        // AddressSanitizer heap-buffer-overflow; scripts/test.sh --sanitize runs this test so).
        // The name, a set that does not exist, changes nothing in the cells.
        QTemporaryDir dir;
        const QString path = patchedDta(dir, 621 + 5 * 33, QByteArray(33, 'x'));
        QVERIFY(!path.isEmpty());
        const auto result = StatReader::read(path);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        // Row 1 as stataFile() reads it from the unchanged fixture.
        QCOMPARE(result.value().row(1),
                 QStringList({"1", "Molto", "34", "1250.5", "Forlì", "2024-03-03"}));
    }

    void stataDateFarOutOfRange() {
        // Fuzzing (tests/fuzz/regressions/statreader/stata-date-overflow-c8e550d2): a %td date
        // of 2^57 days overflowed qint64 once turned into seconds (undefined behaviour; 2^57 ×
        // 86,400 = 675 × 2^64 wrapped to 0 s, and the cell read 1960-01-01). A date past about
        // 30 million years from 1960 is shown as the number it is (Python: repr(2.0**57)).
        QTemporaryDir dir;
        const double days = qToLittleEndian(std::ldexp(1.0, 57)); // the fixture is little-endian
        const QByteArray bytes(reinterpret_cast<const char*>(&days), sizeof days);
        const QString path = patchedDta(dir, 1310 + 30, bytes);
        QVERIFY(!path.isEmpty());
        const auto result = StatReader::read(path);
        QVERIFY(result.ok());
        QCOMPARE(result.value().cell(1, 5), QStringLiteral("1.4411518807585587e+17"));
        // The next case keeps its real date (survey.dta's case 2 by stataFile()).
        QCOMPARE(result.value().cell(2, 5), QStringLiteral("2024-03-04"));
    }

    void emptyFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.dta"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto result = StatReader::read(path);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1String("empty")));
    }

    void progressCanCancel() {
        qint64 lastTotal = 0;
        auto result =
            StatReader::read(fixture(QStringLiteral("survey.sav")), [&](qint64, qint64 total) {
                lastTotal = total;
                return true;
            });
        QVERIFY(result.ok());
        QCOMPARE(lastTotal, QFileInfo(fixture(QStringLiteral("survey.sav"))).size());
        auto cancelled = StatReader::read(fixture(QStringLiteral("survey.sav")),
                                          [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().message.contains(QLatin1String("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestStatReader)
#include "tst_statreader.moc"
