#include "base/AtomicFileReplacement.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#else
#include <filesystem>
#endif

namespace sondo {

namespace {

/** Creates an empty file with a fresh name beside `target`, readable as the umask allows. */
QString createTempFile(const QString& target, QString* error) {
    const QFileInfo info(target);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString path = AtomicFileReplacement::sideFilePath(target, u"tmp");
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return path;
        *error = file.errorString();
        if (QFileInfo::exists(path))
            continue;
        break;
    }
    return QString();
}

/** Flushes a file (or folder) to the disk so that a crash after the rename finds it whole. */
bool syncToDisk(const QString& path, QString* error) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
#endif
    return true;
}

/** Replaces `target` by `source` in one step: readers see the old file or the new one. */
bool replaceFile(const QString& source, const QString& target, QString* error) {
#ifdef Q_OS_UNIX
    // QFile::rename refuses to overwrite; rename(2) replaces atomically.
    if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) !=
        0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#else
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(source.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return false;
    }
#endif
    return true;
}

} // namespace

AtomicFileReplacement::AtomicFileReplacement(const QString& path) {
    // Replacing a symbolic link would turn it into a plain file; replace what it points at.
    const QFileInfo given(path);
    m_target = given.isSymLink() ? given.symLinkTarget() : given.absoluteFilePath();
}

AtomicFileReplacement::~AtomicFileReplacement() {
    if (!m_committed)
        discard();
}

QString AtomicFileReplacement::folder() const {
    return QFileInfo(m_target).absolutePath();
}

bool AtomicFileReplacement::fail(Problem problem, const QString& detail) {
    m_problem = problem;
    m_detail = detail;
    return false;
}

bool AtomicFileReplacement::begin() {
    const QFileInfo info(m_target);
    if (info.isDir())
        return fail(Problem::TargetIsFolder);
    if (!info.dir().exists())
        return fail(Problem::NoFolder);
    QString error;
    m_temp = createTempFile(m_target, &error);
    if (m_temp.isEmpty())
        return fail(Problem::CannotCreate, error);
    return true;
}

void AtomicFileReplacement::startWriteback() {
    if (m_temp.isEmpty())
        return;
    if (!m_writeback.isOpen()) {
        m_writeback.setFileName(m_temp);
        m_writeback.open(QIODevice::ReadOnly); // a hint only: may fail harmlessly
    }
#ifdef Q_OS_LINUX
    if (m_writeback.isOpen())
        ::sync_file_range(m_writeback.handle(), 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}

bool AtomicFileReplacement::commit() {
    m_writeback.close();
    const QFileInfo info(m_target);
    QString error;
    if (!syncToDisk(m_temp, &error))
        return fail(Problem::CannotSync, error);
    if (info.exists())
        QFile::setPermissions(m_temp, QFile::permissions(m_target));
    if (!replaceFile(m_temp, m_target, &error))
        return fail(Problem::CannotReplace, error);
    m_committed = true;
    // The rename itself lives in the folder: sync it too, or a crash could forget it.
    syncToDisk(info.absolutePath(), &error);
    return true;
}

void AtomicFileReplacement::discard() {
    m_writeback.close();
    if (!m_temp.isEmpty() && !m_committed) {
        QFile::remove(m_temp);
        m_temp.clear();
    }
}

QString AtomicFileReplacement::sideFilePath(const QString& target, QStringView kind) {
    const QFileInfo info(target);
    return info.dir().filePath(
        QStringLiteral(".%1.%2.sondo-%3")
            .arg(info.fileName())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
            .arg(kind));
}

bool AtomicFileReplacement::isSideFileOf(const QString& name, const QString& targetName) {
    static const QRegularExpression shape(QStringLiteral("^\\.(.*)\\.[0-9a-f]{8}\\.sondo-[a-z]+$"));
    const QRegularExpressionMatch match = shape.match(name);
    return match.hasMatch() && match.captured(1) == targetName;
}

} // namespace sondo
