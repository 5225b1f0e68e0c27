#include "project/ProjectImporter.h"

#include "import/SurveyBuilder.h"
#include "import/SurveyImporter.h"
#include "project/SavedImportOptions.h"
#include "storage/ProjectStore.h"
#include "storage/ResponseSource.h"

namespace sondo {

namespace {

/** Codes the respondents of an import one slice at a time, as ProjectStore asks for them. */
class CodedSource final : public ResponseSource {
public:
    explicit CodedSource(const CodedImport& imported)
        : m_imported(imported) {}
    int respondentCount() const override { return m_imported.coded.respondentCount; }
    Slice slice(int first, int count) override {
        SurveyBuilder::fill(*m_imported.table, m_imported.coded, first, count, m_slice);
        return {m_slice, first};
    }

private:
    const CodedImport& m_imported;
    ResponseMatrix m_slice;
};

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
    CodedSource answers(source);
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
