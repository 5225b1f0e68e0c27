#include "base/NumberText.h"

#include <charconv>
#include <cmath>

namespace sondo {

int writeNumberText(double value, char* buffer, int size) {
    if (value == 0)
        value = 0; // no "-0"
    const double magnitude = std::fabs(value);
    const auto format = (magnitude == 0 || (magnitude >= 1e-5 && magnitude < 1e15))
                            ? std::chars_format::fixed
                            : std::chars_format::general;
    const auto result = std::to_chars(buffer, buffer + size, value, format);
    return int(result.ptr - buffer);
}

QByteArray numberText(double value) {
    char buffer[64];
    return QByteArray(buffer, writeNumberText(value, buffer, int(sizeof buffer)));
}

} // namespace sondo
