#include "model/OtherOption.h"

#include <QRegularExpression>

namespace sondo {

bool OtherOption::is(const QString& label) {
    static const QRegularExpression other(
        QStringLiteral("^\\s*(altro|altri|altra|other|others|andere|anderes|sonstige|sonstiges|"
                       "otro|otra|otros|autre|autres)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return other.match(label).hasMatch();
}

} // namespace sondo
