// What a write of a project may replace and what it leaves behind (issue 15, "no lost file"):
// `import -o` onto a stranger's file is refused unless --force and leaves it byte for byte as it
// was; replacing a project keeps it as NAME.sondo.bak; a killed import's temporary file is removed
// by the next import of that project, and nothing else is; a second writer of a project meets
// its lock (NAME.sondo.lock) and fails clearly instead of losing an import. The command line and
// ProjectService (the window's way) are both checked, on real files through the real `sondo`.
//
// Fixtures: the bundled demo survey (300 respondents, 15 questions) and
// tests/data/analysis/survey_v1.csv and survey_v2.csv (12 respondents each); the 60,000-row file
// of the killed import is generated here.

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"
#include "project/ProjectService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

namespace {

using test::demoSurveyPath;
using test::runSondo;
using test::sha256;
using test::SondoRun;

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** An SQLite database of another program: one table of notes. */
bool writeForeignDatabase(const QString& path) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text)")) &&
                 query.exec(QStringLiteral("INSERT INTO notes(text) VALUES ('call Anna')"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(path);
    return ok;
}

/** The files of `dir`, hidden ones included, sorted. */
QStringList filesIn(const QString& dir) {
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}

/** Waits for `process` to end, whether or not it ended already. */
bool finished(QProcess& process) {
    return process.state() == QProcess::NotRunning || process.waitForFinished(120000);
}

/** The hidden temporary files ProjectStore builds `project` in, found in its folder. */
QStringList tempFilesOf(const QString& project) {
    const QFileInfo info(project);
    return info.dir().entryList({QStringLiteral(".%1.*.sondo-tmp").arg(info.fileName())},
                                QDir::Files | QDir::Hidden);
}

/** The name of the last import recorded in the project at `path` (empty if unreadable). */
QString lastSource(const QString& path) {
    const auto project = ProjectService::openProject(path);
    if (!project.ok() || project.value().imports.isEmpty())
        return {};
    return project.value().imports.constLast().sourceName;
}

/**
 * A survey of `rows` respondents, more than the 50,000 an import reads before it starts writing
 * its temporary file: id, area, agreement, a number, a comment every tenth row.
 */
QByteArray generatedSurvey(int rows) {
    static const char* const areas[] = {"Nord-Ovest", "Nord-Est", "Centro", "Sud e Isole"};
    static const char* const agreement[] = {"Per niente", "Poco", "Abbastanza", "Molto"};
    QByteArray out = "ID risposta,Area,Accordo,Ore,Commento\n";
    out.reserve(rows * 40);
    for (int r = 1; r <= rows; ++r) {
        out += 'R' + QByteArray::number(r) + ',' + areas[r % 4] + ',' + agreement[(r / 4) % 4] +
               ',' + QByteArray::number(r % 9) + ',' +
               (r % 10 == 0 ? "commento " + QByteArray::number(r) : QByteArray()) + '\n';
    }
    return out;
}

} // namespace

