#include "import/sources/XlsxDateFormat.h"

#include <QDate>

#include <cmath>
#include <cstdio>

namespace sondo {

XlsxDateFormat::Kind XlsxDateFormat::builtin(int numFmtId) {
    if (numFmtId >= 14 && numFmtId <= 17)
        return Kind::Date;
    if (numFmtId >= 18 && numFmtId <= 21)
        return Kind::Time;
    if (numFmtId == 22)
        return Kind::DateTime;
    if (numFmtId == 45 || numFmtId == 47)
        return Kind::Time;
    if (numFmtId == 46)
        return Kind::Elapsed;
    return Kind::None;
}

XlsxDateFormat::Kind XlsxDateFormat::custom(const QString& code) {
    bool d = false, m = false, y = false, h = false, s = false, elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (c == QLatin1Char(';'))
            break;
        if (c == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inner = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1).toLower();
            if (!inner.isEmpty() &&
                (inner[0] == QLatin1Char('h') || inner[0] == QLatin1Char('m') ||
                 inner[0] == QLatin1Char('s')) &&
                inner.count(inner[0]) == inner.size())
                elapsed = true;
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('d')) {
            d = true;
        } else if (c == QLatin1Char('m')) {
            m = true;
        } else if (c == QLatin1Char('y')) {
            y = true;
        } else if (c == QLatin1Char('h')) {
            h = true;
        } else if (c == QLatin1Char('s')) {
            s = true;
        }
    }
    const bool date = d || y || (m && !h && !s && !elapsed);
    const bool time = h || s || elapsed;
    if (date && time)
        return Kind::DateTime;
    if (date)
        return Kind::Date;
    if (elapsed)
        return Kind::Elapsed;
    if (time)
        return Kind::Time;
    return Kind::None;
}

int XlsxDateFormat::writeSerial(double serial, Kind kind, bool date1904, char* out, int size) {
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0) // past 9999-12-31
        return 0;
    const auto totalSeconds = qint64(std::llround(serial * 86400.0));
    const qint64 days = totalSeconds / 86400;
    const int secondOfDay = int(totalSeconds % 86400);
    const int hh = secondOfDay / 3600, mi = secondOfDay / 60 % 60, ss = secondOfDay % 60;
    if (kind == Kind::Elapsed)
        return std::snprintf(out, size_t(size), "%02lld:%02d:%02d", totalSeconds / 3600,
                             int(totalSeconds / 60 % 60), int(totalSeconds % 60));
    if (kind == Kind::Time)
        return std::snprintf(out, size_t(size), "%02d:%02d:%02d", hh, mi, ss);
    int year = 1900, month = 2, day = 29;
    if (date1904 || days != 60) {
        const QDate date = date1904    ? QDate(1904, 1, 1).addDays(days)
                           : days < 60 ? QDate(1899, 12, 31).addDays(days)
                                       : QDate(1899, 12, 30).addDays(days);
        year = date.year();
        month = date.month();
        day = date.day();
    }
    if (kind == Kind::Date)
        return std::snprintf(out, size_t(size), "%04d-%02d-%02d", year, month, day);
    return std::snprintf(out, size_t(size), "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hh,
                         mi, ss);
}

} // namespace sondo
