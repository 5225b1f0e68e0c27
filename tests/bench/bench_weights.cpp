// Speed of weighting and significance on 1,000,000 respondents. Prints figures; not a test.
// Targets (issue 11): a weighted, tested compare-by of one question by a 7-group segment under
// 20 ms in memory; raking on 3 questions under 1 s.

#include "stats/ColumnProportionsTest.h"
#include "stats/CrossTab.h"
#include "stats/EffectiveBase.h"
#include "stats/FrequencyTable.h"
#include "stats/MeansTest.h"
#include "stats/Raking.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <time.h>

using namespace sondo;

namespace {

constexpr int kRespondents = 1'000'000;

Question makeQuestion(const QString& id, QuestionType type, int options) {
    Question q;
    q.id = id;
    q.code = id;
    q.text = id;
    q.type = type;
    for (int o = 0; o < options; ++o)
        q.options << QStringLiteral("Option %1").arg(o + 1);
    if (type == QuestionType::Likert)
        for (int o = 0; o < options; ++o)
            q.scores.push_back(o + 1);
    return q;
}

double threadMilliseconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/**
 * Median and minimum wall milliseconds of `runs` runs of `work`, and the median CPU time of the
 * thread: on a shared machine the wall time drifts with the others' load, the CPU time much less.
 */
void measure(const char* name, int runs, const std::function<qint64()>& work) {
    std::vector<double> ms;
    std::vector<double> cpu;
    qint64 check = 0;
    for (int run = 0; run < runs; ++run) {
        const double cpuStart = threadMilliseconds();
        const auto start = std::chrono::steady_clock::now();
        check += work();
        const auto end = std::chrono::steady_clock::now();
        cpu.push_back(threadMilliseconds() - cpuStart);
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-58s median %8.3f ms  min %8.3f ms  cpu %8.3f ms  (check %lld)\n", name,
                ms[ms.size() / 2], ms.front(), cpu[cpu.size() / 2],
                static_cast<long long>(check / runs));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::mt19937 random(20261130);

    // Q1: 7-group segment; Q2: 5-point Likert; Q3-Q5: raking questions (sex, age, area) with a
    // few blanks.
    Survey survey;
    survey.questions << makeQuestion(QStringLiteral("Q1"), QuestionType::Single, 7)
                     << makeQuestion(QStringLiteral("Q2"), QuestionType::Likert, 5)
                     << makeQuestion(QStringLiteral("Q3"), QuestionType::Single, 2)
                     << makeQuestion(QStringLiteral("Q4"), QuestionType::Single, 5)
                     << makeQuestion(QStringLiteral("Q5"), QuestionType::Single, 4);
    ResponseMatrix m;
    m.respondentCount = kRespondents;
    m.columns.resize(5);
    const int options[5] = {7, 5, 2, 5, 4};
    for (int q = 0; q < 5; ++q) {
        std::vector<std::int32_t>& codes = m.columns[std::size_t(q)].codes;
        codes.resize(kRespondents);
        for (int i = 0; i < kRespondents; ++i)
            codes[std::size_t(i)] = std::int32_t(random() % std::uint32_t(options[q] + 1));
    }
    std::uniform_real_distribution<double> weight(0.3, 3.0);
    std::vector<double> design(kRespondents);
    for (double& w : design)
        w = weight(random);
    m.weights = design;

    measure("weighted frequency, 5 options", 21,
            [&] { return qint64(FrequencyTable::compute(survey, m, 1).base); });
    measure("effective bases of 7 groups (one pass)", 21,
            [&] { return qint64(EffectiveBase::bySegment(survey, m, 1, 0).total.n); });
    measure("weighted crosstab 5 x 7 groups", 21,
            [&] { return qint64(CrossTab::compute(survey, m, 1, 0).total.unweightedBase); });
    measure("weighted, tested compare-by: crosstab + bases + z-tests", 21, [&] {
        const CrossTab tab = CrossTab::compute(survey, m, 1, 0);
        const SegmentWeights bases = EffectiveBase::bySegment(survey, m, 1, 0);
        const GroupComparison c = ColumnProportionsTest::pairwise(tab, bases);
        return qint64(c.rows.size());
    });
    measure("  ... plus means (Welch) on scored bases", 21, [&] {
        const CrossTab tab = CrossTab::compute(survey, m, 1, 0);
        const SegmentWeights bases = EffectiveBase::bySegment(survey, m, 1, 0);
        const SegmentWeights scored =
            EffectiveBase::bySegment(survey, m, 1, 0, {}, EffectiveBase::Basis::Scored);
        const GroupComparison c = ColumnProportionsTest::pairwise(tab, bases);
        const GroupComparison means = MeansTest::pairwise(tab, scored);
        return qint64(c.rows.size() + means.rows.size());
    });
    const std::vector<RakingTarget> targets{
        {2, {48, 52}}, {3, {15, 20, 25, 22, 18}}, {4, {40, 20, 25, 15}}};
    measure("raking on 3 questions, unit starting weights", 5,
            [&] { return qint64(Raking::compute(survey, m, targets).value().report.iterations); });
    measure("raking on 3 questions, 1M distinct starting weights", 5, [&] {
        return qint64(Raking::compute(survey, m, targets, {}, design).value().report.iterations);
    });
    RakingOptions trim;
    trim.trim = true;
    trim.lowerCap = 0.5;
    trim.upperCap = 2.0;
    measure("raking on 3 questions, trimmed to 0.5-2 x mean", 5, [&] {
        return qint64(Raking::compute(survey, m, targets, trim).value().report.iterations);
    });
    return 0;
}
