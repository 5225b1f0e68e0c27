#pragma once

#include "import/infer/DateParser.h"
#include "import/infer/NumberParser.h"
#include "model/QuestionType.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace sondo {

/** A remark about a column, tied to the first respondent giving `value` (-1: the column). */
struct ColumnNote {
    QString message;
    int value = -1;
};

/** How the values of one column become the answers of one question. */
struct ColumnCoding {
    QuestionType type = QuestionType::Text;
    QStringList options;
    /** Likert only: score of each option (NaN off the scale). */
    std::vector<double> scores;
    /** Single, Likert: 1-based option of each value (0 for a value nobody gave). */
    std::vector<std::int32_t> codeOfValue;
    /** Multiple: the options each value selects. */
    std::vector<std::vector<int>> optionsOfValue;
    /**
     * Multiple from joined cells: per value, the pieces it counts as "Other" (words typed into
     * the form's "Other" box, rare answers grouped), as written and joined as the cell joins
     * them; a null string where it has none. Empty when no value has any. Text: what to store
     * for each value instead of the cell (WriteInTexts moves it there).
     */
    QStringList otherTextOfValue;
    /** Numeric, Date: the value of each value (NaN when it cannot be read). */
    std::vector<double> numberOfValue;
    /** Numeric: the decimal mark the column's numbers were read with. */
    DecimalMark decimalMark = DecimalMark::Point;
    /** Date: the order of day and month the column's dates were read with. */
    DateOrder dateOrder = DateOrder::DayFirst;
    QList<ColumnNote> notes;
};

} // namespace sondo
