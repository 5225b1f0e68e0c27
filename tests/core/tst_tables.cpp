// `sondo tables` end to end: the workbook is re-read with Sondo's own XlsxReader and every figure
// compared with `sondo freq --json` on the same project (the oracle: the freq command's figures,
// themselves checked against R and hand counts in tst_cli and tst_clistats). OoxmlPackage's
// parts are checked on their own. LibreOffice Calc opens and re-saves a workbook, whose figures
// must still equal freq's.

#include "../common/DocumentFiles.h"
#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"

#include "export/OoxmlPackage.h"
#include "export/TablesWorkbook.h"
#include "import/sources/XlsxReader.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using sondo::test::demoSurveyPath;
using sondo::test::runSondo;

namespace {

/** A cell of the re-read sheet as a number; a percent-formatted cell may come back as "12.5%". */
double numberOf(const QString& cell) {
    if (cell.endsWith(u'%'))
        return cell.chopped(1).toDouble() / 100.0;
    return cell.toDouble();
}

} // namespace

class TstTables : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    /** The demo raked on Q2 (40/20/20/20): weighted counts, bases and effective bases. */
    QString m_weighted;

    /** Compares sheet `question` of `workbook` with freq --json (by `by` when not empty). */
    void compareSheet(const QString& project, const QString& workbook, const QString& question,
                      const QString& by) {
        QStringList args{QStringLiteral("freq"), project, question, QStringLiteral("--json")};
        if (!by.isEmpty())
            args << QStringLiteral("--by") << by;
        const auto freq = runSondo(args);
        QCOMPARE(freq.exitCode, 0);
        const QJsonObject json = freq.json();
        auto read = sondo::XlsxReader::read(workbook, question);
        QVERIFY2(read.ok(), qPrintable(question));
        const sondo::RawTable& table = read.value();
        // The answers' rows follow the column header ("Answer" in column 0).
        int header = -1;
        for (int r = 0; r < table.rowCount() && header < 0; ++r)
            if (table.cell(r, 1) == QStringLiteral("Total n"))
                header = r;
        QVERIFY2(header >= 0, qPrintable(question));
        const QJsonArray options = json.value(QStringLiteral("options")).toArray();
        const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
        for (int o = 0; o < options.size(); ++o) {
            const QJsonObject option = options[o].toObject();
            const int r = header + 1 + o;
            QCOMPARE(table.cell(r, 0), option.value(QStringLiteral("label")).toString());
            QCOMPARE(numberOf(table.cell(r, 1)), option.value(QStringLiteral("count")).toDouble());
            QVERIFY(qAbs(numberOf(table.cell(r, 2)) * 100 -
                         option.value(QStringLiteral("percent")).toDouble()) < 1e-9);
            for (int g = 0; g < groups.size(); ++g) {
                // A group lists its own rows (a numeric question's values differ by group).
                QJsonObject go;
                for (const QJsonValue& v :
                     groups[g].toObject().value(QStringLiteral("options")).toArray())
                    if (v.toObject().value(QStringLiteral("label")) ==
                        option.value(QStringLiteral("label")))
                        go = v.toObject();
                QCOMPARE(numberOf(table.cell(r, 3 + 3 * g)),
                         go.value(QStringLiteral("count")).toDouble());
                if (groups[g].toObject().value(QStringLiteral("base")).toDouble() > 0)
                    QVERIFY(qAbs(numberOf(table.cell(r, 4 + 3 * g)) * 100 -
                                 go.value(QStringLiteral("percent")).toDouble()) < 1e-9);
                QString letters;
                for (const QJsonValue& l : go.value(QStringLiteral("higher_than")).toArray())
                    letters += l.toString();
                QCOMPARE(table.cell(r, 5 + 3 * g), letters);
            }
        }
        const int baseRow = header + 1 + int(options.size());
        QCOMPARE(table.cell(baseRow, 0), QStringLiteral("Base"));
        QCOMPARE(numberOf(table.cell(baseRow, 1)), json.value(QStringLiteral("base")).toDouble());
        if (json.value(QStringLiteral("weighted")).toBool()) {
            QCOMPARE(table.cell(baseRow + 2, 0), QStringLiteral("Effective base"));
            QVERIFY(qAbs(numberOf(table.cell(baseRow + 2, 1)) -
                         json.value(QStringLiteral("effective_base")).toDouble()) < 1e-9);
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("demo.sondo"));
        QCOMPARE(
            runSondo({QStringLiteral("import"), demoSurveyPath(), QStringLiteral("-o"), m_project})
                .exitCode,
            0);
        m_weighted = m_dir.filePath(QStringLiteral("weighted.sondo"));
        QVERIFY(QFile::copy(m_project, m_weighted));
        QCOMPARE(runSondo({QStringLiteral("weight"), m_weighted, QStringLiteral("--rake"),
                           QStringLiteral("Q2=Fino a 50 postazioni:0.4,51-200 postazioni:0.2,"
                                          "201-500 postazioni:0.2,Oltre 500 postazioni:0.2")})
                     .exitCode,
                 0);
    }

    void packageParts() {
        sondo::OoxmlPackage package;
        package.addDefault(QStringLiteral("png"), QStringLiteral("image/png"));
        package.addPackageRelationship(
            sondo::OoxmlPackage::relationshipType(QStringLiteral("officeDocument")),
            QStringLiteral("doc/main.xml"));
        package.addPart(QStringLiteral("doc/main.xml"), "<main/>",
                        QStringLiteral("application/test+xml"));
        const QString path = m_dir.filePath(QStringLiteral("p.zip"));
        QVERIFY(!package.write(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // A zip's local file header signature (PKWARE APPNOTE 4.3.7), then the first part's name.
        const QByteArray head = file.read(64);
        QVERIFY(head.startsWith("PK\x03\x04"));
        QVERIFY(head.contains("[Content_Types].xml"));
        const QByteArray xml = package.contentTypes();
        QVERIFY(xml.contains("<Override PartName=\"/doc/main.xml\" "
                             "ContentType=\"application/test+xml\"/>"));
        QVERIFY(xml.contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"));
    }

    void failedWriteLeavesNoFile() {
        sondo::OoxmlPackage package;
        package.addPart(QStringLiteral("a.xml"), "<a/>", QStringLiteral("application/xml"));
        const QString path = m_dir.filePath(QStringLiteral("missing-dir/p.zip"));
        QVERIFY(package.write(path).has_value());
        QVERIFY(!QFile::exists(path));
    }

    void sheetNames() {
        QSet<QString> used;
        QCOMPARE(sondo::TablesWorkbook::sheetName(QStringLiteral("a/b[c]:d*e?f\\g"), used),
                 QStringLiteral("a_b_c__d_e_f_g"));
        const QString longName(40, u'x');
        QCOMPARE(sondo::TablesWorkbook::sheetName(longName, used), QString(31, u'x'));
        QCOMPARE(sondo::TablesWorkbook::sheetName(longName, used),
                 QString(27, u'x') + QStringLiteral(" (2)"));
        QCOMPARE(sondo::TablesWorkbook::sheetName(QStringLiteral("A_B_C__D_E_F_G"), used),
                 QStringLiteral("A_B_C__D_E_F_G (2)"));
    }

    void figuresEqualFreq_data() {
        QTest::addColumn<bool>("weighted");
        QTest::addColumn<QString>("by");
        QTest::newRow("totals") << false << QString();
        QTest::newRow("by Q2") << false << QStringLiteral("Q2");
        QTest::newRow("weighted, by Q1") << true << QStringLiteral("Q1");
    }
    void figuresEqualFreq() {
        QFETCH(bool, weighted);
        QFETCH(QString, by);
        const QString project = weighted ? m_weighted : m_project;
        const QString workbook = m_dir.filePath(QStringLiteral("t%1%2.xlsx").arg(by).arg(weighted));
        QStringList args{QStringLiteral("tables"), project, QStringLiteral("-o"), workbook};
        if (!by.isEmpty())
            args << QStringLiteral("--by") << by;
        const auto run = runSondo(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto names = sondo::XlsxReader::sheetNames(workbook);
        QVERIFY(names.ok());
        const auto questions =
            runSondo({QStringLiteral("questions"), project, QStringLiteral("--json")}).json();
        int compared = 0;
        for (const QJsonValue& q : questions.value(QStringLiteral("questions")).toArray()) {
            const QString id = q.toObject().value(QStringLiteral("id")).toString();
            if (!names.value().contains(id))
                continue;
            compareSheet(project, workbook, id, by);
            ++compared;
        }
        // Every question but texts and dates (and the segment itself) has its sheet.
        QCOMPARE(compared, int(names.value().size()));
        QVERIFY(compared >= 10);
    }

    void libreOfficeOpensTheWorkbook() {
        // LibreOffice Calc, an independent reader, opens the workbook and saves it again as
        // XLSX: a part it could not read would be dropped or the conversion refused. Its copy
        // must still hold every figure of `freq --json`, the same check as Sondo's own reader.
        const QString workbook = m_dir.filePath(QStringLiteral("calc.xlsx"));
        const auto run = runSondo({QStringLiteral("tables"), m_project, QStringLiteral("-o"),
                                   workbook, QStringLiteral("--by"), QStringLiteral("Q2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString folder = m_dir.filePath(QStringLiteral("calc"));
        QVERIFY(QDir().mkpath(folder));
        const QString saved = sondo::test::libreOfficeConvert(
            workbook, QStringLiteral("xlsx:Calc MS Excel 2007 XML"), folder);
        QVERIFY2(!saved.isEmpty(), "LibreOffice could not convert the workbook");
        auto names = sondo::XlsxReader::sheetNames(saved);
        QVERIFY(names.ok());
        QCOMPARE(names.value(), sondo::XlsxReader::sheetNames(workbook).value());
        for (const QString& sheet : names.value())
            compareSheet(m_project, saved, sheet, QStringLiteral("Q2"));
    }

    void badOutputIsUsageError() {
        const auto run = runSondo({QStringLiteral("tables"), m_project, QStringLiteral("-o"),
                                   m_dir.filePath(QStringLiteral("t.csv"))});
        QCOMPARE(run.exitCode, 1); // ExitUsage
        QVERIFY(run.err.startsWith(QStringLiteral("sondo: ")));
    }
};

QTEST_GUILESS_MAIN(TstTables)
#include "tst_tables.moc"
