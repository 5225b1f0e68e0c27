#pragma once

// Shared by the libFuzzer harnesses of tests/fuzz (built only with -DSONDO_FUZZ=ON, see
// scripts/fuzz.sh): a Qt application object for the run, and the input written to a file for the
// readers that take a path.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/**
 * UndefinedBehaviorSanitizer's defaults for every harness: the first report ends the run like a
 * crash (libFuzzer keeps the input), except the findings listed in known-issues.supp, which are
 * routed to their owners and would otherwise stop every run of the harness at once.
 */
extern "C" const char* __ubsan_default_options() {
    return "halt_on_error=1:print_stacktrace=1:"
           "suppressions=" SONDO_SOURCE_DIR "/tests/fuzz/known-issues.supp";
}

namespace sondo::fuzz {

/**
 * One QCoreApplication for the whole run: Qt's SQL driver plugins and QCoreApplication::translate()
 * want one. It gets a fixed argv: libFuzzer's flags are none of Qt's business.
 */
inline void startQt() {
    static int argc = 1;
    static char name[] = "sondo-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

/**
 * A file holding the current input, for readers that take a path. It lives in memory
 * (/dev/shm, or $SONDO_FUZZ_TMP when set) so that millions of runs do not wear the disk, under a
 * name of this process so that harnesses running side by side never share it.
 */
class InputFile {
public:
    explicit InputFile(const QString& fileName) {
        QString dir = qEnvironmentVariable("SONDO_FUZZ_TMP");
        if (dir.isEmpty())
            dir = QStringLiteral("/dev/shm/sondo-fuzz-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(dir);
        m_path = dir + QLatin1Char('/') + fileName;
    }
    ~InputFile() { QFile::remove(m_path); }
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    /** Replaces the file's content with `size` bytes at `data`; returns its path. */
    const QString& write(const std::uint8_t* data, std::size_t size) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            qFatal("cannot write the fuzz input to %s", qPrintable(m_path));
        return m_path;
    }

    const QString& path() const { return m_path; }

private:
    QString m_path;
};

/**
 * Stops the run as a crash when a promise of the code under test is broken (libFuzzer then saves
 * the input): a harness checks more than "does not crash".
 */
[[noreturn]] inline void broken(const char* promise, const QString& detail = {}) {
    std::fprintf(stderr, "sondo-fuzz: broken promise: %s\n%s\n", promise,
                 qPrintable(detail.left(2000)));
    std::abort();
}

} // namespace sondo::fuzz
