#include "base/AtomicFileReplacement.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <atomic>
#include <cstring>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#else
#include <filesystem>
#endif

namespace sondo {

namespace {

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

// The temporary files a SIGTERM or SIGINT must remove. This process-wide table is the one
// exception to "no global state": a signal handler gets no argument, so what it cleans can only
// be found in static storage, and it may only touch lock-free atomics and plain bytes there (no
// QString, no allocation, no lock). Each slot is a seqlock: its writer makes `sequence` odd,
// fills `path`, makes it even again; the handler copies the path and uses it only if the
// sequence was the same even, non-zero value before and after. A stale path is harmless: by
// then the file was renamed or removed and unlink() finds nothing.
struct TempFileSlot {
    std::atomic<unsigned> sequence{0}; ///< odd while written; 0 free; even > 0 holds a path
    std::atomic<bool> taken{false};
    char path[4096];
};
constexpr int kTempFileSlots = 32; // a process replaces a file or two at a time, not 32
TempFileSlot g_tempFiles[kTempFileSlots];
static_assert(std::atomic<unsigned>::is_always_lock_free && std::atomic<bool>::is_always_lock_free,
              "the signal handler may only use lock-free atomics");

/** Puts `path` in a free slot; -1 when the table is full or the path too long (not cleaned). */
int registerTempFile(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    if (native.size() >= qsizetype(sizeof TempFileSlot::path))
        return -1;
    for (int i = 0; i < kTempFileSlots; ++i) {
        TempFileSlot& slot = g_tempFiles[i];
        bool expected = false;
        if (!slot.taken.compare_exchange_strong(expected, true))
            continue;
        const unsigned sequence = slot.sequence.load(std::memory_order_relaxed);
        slot.sequence.store(sequence | 1u, std::memory_order_release);
        std::atomic_signal_fence(std::memory_order_seq_cst);
        std::memcpy(slot.path, native.constData(), size_t(native.size()) + 1);
        std::atomic_signal_fence(std::memory_order_seq_cst);
        slot.sequence.store((sequence | 1u) + 1u, std::memory_order_release);
        return i;
    }
    return -1;
}

void unregisterTempFile(int index) {
    if (index < 0)
        return;
    TempFileSlot& slot = g_tempFiles[index];
    const unsigned sequence = slot.sequence.load(std::memory_order_relaxed);
    slot.sequence.store(sequence | 1u, std::memory_order_release); // odd: the handler skips it
    slot.taken.store(false, std::memory_order_release);
}

/**
 * Creates an empty file with a fresh name beside `target`, readable as the umask allows, and
 * puts its name in the signal handler's table *before* it exists (in `*registered`): a SIGTERM
 * arriving just after the file appears must find it to remove, as one between the name's
 * registration and the file's creation finds nothing to remove, harmlessly.
 */
QString createTempFile(const QString& target, QString* error, int* registered) {
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString path = AtomicFileReplacement::sideFilePath(target, u"tmp");
        // Another writer's file of that name is never registered here (nor removed on a signal).
        if (QFileInfo::exists(path))
            continue;
        const int slot = registerTempFile(path);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            *registered = slot;
            return path;
        }
        unregisterTempFile(slot);
        *error = file.errorString();
        if (QFileInfo::exists(path))
            continue;
        break;
    }
    return QString();
}

#ifdef Q_OS_UNIX
/** Removes `path` and the side files of a database kept in it; async-signal-safe. */
void unlinkWithSideFiles(const char* path) {
    ::unlink(path);
    char side[sizeof TempFileSlot::path + 8];
    const size_t length = std::strlen(path);
    for (const char* suffix : {"-journal", "-wal", "-shm"}) {
        std::memcpy(side, path, length);
        std::memcpy(side + length, suffix, std::strlen(suffix) + 1);
        ::unlink(side);
    }
}

extern "C" void removeTempFilesAndDie(int signal) {
    for (TempFileSlot& slot : g_tempFiles) {
        const unsigned before = slot.sequence.load(std::memory_order_acquire);
        if (before == 0 || (before & 1u) != 0)
            continue;
        char path[sizeof TempFileSlot::path];
        std::memcpy(path, slot.path, sizeof path);
        path[sizeof path - 1] = '\0';
        std::atomic_signal_fence(std::memory_order_seq_cst);
        if (slot.sequence.load(std::memory_order_acquire) == before)
            unlinkWithSideFiles(path);
    }
    // Die of the same signal: the exit status then tells the parent the process was terminated.
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}
#endif

} // namespace

void AtomicFileReplacement::removeTemporaryFilesOnTermination() {
#ifdef Q_OS_UNIX
    for (int signal : {SIGTERM, SIGINT}) {
        struct sigaction current = {};
        if (::sigaction(signal, nullptr, &current) != 0 || current.sa_handler == SIG_IGN)
            continue; // nohup and background shells ignore signals on purpose
        struct sigaction action = {};
        action.sa_handler = removeTempFilesAndDie;
        sigemptyset(&action.sa_mask);
        sigaddset(&action.sa_mask, SIGTERM);
        sigaddset(&action.sa_mask, SIGINT);
        ::sigaction(signal, &action, nullptr);
    }
#endif
}

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
    m_temp = createTempFile(m_target, &error, &m_registered);
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
    unregisterTempFile(m_registered);
    m_registered = -1;
    // The rename itself lives in the folder: sync it too, or a crash could forget it.
    syncToDisk(info.absolutePath(), &error);
    return true;
}

void AtomicFileReplacement::discard() {
    m_writeback.close();
    if (!m_temp.isEmpty() && !m_committed) {
        QFile::remove(m_temp);
        m_temp.clear();
        unregisterTempFile(m_registered);
        m_registered = -1;
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
