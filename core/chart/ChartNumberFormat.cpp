#include "chart/ChartNumberFormat.h"

#include <cmath>

namespace sondo {

bool ChartNumberFormat::isWhole(double v) {
    return std::isfinite(v) && std::abs(v - std::round(v)) < 1e-9;
}

QString ChartNumberFormat::count(double count, const QLocale& locale) {
    return isWhole(count) ? locale.toString(qint64(std::llround(count)))
                          : locale.toString(count, 'f', 1);
}

namespace {

/** `locale` without thousands separators for a value below 10,000 (years: 1987). */
QLocale plainFor(double value, const QLocale& locale) {
    QLocale plain = locale;
    if (std::abs(value) < 10000)
        plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return plain;
}

} // namespace

QString ChartNumberFormat::fixed(double value, int decimals, const QLocale& locale) {
    return plainFor(value, locale).toString(value, 'f', decimals);
}

QString ChartNumberFormat::number(double value, const QLocale& locale) {
    // Below 10,000 no thousands separator: years (1987, not "1.987") and small amounts read
    // as written, as both Italian and English style allow for four digits.
    const QLocale plain = plainFor(value, locale);
    if (isWhole(value))
        return plain.toString(qint64(std::llround(value)));
    const double magnitude = std::abs(value);
    QString text = plain.toString(value, 'f', magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
    // "0,60" reads as more precise than it is: drop trailing zeros after the decimal point.
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

} // namespace sondo
