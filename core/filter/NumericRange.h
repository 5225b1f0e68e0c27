#pragma once

#include <QString>
#include <limits>
#include <optional>

namespace sondo {

/**
 * A condition on a numeric answer: "Q11 >= 50", "Età 18..34" (both ends included), "Q4 < 3".
 * An open end is ±infinity. A missing answer (NaN) is never inside. Plain value.
 */
struct NumericRange {
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    bool lowIncluded = true;
    bool highIncluded = true;

    bool contains(double value) const {
        // NaN fails both comparisons, so a missing answer is outside every range.
        const bool aboveLow = lowIncluded ? value >= low : value > low;
        const bool belowHigh = highIncluded ? value <= high : value < high;
        return aboveLow && belowHigh;
    }
    /** True when no value can be inside (low above high, or one point with an end excluded). */
    bool isEmpty() const { return low > high || (low == high && !(lowIncluded && highIncluded)); }
    /** "≥ 50", "< 3", "18–34", "= 7": the condition as a chart note writes it. */
    QString describe() const;

    /**
     * The range of a written condition: `op` is one of ">=", ">", "<=", "<", "=" and `value` a
     * number ("50", "2.5", "2,5") or, after "=", a span "18..34" whose ends may be left open
     * ("18..", "..34"). Nullopt when the value is not that, or the range is empty.
     */
    static std::optional<NumericRange> parse(const QString& op, const QString& value);

    bool operator==(const NumericRange&) const = default;
};

} // namespace sondo
