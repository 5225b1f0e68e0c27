// Tests of AtomicFileReplacement, the one way core replaces a file: the new content goes to a
// temporary file beside the target and is renamed over it only once whole. Every failure (a
// write abandoned half-way, a temporary file that cannot be synced, a rename that cannot be
// done) must leave the old file byte for byte as it was and no temporary file in the folder.
// Real files in a QTemporaryDir; the expected bytes are the ones each test wrote.

#include "base/AtomicFileReplacement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sondo;

namespace {

/** What a folder holds, hidden files included (the temporary files start with a dot). */
QStringList folderContent(const QTemporaryDir& dir) {
    return QDir(dir.path())
        .entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                   QDir::Name);
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

/** Replaces `path` by `bytes` the atomic way; false if any step failed. */
bool replaceWith(const QString& path, const QByteArray& bytes) {
    AtomicFileReplacement replacement(path);
    return replacement.begin() && writeFile(replacement.tempPath(), bytes) && replacement.commit();
}

/** Several megabytes that differ from the old content at every position, in several writes. */
bool writeLargeContent(AtomicFileReplacement& replacement) {
    QFile file(replacement.tempPath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(1 << 20, 'n');
    for (int i = 0; i < 4; ++i) {
        if (file.write(block) != block.size())
            return false;
        file.flush();
        replacement.startWriteback();
    }
    return true;
}

} // namespace

class TestAtomicFileReplacement : public QObject {
    Q_OBJECT

private slots:
    void commitPutsTheNewFileInPlace();
    void keepsPermissionsAndSymbolicLinks();
    void abandonedWriteLeavesTheOldFile();
    void failedCommitLeavesTheOldFile_data();
    void failedCommitLeavesTheOldFile();
    void beginRefusesWhatCannotBeReplaced();
    void cannotCreateTheTemporaryFile();
    void twoReplacementsOfOneFileDoNotMeet();
};

void TestAtomicFileReplacement::commitPutsTheNewFileInPlace() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.sondo"));
    // The first save creates the file where none was.
    QVERIFY(replaceWith(path, "old content"));
    QCOMPARE(folderContent(dir), QStringList{QStringLiteral("studio.sondo")});

    AtomicFileReplacement replacement(path);
    QVERIFY(replacement.begin());
    QCOMPARE(replacement.problem(), AtomicFileReplacement::Problem::None);
    QCOMPARE(replacement.targetPath(), QFileInfo(path).absoluteFilePath());
    // Beside the target (one file system, so the rename is atomic), hidden, and empty.
    const QFileInfo temp(replacement.tempPath());
    QCOMPARE(temp.absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY(temp.fileName().startsWith(QLatin1Char('.')));
    QCOMPARE(temp.size(), 0);
    QCOMPARE(folderContent(dir), (QStringList{temp.fileName(), QStringLiteral("studio.sondo")}));

    QVERIFY(writeFile(replacement.tempPath(), "new content"));
    // Nothing changes at the target until commit().
    QCOMPARE(readFile(path), QByteArray("old content"));
    QVERIFY(replacement.commit());
    QCOMPARE(readFile(path), QByteArray("new content"));
    QCOMPARE(folderContent(dir), QStringList{QStringLiteral("studio.sondo")});
}

void TestAtomicFileReplacement::keepsPermissionsAndSymbolicLinks() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.sondo"));
    QVERIFY(writeFile(path, "old"));
    const auto permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));
    const QString link = dir.filePath(QStringLiteral("collegamento.sondo"));
    QVERIFY(QFile::link(path, link));

    AtomicFileReplacement replacement(link);
    QVERIFY(replacement.begin());
    QCOMPARE(replacement.targetPath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(writeFile(replacement.tempPath(), "new"));
    QVERIFY(replacement.commit());

    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(link), QByteArray("new"));
    QCOMPARE(readFile(path), QByteArray("new"));
    // Owner, group and other bits (the "user" bits only mirror the owner's for us).
    QCOMPARE((QFile::permissions(path) & 0x7077).toInt(), (permissions & 0x7077).toInt());
    QCOMPARE(folderContent(dir),
             (QStringList{QStringLiteral("collegamento.sondo"), QStringLiteral("studio.sondo")}));
}

void TestAtomicFileReplacement::abandonedWriteLeavesTheOldFile() {
    QByteArray old;
    for (int i = 0; i < 1000; ++i)
        old += QByteArray::number(i) + ";vecchio\n";
    // Destroyed before commit() (a failed or cancelled save), or discarded on purpose.
    for (const bool discard : {false, true}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.sondo"));
        QVERIFY(writeFile(path, old));
        auto replacement = std::make_unique<AtomicFileReplacement>(path);
        QVERIFY(replacement->begin());
        const QString temp = replacement->tempPath();
        QVERIFY(writeLargeContent(*replacement));
        QCOMPARE(QFileInfo(temp).size(), qint64(4 << 20));
        if (discard) {
            replacement->discard();
            QVERIFY(!QFileInfo::exists(temp));
            QVERIFY(replacement->tempPath().isEmpty());
        }
        replacement.reset();

        QCOMPARE(readFile(path), old);
        QCOMPARE(folderContent(dir), QStringList{QStringLiteral("studio.sondo")});
    }
}

