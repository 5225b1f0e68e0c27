// Cost of recodes (core/edit) on 1,000,000 respondents: what applying them adds to opening a
// project or switching to a question. Prints figures; not a test.
// Target (issue 10): applying a merge adds under 20 ms.
//
// The questions: a free-text gender coded as 45 spellings (the Google Forms export) with
// 40 of them merged into 3 options, a 10-option multiple choice with 3 options merged, and a
// numeric age banded at 5 cuts. Counting the question once (FrequencyTable) is timed beside
// them, as the work switching to a question does anyway.

#include "edit/EditList.h"
#include "stats/FrequencyTable.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

using namespace sondo;

namespace {

constexpr int kRespondents = 1'000'000;

Project makeProject() {
    Project p;
    Question gender;
    gender.id = QStringLiteral("Q1");
    gender.type = QuestionType::Single;
    for (int o = 0; o < 45; ++o)
        gender.options << QStringLiteral("spelling %1").arg(o + 1);
    Question channels;
    channels.id = QStringLiteral("Q2");
    channels.type = QuestionType::Multiple;
    for (int o = 0; o < 10; ++o)
        channels.options << QStringLiteral("channel %1").arg(o + 1);
    Question age;
    age.id = QStringLiteral("Q3");
    age.type = QuestionType::Numeric;
    p.survey.questions << gender << channels << age;

    std::mt19937 random(7);
    ResponseMatrix& r = p.responses;
    r.respondentCount = kRespondents;
    r.weights.assign(kRespondents, 1.0);
    r.columns.resize(3);
    r.columns[0].codes.resize(kRespondents);
    for (auto& code : r.columns[0].codes)
        code = std::int32_t(random() % 46); // 0 = missing
    r.columns[1].selected.assign(10, std::vector<std::uint8_t>(kRespondents));
    r.columns[1].answered.assign(kRespondents, 1);
    for (auto& flags : r.columns[1].selected)
        for (auto& flag : flags)
            flag = random() % 3 == 0;
    r.columns[2].values.resize(kRespondents);
    for (auto& value : r.columns[2].values)
        value = 16 + random() % 70;
    return p;
}

/** Median milliseconds of `runs` applications of `edits` to fresh copies of `project`. */
double median(const Project& project, const EditList& edits, int runs) {
    std::vector<double> ms;
    for (int run = 0; run < runs; ++run) {
        Project copy = project; // the copy is not timed: opening reads the columns anyway
        const auto start = std::chrono::steady_clock::now();
        const auto problems = edits.apply(copy);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        if (!problems.isEmpty())
            std::printf("problem: %s\n", qPrintable(problems.first().message));
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double countMedian(const Project& project, int question, int runs) {
    std::vector<double> ms;
    qint64 check = 0;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        check += FrequencyTable::compute(project.survey, project.responses, question).respondents;
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    return check > 0 ? ms[ms.size() / 2] : -1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const Project project = makeProject();
    const int runs = 7;

    QStringList male, female, other;
    for (int o = 0; o < 45; ++o)
        (o < 20 ? male : o < 40 ? female : other) << project.survey.questions[0].options[o];
    const EditList mergeSingle(
        {MergeOptions{"Q1", {}, male, "Male"}, MergeOptions{"Q1", {}, female, "Female"}});
    const EditList mergeMultiple(
        {MergeOptions{"Q2", {}, {"channel 1", "channel 2", "channel 3"}, "Channels 1-3"}});
    const EditList bands({Bands{"Q3", {}, {18, 25, 35, 50, 65}}});
    const EditList all({mergeSingle.at(0), mergeSingle.at(1), mergeMultiple.at(0), bands.at(0),
                        HideOption{"Q1", {}, "spelling 45"},
                        ReorderOptions{"Q1", {}, {"Female", "Male"}}});

    std::printf("Recodes on %d respondents (median of %d runs, ms)\n", kRespondents, runs);
    std::printf("  count the 45-option question (FrequencyTable)   %8.2f\n",
                countMedian(project, 0, runs));
    std::printf("  merge 40 of its options into 2                  %8.2f\n",
                median(project, mergeSingle, runs));
    std::printf("  merge 3 of 10 options of a multiple choice      %8.2f\n",
                median(project, mergeMultiple, runs));
    std::printf("  band a numeric question at 5 cuts               %8.2f\n",
                median(project, bands, runs));
    std::printf("  all six recodes above                           %8.2f\n",
                median(project, all, runs));
    return 0;
}
