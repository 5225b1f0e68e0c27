#include "CliOutput.h"

#include "CliText.h"

#include <cstdio>

namespace sondo {

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr) {
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliOutput::usageError(const QString& message) {
    m_err << "sondo: " << message << Qt::endl;
    return ExitUsage;
}

int CliOutput::inputError(const Diagnostic& error) {
    m_err << "sondo: " << error.toString() << Qt::endl;
    return ExitBadInput;
}

void CliOutput::note(const QString& message) {
    m_err << "sondo: " << message << Qt::endl;
}

void CliOutput::warning(const Diagnostic& warning) {
    m_err << "sondo: " << CliText::tr("warning: ") << warning.toString() << Qt::endl;
}

void CliOutput::warnings(const QList<Diagnostic>& list) {
    for (const Diagnostic& w : list)
        warning(w);
}

} // namespace sondo