void TestAtomicFileReplacement::failedCommitLeavesTheOldFile_data() {
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("oldContentAt");
    // The temporary file vanishes under it (another program, a clean-up): the sync fails.
    QTest::newRow("no sync") << int(AtomicFileReplacement::Problem::CannotSync)
                             << QStringLiteral("studio.sondo");
    // Root (as in CI) may rename over read-only files and into read-only folders, so a rename
    // that fails for anyone stands in: between begin() and commit() the file was moved into a
    // folder of its name, and a file cannot replace a folder that is not empty.
    QTest::newRow("no rename") << int(AtomicFileReplacement::Problem::CannotReplace)
                               << QStringLiteral("studio.sondo/inside");
}

void TestAtomicFileReplacement::failedCommitLeavesTheOldFile() {
    QFETCH(int, problem);
    QFETCH(QString, oldContentAt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.sondo"));
    QVERIFY(writeFile(path, "old content"));
    {
        AtomicFileReplacement replacement(path);
        QVERIFY(replacement.begin());
        QVERIFY(writeFile(replacement.tempPath(), "new content"));
        if (problem == int(AtomicFileReplacement::Problem::CannotSync)) {
            QVERIFY(QFile::remove(replacement.tempPath()));
        } else {
            const QString moved = dir.filePath(QStringLiteral("moved"));
            QVERIFY(QFile::rename(path, moved));
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("studio.sondo")));
            QVERIFY(QFile::rename(moved, dir.filePath(oldContentAt)));
        }
        QVERIFY(!replacement.commit());
        QCOMPARE(int(replacement.problem()), problem);
        QVERIFY2(!replacement.detail().isEmpty(), "the system's words are kept");
    }
    QCOMPARE(readFile(dir.filePath(oldContentAt)), QByteArray("old content"));
    QCOMPARE(folderContent(dir), QStringList{QStringLiteral("studio.sondo")});
}

void TestAtomicFileReplacement::beginRefusesWhatCannotBeReplaced() {
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("cartella")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("studi")), QByteArray()));

    AtomicFileReplacement folder(dir.filePath(QStringLiteral("cartella")));
    QVERIFY(!folder.begin());
    QCOMPARE(folder.problem(), AtomicFileReplacement::Problem::TargetIsFolder);
    QVERIFY(folder.tempPath().isEmpty());

    AtomicFileReplacement missing(dir.filePath(QStringLiteral("manca/studio.sondo")));
    QVERIFY(!missing.begin());
    QCOMPARE(missing.problem(), AtomicFileReplacement::Problem::NoFolder);
    QCOMPARE(missing.folder(), QFileInfo(dir.filePath(QStringLiteral("manca"))).absoluteFilePath());

    // A path through a regular file: a folder that cannot hold files, even for root.
    AtomicFileReplacement throughFile(dir.filePath(QStringLiteral("studi/studio.sondo")));
    QVERIFY(!throughFile.begin());
    QCOMPARE(throughFile.problem(), AtomicFileReplacement::Problem::NoFolder);

    QCOMPARE(folderContent(dir),
             (QStringList{QStringLiteral("cartella"), QStringLiteral("studi")}));
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("studi"))).size(), 0);
}

void TestAtomicFileReplacement::cannotCreateTheTemporaryFile() {
    // A folder where no file can be created, even by root: the kernel's /proc.
    if (!QFileInfo(QStringLiteral("/proc/self")).exists())
        QSKIP("needs Linux's /proc");
    AtomicFileReplacement replacement(QStringLiteral("/proc/studio.sondo"));
    QVERIFY(!replacement.begin());
    QCOMPARE(replacement.problem(), AtomicFileReplacement::Problem::CannotCreate);
    QCOMPARE(replacement.folder(), QStringLiteral("/proc"));
    QVERIFY2(!replacement.detail().isEmpty(), "the system's words are kept");
    QVERIFY(replacement.tempPath().isEmpty());
}

void TestAtomicFileReplacement::twoReplacementsOfOneFileDoNotMeet() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.sondo"));
    QVERIFY(writeFile(path, "old"));
    AtomicFileReplacement first(path);
    AtomicFileReplacement second(path);
    QVERIFY(first.begin());
    QVERIFY(second.begin());
    QVERIFY(first.tempPath() != second.tempPath());
    QVERIFY(writeFile(first.tempPath(), "first"));
    QVERIFY(writeFile(second.tempPath(), "second"));
    QVERIFY(second.commit());
    QVERIFY(first.commit());
    // The last one put in place wins, whole; neither leaves anything behind.
    QCOMPARE(readFile(path), QByteArray("first"));
    QCOMPARE(folderContent(dir), QStringList{QStringLiteral("studio.sondo")});
}

QTEST_GUILESS_MAIN(TestAtomicFileReplacement)
#include "tst_atomicfilereplacement.moc"
