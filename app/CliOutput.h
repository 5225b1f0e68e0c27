#pragma once

#include "base/Diagnostic.h"

#include <QTextStream>

namespace sondo {

/** Exit codes of the command line: part of the contract scripts rely on. */
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitBadInput = 2 };

/** Where a sub-command writes: results to stdout, diagnostics to stderr as "sondo: …". */
class CliOutput {
public:
    CliOutput();
    QTextStream& out() { return m_out; }
    /** Prints "sondo: message" and returns ExitUsage. */
    int usageError(const QString& message);
    /** Prints "sondo: FILE:LINE:COL: message" and returns ExitBadInput. */
    int inputError(const Diagnostic& error);
    /** Prints "sondo: message" on stderr: something done that the user should know of. */
    void note(const QString& message);
    void warning(const Diagnostic& warning);
    void warnings(const QList<Diagnostic>& warnings);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sondo
