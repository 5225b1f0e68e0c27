#include "model/QuestionType.h"

namespace sondo {

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Single:
        return QStringLiteral("single");
    case QuestionType::Multiple:
        return QStringLiteral("multiple");
    case QuestionType::Likert:
        return QStringLiteral("likert");
    case QuestionType::Numeric:
        return QStringLiteral("numeric");
    case QuestionType::Text:
        return QStringLiteral("text");
    case QuestionType::Date:
        return QStringLiteral("date");
    case QuestionType::Identifier:
        return QStringLiteral("id");
    }
    return QString();
}

std::optional<QuestionType> questionTypeFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"single" || n == u"choice")
        return QuestionType::Single;
    if (n == u"multiple" || n == u"multi")
        return QuestionType::Multiple;
    if (n == u"likert" || n == u"scale")
        return QuestionType::Likert;
    if (n == u"numeric" || n == u"number")
        return QuestionType::Numeric;
    if (n == u"text" || n == u"open")
        return QuestionType::Text;
    if (n == u"date" || n == u"datetime")
        return QuestionType::Date;
    if (n == u"id" || n == u"ignore" || n == u"metadata")
        return QuestionType::Identifier;
    return std::nullopt;
}

bool isCategorical(QuestionType type)
{
    return type == QuestionType::Single || type == QuestionType::Multiple
           || type == QuestionType::Likert;
}

} // namespace sondo
