// An import ended by SIGTERM (a script's timeout, a system shutdown) or SIGINT (Ctrl+C) removes
// its hidden temporary file `.NAME.XXXXXXXX.sondo-tmp` on its way out, leaves the old project
// byte for byte, and still dies of the signal so that its caller knows. The 60,000-row survey
// is generated here, large enough for the import to be caught while it writes.

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"
#include "project/ProjectService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace sondo;
using test::sha256;

namespace {

QByteArray generatedSurvey(int rows) {
    static const char* const areas[] = {"Nord-Ovest", "Nord-Est", "Centro", "Sud e Isole"};
    static const char* const agreement[] = {"Per niente", "Poco", "Abbastanza", "Molto"};
    QByteArray out = "ID risposta,Area,Accordo,Ore,Commento\n";
    for (int r = 1; r <= rows; ++r)
        out += 'R' + QByteArray::number(r) + ',' + areas[r % 4] + ',' + agreement[(r / 4) % 4] +
               ',' + QByteArray::number(r % 9) + ',' +
               (r % 10 == 0 ? "commento " + QByteArray::number(r) : QByteArray()) + '\n';
    return out;
}

/** The temporary files of `project` and the database files kept beside them. */
QStringList tempFilesOf(const QString& project) {
    const QFileInfo info(project);
    return info.dir().entryList({QStringLiteral(".%1.*.sondo-tmp*").arg(info.fileName())},
                                QDir::Files | QDir::Hidden);
}

} // namespace

class TestTerminatedImport : public QObject {
    Q_OBJECT

private slots:
    void terminatedImportRemovesItsTemporaryFile_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void terminatedImportRemovesItsTemporaryFile() {
        QFETCH(int, signal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(big);
            const QByteArray survey = generatedSurvey(60000);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(survey) == survey.size());
        }
        const QString project = dir.filePath(QStringLiteral("survey.sondo"));
        QVERIFY(
            ProjectService::importInto(QFINDTESTDATA("data/analysis/survey_v1.csv"), project, {})
                .ok());

        // Signalled once its temporary file exists, i.e. while it writes; should the import
        // win the race and finish first, it is simply run again over what it wrote.
        bool caught = false;
        for (int attempt = 0; attempt < 5 && !caught; ++attempt) {
            const QByteArray before = sha256(project);
            QProcess import;
            import.start(QStringLiteral(SONDO_EXECUTABLE),
                         {QStringLiteral("import"), big, QStringLiteral("-o"), project});
            QVERIFY(import.waitForStarted());
            QElapsedTimer waited;
            waited.start();
            while (tempFilesOf(project).isEmpty() && !import.waitForFinished(1) &&
                   waited.elapsed() < 120000) {
            }
            if (import.state() == QProcess::NotRunning)
                continue;
            caught = true;
            QCOMPARE(::kill(pid_t(import.processId()), signal), 0);
            QVERIFY(import.waitForFinished(120000));
            // It died of the signal, as a caller expects, and took its temporary files along.
            QCOMPARE(import.exitStatus(), QProcess::CrashExit);
            QCOMPARE(import.exitCode(), signal);
            QCOMPARE(tempFilesOf(project), QStringList());
            QCOMPARE(sha256(project), before);
            QVERIFY(ProjectService::openProject(project).ok());
        }
        QVERIFY2(caught, "the import always finished before its temporary file was seen");
    }
};

QTEST_GUILESS_MAIN(TestTerminatedImport)
#include "tst_terminatedimport.moc"
