#pragma once

#include "import/infer/ColumnValues.h"
#include "import/infer/DateParser.h"
#include "import/infer/NumberParser.h"

#include <QtGlobal>
#include <optional>
#include <vector>

namespace sondo {

/**
 * What a whole file says about how it writes numbers and dates, from all its columns: a column
 * whose own cells are ambiguous ("1.234", "03/04/2024") is read the way the rest of the file
 * writes.
 */
struct FileConventions {
    std::optional<DecimalMark> decimalMark;
    std::optional<DateOrder> dateOrder;

    /** What one column says about its file's conventions: how many of its cells show each. */
    struct Votes {
        qint64 point = 0;      ///< numbers only a decimal point reads
        qint64 comma = 0;      ///< numbers only a decimal comma reads
        qint64 dayFirst = 0;   ///< dates only day-first reads
        qint64 monthFirst = 0; ///< dates only month-first reads
    };

    /** One column's votes: columns are read one by one, so on several threads at once. */
    static Votes votes(const ColumnValues& column);
    /** The decimal mark and date order most columns of a file agree on. */
    static FileConventions fromVotes(const std::vector<Votes>& columns);
};

} // namespace sondo
