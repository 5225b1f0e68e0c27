#include "import/infer/DateParser.h"

#include <QString>
#include <cstdint>

namespace sondo {

namespace {

struct Parts {
    int first = 0, second = 0, third = 0; // as written
    bool yearFirst = false;               // 2020-03-15
    QChar separator;
    bool hasTime = false;
    int hour = 0, minute = 0, second_ = 0, msec = 0;
    int ampm = 0; // 0 none, 1 AM, 2 PM
    bool dottedTime = false;
    int offsetMinutes = 0;
};

bool isDigit(QChar c) {
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// Reads 1..maxDigits digits at s[i]; returns the digit count (0 when none).
int readNumber(QStringView s, qsizetype& i, int maxDigits, int& value) {
    int digits = 0;
    value = 0;
    while (i < s.size() && isDigit(s[i]) && digits < maxDigits) {
        value = value * 10 + (s[i].unicode() - '0');
        ++i;
        ++digits;
    }
    // More digits than allowed: not this shape.
    if (i < s.size() && isDigit(s[i]))
        return 0;
    return digits;
}

void skipSpaces(QStringView s, qsizetype& i) {
    while (i < s.size() && s[i].isSpace())
        ++i;
}

bool readOffset(QStringView s, qsizetype& i, int& minutes) {
    if (i >= s.size())
        return false;
    const QChar sign = s[i];
    if (sign != QLatin1Char('+') && sign != QLatin1Char('-') && sign.unicode() != 0x2212)
        return false;
    ++i;
    int h = 0;
    const int hd = readNumber(s, i, 2, h);
    if (hd == 0)
        return false;
    int m = 0;
    if (i < s.size() && s[i] == QLatin1Char(':')) {
        ++i;
        if (readNumber(s, i, 2, m) != 2)
            return false;
    } else if (hd == 2 && i < s.size() && isDigit(s[i])) {
        if (readNumber(s, i, 2, m) != 2)
            return false;
    }
    if (h > 14 || m > 59)
        return false;
    minutes = (h * 60 + m) * (sign == QLatin1Char('+') ? 1 : -1);
    return true;
}

/** The value of the two digits at s[i], or -1. */
int twoDigits(QStringView s, qsizetype i) {
    return isDigit(s[i]) && isDigit(s[i + 1])
               ? (s[i].unicode() - '0') * 10 + (s[i + 1].unicode() - '0')
               : -1;
}

/**
 * `2020-03-15`, `2020-03-15 10:22` and `2020-03-15 10:22:01` (or with a T), read at fixed places:
 * what database exports and LimeSurvey write for every response, a million times in a large file.
 * Anything else, space around it included, is left to split().
 */
std::optional<Parts> splitIso(QStringView s) {
    const qsizetype n = s.size();
    if ((n != 10 && n != 16 && n != 19) || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return std::nullopt;
    const int century = twoDigits(s, 0), year = twoDigits(s, 2), month = twoDigits(s, 5),
              day = twoDigits(s, 8);
    if (century < 0 || year < 0 || month < 0 || day < 0)
        return std::nullopt;
    Parts p;
    p.first = century * 100 + year;
    p.second = month;
    p.third = day;
    p.yearFirst = true;
    p.separator = QLatin1Char('-');
    if (n == 10)
        return p;
    if ((s[10] != QLatin1Char(' ') && s[10] != QLatin1Char('T')) || s[13] != QLatin1Char(':'))
        return std::nullopt;
    p.hour = twoDigits(s, 11);
    p.minute = twoDigits(s, 14);
    if (n == 19) {
        if (s[16] != QLatin1Char(':'))
            return std::nullopt;
        p.second_ = twoDigits(s, 17);
    }
    if (p.hour < 0 || p.minute < 0 || p.second_ < 0 || p.hour > 23 || p.minute > 59 ||
        p.second_ > 59)
        return std::nullopt;
    p.hasTime = true;
    return p;
}

std::optional<Parts> split(QStringView text) {
    if (!text.isEmpty() && isDigit(text.front()) && isDigit(text.back()))
        if (auto iso = splitIso(text))
            return iso;
    const QStringView s = text.trimmed();
    Parts p;
    qsizetype i = 0;
    int a = 0, b = 0, c = 0;
    const int ad = readNumber(s, i, 4, a);
    if (ad == 0 || i >= s.size())
        return std::nullopt;
    const QChar sep = s[i];
    if (sep != QLatin1Char('-') && sep != QLatin1Char('/') && sep != QLatin1Char('.'))
        return std::nullopt;
    ++i;
    if (readNumber(s, i, 2, b) == 0 || i >= s.size() || s[i] != sep)
        return std::nullopt;
    ++i;
    const int cd = readNumber(s, i, 4, c);
    if (ad == 4) {
        if (cd == 0 || cd > 2)
            return std::nullopt;
        p.yearFirst = true;
    } else {
        if (ad > 2 || cd != 4)
            return std::nullopt;
    }
    p.first = a;
    p.second = b;
    p.third = c;
    p.separator = sep;

    if (i < s.size()) {
        // Date and time are joined by 'T', spaces, or ", " (some US exports).
        if (s[i] == QLatin1Char('T') && p.yearFirst) {
            ++i;
        } else {
            if (s[i] == QLatin1Char(','))
                ++i;
            const qsizetype before = i;
            skipSpaces(s, i);
            if (i == before)
                return std::nullopt;
        }
        int h = 0, m = 0, sec = 0;
        if (readNumber(s, i, 2, h) == 0 || i >= s.size())
            return std::nullopt;
        const QChar tsep = s[i];
        if (tsep != QLatin1Char(':') && tsep != QLatin1Char('.'))
            return std::nullopt;
        ++i;
        if (readNumber(s, i, 2, m) != 2)
            return std::nullopt;
        if (i < s.size() && s[i] == tsep && i + 1 < s.size() && isDigit(s[i + 1])) {
            ++i;
            if (readNumber(s, i, 2, sec) != 2)
                return std::nullopt;
            // Fractions of a second only after a colon time: "15.57.55.1" is nobody's format.
            if (tsep == QLatin1Char(':') && i < s.size() &&
                (s[i] == QLatin1Char('.') || s[i] == QLatin1Char(','))) {
                ++i;
                int digits = 0;
                int ms = 0;
                while (i < s.size() && isDigit(s[i])) {
                    if (digits < 3)
                        ms = ms * 10 + (s[i].unicode() - '0');
                    ++digits;
                    ++i;
                }
                if (digits == 0)
                    return std::nullopt;
                for (int d = digits; d < 3; ++d)
                    ms *= 10;
                p.msec = ms;
            }
        }
        p.hasTime = true;
        p.hour = h;
        p.minute = m;
        p.second_ = sec;
        p.dottedTime = tsep == QLatin1Char('.');

        skipSpaces(s, i);
        // AM/PM, also "a.m." / "p.m.".
        if (i < s.size()) {
            const QChar c0 = s[i].toLower();
            if (c0 == QLatin1Char('a') || c0 == QLatin1Char('p')) {
                qsizetype j = i + 1;
                if (j < s.size() && s[j] == QLatin1Char('.'))
                    ++j;
                if (j < s.size() && s[j].toLower() == QLatin1Char('m')) {
                    ++j;
                    if (j < s.size() && s[j] == QLatin1Char('.'))
                        ++j;
                    if (j == s.size() || !s[j].isLetter()) {
                        p.ampm = c0 == QLatin1Char('a') ? 1 : 2;
                        i = j;
                        skipSpaces(s, i);
                    }
                }
            }
        }
        // Time zone: Z, +01:00, +0100, UTC, GMT+1.
        if (i < s.size()) {
            if (s[i] == QLatin1Char('Z') && i + 1 == s.size()) {
                ++i;
            } else if (s.mid(i).startsWith(QLatin1String("UTC"), Qt::CaseInsensitive) ||
                       s.mid(i).startsWith(QLatin1String("GMT"), Qt::CaseInsensitive)) {
                i += 3;
                if (i < s.size() && !readOffset(s, i, p.offsetMinutes))
                    return std::nullopt;
            } else if (!readOffset(s, i, p.offsetMinutes)) {
                return std::nullopt;
            }
        }
        if (i != s.size())
            return std::nullopt;
        if (p.ampm != 0 && (p.hour < 1 || p.hour > 12))
            return std::nullopt;
        if (p.hour > 23 || p.minute > 59 || p.second_ > 59)
            return std::nullopt;
    }
    return p;
}

bool leapYear(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool validDate(int y, int m, int d) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    return d <= days[m - 1] + (m == 2 && leapYear(y) ? 1 : 0);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

/** Milliseconds since the epoch of the date `p` holds, read in `order`. */
std::optional<double> msecs(const Parts& p, DateOrder order) {
    int y = 0, m = 0, d = 0;
    if (p.yearFirst) {
        y = p.first;
        m = p.second;
        d = p.third;
    } else if (order == DateOrder::DayFirst || p.separator == QLatin1Char('.')) {
        d = p.first;
        m = p.second;
        y = p.third;
    } else {
        m = p.first;
        d = p.second;
        y = p.third;
    }
    if (!validDate(y, m, d))
        return std::nullopt;
    int hour = p.hour;
    if (p.ampm == 1 && hour == 12)
        hour = 0;
    else if (p.ampm == 2 && hour != 12)
        hour += 12;
    const std::int64_t ms = daysFromCivil(y, m, d) * 86400000LL + hour * 3600000LL +
                            p.minute * 60000LL + p.second_ * 1000LL + p.msec -
                            p.offsetMinutes * 60000LL;
    return double(ms);
}

} // namespace

DateParser::Shape DateParser::shape(QStringView text, bool withValue) {
    Shape out;
    const auto p = split(text);
    if (!p)
        return out;
    out.twelveHour = p->ampm != 0;
    out.dottedTime = p->dottedTime;
    if (p->yearFirst) {
        out.valid = validDate(p->first, p->second, p->third);
        out.dayFirstPossible = out.monthFirstPossible = out.valid;
        if (out.valid && withValue)
            out.value = msecs(*p, DateOrder::DayFirst);
        return out;
    }
    out.dayFirstPossible = validDate(p->third, p->second, p->first);
    // Dotted dates (15.03.2020) are day-first everywhere.
    out.monthFirstPossible =
        p->separator != QLatin1Char('.') && validDate(p->third, p->first, p->second);
    out.valid = out.dayFirstPossible || out.monthFirstPossible;
    if (out.valid && withValue && p->separator == QLatin1Char('.'))
        out.value = msecs(*p, DateOrder::DayFirst);
    return out;
}

std::optional<double> DateParser::parse(QStringView text, DateOrder order) {
    const auto p = split(text);
    return p ? msecs(*p, order) : std::nullopt;
}

} // namespace sondo
