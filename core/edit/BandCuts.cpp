#include "edit/BandCuts.h"

#include <algorithm>
#include <cmath>

namespace sondo {

namespace {

/** The answers given, sorted; NaN and infinities left out. */
std::vector<double> sortedAnswers(const std::vector<double>& values) {
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            sorted.push_back(v);
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

bool allWhole(const std::vector<double>& sorted) {
    return std::all_of(sorted.begin(), sorted.end(),
                       [](double v) { return v == std::floor(v) && std::fabs(v) < 1e15; });
}

/** Cuts of `width` from the multiple of it at or below `min` up to the last at or below `max`. */
std::vector<double> cutsOfWidth(double min, double max, double width) {
    const double start = std::floor(min / width + 1e-9) * width;
    const int count = int(std::floor((max - start) / width + 1e-9)) + 1;
    std::vector<double> cuts;
    for (int i = 0; i < count; ++i) {
        // Rounded to the width's own precision: 0.1 × 3 is 0.3, not 0.30000000000000004.
        const double cut = start + i * width;
        // Divided by an exact power of ten, so 40 stays 40 (times 1e-5 it would not).
        const double scale = std::pow(10.0, 6 - std::floor(std::log10(width)));
        cuts.push_back(std::round(cut * scale) / scale);
    }
    return cuts;
}

} // namespace

std::optional<std::vector<double>> BandCuts::equalWidth(const std::vector<double>& values,
                                                        int bands) {
    const std::vector<double> sorted = sortedAnswers(values);
    if (sorted.empty() || bands < 1)
        return std::nullopt;
    const double min = sorted.front(), max = sorted.back();
    const bool whole = allWhole(sorted);
    if (max == min || bands == 1)
        return std::vector<double>{min};
    // From a width a little under range / bands up the 1, 2, 2.5, 5 ladder: the first whose
    // bands (starting at a multiple of it) number no more than asked.
    double magnitude = std::pow(10.0, std::floor(std::log10((max - min) / bands)) - 1);
    static constexpr double ladder[] = {1.0, 2.0, 2.5, 5.0};
    for (int step = 0; step < 64; ++step, magnitude *= 10)
        for (double m : ladder) {
            const double width = m * magnitude;
            if (whole && width != std::floor(width))
                continue;
            std::vector<double> cuts = cutsOfWidth(min, max, width);
            if (int(cuts.size()) <= bands)
                return cuts;
        }
    return std::nullopt;
}

std::optional<std::vector<double>> BandCuts::ofWidth(const std::vector<double>& values,
                                                     double width) {
    const std::vector<double> sorted = sortedAnswers(values);
    if (sorted.empty() || !(width > 0) || !std::isfinite(width))
        return std::nullopt;
    // A hundred bands or more is a typing slip (a width of 0.001 on incomes), not a chart.
    if ((sorted.back() - sorted.front()) / width >= kMaxBands)
        return std::nullopt;
    return cutsOfWidth(sorted.front(), sorted.back(), width);
}

std::optional<std::vector<double>> BandCuts::quantiles(const std::vector<double>& values,
                                                       int bands) {
    const std::vector<double> sorted = sortedAnswers(values);
    if (sorted.empty() || bands < 1)
        return std::nullopt;
    const bool whole = allWhole(sorted);
    const double range = sorted.back() - sorted.front();
    // Three significant digits of the range, as a power of ten to divide by (exact).
    const double scale = range > 0 ? std::pow(10.0, 2 - std::floor(std::log10(range))) : 1.0;
    // R's type 7: h = (n − 1)p, between the order statistics around it.
    auto quantile = [&](double p) {
        const double h = double(sorted.size() - 1) * p;
        const size_t below = size_t(std::floor(h));
        const size_t above = std::min(below + 1, sorted.size() - 1);
        return sorted[below] + (h - double(below)) * (sorted[above] - sorted[below]);
    };
    // Rounded up, as a cut opens its band: 29.5 years → 30, so 29 stays below.
    auto rounded = [&](double q) {
        return whole ? std::ceil(q - 1e-9) : std::ceil(q * scale - 1e-9) / scale;
    };
    std::vector<double> cuts{whole ? sorted.front()
                                   : std::floor(sorted.front() * scale + 1e-9) / scale};
    for (int i = 1; i < bands; ++i) {
        const double cut = rounded(quantile(double(i) / bands));
        if (cut > cuts.back() && cut <= sorted.back())
            cuts.push_back(cut);
    }
    return cuts;
}

} // namespace sondo
