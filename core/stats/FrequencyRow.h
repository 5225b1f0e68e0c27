#pragma once

#include <QString>
#include <QtGlobal>
#include <limits>

namespace sondo {

/** One bar of a frequency table: an option, a distinct number, or a distinct text answer. */
struct FrequencyRow {
    QString label;
    /** Sum of the weights of the respondents giving this answer. */
    double count = 0;
    /** How many respondents gave it, whatever their weight. */
    qint64 unweightedCount = 0;
    /** Weighted percent of the table's base, unrounded (round for display with LargestRemainder).
     */
    double percent = 0;
    /**
     * The number behind the row: the value of a numeric row, milliseconds since the epoch (UTC)
     * of a date row, the score of a Likert option (NaN when off the scale); NaN otherwise. Lets
     * the UI format numbers in the user's locale instead of the C-locale `label`.
     */
    double value = std::numeric_limits<double>::quiet_NaN();
};

} // namespace sondo
