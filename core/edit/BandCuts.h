#pragma once

#include <optional>
#include <vector>

namespace sondo {

/**
 * Cut points for Bands chosen from the answers themselves, for an analyst who wants "four
 * bands" rather than typing 18,25,35,50,65: equal widths at round numbers, a given width, or
 * quantiles (equal numbers of respondents). The cuts are computed once, when the recode is
 * made, and stored as plain cuts: a later `import --update` keeps the bands the newsletter
 * published instead of moving them with the new answers. Missing answers (NaN) are ignored;
 * every answer given falls in a band (the first cut is at or below the smallest).
 */
class BandCuts {
public:
    /** More bands than this is a slip of the keyboard, not a chart. */
    static constexpr int kMaxBands = 100;

    /**
     * At most `bands` bands of one round width (1, 2, 2.5, 5 × 10^k; whole for whole answers),
     * the narrowest that fits, starting at a multiple of it: ages 19–65 in four bands are
     * 0, 20, 40, 60. Nullopt when there is no answer or `bands` < 1.
     */
    static std::optional<std::vector<double>> equalWidth(const std::vector<double>& values,
                                                         int bands);
    /**
     * Bands of `width` starting at the multiple of it at or below the smallest answer; nullopt
     * when there is no answer or they would number more than kMaxBands.
     */
    static std::optional<std::vector<double>> ofWidth(const std::vector<double>& values,
                                                      double width);
    /**
     * `bands` quantile bands: cuts at the smallest answer and at R's type-7 quantiles i/bands,
     * rounded up to whole numbers for whole answers (a band of ages holds whole years) and to
     * three significant digits of the range otherwise. Tied quantiles merge, so fewer bands
     * may come back. Nullopt when there is no answer or `bands` < 1.
     */
    static std::optional<std::vector<double>> quantiles(const std::vector<double>& values,
                                                        int bands);
};

} // namespace sondo
