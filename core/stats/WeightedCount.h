#pragma once

#include <QtGlobal>

namespace sondo {

/**
 * A count under weights: the sum of the weights of the respondents counted, with how many they
 * were. Analysts read both: the weighted figure gives the percentages, the unweighted one says how
 * many interviews stand behind them. Plain value.
 */
struct WeightedCount {
    /** Σw over the respondents counted. */
    double weighted = 0;
    /** How many respondents were counted, whatever their weight. */
    qint64 unweighted = 0;

    void add(double weight) {
        weighted += weight;
        ++unweighted;
    }
    WeightedCount& operator+=(const WeightedCount& other) {
        weighted += other.weighted;
        unweighted += other.unweighted;
        return *this;
    }
    bool operator==(const WeightedCount& other) const = default;
};

} // namespace sondo
