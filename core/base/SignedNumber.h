#pragma once

#include <QChar>
#include <QLocale>
#include <QString>

#include <cmath>

namespace sondo {

/**
 * A difference or score rounded to a whole number with its sign written out, as print does:
 * "+12", "−8" (U+2212, a typographic minus), "0". Net Promoter Scores and nets in points.
 */
inline QString signedWholeNumber(double value, const QLocale& locale) {
    const long long rounded = std::llround(value);
    const QString digits = locale.toString(qlonglong(std::llabs(rounded)));
    return rounded > 0 ? u'+' + digits : rounded < 0 ? QChar(0x2212) + digits : digits;
}

} // namespace sondo
