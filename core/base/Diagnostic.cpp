#include "base/Diagnostic.h"

namespace sondo {

QString Diagnostic::toString() const {
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    } else if (!place.isEmpty()) {
        where += where.isEmpty() ? place : QLatin1Char(':') + place;
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace sondo
