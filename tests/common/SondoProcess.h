#pragma once

// Runs the built `sondo` executable as a script would, for the end-to-end suites of the command
// line. SONDO_EXECUTABLE is set by tests/CMakeLists.txt.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QtGlobal>

namespace sondo::test {

/** What one run of `sondo` gave back. */
struct SondoRun {
    int exitCode = -1; ///< -1 when the process crashed
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline SondoRun
runSondo(const QStringList& arguments,
         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SONDO_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        qFatal("sondo did not finish: %s", qPrintable(arguments.join(u' ')));
    SondoRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace sondo::test
