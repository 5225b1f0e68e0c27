#include "stats/ChiSquareTest.h"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <cmath>

namespace sondo {

namespace {

// Errors are values in core: Boost reports a bad argument through errno and NaN, never a throw.
using NoThrow = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>>;

} // namespace

ChiSquareResult ChiSquareTest::compute(const std::vector<std::vector<double>>& observed) {
    ChiSquareResult result;
    const std::size_t rows = observed.size();
    std::size_t columns = 0;
    for (const auto& row : observed)
        columns = std::max(columns, row.size());
    const auto cell = [&](std::size_t r, std::size_t c) {
        return c < observed[r].size() ? observed[r][c] : 0.0;
    };

    std::vector<double> rowTotals(rows, 0.0);
    std::vector<double> columnTotals(columns, 0.0);
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c) {
            const double o = cell(r, c);
            if (!std::isfinite(o) || o < 0)
                return result;
            rowTotals[r] += o;
            columnTotals[c] += o;
        }
    std::vector<std::size_t> keptRows;
    std::vector<std::size_t> keptColumns;
    for (std::size_t r = 0; r < rows; ++r)
        if (rowTotals[r] > 0)
            keptRows.push_back(r);
    for (std::size_t c = 0; c < columns; ++c)
        if (columnTotals[c] > 0)
            keptColumns.push_back(c);
    result.excludedRows = int(rows - keptRows.size());
    result.excludedColumns = int(columns - keptColumns.size());
    if (keptRows.size() < 2 || keptColumns.size() < 2)
        return result;

    double total = 0;
    for (std::size_t r : keptRows)
        total += rowTotals[r];
    double statistic = 0;
    for (std::size_t r : keptRows)
        for (std::size_t c : keptColumns) {
            const double expected = rowTotals[r] * columnTotals[c] / total;
            if (expected < 5.0)
                result.lowExpected = true;
            const double d = cell(r, c) - expected;
            statistic += d * d / expected;
        }
    const int df = int((keptRows.size() - 1) * (keptColumns.size() - 1));
    const boost::math::chi_squared_distribution<double, NoThrow> distribution(df);
    const double p = boost::math::cdf(boost::math::complement(distribution, statistic));
    if (!std::isfinite(p))
        return result;
    result.valid = true;
    result.statistic = statistic;
    result.df = df;
    result.p = std::clamp(p, 0.0, 1.0);
    return result;
}

} // namespace sondo