class TestProjectWrites : public QObject {
    Q_OBJECT

private slots:
    void foreignFileIsRefused_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::newRow("text file") << "out.txt"
                                   << "a text file";
        QTest::newRow("foreign SQLite database") << "notes.db"
                                                 << "an SQLite database made by another program";
        QTest::newRow("image") << "photo.sondo"
                               << "a file of another kind";
    }
    void foreignFileIsRefused() {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        if (name.endsWith(u".db"))
            QVERIFY(writeForeignDatabase(path));
        else if (name.endsWith(u".txt"))
            QVERIFY(writeFile(path, "Notes for Monday\ncall Anna about the survey\n"));
        else
            QVERIFY(writeFile(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
        const QByteArray before = sha256(path);
        const QStringList files = filesIn(dir.path());

        // The command line says why and how to override it, before reading the survey.
        const SondoRun run =
            runSondo({QStringLiteral("import"), demoSurveyPath(), QStringLiteral("-o"), path});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("sondo: %1: not a Sondo project (%2); use --force to "
                                         "replace it\n")
                              .arg(path, kind));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(sha256(path), before);
        QCOMPARE(filesIn(dir.path()), files);

        // The window's ways (ProjectService) refuse it too.
        const auto imported = ProjectService::importAndOpen(demoSurveyPath(), path, {});
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().file, path);
        QCOMPARE(imported.error().message, QStringLiteral("not a Sondo project (%1)").arg(kind));
        const auto project = ProjectService::open(demoSurveyPath());
        QVERIFY(project.ok());
        const auto saved = ProjectService::save(path, project.value());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().message, imported.error().message);
        QCOMPARE(sha256(path), before);
        QCOMPARE(filesIn(dir.path()), files);

        // --force replaces it with a project; a stranger's file is not kept as a backup.
        const SondoRun forced = runSondo({QStringLiteral("import"), demoSurveyPath(),
                                          QStringLiteral("-o"), path, QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY2(forced.err.isEmpty(), qPrintable(forced.err));
        const auto read = ProjectService::openProject(path);
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        QCOMPARE(read.value().responses.respondentCount, 300);
        QCOMPARE(filesIn(dir.path()), files);
    }

    void emptyFileIsReplacedWithoutBackup() {
        // Nothing to lose (`touch out.sondo`, a mktemp name): written without --force.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.sondo"));
        QVERIFY(writeFile(path, {}));
        const SondoRun run =
            runSondo({QStringLiteral("import"), demoSurveyPath(), QStringLiteral("-o"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("out.sondo")});
    }

    void reimportKeepsTheOldProjectAsBackup() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString v1 = QFINDTESTDATA("data/analysis/survey_v1.csv");
        const QString v2 = QFINDTESTDATA("data/analysis/survey_v2.csv");
        const QString project = dir.filePath(QStringLiteral("survey.sondo"));
        const QString backup = project + QStringLiteral(".bak");

        SondoRun run = runSondo({QStringLiteral("import"), v1, QStringLiteral("-o"), project});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(!QFile::exists(backup));
        const QByteArray first = sha256(project);

        run = runSondo({QStringLiteral("import"), v2, QStringLiteral("-o"), project});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err,
                 QStringLiteral("sondo: the previous project is kept as %1\n").arg(backup));
        QCOMPARE(sha256(backup), first);
        QCOMPARE(lastSource(project), QStringLiteral("survey_v2.csv"));
        QCOMPARE(lastSource(backup), QStringLiteral("survey_v1.csv"));
        const QByteArray second = sha256(project);

        // One step only: the next import's backup replaces the older one.
        run = runSondo({QStringLiteral("import"), demoSurveyPath(), QStringLiteral("-o"), project});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(sha256(backup), second);
        const QByteArray third = sha256(project);

        // A failed import changes neither the project nor its backup, and leaves nothing behind.
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(bad, "a,b\n1,\"never closed\n"));
        run = runSondo({QStringLiteral("import"), bad, QStringLiteral("-o"), project});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(sha256(project), third);
        QCOMPARE(sha256(backup), second);
        QCOMPARE(filesIn(dir.path()),
                 QStringList({QStringLiteral("bad.csv"), QStringLiteral("survey.sondo"),
                              QStringLiteral("survey.sondo.bak")}));

        // --update changes the project in place of a new one: no backup is made.
        run = runSondo({QStringLiteral("import"), v1, QStringLiteral("-o"), project,
                        QStringLiteral("--update")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(QStringLiteral(".bak")), qPrintable(run.err));
        QCOMPARE(sha256(backup), second);

        // The window's import through ProjectService keeps one the same way.
        const QByteArray updated = sha256(project);
        auto imported = ProjectService::importInto(v2, project, {});
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QCOMPARE(imported.value().backupPath, backup);
        QCOMPARE(sha256(backup), updated);
    }

    void strangerInTheBackupsPlaceIsKept() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("survey.sondo"));
        const QString backup = project + QStringLiteral(".bak");
        QVERIFY(ProjectService::importInto(demoSurveyPath(), project, {}).ok());
        QVERIFY(writeFile(backup, "my own notes, not a backup\n"));
        const QByteArray projectBefore = sha256(project);
        const QByteArray backupBefore = sha256(backup);

        const QString v1 = QFINDTESTDATA("data/analysis/survey_v1.csv");
        SondoRun run = runSondo({QStringLiteral("import"), v1, QStringLiteral("-o"), project});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 QStringLiteral("sondo: %1: the previous project cannot be kept as %2, which is "
                                "not a Sondo project (a text file); use --force to replace it\n")
                     .arg(project, backup));
        QCOMPARE(sha256(project), projectBefore);
        QCOMPARE(sha256(backup), backupBefore);

        // Forced: the project is replaced without a backup, the stranger's file stays.
        run = runSondo({QStringLiteral("import"), v1, QStringLiteral("-o"), project,
                        QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.err.contains(QStringLiteral("warning: %1: replaced without a backup").arg(project)),
            qPrintable(run.err));
        QCOMPARE(lastSource(project), QStringLiteral("survey_v1.csv"));
        QCOMPARE(sha256(backup), backupBefore);
    }

    void staleTempFilesGoWithTheNextImport_data() {
        QTest::addColumn<bool>("update");
        QTest::newRow("import") << false;
        QTest::newRow("import --update") << true;
    }
    void staleTempFilesGoWithTheNextImport() {
        QFETCH(bool, update);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString v1 = QFINDTESTDATA("data/analysis/survey_v1.csv");
        const QString project = dir.filePath(QStringLiteral("survey.sondo"));
        QVERIFY(ProjectService::importInto(v1, project, {}).ok());

        // What killed writers of this project leave: ProjectStore's `.NAME.XXXXXXXX.sondo-tmp`
        // (eight lowercase hex digits) and a staged backup `.NAME.XXXXXXXX.sondo-bak`.
        const QStringList stale = {QStringLiteral(".survey.sondo.0123abcd.sondo-tmp"),
                                   QStringLiteral(".survey.sondo.ffffffff.sondo-bak")};
        // Names alike but not the writer's, or another project's: never touched.
        const QStringList others = {QStringLiteral(".survey.sondo.0123abcd.sondo-tmp.keep"),
                                    QStringLiteral(".survey.sondo.0123ABCD.sondo-tmp"),
                                    QStringLiteral(".survey.sondo.0123abc.sondo-tmp"),
                                    QStringLiteral(".survey.sondo.0123abcde.sondo-tmp"),
                                    QStringLiteral("survey.sondo.0123abcd.sondo-tmp"),
                                    QStringLiteral(".survey.sondo.bak.0123abcd.sondo-tmp"),
                                    QStringLiteral(".other.sondo.0123abcd.sondo-tmp"),
                                    QStringLiteral(".survey.0123abcd.sondo-tmp")};
        for (const QString& name : stale + others)
            QVERIFY(writeFile(dir.filePath(name), QByteArray(4096, 'x')));

        QStringList arguments{QStringLiteral("import"), v1, QStringLiteral("-o"), project};
        if (update)
            arguments.append(QStringLiteral("--update"));
        const SondoRun run = runSondo(arguments);
        QCOMPARE(run.exitCode, 0);
        QStringList expected = others;
        expected.append(QStringLiteral("survey.sondo"));
        if (!update)
            expected.append(QStringLiteral("survey.sondo.bak"));
        expected.sort();
        QCOMPARE(filesIn(dir.path()), expected);
    }

    void lockedProjectIsNotWritten() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString v1 = QFINDTESTDATA("data/analysis/survey_v1.csv");
        const QString v2 = QFINDTESTDATA("data/analysis/survey_v2.csv");
        const QString project = dir.filePath(QStringLiteral("survey.sondo"));
        QVERIFY(ProjectService::importInto(v1, project, {}).ok());
        const QByteArray before = sha256(project);

        // Another writer at work: it holds the lock, and its temporary file is live.
        QLockFile other(dir.filePath(QStringLiteral("survey.sondo.lock")));
        QVERIFY(other.tryLock());
        const QString live = dir.filePath(QStringLiteral(".survey.sondo.89abcdef.sondo-tmp"));
        QVERIFY(writeFile(live, QByteArray(4096, 'x')));
        const QString holder =
            QStringLiteral("project in use by %1 (pid %2 on %3)")
                .arg(QFileInfo(QCoreApplication::applicationFilePath()).fileName())
                .arg(QCoreApplication::applicationPid())
                .arg(QSysInfo::machineHostName());

        for (const bool update : {false, true}) {
            QStringList arguments{QStringLiteral("import"), v2, QStringLiteral("-o"), project};
            if (update)
                arguments.append(QStringLiteral("--update"));
            const SondoRun run = runSondo(arguments);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.err, QStringLiteral("sondo: %1: %2\n").arg(project, holder));
            QCOMPARE(sha256(project), before);
            QVERIFY(QFile::exists(live));
        }
        // The window's saves fail the same way, saying why, instead of waiting for ever.
        const auto state = ProjectService::saveState(project, {{QStringLiteral("k"), 1}});
        QVERIFY(!state.ok());
        QCOMPARE(state.error().message, holder);
        QCOMPARE(sha256(project), before);

        // Once the other writer is gone, importing works and its file, stale now, goes.
        other.unlock();
        const SondoRun run =
            runSondo({QStringLiteral("import"), v2, QStringLiteral("-o"), project});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lastSource(project), QStringLiteral("survey_v2.csv"));
        QVERIFY(!QFile::exists(live));
        QVERIFY(!QFile::exists(project + QStringLiteral(".lock")));
        QVERIFY(ProjectService::saveState(project, {{QStringLiteral("k"), 1}}).ok());
    }

    void twoImportsAtOnceLoseNothing() {
        // Two `sondo import` into one project at the same moment: the second waits for the
        // first, or fails saying who holds the project; each import that says it succeeded is
        // the project or, replaced by the other, its backup.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first = dir.filePath(QStringLiteral("first.csv"));
        const QString second = dir.filePath(QStringLiteral("second.csv"));
        QVERIFY(QFile::copy(demoSurveyPath(), first));
        QVERIFY(QFile::copy(QFINDTESTDATA("data/analysis/survey_v1.csv"), second));
        const QString project = dir.filePath(QStringLiteral("survey.sondo"));

        QProcess a;
        QProcess b;
        a.start(QStringLiteral(SONDO_EXECUTABLE),
                {QStringLiteral("import"), first, QStringLiteral("-o"), project});
        b.start(QStringLiteral(SONDO_EXECUTABLE),
                {QStringLiteral("import"), second, QStringLiteral("-o"), project});
        QVERIFY(finished(a));
        QVERIFY(finished(b));
        QCOMPARE(a.exitStatus(), QProcess::NormalExit);
        QCOMPARE(b.exitStatus(), QProcess::NormalExit);

        QStringList succeeded;
        for (QProcess* process : {&a, &b}) {
            const QString source =
                process == &a ? QStringLiteral("first.csv") : QStringLiteral("second.csv");
            const QString err = QString::fromUtf8(process->readAllStandardError());
            if (process->exitCode() == 0) {
                succeeded.append(source);
                continue;
            }
            QCOMPARE(process->exitCode(), 2);
            QVERIFY2(err.contains(QStringLiteral("project in use by sondo (pid ")),
                     qPrintable(err));
        }
        QVERIFY(!succeeded.isEmpty());
        QStringList found{lastSource(project)};
        if (succeeded.size() == 2)
            found.append(lastSource(project + QStringLiteral(".bak")));
        found.sort();
        QCOMPARE(found, succeeded);
        QVERIFY(tempFilesOf(project).isEmpty());
        QVERIFY(!QFile::exists(project + QStringLiteral(".lock")));
    }

    void readerDuringUpdateSeesOneProject() {
        // `import --update` adds 200 respondents to a 40,000-respondent project while this
        // process opens the project again and again, as the window or a second `sondo freq`
        // would: every open succeeds and sees the old project or the new one, never a mix, a
        // lock error or a damaged file (the update is built in a temporary file and renamed
        // over the project in one step).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString v1 = dir.filePath(QStringLiteral("v1.csv"));
        const QString v2 = dir.filePath(QStringLiteral("v2.csv"));
        QVERIFY(writeFile(v1, generatedSurvey(40000)));
        QVERIFY(writeFile(v2, generatedSurvey(40200))); // v1's rows, then 200 more
        const QString project = dir.filePath(QStringLiteral("survey.sondo"));
        QVERIFY(ProjectService::importInto(v1, project, {}).ok());

        QProcess update;
        update.start(QStringLiteral(SONDO_EXECUTABLE),
                     {QStringLiteral("import"), v2, QStringLiteral("-o"), project,
                      QStringLiteral("--update")});
        QVERIFY(update.waitForStarted());
        int reads = 0;
        QSet<int> seen;
        while (!update.waitForFinished(0) && reads < 10000) {
            const auto opened = ProjectService::openProject(project);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
            const int count = opened.value().responses.respondentCount;
            QVERIFY2(count == 40000 || count == 40200, qPrintable(QString::number(count)));
            seen.insert(count);
            ++reads;
        }
        QVERIFY(finished(update));
        QCOMPARE(update.exitStatus(), QProcess::NormalExit);
        QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
        QVERIFY2(reads > 0, "the update ended before a single read");
        QVERIFY(seen.contains(40000)); // the reads began before the update was done
        const auto after = ProjectService::openProject(project);
        QVERIFY(after.ok());
        QCOMPARE(after.value().responses.respondentCount, 40200);
        QVERIFY(tempFilesOf(project).isEmpty());
    }

    void killedImportLeavesTheProjectAndTheNextImportCleansUp() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeFile(big, generatedSurvey(60000)));
        const QString project = dir.filePath(QStringLiteral("survey.sondo"));
        QVERIFY(
            ProjectService::importInto(QFINDTESTDATA("data/analysis/survey_v1.csv"), project, {})
                .ok());

        // Killed once its temporary file exists, i.e. while it writes; should the import win
        // the race and finish first, it is simply run again over what it wrote.
        QByteArray before;
        QStringList left;
        for (int attempt = 0; attempt < 5 && left.isEmpty(); ++attempt) {
            before = sha256(project);
            QProcess import;
            import.start(QStringLiteral(SONDO_EXECUTABLE),
                         {QStringLiteral("import"), big, QStringLiteral("-o"), project});
            QVERIFY(import.waitForStarted());
            QElapsedTimer waited;
            waited.start();
            while (tempFilesOf(project).isEmpty() && !import.waitForFinished(1) &&
                   waited.elapsed() < 120000) {
            }
            if (import.state() != QProcess::NotRunning) {
                import.kill();
                QVERIFY(import.waitForFinished(120000));
            }
            left = tempFilesOf(project);
            if (!left.isEmpty())
                QCOMPARE(import.exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(left.size(), 1);
        // The old project is intact; the killed import's temporary file and lock stay behind.
        QCOMPARE(sha256(project), before);
        QVERIFY(ProjectService::openProject(project).ok());
        QVERIFY(QFile::exists(project + QStringLiteral(".lock")));

        // The next import takes over the dead process's lock and removes its temporary file.
        const SondoRun run =
            runSondo({QStringLiteral("import"), QFINDTESTDATA("data/analysis/survey_v2.csv"),
                      QStringLiteral("-o"), project});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(tempFilesOf(project).isEmpty());
        QVERIFY(!QFile::exists(project + QStringLiteral(".lock")));
        QCOMPARE(sha256(project + QStringLiteral(".bak")), before);
        QCOMPARE(filesIn(dir.path()),
                 QStringList({QStringLiteral("big.csv"), QStringLiteral("survey.sondo"),
                              QStringLiteral("survey.sondo.bak")}));
    }
};

QTEST_GUILESS_MAIN(TestProjectWrites)
#include "tst_projectwrites.moc"
