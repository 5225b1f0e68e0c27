#pragma once

#include <QStringView>
#include <optional>

namespace sondo {

/** Whether a file writes dates as day/month/year or month/day/year. */
enum class DateOrder {
    DayFirst,   ///< 15/03/2020 (Italy, Germany, most of the world)
    MonthFirst, ///< 3/15/2020 (United States)
};

/**
 * Reads dates and date-times as survey tools write them: ISO 8601 (`2020-03-15`,
 * `2020-03-15 10:22:01`, `2020-03-15T10:22:01Z`, with an offset), slashed dates with a time
 * (`24/11/2025 15.57.55` from an Italian Google Form, `3/15/2020 10:22:01 PM` from a US one),
 * dotted German dates (`15.03.2020 10:22`). A time without an offset is taken as UTC so that
 * the same file gives the same values on every machine.
 */
class DateParser {
public:
    /** What a text says about its day/month order. */
    struct Shape {
        bool valid = false;
        bool dayFirstPossible = false;
        bool monthFirstPossible = false;
        bool twelveHour = false; ///< has AM/PM: a US habit
        bool dottedTime = false; ///< time written 15.57.55: an Italian habit
        /**
         * Only when asked for: what parse() gives in either order when the order cannot
         * matter (year first, or a dotted day-first date), so the text need not be read again.
         */
        std::optional<double> value;
    };
    static Shape shape(QStringView text, bool withValue = false);

    /** Milliseconds since 1970-01-01T00:00:00Z, or nothing when `text` is not a date in `order`. */
    static std::optional<double> parse(QStringView text, DateOrder order);
};

} // namespace sondo
