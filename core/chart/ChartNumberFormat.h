#pragma once

#include <QLocale>
#include <QString>

namespace sondo {

/** How a chart prints the counts and numbers of its labels and notes, in the chart's locale. */
class ChartNumberFormat {
public:
    /** True for a finite value within 1e-9 of an integer (weighted counts may be near-integers). */
    static bool isWhole(double v);
    /** A count: whole counts bare, weighted ones with one decimal. */
    static QString count(double count, const QLocale& locale);
    /**
     * A number as analysts print it: integers bare, others with at most two decimals; no
     * thousands separator below 10,000 (a year is 1987).
     */
    static QString number(double value, const QLocale& locale);
    /** `value` with `decimals` decimals, without thousands separators below 10,000 (a mean). */
    static QString fixed(double value, int decimals, const QLocale& locale);
};

} // namespace sondo
