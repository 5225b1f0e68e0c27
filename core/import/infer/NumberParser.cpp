#include "import/infer/NumberParser.h"

#include <array>
#include <charconv>

namespace sondo {

namespace {

bool isDigit(QChar c) {
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isSpaceGroup(QChar c) {
    return c == QLatin1Char(' ') || c.unicode() == 0x00A0 || c.unicode() == 0x202F ||
           c == QLatin1Char('\'') || c.unicode() == 0x2019;
}

} // namespace

std::optional<double> NumberParser::parse(QStringView text, DecimalMark mark) {
    QStringView s = text.trimmed();
    if (s.endsWith(QLatin1Char('%')))
        s = s.chopped(1).trimmed();
    bool negative = false;
    if (!s.isEmpty() && (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+') ||
                         s.front().unicode() == 0x2212)) {
        negative = s.front() != QLatin1Char('+');
        s = s.mid(1);
    }
    if (s.isEmpty())
        return std::nullopt;

    const QChar decimal = mark == DecimalMark::Point ? QLatin1Char('.') : QLatin1Char(',');
    const QChar otherMark = mark == DecimalMark::Point ? QLatin1Char(',') : QLatin1Char('.');

    // Digits are copied into an ASCII buffer for std::from_chars, which ignores the C locale
    // that QCoreApplication sets from LANG (strtod would read "3.5" wrongly under it_IT).
    std::array<char, 80> buf;
    int len = 0;
    auto put = [&](char c) {
        if (len >= int(buf.size()))
            return false;
        buf[len++] = c;
        return true;
    };
    if (negative && !put('-'))
        return std::nullopt;

    qsizetype i = 0;
    const qsizetype n = s.size();
    // Integer part with optional grouping.
    QChar groupChar;
    int groupCount = 0; // separators seen
    int currentGroup = 0;
    int firstGroup = -1;
    bool firstGroupIsZero = false;
    int intDigits = 0;
    while (i < n) {
        const QChar c = s[i];
        if (isDigit(c)) {
            if (!put(char(c.unicode())))
                return std::nullopt;
            ++currentGroup;
            ++intDigits;
            ++i;
            continue;
        }
        if (c == otherMark || isSpaceGroup(c)) {
            if (groupChar.isNull())
                groupChar = c;
            else if (c != groupChar)
                return std::nullopt;
            if (currentGroup == 0)
                return std::nullopt;
            if (groupCount == 0) {
                if (currentGroup > 3)
                    return std::nullopt;
                firstGroup = currentGroup;
                firstGroupIsZero = currentGroup == 1 && buf[len - 1] == '0';
            } else if (currentGroup != 3) {
                return std::nullopt;
            }
            ++groupCount;
            currentGroup = 0;
            ++i;
            continue;
        }
        break;
    }
    if (groupCount > 0 && (currentGroup != 3 || firstGroupIsZero || firstGroup < 1))
        return std::nullopt;

    int fracDigits = 0;
    if (i < n && s[i] == decimal) {
        ++i;
        // from_chars needs a digit before the point (",5", "-.5").
        if (intDigits == 0 && !put('0'))
            return std::nullopt;
        if (!put('.'))
            return std::nullopt;
        while (i < n && isDigit(s[i])) {
            if (!put(char(s[i].unicode())))
                return std::nullopt;
            ++fracDigits;
            ++i;
        }
        if (fracDigits == 0)
            return std::nullopt;
    }
    if (intDigits + fracDigits == 0)
        return std::nullopt;

    if (i < n && (s[i] == QLatin1Char('e') || s[i] == QLatin1Char('E'))) {
        ++i;
        if (!put('e'))
            return std::nullopt;
        if (i < n && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-'))) {
            if (!put(char(s[i].unicode())))
                return std::nullopt;
            ++i;
        }
        int expDigits = 0;
        while (i < n && isDigit(s[i])) {
            if (!put(char(s[i].unicode())))
                return std::nullopt;
            ++expDigits;
            ++i;
        }
        if (expDigits == 0)
            return std::nullopt;
    }
    if (i != n)
        return std::nullopt;

    double value = 0;
    const auto [ptr, ec] = std::from_chars(buf.data(), buf.data() + len, value);
    if (ec != std::errc() || ptr != buf.data() + len)
        return std::nullopt;
    return value;
}

NumberParser::Reading NumberParser::read(QStringView text) {
    const auto point = parse(text, DecimalMark::Point);
    const auto comma = parse(text, DecimalMark::Comma);
    if (point && comma)
        return *point == *comma ? Reading::Neutral : Reading::Ambiguous;
    if (point)
        return Reading::PointOnly;
    if (comma)
        return Reading::CommaOnly;
    return Reading::NotANumber;
}

} // namespace sondo
