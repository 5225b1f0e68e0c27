#include "stats/MeansTest.h"

#include "stats/WelchTest.h"

namespace sondo {

namespace {

GroupComparison prepare(const std::vector<MeanSample>& groups, const SignificanceOptions& options) {
    GroupComparison result;
    result.confidence = options.confidence;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const double ne = groups[g].effectiveBase();
        result.letters << GroupComparison::letter(int(g));
        result.effectiveBases.push_back(ne);
        result.tested.push_back(ne >= options.minimumEffectiveBase && ne > 1);
    }
    result.rows.resize(1);
    return result;
}

PairTest pairOf(int first, int second, const WelchTest::Outcome& outcome) {
    PairTest pair;
    pair.first = first;
    pair.second = second;
    pair.statistic = outcome.t;
    pair.df = outcome.df;
    pair.p = outcome.p;
    return pair;
}

MeanSample sampleOf(const FrequencyTable& table, const WeightSums& scored) {
    return table.summary ? MeanSample::fromSummary(*table.summary, scored) : MeanSample{};
}

} // namespace

GroupComparison MeansTest::pairwise(const std::vector<MeanSample>& groups,
                                    const SignificanceOptions& options) {
    GroupComparison result = prepare(groups, options);
    result.valid = groups.size() >= 2;
    ComparisonRow& row = result.rows.front();
    for (std::size_t a = 0; a < groups.size(); ++a) {
        if (!result.tested[a])
            continue;
        for (std::size_t b = a + 1; b < groups.size(); ++b) {
            if (!result.tested[b])
                continue;
            const WelchTest::Outcome outcome = WelchTest::compute(groups[a], groups[b]);
            if (outcome.valid)
                row.pairs.push_back(pairOf(int(a), int(b), outcome));
        }
    }
    row.settle(groups.size(), 1.0 - options.confidence, options.correction, false);
    return result;
}

GroupComparison MeansTest::againstRest(const std::vector<MeanSample>& groups,
                                       const MeanSample& total,
                                       const SignificanceOptions& options) {
    GroupComparison result = prepare(groups, options);
    result.valid = !groups.empty();
    result.againstRest = true;
    ComparisonRow& row = result.rows.front();
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (!result.tested[g])
            continue;
        const MeanSample rest = MeanSample::rest(total, groups[g]);
        if (!(rest.effectiveBase() >= options.minimumEffectiveBase))
            continue;
        const WelchTest::Outcome outcome = WelchTest::compute(groups[g], rest);
        if (outcome.valid)
            row.pairs.push_back(pairOf(int(g), -1, outcome));
    }
    row.settle(groups.size(), 1.0 - options.confidence, options.correction, true);
    return result;
}

std::vector<MeanSample> MeansTest::samplesOf(const CrossTab& table, const SegmentWeights& scored) {
    std::vector<MeanSample> samples;
    for (qsizetype g = 0; g < table.groups.size(); ++g)
        samples.push_back(sampleOf(table.groups[g], std::size_t(g) < scored.groups.size()
                                                        ? scored.groups[std::size_t(g)]
                                                        : WeightSums{}));
    return samples;
}

GroupComparison MeansTest::pairwise(const CrossTab& table, const SegmentWeights& scored,
                                    const SignificanceOptions& options) {
    if (scored.overlapping || scored.groups.size() != std::size_t(table.groups.size()))
        return {};
    return pairwise(samplesOf(table, scored), options);
}

GroupComparison MeansTest::againstRest(const CrossTab& table, const SegmentWeights& scored,
                                       const SignificanceOptions& options) {
    if (scored.overlapping || scored.groups.size() != std::size_t(table.groups.size()))
        return {};
    return againstRest(samplesOf(table, scored), sampleOf(table.total, scored.total), options);
}

} // namespace sondo
