#include "export/CsvCell.h"

namespace sondo {

bool CsvCell::isNumber(QByteArrayView utf8) {
    qsizetype i = 0;
    const qsizetype n = utf8.size();
    auto digits = [&] {
        const qsizetype from = i;
        while (i < n && utf8[i] >= '0' && utf8[i] <= '9')
            ++i;
        return i > from;
    };
    if (i < n && (utf8[i] == '+' || utf8[i] == '-'))
        ++i;
    bool any = false;
    while (i < n) {
        if (digits())
            any = true;
        else if (utf8[i] == '.' || utf8[i] == ',')
            ++i;
        else
            break;
    }
    if (!any)
        return false;
    if (i < n && (utf8[i] == 'e' || utf8[i] == 'E')) {
        ++i;
        if (i < n && (utf8[i] == '+' || utf8[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    if (i < n && utf8[i] == '%')
        ++i;
    return i == n;
}

bool CsvCell::startsFormula(QByteArrayView utf8) {
    if (utf8.isEmpty())
        return false;
    switch (utf8.front()) {
    case '+':
    case '-':
        return utf8.size() > 1 && !isNumber(utf8);
    case '=':
    case '@':
    case '\t':
    case '\r':
        return !isNumber(utf8);
    default:
        return false;
    }
}

void CsvCell::append(QByteArray& line, const QByteArray& utf8) {
    const bool formula = startsFormula(utf8);
    bool quote = false;
    for (char c : utf8)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        if (formula)
            line += '\'';
        line += utf8;
        return;
    }
    line += '"';
    if (formula)
        line += '\'';
    for (char c : utf8) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

} // namespace sondo
