#include "project/ProjectImporter.h"

#include "import/SurveyImporter.h"
#include "project/CodedResponses.h"
#include "project/SavedImportOptions.h"
#include "storage/ProjectStore.h"

namespace sondo {

namespace {

ProgressCallback part(const ProgressCallback& progress, int from, int to) {
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        return progress(total > 0 ? from + (to - from) * done / total : from, 100);
    };
}

} // namespace

Result<ImportSummary> ProjectImporter::importInto(const QString& sourcePath,
                                                  const QString& projectPath,
                                                  const ImportOptions& options,
                                                  const ProgressCallback& progress) {
    auto imported = SurveyImporter::importCoded(sourcePath, options, part(progress, 0, 60));
    if (!imported.ok())
        return Result<ImportSummary>::failure(imported.error());
    const CodedImport& source = imported.value();

    Project project;
    project.survey = source.coded.survey;
    project.imports.append(source.record);
    project.state.insert(SavedImportOptions::key(),
                         SavedImportOptions::toJson(options, project.survey));
    CodedResponses answers(*source.table, source.coded);
    auto written = ProjectStore::write(projectPath, project, answers, part(progress, 60, 100));
    if (!written.ok()) {
        Result<ImportSummary> failed = Result<ImportSummary>::failure(written.error());
        failed.warnings = imported.warnings;
        return failed;
    }

    ImportSummary summary;
    summary.survey = std::move(project.survey);
    summary.respondents = source.coded.respondentCount;
    summary.record = source.record;
    Result<ImportSummary> result(std::move(summary));
    result.warnings = imported.warnings;
    return result;
}

} // namespace sondo
