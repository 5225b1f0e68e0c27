#include "project/ProjectLock.h"

#include "base/AtomicFileReplacement.h"
#include "project/ProjectTarget.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace sondo {

ProjectLock::ProjectLock(const QString& replaced, std::unique_ptr<QLockFile> file)
    : m_replaced(replaced)
    , m_file(std::move(file)) {
}

ProjectLock::~ProjectLock() {
    m_file->unlock();
}

QString ProjectLock::lockPath(const QString& projectPath) {
    return ProjectTarget::replacedFile(projectPath) + QStringLiteral(".lock");
}

Result<std::unique_ptr<ProjectLock>> ProjectLock::acquire(const QString& projectPath,
                                                          std::chrono::milliseconds wait) {
    using Acquired = Result<std::unique_ptr<ProjectLock>>;
    const QString replaced = ProjectTarget::replacedFile(projectPath);
    auto file = std::make_unique<QLockFile>(replaced + QStringLiteral(".lock"));
    // Never stale by age: only a holder that is gone gives the lock up.
    file->setStaleLockTime(0);
    if (file->tryLock(wait))
        return Acquired(std::unique_ptr<ProjectLock>(new ProjectLock(replaced, std::move(file))));

    auto fail = [&](const QString& message) {
        return Acquired::failure(Diagnostic{projectPath, 0, 0, message});
    };
    const QString folder = QDir::toNativeSeparators(QFileInfo(replaced).absolutePath());
    switch (file->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString program;
        if (file->getLockInfo(&pid, &host, &program))
            return fail(tr("project in use by %1 (pid %2 on %3)")
                            .arg(program.isEmpty() ? tr("another program") : program)
                            .arg(pid)
                            .arg(host));
        return fail(tr("project in use by another program (see %1)")
                        .arg(QDir::toNativeSeparators(file->fileName())));
    }
    case QLockFile::PermissionError:
        return fail(tr("cannot save the project: cannot create a file in %1: permission denied")
                        .arg(folder));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    if (!QFileInfo(QFileInfo(replaced).absolutePath()).isDir())
        return fail(tr("cannot save the project: the folder %1 does not exist").arg(folder));
    return fail(tr("cannot save the project: cannot create its lock file %1")
                    .arg(QDir::toNativeSeparators(file->fileName())));
}

QStringList ProjectLock::removeStaleTempFiles() const {
    const QFileInfo project(m_replaced);
    QDir folder = project.absoluteDir();
    QStringList removed;
    const QStringList names =
        folder.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QString& name : names)
        if (AtomicFileReplacement::isSideFileOf(name, project.fileName()) && folder.remove(name))
            removed.append(name);
    return removed;
}

} // namespace sondo
