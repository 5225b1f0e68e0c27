#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <chrono>
#include <memory>

class QLockFile;

namespace sondo {

/**
 * The lock every write of a project holds (import, update, save, saved state), so that two
 * writers never build the same project at once, which would lose one's import without a word:
 * a QLockFile `NAME.sondo.lock` beside the project, naming the program, process id and host
 * that hold it. A second writer waits briefly, then fails with "project in use by sondo (pid
 * 1234 on host)". A lock left by a process that is gone (killed, crashed) is taken over at once:
 * QLockFile sees that its process id no longer runs that program on this host. Its age is never
 * a reason, since an import of a large file may well hold it for minutes. Readers never take it.
 *
 * For a symbolic link the lock sits beside the file it points to (ProjectTarget::replacedFile),
 * so two names of one project share one lock.
 */
class ProjectLock {
    Q_DECLARE_TR_FUNCTIONS(sondo)

public:
    /** How long an import, update or save waits for another writer to finish. */
    static constexpr std::chrono::milliseconds WriteWait{3000};
    /**
     * How long saving the analysis state waits: the window saves often and must not freeze
     * behind an import; a save that fails says so and the next one tries again.
     */
    static constexpr std::chrono::milliseconds StateWait{1000};

    /**
     * Takes the lock of the project at `projectPath`, waiting up to `wait` for another writer.
     * The error says who holds it, or why the lock file cannot be made.
     */
    static Result<std::unique_ptr<ProjectLock>> acquire(const QString& projectPath,
                                                        std::chrono::milliseconds wait);
    /** The lock file of the project at `projectPath`: `NAME.sondo.lock` beside it. */
    static QString lockPath(const QString& projectPath);

    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /**
     * Removes what a killed writer of this project left beside it: the hidden temporary files
     * ProjectStore builds a project in (`.NAME.sondo.XXXXXXXX.sondo-tmp`, eight lowercase hex
     * digits) and ProjectBackup's staged backups (`.NAME.sondo.XXXXXXXX.sondo-bak`). Only names
     * of exactly that pattern; a member of the lock because only its holder knows that no live
     * writer is using them. Returns the names removed.
     */
    QStringList removeStaleTempFiles() const;

private:
    ProjectLock(const QString& replaced, std::unique_ptr<QLockFile> file);

    QString m_replaced; ///< the project file itself (a symbolic link resolved)
    std::unique_ptr<QLockFile> m_file;
};

} // namespace sondo
