#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sondo {

/**
 * One cell of the CSV ResponseExporter writes: quoted as RFC 4180 says and formula-safe as OWASP
 * advises against CSV injection. Internal to export/.
 */
class CsvCell {
public:
    /**
     * A number as spreadsheets read one, in either decimal convention: a sign, digits with "." or
     * "," among them, an exponent, a percent sign. Whatever its sign, it calls no function.
     */
    static bool isNumber(QByteArrayView utf8);

    /**
     * A cell Excel, LibreOffice or Google Sheets would run as a formula when the file is opened
     * ("=HYPERLINK(…)", "@SUM(1)", "+SUM(1,2)", "=cmd|' /C calc'!A0"): it starts with "=", "+",
     * "-", "@", a tab or a carriage return and is not a number ("-3", "-2,5" stay numbers). A
     * lone "-" or "+" (a dash for "nothing to say") has nothing to compute and stays as it is.
     */
    static bool startsFormula(QByteArrayView utf8);

    /**
     * Appends `utf8` to `line`, quoted when it holds the delimiter, a quote or a line break. A
     * cell that would start a formula gets a leading "'" inside its quotes: spreadsheets then
     * show it as the text it is.
     */
    static void append(QByteArray& line, const QByteArray& utf8);
};

} // namespace sondo
