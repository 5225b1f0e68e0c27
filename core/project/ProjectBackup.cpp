#include "project/ProjectBackup.h"

#include "base/AtomicFileReplacement.h"
#include "project/ProjectTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace sondo {

namespace {

/** A fresh hidden name beside `file`, which ProjectLock::removeStaleTempFiles() knows. */
QString stagingName(const QFileInfo& file) {
    return AtomicFileReplacement::sideFilePath(file.filePath(), u"bak");
}

/** Renames `source` over `target` in one step (QFile::rename refuses to replace a file). */
bool replaceFile(const QString& source, const QString& target, QString* error) {
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#else
    QFile::remove(target);
    QFile file(source);
    if (file.rename(target))
        return true;
    *error = file.errorString();
    return false;
#endif
}

} // namespace

QString ProjectBackup::backupPath(const QString& projectPath) {
    // Beside the file replaced: for a symbolic link, the file it points to.
    const QFileInfo given(projectPath);
    return (given.isSymLink() ? ProjectTarget::replacedFile(projectPath) : projectPath) +
           QStringLiteral(".bak");
}

ProjectBackup::ProjectBackup(const QString& projectPath, const QString& staged)
    : m_projectPath(projectPath)
    , m_staged(staged) {
}

ProjectBackup::~ProjectBackup() {
    if (!m_kept)
        QFile::remove(m_staged);
}

Result<std::unique_ptr<ProjectBackup>> ProjectBackup::stage(const QString& projectPath) {
    using Staged = Result<std::unique_ptr<ProjectBackup>>;
    const QFileInfo project(ProjectTarget::replacedFile(projectPath));
    QString error;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString staged = stagingName(project);
#ifdef Q_OS_UNIX
        // A second name for the same bytes: the new project is written to another file and
        // renamed over the old name, so the old file lives on under this one, untouched.
        if (::link(QFile::encodeName(project.absoluteFilePath()).constData(),
                   QFile::encodeName(staged).constData()) == 0)
            return Staged(std::unique_ptr<ProjectBackup>(new ProjectBackup(projectPath, staged)));
        if (errno == EEXIST)
            continue;
#endif
        // No hard links here (FAT, some network shares): a copy does the same, slower.
        QFile source(project.absoluteFilePath());
        if (source.copy(staged))
            return Staged(std::unique_ptr<ProjectBackup>(new ProjectBackup(projectPath, staged)));
        error = source.errorString();
        if (!QFileInfo::exists(staged))
            break;
    }
    return Staged::failure(
        Diagnostic{projectPath, 0, 0,
                   tr("cannot keep a backup of the project as %1: %2")
                       .arg(QDir::toNativeSeparators(backupPath(projectPath)), error)});
}

Result<QString> ProjectBackup::keep() {
    const QString target = backupPath(m_projectPath);
    QString error;
    if (!replaceFile(m_staged, target, &error))
        return Result<QString>::failure(
            Diagnostic{m_projectPath, 0, 0,
                       tr("the previous project could not be kept as %1: %2")
                           .arg(QDir::toNativeSeparators(target), error)});
    m_kept = true;
    return target;
}

} // namespace sondo
