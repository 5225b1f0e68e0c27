#pragma once

#include <QtGlobal>

namespace sondo {

/**
 * The weights of a set of respondents summed the two ways every test needs: Σw for the weighted
 * base and Σw² for Kish's effective base (see EffectiveBase). Plain value; sums of disjoint sets
 * add and subtract, so "the rest of the sample" is total − group.
 */
struct WeightSums {
    /** How many respondents, whatever their weight. */
    qint64 n = 0;
    /** Σw: the weighted base. */
    double sum = 0;
    /** Σw². */
    double sumSquares = 0;

    void add(double weight) {
        ++n;
        sum += weight;
        sumSquares += weight * weight;
    }
    WeightSums& operator+=(const WeightSums& other) {
        n += other.n;
        sum += other.sum;
        sumSquares += other.sumSquares;
        return *this;
    }
    WeightSums operator-(const WeightSums& other) const {
        return {n - other.n, sum - other.sum, sumSquares - other.sumSquares};
    }
    /** Kish's effective base (Σw)²/Σw² (0 when there is no weight at all). */
    double effectiveBase() const { return sumSquares > 0 ? sum * sum / sumSquares : 0.0; }
    /** Kish's design effect due to weighting, n·Σw²/(Σw)² (1 with equal weights; 0 when empty). */
    double designEffect() const { return sum != 0 ? double(n) * sumSquares / (sum * sum) : 0.0; }
};

} // namespace sondo
