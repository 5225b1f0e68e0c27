#include "model/QuestionGroup.h"

namespace sondo {

QString questionGroupKindName(QuestionGroup::Kind kind) {
    switch (kind) {
    case QuestionGroup::Kind::Grid:
        return QStringLiteral("grid");
    case QuestionGroup::Kind::Multiple:
        return QStringLiteral("multiple");
    }
    return QString();
}

std::optional<QuestionGroup::Kind> questionGroupKindFromName(const QString& name) {
    if (name == u"grid")
        return QuestionGroup::Kind::Grid;
    if (name == u"multiple")
        return QuestionGroup::Kind::Multiple;
    return std::nullopt;
}

} // namespace sondo
