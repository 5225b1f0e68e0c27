#include "stats/NpsQuestion.h"

#include <QRegularExpression>
#include <cmath>

namespace sondo {

bool NpsQuestion::asksToRecommend(const Question& question) {
    // Stems, so that every person and mood matches: recommend(ed), raccomand(are|eresti),
    // consigli(are|eresti|erebbe), empfehl(en|ung), recomend(ar|aría) and the stem-changed
    // recomiend(a|es|as) of Spanish, recommand(er|eriez). The 0–10 scale is required as well, so
    // "consigli" as in "Commenti e consigli" charts no NPS on its own.
    static const QRegularExpression wording(
        QStringLiteral("recommend|recommand|raccomand|consigli|empfehl|recomend|recomiend"),
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
