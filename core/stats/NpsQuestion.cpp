#include "stats/NpsQuestion.h"

#include <QRegularExpression>
#include <cmath>

namespace sondo {

bool NpsQuestion::asksToRecommend(const Question& question) {
    // Stems, so that every person and mood matches: recommend(ed), raccomand(are|eresti),
    // consiglier(esti|ebbe), empfehl(en|ung), recomend(ar|aría), recommand(er|eriez).
    static const QRegularExpression wording(
        QStringLiteral("recommend|recommand|raccomand|consiglier|empfehl|recomend"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(QStringLiteral("^\\s*nps\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return wording.match(question.text).hasMatch() || named.match(question.id).hasMatch() ||
           named.match(question.code).hasMatch() || named.match(question.text).hasMatch();
}

bool NpsQuestion::onZeroToTenScale(const Question& question, const FrequencyTable& table) {
    switch (question.type) {
    case QuestionType::Numeric: {
        bool any = false;
        for (const FrequencyRow& row : table.rows) {
            if (row.unweightedCount == 0)
                continue;
            if (!(row.value >= 0 && row.value <= 10 && row.value == std::floor(row.value)))
                return false;
            any = true;
        }
        return any;
    }
    case QuestionType::Single:
    case QuestionType::Likert: {
        // "0", "0 - Not at all likely", …, "10 - Extremely likely", in order.
        static const QRegularExpression number(QStringLiteral("^\\s*(\\d{1,2})(?!\\d|[.,]\\d)"));
        if (question.options.size() != 11)
            return false;
        for (int i = 0; i < 11; ++i) {
            const auto match = number.match(question.options[i]);
            if (!match.hasMatch() || match.captured(1).toInt() != i)
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

bool NpsQuestion::recognise(const Question& question, const FrequencyTable& table) {
    return onZeroToTenScale(question, table) && asksToRecommend(question);
}

} // namespace sondo
