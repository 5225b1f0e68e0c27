#include "stats/CramersV.h"

#include "stats/ChiSquareTest.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sondo {

double CramersV::compute(const std::vector<std::vector<double>>& observed) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const ChiSquareResult chi = ChiSquareTest::compute(observed);
    if (!chi.valid)
        return nan;
    std::size_t columns = 0;
    for (const auto& row : observed)
        columns = std::max(columns, row.size());
    std::vector<double> columnTotals(columns, 0.0);
    double n = 0;
    int rows = 0;
    for (const auto& row : observed) {
        double total = 0;
        for (std::size_t c = 0; c < row.size(); ++c) {
            total += row[c];
            columnTotals[c] += row[c];
        }
        n += total;
        rows += total > 0;
    }
    const int kept = int(std::count_if(columnTotals.begin(), columnTotals.end(),
                                       [](double total) { return total > 0; }));
    const int smaller = std::min(rows, kept);
    if (smaller < 2 || !(n > 0))
        return nan;
    return std::sqrt(chi.statistic / (n * double(smaller - 1)));
}

double CramersV::compute(const CrossTab& table) {
    if (!table.chiSquare.valid)
        return std::numeric_limits<double>::quiet_NaN();
    const std::size_t rows = std::size_t(table.total.rows.size());
    std::vector<std::vector<double>> observed(
        rows, std::vector<double>(std::size_t(table.groups.size())));
    for (qsizetype g = 0; g < table.groups.size(); ++g)
        for (std::size_t r = 0; r < rows && r < std::size_t(table.groups[g].rows.size()); ++r)
            observed[r][std::size_t(g)] =
                double(table.groups[g].rows[qsizetype(r)].unweightedCount);
    return compute(observed);
}

} // namespace sondo
