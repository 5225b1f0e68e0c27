// Times each phase of importing a survey export and of answering a filtered frequency from the
// saved project, so a slow phase shows by name. Usage: bench_import FILE.csv [PROJECT.sondo]
// Prints one line per phase (seconds) and the peak resident memory.

#include "filter/SegmentFilter.h"
#include "import/build/SurveyBuilder.h"
#include "import/profiles/FormatProfiles.h"
#include "import/text/CsvReader.h"
#include "project/CodedResponses.h"
#include "stats/FrequencyTable.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace sondo;

namespace {

void phase(const char* name, QElapsedTimer& timer) {
    std::printf("%-34s %8.3f s\n", name, timer.nsecsElapsed() / 1e9);
    std::fflush(stdout);
    timer.restart();
}

long peakKilobytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_import FILE.csv [PROJECT.sondo]\n");
        return 1;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString target = argc > 2
                               ? QString::fromLocal8Bit(argv[2])
                               : QFileInfo(source).dir().filePath(QStringLiteral("bench.sondo"));
    QElapsedTimer total;
    total.start();
    QElapsedTimer timer;
    timer.start();

    auto csv = CsvReader::read(source);
    if (!csv.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(csv.error().toString()));
        return 2;
    }
    phase("read CSV into RawTable", timer);
    const RawTable& table = csv.value().table;
    const auto profile = FormatProfiles::detect(table);
    const ImportPlan plan = profile->plan(table);
    phase("detect profile and plan", timer);
    auto coded = SurveyBuilder::code(table, plan, ImportOptions{}, QFileInfo(source).fileName());
    if (!coded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(coded.error().toString()));
        return 2;
    }
    phase("infer types", timer);
    // As `sondo import` writes: respondents coded a slice at a time while they are stored.
    Project project;
    project.survey = coded.value().survey;
    CodedResponses answers(table, coded.value());
    auto written = ProjectStore::write(target, project, answers);
    if (!written.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
        return 2;
    }
    phase("code answers, write project", timer);
    std::printf("%-34s %8.3f s\n", "import total", total.nsecsElapsed() / 1e9);

    timer.restart();
    auto loaded = ProjectStore::read(target);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 2;
    }
    phase("load project", timer);

    // A filtered frequency as the analyst asks it: the first single-choice question filtered by
    // the first option of the second one.
    const Survey& survey = loaded.value().survey;
    const ResponseMatrix& responses = loaded.value().responses;
    int question = -1;
    int segment = -1;
    for (int i = 0; i < survey.questions.size(); ++i) {
        if (survey.questions[i].type != QuestionType::Single || survey.questions[i].metadata)
            continue;
        if (question < 0)
            question = i;
        else if (segment < 0)
            segment = i;
    }
    if (question >= 0 && segment >= 0) {
        SegmentFilter filter;
        filter.addCondition(segment, 0);
        std::vector<double> times;
        FrequencyTable table;
        for (int run = 0; run < 50; ++run) {
            QElapsedTimer t;
            t.start();
            table = FrequencyTable::compute(survey, responses, question,
                                            filter.mask(survey, responses));
            times.push_back(t.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::printf("%-34s %8.3f ms (median of 50; base %.0f)\n", "filtered frequency", times[25],
                    table.base);
    }
    std::printf("%-34s %8ld MB\n", "peak memory", peakKilobytes() / 1024);
    return 0;
}
