#include "stats/ColumnProportionsTest.h"

#include "stats/TwoProportionZTest.h"

#include <algorithm>

namespace sondo {

namespace {

double proportion(const ProportionColumn& column, std::size_t row) {
    const double count = row < column.counts.size() ? column.counts[row] : 0.0;
    return column.base.sum > 0 ? count / column.base.sum : 0.0;
}

GroupComparison prepare(const std::vector<ProportionColumn>& groups,
                        const SignificanceOptions& options, std::size_t& rows) {
    GroupComparison result;
    result.confidence = options.confidence;
    rows = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const double ne = groups[g].base.effectiveBase();
        result.letters << GroupComparison::letter(int(g));
        result.effectiveBases.push_back(ne);
        result.tested.push_back(ne >= options.minimumEffectiveBase && ne > 0);
        rows = std::max(rows, groups[g].counts.size());
    }
    result.valid = true;
    result.rows.resize(rows);
    return result;
}

} // namespace

GroupComparison ColumnProportionsTest::pairwise(const std::vector<ProportionColumn>& groups,
                                                const SignificanceOptions& options) {
    std::size_t rows = 0;
    GroupComparison result = prepare(groups, options, rows);
    result.valid = groups.size() >= 2;
    const double alpha = 1.0 - options.confidence;
    for (std::size_t r = 0; r < rows; ++r) {
        ComparisonRow& row = result.rows[r];
        for (std::size_t a = 0; a < groups.size(); ++a) {
            if (!result.tested[a])
                continue;
            for (std::size_t b = a + 1; b < groups.size(); ++b) {
                if (!result.tested[b])
                    continue;
                const auto outcome =
                    TwoProportionZTest::compute(proportion(groups[a], r), result.effectiveBases[a],
                                                proportion(groups[b], r), result.effectiveBases[b]);
                if (!outcome.valid)
                    continue;
                PairTest pair;
                pair.first = int(a);
                pair.second = int(b);
                pair.statistic = outcome.z;
                pair.p = outcome.p;
                row.pairs.push_back(pair);
            }
        }
        row.settle(groups.size(), alpha, options.correction, false);
    }
    return result;
}

GroupComparison ColumnProportionsTest::againstRest(const std::vector<ProportionColumn>& groups,
                                                   const ProportionColumn& total,
                                                   const SignificanceOptions& options) {
    std::size_t rows = 0;
    GroupComparison result = prepare(groups, options, rows);
    result.valid = !groups.empty();
    result.againstRest = true;
    const double alpha = 1.0 - options.confidence;
    for (std::size_t r = 0; r < rows; ++r) {
        ComparisonRow& row = result.rows[r];
        for (std::size_t g = 0; g < groups.size(); ++g) {
            if (!result.tested[g])
                continue;
            ProportionColumn rest;
            rest.base = total.base - groups[g].base;
            const double totalCount = r < total.counts.size() ? total.counts[r] : 0.0;
            const double groupCount = r < groups[g].counts.size() ? groups[g].counts[r] : 0.0;
            rest.counts = {totalCount - groupCount};
            const double restBase = rest.base.effectiveBase();
            if (!(restBase >= options.minimumEffectiveBase))
                continue;
            const auto outcome = TwoProportionZTest::compute(
                proportion(groups[g], r), result.effectiveBases[g], proportion(rest, 0), restBase);
            if (!outcome.valid)
                continue;
            PairTest pair;
            pair.first = int(g);
            pair.statistic = outcome.z;
            pair.p = outcome.p;
            row.pairs.push_back(pair);
        }
        row.settle(groups.size(), alpha, options.correction, true);
    }
    return result;
}

std::vector<ProportionColumn> ColumnProportionsTest::columnsOf(const CrossTab& table,
                                                               const SegmentWeights& weights) {
    std::vector<ProportionColumn> columns;
    for (qsizetype g = 0; g < table.groups.size(); ++g)
        columns.push_back(ProportionColumn::fromTable(
            table.groups[g], std::size_t(g) < weights.groups.size() ? weights.groups[std::size_t(g)]
                                                                    : WeightSums{}));
    return columns;
}

GroupComparison ColumnProportionsTest::pairwise(const CrossTab& table,
                                                const SegmentWeights& weights,
                                                const SignificanceOptions& options) {
    if (weights.overlapping || weights.groups.size() != std::size_t(table.groups.size()))
        return {};
    return pairwise(columnsOf(table, weights), options);
}

GroupComparison ColumnProportionsTest::againstRest(const CrossTab& table,
                                                   const SegmentWeights& weights,
                                                   const SignificanceOptions& options) {
    if (weights.overlapping || weights.groups.size() != std::size_t(table.groups.size()))
        return {};
    return againstRest(columnsOf(table, weights),
                       ProportionColumn::fromTable(table.total, weights.total), options);
}

} // namespace sondo
