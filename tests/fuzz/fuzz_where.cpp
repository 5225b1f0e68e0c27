// The --where parser of the command line (app/CliArguments.cpp, compiled in) against the demo
// survey: each input line is one QUESTION=VALUE condition. A filter that parses is applied
// (mask, description, questions named). An input that starts with "{" is also read as the
// saved-state JSON of a project (SegmentFilter::fromJson, AnalysisState::fromJson), what opening
// a stranger's .sondo file feeds the same code.

#include "FuzzSupport.h"

#include "CliArguments.h"
#include "analysis/AnalysisState.h"
#include "import/SurveyImporter.h"

#include <QJsonDocument>

using namespace sondo;

namespace {

const Project& demo() {
    static const Project project = [] {
        auto result = SurveyImporter::importFile(
            QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv"),
            ImportOptions());
        if (!result.ok())
            qFatal("cannot import the demo survey: %s", qPrintable(result.error().toString()));
        return result.takeValue();
    }();
    return project;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::startQt();
    demo();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Project& project = demo();
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringList conditions = QString::fromUtf8(bytes).split(QLatin1Char('\n')).mid(0, 16);
    const auto filter = CliArguments::filter(project.survey, conditions);
    if (filter.ok()) {
        const RespondentMask mask = filter.value().mask(project.survey, project.responses);
        if (!mask.empty() && mask.size() != size_t(project.responses.respondentCount))
            fuzz::broken("SegmentFilter::mask: not one flag per respondent");
        filter.value().describe(project.survey);
        const QJsonObject json = filter.value().toJson(project.survey);
        if (!(SegmentFilter::fromJson(json, project.survey) == filter.value()))
            fuzz::broken("SegmentFilter: toJson() does not read back", conditions.join(u'\n'));
    }
    CliArguments::questionsNamed(project.survey, conditions, conditions);

    if (bytes.startsWith('{')) {
        const QJsonObject json = QJsonDocument::fromJson(bytes.toByteArray()).object();
        QStringList unresolved;
        SegmentFilter::fromJson(json, project.survey, &unresolved)
            .mask(project.survey, project.responses);
        AnalysisState::fromJson(json, project.survey, &unresolved);
    }
    return 0;
}
