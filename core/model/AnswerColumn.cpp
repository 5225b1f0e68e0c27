#include "model/AnswerColumn.h"

#include <cmath>

namespace sondo {

bool AnswerColumn::isAnswered(QuestionType type, int row) const
{
    switch (type) {
    case QuestionType::Single:
    case QuestionType::Likert:
        return codes[row] != 0;
    case QuestionType::Multiple:
        return answered[row] != 0;
    case QuestionType::Numeric:
    case QuestionType::Date:
        return !std::isnan(values[row]);
    case QuestionType::Text:
    case QuestionType::Identifier:
        return !texts[row].isEmpty();
    }
    return false;
}

} // namespace sondo
