// Speed of the statistics on a 1,000,000-respondent project. Prints figures; not a test.
// Target: a filtered frequency (1 condition on a 6-option question, frequency of a 5-option
// question) under 2 ms.

#include "filter/SegmentFilter.h"
#include "stats/CrossTab.h"
#include "stats/FrequencyTable.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>

using namespace sondo;

namespace {

constexpr int kRespondents = 1'000'000;
constexpr int kRuns = 51;

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

/** Median and minimum milliseconds of kRuns runs of `work`. */
void measure(const char* name, const std::function<qint64()>& work) {
    std::vector<double> ms;
    qint64 check = 0;
    for (int run = 0; run < kRuns; ++run) {
        const auto start = std::chrono::steady_clock::now();
        check += work();
        const auto end = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-58s median %8.3f ms   min %8.3f ms   (check %lld)\n", name, ms[ms.size() / 2],
                ms.front(), static_cast<long long>(check / kRuns));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::mt19937 random(20240501);

    Survey survey;
    survey.questions << makeQuestion(QStringLiteral("Q1"), QuestionType::Single, 6)
                     << makeQuestion(QStringLiteral("Q2"), QuestionType::Single, 5)
                     << makeQuestion(QStringLiteral("Q3"), QuestionType::Likert, 5)
                     << makeQuestion(QStringLiteral("Q4"), QuestionType::Multiple, 6)
                     << makeQuestion(QStringLiteral("Q5"), QuestionType::Numeric, 0);
    ResponseMatrix m;
    m.respondentCount = kRespondents;
    m.weights.assign(kRespondents, 1.0);
    m.columns.resize(5);
    // About 3% blanks in every question, as in real exports.
    std::uniform_int_distribution<int> percent(0, 99);
    for (int q = 0; q < 3; ++q) {
        const int k = int(survey.questions[q].options.size());
        std::uniform_int_distribution<int> option(1, k);
        m.columns[q].codes.resize(kRespondents);
        for (int i = 0; i < kRespondents; ++i)
            m.columns[q].codes[i] = percent(random) < 3 ? 0 : option(random);
    }
    AnswerColumn& multiple = m.columns[3];
    multiple.answered.resize(kRespondents);
    multiple.selected.assign(6, std::vector<std::uint8_t>(kRespondents, 0));
    for (int i = 0; i < kRespondents; ++i) {
        multiple.answered[i] = percent(random) >= 3;
        if (multiple.answered[i])
            for (int o = 0; o < 6; ++o)
                multiple.selected[o][i] = percent(random) < 35;
    }
    std::normal_distribution<double> age(45, 12);
    m.columns[4].values.resize(kRespondents);
    for (int i = 0; i < kRespondents; ++i)
        m.columns[4].values[i] = percent(random) < 3 ? std::nan("") : std::round(age(random));

    SegmentFilter filter;
    filter.addCondition(0, 2);
    const RespondentMask mask = filter.mask(survey, m);

    std::printf("%d respondents, weights all 1, %d runs each\n", kRespondents, kRuns);
    measure("filtered frequency (mask + 5-option single)  <- target", [&] {
        return FrequencyTable::compute(survey, m, 1, filter.mask(survey, m)).unweightedBase;
    });
    measure("  mask only (1 condition, 6-option single)",
            [&] { return qint64(filter.mask(survey, m).size()); });
    measure("  frequency only, prebuilt mask",
            [&] { return FrequencyTable::compute(survey, m, 1, mask).unweightedBase; });
    measure("unfiltered frequency, 5-option single",
            [&] { return FrequencyTable::compute(survey, m, 1).unweightedBase; });
    measure("filtered Likert (mean, top-2-box)",
            [&] { return FrequencyTable::compute(survey, m, 2, mask).unweightedBase; });
    measure("filtered multiple choice, 6 options",
            [&] { return FrequencyTable::compute(survey, m, 3, mask).unweightedBase; });
    measure("filtered numeric (sort, quartiles)",
            [&] { return FrequencyTable::compute(survey, m, 4, mask).unweightedBase; });
    measure("unfiltered numeric",
            [&] { return FrequencyTable::compute(survey, m, 4).unweightedBase; });
    measure("crosstab numeric by 6-option single",
            [&] { return CrossTab::compute(survey, m, 4, 0).total.unweightedBase; });
    measure("crosstab multiple choice by 6-option single",
            [&] { return CrossTab::compute(survey, m, 3, 0).total.unweightedBase; });
    SegmentFilter twoQuestions = filter;
    twoQuestions.addCondition(3, 0);
    twoQuestions.addCondition(3, 4);
    measure("mask, 2 questions (single + multiple OR of 2)",
            [&] { return qint64(twoQuestions.mask(survey, m).size()); });
    measure("crosstab 5-option single by 6-option single + chi-square",
            [&] { return CrossTab::compute(survey, m, 1, 0).total.unweightedBase; });
    ResponseMatrix unweighted = m;
    unweighted.weights.clear();
    measure("filtered frequency, matrix without weights",
            [&] { return FrequencyTable::compute(survey, unweighted, 1, mask).unweightedBase; });
    return 0;
}
