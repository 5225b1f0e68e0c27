#include "export/SavNames.h"

#include <QStringList>

namespace sondo {

namespace {

bool isReservedName(const QString& name) {
    static const QStringList reserved = {"ALL", "AND", "BY",  "EQ", "GE", "GT",  "LE",
                                         "LT",  "NE",  "NOT", "OR", "TO", "WITH"};
    return reserved.contains(name.toUpper());
}

} // namespace

QByteArray SavNames::utf8Prefix(const QString& text, int bytes) {
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= bytes)
        return utf8;
    int end = bytes;
    while (end > 0 && (uchar(utf8[end]) & 0xC0) == 0x80)
        --end;
    utf8.truncate(end);
    return utf8;
}

bool SavNames::isValidName(const QString& name) {
    if (name.isEmpty() || name.size() > kMaxNameBytes || isReservedName(name))
        return false;
    for (int i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool other = (c >= '0' && c <= '9') || c == '_' || c == '.';
        if (!(letter || (i > 0 && other)))
            return false;
    }
    return !name.endsWith(u'.') && !name.endsWith(u'_');
}

QString SavNames::claim(const QString& wanted) {
    QString name = wanted.left(kMaxNameBytes);
    for (int n = 2; m_used.contains(name.toUpper()); ++n) {
        const QString suffix = QStringLiteral("_%1").arg(n);
        name = wanted.left(kMaxNameBytes - int(suffix.size())) + suffix;
    }
    m_used.insert(name.toUpper());
    return name;
}

} // namespace sondo
