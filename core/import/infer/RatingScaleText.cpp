#include "import/infer/RatingScaleText.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace sondo {

namespace {

// Words that make a pair of numbers a rating range, in the five languages of the scale library.
const QRegularExpression kScaleWords(
    QStringLiteral("scale|scala|escala|skala|[ée]chelle|rating|rate |punteggio|puntuaci|puntaje|"
                   "voto|calific|valuta|bewert|stelle|stars|estrellas|sterne|[ée]toiles"),
    QRegularExpression::CaseInsensitiveOption);
// "1 - 5", "1–10", "1 to 5", "del 1 al 5", "da 1 a 10", "von 1 bis 7", "de 0 à 10".
const QRegularExpression kRange(
    QStringLiteral("(?<!\\d)([01])\\s*(?:-|–|—|to|a|al|à|bis|fino a|hasta)\\s*(\\d{1,2})(?!\\d)"),
    QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kRecommend(
    QStringLiteral("recommend|recomend|recomiend|raccomand|consiglier|empfehl|recommand"),
    QRegularExpression::CaseInsensitiveOption);

} // namespace

std::optional<RatingScaleText::Range> RatingScaleText::rangeOf(const QString& text) {
    if (kScaleWords.match(text).hasMatch()) {
        for (auto it = kRange.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int low = m.captured(1).toInt();
            const int high = m.captured(2).toInt();
            if (high >= 3 && high <= 10)
                return Range{low, high};
        }
    }
    return std::nullopt;
}

bool RatingScaleText::completePoints(ColumnCoding& coding, const Range& range) {
    std::vector<int> valueOf;
    for (const QString& option : coding.options) {
        bool ok = false;
        const int v = option.trimmed().toInt(&ok);
        if (!ok || v < range.low || v > range.high)
            return false;
        valueOf.push_back(v);
    }
    if (valueOf.empty())
        return false;
    const int from = range.low;
    const int to = range.high;
    QStringList options;
    std::vector<double> scores;
    for (int v = from; v <= to; ++v) {
        options.append(QString::number(v));
        scores.push_back(double(v));
    }
    for (std::int32_t& code : coding.codeOfValue)
        if (code > 0)
            code = valueOf[size_t(code - 1)] - from + 1;
    coding.type = QuestionType::Likert;
    coding.options = options;
    coding.scores = scores;
    return true;
}

} // namespace sondo
