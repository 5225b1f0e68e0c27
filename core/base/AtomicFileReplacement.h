#pragma once

#include <QFile>
#include <QString>
#include <QStringView>

namespace sondo {

/**
 * Replaces a file in one step, so that a reader, or the file system after a crash, finds either
 * the old file or the whole new one, never a half-written one.
 *
 * begin() creates an empty temporary file beside the target (in the same folder, so the rename
 * stays within one file system); the caller writes the new content into tempPath() and closes
 * it; commit() syncs it to disk, gives it the old file's permissions and renames it over the
 * target, then syncs the folder so that the rename itself is not forgotten. Until commit() has
 * renamed it the target is untouched, and an instance destroyed before (a failed or cancelled
 * save) removes its temporary file. A symbolic link keeps pointing at the file it names, which
 * is what gets replaced.
 *
 * A failure is told as a Problem and the system's own words (detail()), not as a message, so
 * that each caller says what it was saving. Every call must come from the same thread.
 *
 * A process that installs removeTemporaryFilesOnTermination() also loses the temporary files of
 * the live instances when it gets SIGTERM or SIGINT (a killed -9 process cannot: the next run
 * removes what it left, see isSideFileOf()).
 */
class AtomicFileReplacement {
public:
    /** Why begin() or commit() failed. */
    enum class Problem {
        None,
        TargetIsFolder, ///< the path names a folder
        NoFolder,       ///< the folder that would hold the file does not exist (see folder())
        CannotCreate,   ///< no temporary file could be made in folder(); detail() says why
        CannotSync,     ///< the temporary file could not be flushed to disk; detail() says why
        CannotReplace,  ///< the rename over the target failed; detail() says why
    };

    /** Prepares to replace `path` (or the file it links to); nothing is touched yet. */
    explicit AtomicFileReplacement(const QString& path);
    /** Removes the temporary file unless commit() put it in place. */
    ~AtomicFileReplacement();
    AtomicFileReplacement(const AtomicFileReplacement&) = delete;
    AtomicFileReplacement& operator=(const AtomicFileReplacement&) = delete;

    /** Checks where the file goes and creates the empty temporary file; false with problem(). */
    bool begin();
    /** The file to write the new content into; empty until begin() succeeded. */
    const QString& tempPath() const { return m_temp; }
    /** The file replaced in the end: the path given, or the file its symbolic link names. */
    const QString& targetPath() const { return m_target; }
    /** The folder that holds the target, as an absolute path. */
    QString folder() const;

    /**
     * Asks the system to start writing the temporary file's pages to disk now, without waiting
     * for them, so that the sync in commit() has little left to do. Call it after each large
     * write. A hint only: nothing is lost where it is not available.
     */
    void startWriteback();

    /**
     * Syncs the temporary file, gives it the target's permissions (when there is a target) and
     * renames it over the target. The temporary file must be closed by whoever wrote it. On
     * false (see problem()) the target is as it was and the temporary file goes with this
     * object.
     */
    bool commit();
    /** Removes the temporary file now instead of at destruction; the target stays as it was. */
    void discard();

    /**
     * A fresh hidden name in the folder of `target` for a file that stands in for it while it is
     * replaced: `.NAME.XXXXXXXX.sondo-KIND` (eight hex digits at random). The temporary file is
     * of kind "tmp"; other steps that stage a file beside a project use their own kind.
     */
    static QString sideFilePath(const QString& target, QStringView kind);
    /**
     * True when `name` (a file name, no folder) is one that sideFilePath() gives for a target
     * named `targetName`, of any kind: what a killed process may leave behind.
     */
    static bool isSideFileOf(const QString& name, const QString& targetName);

    /**
     * Makes SIGTERM and SIGINT remove the temporary files of every live instance (and the
     * -journal, -wal and -shm files a database writer keeps beside one), then end the process
     * by the same signal, so that its exit status still says it was terminated. For a program's
     * main(), before any instance begins; a signal the process ignores stays ignored. Unix only
     * (elsewhere it does nothing).
     */
    static void removeTemporaryFilesOnTermination();

    Problem problem() const { return m_problem; }
    /** The system's description of the last problem, if it gave one. */
    const QString& detail() const { return m_detail; }

private:
    bool fail(Problem problem, const QString& detail = QString());

    QString m_target;
    QString m_temp;
    int m_registered = -1; ///< slot of m_temp in the table the signal handler cleans, or -1
    QFile m_writeback;     ///< the temporary file, opened once for startWriteback()
    bool m_committed = false;
    Problem m_problem = Problem::None;
    QString m_detail;
};

} // namespace sondo
