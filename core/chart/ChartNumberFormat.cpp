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

QString ChartNumberFormat::number(double value, const QLocale& locale) {
    if (isWhole(value))
        return locale.toString(qint64(std::llround(value)));
    const double magnitude = std::abs(value);
    QString text = locale.toString(value, 'f', magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
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
