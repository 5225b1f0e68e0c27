#include "window/TypeIcons.h"

namespace sondo {

QIcon TypeIcons::icon(QuestionType type) {
    switch (type) {
    case QuestionType::Single:
        return QIcon(QStringLiteral(":/icons/type-single.svg"));
    case QuestionType::Multiple:
        return QIcon(QStringLiteral(":/icons/type-multiple.svg"));
    case QuestionType::Likert:
        return QIcon(QStringLiteral(":/icons/type-likert.svg"));
    case QuestionType::Numeric:
        return QIcon(QStringLiteral(":/icons/type-numeric.svg"));
    case QuestionType::Text:
        return QIcon(QStringLiteral(":/icons/type-text.svg"));
    case QuestionType::Date:
        return QIcon(QStringLiteral(":/icons/type-date.svg"));
    case QuestionType::Identifier:
        return QIcon(QStringLiteral(":/icons/type-ignored.svg"));
    }
    return {};
}

QString TypeIcons::name(QuestionType type) {
    switch (type) {
    case QuestionType::Single:
        return tr("Single choice");
    case QuestionType::Multiple:
        return tr("Multiple choice");
    case QuestionType::Likert:
        return tr("Likert scale");
    case QuestionType::Numeric:
        return tr("Numeric");
    case QuestionType::Text:
        return tr("Open text");
    case QuestionType::Date:
        return tr("Date");
    case QuestionType::Identifier:
        return tr("Ignored");
    }
    return {};
}

QList<QuestionType> TypeIcons::choosableTypes() {
    return {QuestionType::Single,    QuestionType::Multiple, QuestionType::Likert,
            QuestionType::Numeric,   QuestionType::Text,     QuestionType::Date,
            QuestionType::Identifier};
}

} // namespace sondo
