#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace sondo {

/**
 * The one-step backup a fresh import keeps of the project it replaces: `NAME.sondo.bak`, which
 * replaces an older one. The old project is staged first under a hidden name beside it (a hard
 * link, so a project of any size costs nothing; a copy where the file system has no hard links);
 * only once the new project is in place does the staged file become the backup. A failed import
 * therefore leaves both the project and the older backup as they were, and a destroyed
 * ProjectBackup that was not kept removes what it staged.
 *
 * Call it while holding the project's ProjectLock: a killed import's staged file is removed by
 * the next writer (ProjectLock::removeStaleTempFiles()).
 */
class ProjectBackup {
    Q_DECLARE_TR_FUNCTIONS(sondo)

public:
    /** Where the backup of the project at `projectPath` goes: `NAME.sondo.bak` beside it. */
    static QString backupPath(const QString& projectPath);

    /** Stages the project at `projectPath` (which must exist) for its backup. */
    static Result<std::unique_ptr<ProjectBackup>> stage(const QString& projectPath);

    ~ProjectBackup();
    ProjectBackup(const ProjectBackup&) = delete;
    ProjectBackup& operator=(const ProjectBackup&) = delete;

    /** Makes the staged file the backup, replacing an older one; returns backupPath(). */
    Result<QString> keep();

private:
    ProjectBackup(const QString& projectPath, const QString& staged);

    QString m_projectPath;
    QString m_staged;
    bool m_kept = false;
};

} // namespace sondo
