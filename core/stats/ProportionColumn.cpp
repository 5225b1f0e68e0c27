#include "stats/ProportionColumn.h"

namespace sondo {

ProportionColumn ProportionColumn::fromTable(const FrequencyTable& table, const WeightSums& base) {
    ProportionColumn column;
    column.base = base;
    column.counts.reserve(std::size_t(table.rows.size()));
    for (const FrequencyRow& row : table.rows)
        column.counts.push_back(row.count);
    return column;
}

ProportionColumn ProportionColumn::boxesFromTable(const FrequencyTable& table,
                                                  const WeightSums& base) {
    ProportionColumn column;
    column.base = base;
    if (table.topTwoBox && table.bottomTwoBox) {
        // The boxes are kept as percents of the table's scored base, which is base.sum.
        column.counts.push_back(*table.topTwoBox / 100.0 * table.scoredBase);
        column.counts.push_back(*table.bottomTwoBox / 100.0 * table.scoredBase);
    }
    return column;
}

} // namespace sondo
