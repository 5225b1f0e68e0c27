// A full disk (issue 15, "no lost file"): `sondo import`, `import --update` and `export-data`
// writing into a folder that runs out of space must stop with the system's reason ("No space left
// on device", or SQLite's "database or disk is full"), exit 2, never say "Unknown error", and
// leave the old project byte for byte as it was, with no temporary file or lock behind.
//
// The full disk is real: a tmpfs of 4 MiB mounted over a folder of this test (only root may
// mount; run as another user the test says so and skips), filled with a file until a few KB are
// left. Fixtures: tests/data/analysis/survey_v1.csv and survey_v2.csv (12 respondents each) and
// a generated 20,000-row survey (a project of about 1.5 MB, far more than the space left).

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace sondo;

namespace {

using test::runSondo;
using test::sha256;
using test::SondoRun;

/** A survey of `rows` respondents: id, area, a number, a comment on every row. */
QByteArray generatedSurvey(int rows) {
    static const char* const areas[] = {"Nord-Ovest", "Nord-Est", "Centro", "Sud e Isole"};
    QByteArray out = "ID risposta,Area,Ore,Commento\n";
    for (int r = 1; r <= rows; ++r)
        out += 'R' + QByteArray::number(r) + ',' + areas[r % 4] + ',' + QByteArray::number(r % 9) +
               ",commento libero numero " + QByteArray::number(r) + '\n';
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** Bytes still free for a file in `folder`. */
qint64 freeBytes(const QString& folder) {
    struct statvfs info {};
    if (::statvfs(QFile::encodeName(folder).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

/** Writes a filler file into `folder` that leaves about `left` bytes free. */
bool fillLeaving(const QString& folder, qint64 left) {
    const qint64 size = freeBytes(folder) - left;
    if (size <= 0)
        return true;
    return writeFile(QDir(folder).filePath(QStringLiteral("filler")), QByteArray(size, 'x'));
}

/** Whether a message names a full disk the way the system or SQLite does. */
bool saysDiskFull(const QString& err) {
    return err.contains(qt_error_string(ENOSPC)) || err.contains(QLatin1String("disk is full"));
}

} // namespace

class TestDiskFaults : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_full;       // the tmpfs, empty when it could not be mounted
    QString m_notMounted; // why not
    QString m_big;        // the generated survey, outside the tmpfs

    /** The tmpfs emptied, with the project of `source` imported into it; its path. */
    QString freshProject(const QString& source) {
        QDir full(m_full);
        for (const QString& name : full.entryList(QDir::Files | QDir::Hidden))
            full.remove(name);
        const QString project = full.filePath(QStringLiteral("survey.sondo"));
        const SondoRun run =
            runSondo({QStringLiteral("import"), source, QStringLiteral("-o"), project});
        return run.exitCode == 0 ? project : QString();
    }

    /** After a failed write: only the project and the filler are in the tmpfs. */
    void onlyTheProjectIsLeft() {
        const QStringList left = QDir(m_full).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(left, QStringList({QStringLiteral("filler"), QStringLiteral("survey.sondo")}));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_big = m_dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeFile(m_big, generatedSurvey(20000)));
        const QString folder = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        if (::geteuid() != 0) {
            m_notMounted = QStringLiteral("a full disk needs a small tmpfs, and only root may "
                                          "mount one; run this test as root");
            return;
        }
        if (::mount("sondo-full", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=4m") !=
            0) {
            m_notMounted = QStringLiteral("mounting a tmpfs failed: ") + qt_error_string(errno);
            return;
        }
        m_full = folder;
    }

    void cleanupTestCase() {
        if (!m_full.isEmpty())
            ::umount2(QFile::encodeName(m_full).constData(), MNT_DETACH);
    }

    void init() {
        if (m_full.isEmpty())
            QSKIP(qPrintable(m_notMounted));
    }

    void importIntoAFullDisk_data() {
        QTest::addColumn<bool>("update");
        QTest::newRow("import -o") << false;
        QTest::newRow("import --update") << true;
    }
    void importIntoAFullDisk() {
        QFETCH(bool, update);
        const QString project = freshProject(QFINDTESTDATA("data/analysis/survey_v1.csv"));
        QVERIFY(!project.isEmpty());
        const QByteArray before = sha256(project);
        QVERIFY(fillLeaving(m_full, 48 * 1024));

        // --update merges a survey of other respondents into the old one; a plain import
        // replaces it (and would keep survey.sondo.bak, which the full disk forbids too).
        QStringList arguments{QStringLiteral("import"), m_big, QStringLiteral("-o"), project};
        if (update)
            arguments << QStringLiteral("--update");
        const SondoRun run = runSondo(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(saysDiskFull(run.err), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Unknown error")), qPrintable(run.err));
        // SQLite's words only: Qt's driver step ("Unable to fetch row") tells the analyst nothing.
        QVERIFY2(!run.err.contains(QLatin1String("Unable to")), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QLatin1String("sondo: ")), qPrintable(run.err));
        QCOMPARE(sha256(project), before);
        onlyTheProjectIsLeft();

        // Space again: the old project opens and the same import succeeds.
        QVERIFY(QFile::remove(QDir(m_full).filePath(QStringLiteral("filler"))));
        const SondoRun again = runSondo({QStringLiteral("freq"), project, QStringLiteral("Q1")});
        QCOMPARE(again.exitCode, 0);
    }

    void exportIntoAFullDisk_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("answers.csv");
        QTest::newRow("sav") << QStringLiteral("answers.sav");
    }
    void exportIntoAFullDisk() {
        QFETCH(QString, name);
        const QString project = freshProject(QFINDTESTDATA("data/analysis/survey_v1.csv"));
        QVERIFY(!project.isEmpty());
        // The export reads the generated survey (about 1 MB of CSV, 20,000 respondents).
        QVERIFY(fillLeaving(m_full, 48 * 1024));
        const QString target = QDir(m_full).filePath(name);
        const SondoRun run =
            runSondo({QStringLiteral("export-data"), m_big, QStringLiteral("-o"), target});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("cannot write the file: ") + qt_error_string(ENOSPC)),
            qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Unknown error")), qPrintable(run.err));
        onlyTheProjectIsLeft();
    }
};

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
