#include "import/sources/StatTemporal.h"

#include "base/NumberText.h"

#include <QDate>
#include <cmath>
#include <cstdio>

namespace sondo {

Temporal StatTemporal::of(const QByteArray& format, bool stata) {
    const QByteArray f = format.toUpper();
    if (stata) {
        if (f.startsWith("%TD") || f.startsWith("%D"))
            return Temporal::Date;
        if (f.startsWith("%TC"))
            return Temporal::DateTime;
        return Temporal::None;
    }
    for (const char* prefix : {"DATETIME", "YMDHMS", "MTIME"})
        if (f.startsWith(prefix))
            return prefix[0] == 'M' ? Temporal::Time : Temporal::DateTime;
    for (const char* prefix : {"DATE", "ADATE", "EDATE", "SDATE", "JDATE", "MOYR", "QYR", "WKYR"})
        if (f.startsWith(prefix))
            return Temporal::Date;
    if (f.startsWith("TIME") || f.startsWith("DTIME"))
        return Temporal::Time;
    return Temporal::None;
}

QByteArray StatTemporal::text(double value, Temporal kind, bool stata) {
    if (!std::isfinite(value))
        return numberText(value);
    qint64 seconds = 0;
    QDate epoch;
    // Seconds from the epoch, as a double first: a damaged file's 9e18 days would overflow
    // qint64. Past about 30 million years from the epoch the value is shown as the number it is.
    double exactSeconds = 0;
    if (stata) {
        epoch = QDate(1960, 1, 1);
        exactSeconds =
            kind == Temporal::Date ? std::round(value) * 86400.0 : std::round(value / 1000.0);
    } else {
        epoch = QDate(1582, 10, 14);
        exactSeconds = std::round(value);
    }
    constexpr double kMaxSeconds = 1e15;
    if (std::fabs(exactSeconds) > kMaxSeconds)
        return numberText(value);
    seconds = qint64(exactSeconds);
    char buffer[64];
    if (kind == Temporal::Time) {
        const qint64 magnitude = seconds < 0 ? -seconds : seconds;
        const int n =
            std::snprintf(buffer, sizeof buffer, "%s%02lld:%02d:%02d", seconds < 0 ? "-" : "",
                          magnitude / 3600, int(magnitude / 60 % 60), int(magnitude % 60));
        return QByteArray(buffer, n);
    }
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const QDate date = epoch.addDays(days);
    if (!date.isValid())
        return numberText(value);
    const int n = kind == Temporal::Date
                      ? std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year(),
                                      date.month(), date.day())
                      : std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d",
                                      date.year(), date.month(), date.day(), int(rest / 3600),
                                      int(rest / 60 % 60), int(rest % 60));
    return QByteArray(buffer, n);
}

} // namespace sondo
