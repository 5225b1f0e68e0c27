#pragma once

#include "import/infer/ColumnCoding.h"
#include "import/infer/ColumnValues.h"

#include <QString>
#include <optional>

namespace sondo {

/**
 * A multiple choice whose chosen options a tool writes joined into one cell ("Email;Chat;Altro"):
 * tells such a column from text that merely contains the separator, and finds the options and
 * their questionnaire order from the order inside the cells.
 */
class JoinedAnswers {
public:
    /** Joined options never exceed this many (beyond it the column is not split). */
    static constexpr int kMaxOptions = 30;
    /** Write-ins are told apart only in a column answered by at least this many. */
    static constexpr int kMinAnswersForWriteIns = 30;

    /**
     * Codes `column` as multiple choice split at `separator`: only when the cells really are
     * combinations of a small set of options, unless `force` (the analyst chose Multiple), which
     * splits whatever the cells hold. Rare one-off parts beyond kMaxOptions become one "Other",
     * as do pieces written last by at most `writeInLimit` respondents (write-ins; 0 for none).
     */
    static std::optional<ColumnCoding> split(const ColumnValues& column, const QString& separator,
                                             bool force, int writeInLimit);
};

} // namespace sondo
