#pragma once

#include <QString>
#include <QtGlobal>

namespace sondo {

/**
 * Which workbook cells are dates: a cell holds a number, and only its number format (through
 * xl/styles.xml) says that the number is a date serial. Internal to import/.
 */
class XlsxDateFormat {
public:
    /** The date-relevant view of a number format. */
    enum class Kind : quint8 { None, Date, DateTime, Time, Elapsed };

    /** Kind of a built-in number format id (14–22, 45–47 are dates and times). */
    static Kind builtin(int numFmtId);
    /**
     * Classifies a custom format code by the date/time letters in its first section, ignoring
     * quoted literals, bracketed parts (colours, locales, conditions), escaped characters and the
     * padding pairs _x / *x. "m" alone is a month, next to h or s it is minutes.
     */
    static Kind custom(const QString& code);
    /**
     * Writes a date serial number as ISO text ("yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "HH:mm:ss").
     * 1900 system: serial 1 is 1900-01-01 and Excel keeps Lotus 1-2-3's phantom 1900-02-29 as
     * serial 60, so serials from 61 on are one day ahead of a plain count. 1904 system: serial 0
     * is 1904-01-01. Returns the length written, 0 when the serial is no date.
     */
    static int writeSerial(double serial, Kind kind, bool date1904, char* out, int size);
};

} // namespace sondo
