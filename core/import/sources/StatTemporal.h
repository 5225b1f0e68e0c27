#pragma once

#include <QByteArray>

namespace sondo {

/** How a numeric variable's display format says to show its values. */
enum class Temporal : quint8 { None, Date, DateTime, Time };

/** Dates and times of SPSS and Stata files, as the cell text an export would hold. */
class StatTemporal {
public:
    /**
     * SPSS keeps dates as seconds since 1582-10-14 with a date display format (DATE11, ADATE10,
     * DATETIME20, …); Stata as days (%td) or milliseconds (%tc) since 1960-01-01.
     */
    static Temporal of(const QByteArray& format, bool stata);
    /**
     * `value` as "YYYY-MM-DD", "YYYY-MM-DD hh:mm:ss" or "hh:mm:ss" for `kind`; a value too far from
     * the epoch to be a date (a damaged file) is shown as the number it is.
     */
    static QByteArray text(double value, Temporal kind, bool stata);
};

} // namespace sondo
