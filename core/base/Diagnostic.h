#pragma once

#include <QList>
#include <QString>

namespace sondo {

/**
 * A message about an input, located as precisely as the source allows. Line and column are
 * 1-based; 0 means unknown. Errors and warnings are both Diagnostics.
 */
struct Diagnostic {
    QString file;
    qint64 line = 0;
    int column = 0;
    QString message;

    /** "FILE:LINE:COL: message", leaving out the parts that are unknown. */
    QString toString() const;
};

} // namespace sondo
