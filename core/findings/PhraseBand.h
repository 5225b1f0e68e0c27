#pragma once

namespace sondo {

/**
 * One band of PhraseBands: the percentages from `low` to `high` (each end included or not) and
 * how to say them in words, in UTF-8. Plain constant data.
 */
struct PhraseBand {
    double low;
    bool lowIncluded;
    double high;
    bool highIncluded;
    const char* italian;
    const char* english;

    bool contains(double percent) const {
        return (lowIncluded ? percent >= low : percent > low) &&
               (highIncluded ? percent <= high : percent < high);
    }
};

} // namespace sondo
