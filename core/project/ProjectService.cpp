#include "project/ProjectService.h"

#include "import/SurveyImporter.h"
#include "import/text/SourceChecksum.h"
#include "project/ProjectLocator.h"
#include "storage/ProjectStore.h"

#include <QFile>

namespace sondo {

namespace {

/** `value` as a result carrying `warnings`. */
template <typename T> Result<T> withWarnings(T value, const QList<Diagnostic>& warnings) {
    Result<T> result(std::move(value));
    result.warnings = warnings;
    return result;
}

/** The error of a step as the result of another type, its warnings kept. */
template <typename T, typename U> Result<T> failedWith(const Result<U>& step) {
    Result<T> failed = Result<T>::failure(step.error());
    failed.warnings = step.warnings;
    return failed;
}

/**
 * The project at `projectPath` read back once `written`, the step that wrote it, succeeded: what
 * the window shows is what the file holds. The warnings of both are kept.
 */
template <typename T>
Result<Project> readBack(const Result<T>& written, const QString& projectPath,
                         const ProgressCallback& progress) {
    if (!written.ok())
        return failedWith<Project>(written);
    auto read = ProjectStore::read(projectPath, progress);
    read.warnings = written.warnings + read.warnings;
    return read;
}

} // namespace

bool ProjectService::isProjectFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static constexpr char sqliteMagic[] = "SQLite format 3";
    return file.read(sizeof sqliteMagic) == QByteArray(sqliteMagic, sizeof sqliteMagic);
}

QString ProjectService::besidePath(const QString& surveyPath) {
    return ProjectLocator::besidePath(surveyPath);
}

QString ProjectService::newProjectPath(const QString& surveyPath) {
    return ProjectLocator::newProjectPath(surveyPath);
}

Result<Project> ProjectService::open(const QString& path, const ImportOptions& options,
                                     const ProgressCallback& progress) {
    if (isProjectFile(path))
        return ProjectStore::read(path, progress);
    return SurveyImporter::importFile(path, options, progress);
}

Result<Project> ProjectService::openFor(const QString& path, const AnswersNeeded& needed) {
    if (!isProjectFile(path))
        return SurveyImporter::importFile(path, {});
    auto survey = ProjectStore::readSurvey(path);
    if (!survey.ok())
        return Result<Project>::failure(survey.error());
    std::vector<bool> questions = needed(survey.value());
    questions.resize(size_t(survey.value().questions.size()), false);
    return ProjectStore::read(path, {}, questions);
}

Result<Project> ProjectService::openProject(const QString& projectPath,
                                            const ProgressCallback& progress) {
    return ProjectStore::read(projectPath, progress);
}

Result<SurveyInspection> ProjectService::inspect(const QString& surveyPath,
                                                 const ProgressCallback& progress) {
    SurveyInspection found;
    const QString existing = ProjectLocator::existingProjectPath(surveyPath);
    if (existing.isEmpty()) {
        auto previewed = preview(surveyPath, {}, progress);
        if (!previewed.ok())
            return failedWith<SurveyInspection>(previewed);
        found.finding = SurveyInspection::Finding::NoProject;
        found.project = previewed.takeValue();
        return withWarnings(std::move(found), previewed.warnings);
    }

    const QString checksum = SourceChecksum::sha256(surveyPath, progressPart(progress, 0, 10));
    if (checksum.isEmpty() && progress && !progress(0, 0))
        return Result<SurveyInspection>::failure({surveyPath, 0, 0, tr("Import cancelled")});
    auto read = ProjectStore::read(existing, progressPart(progress, 10, 100));
    if (!read.ok()) {
        if (progress && !progress(0, 0))
            return Result<SurveyInspection>::failure(read.error());
        // Never overwrite a project we cannot read (damaged, or from a newer Sondo).
        Diagnostic error = read.error();
        error.message =
            tr("A project of this survey exists but cannot be opened: %1").arg(error.message);
        return Result<SurveyInspection>::failure(error);
    }
    found.projectPath = existing;
    const Project& project = read.value();
    if (project.imports.isEmpty() || checksum.isEmpty() ||
        project.imports.constLast().sha256 != checksum) {
        found.finding = SurveyInspection::Finding::ProjectOutdated;
        return found;
    }
    found.finding = SurveyInspection::Finding::ProjectUpToDate;
    found.project = read.takeValue();
    return withWarnings(std::move(found), read.warnings);
}

Result<Project> ProjectService::preview(const QString& surveyPath, const ImportOptions& options,
                                        const ProgressCallback& progress) {
    return SurveyImporter::importFile(surveyPath, options, progress);
}

Result<ImportSummary> ProjectService::importInto(const QString& surveyPath,
                                                 const QString& projectPath,
                                                 const ImportOptions& options,
                                                 const ProgressCallback& progress) {
    return ProjectImporter::importInto(surveyPath, projectPath, options, progress);
}

Result<Project> ProjectService::importAndOpen(const QString& surveyPath, const QString& projectPath,
                                              const ImportOptions& options,
                                              const ProgressCallback& progress) {
    return readBack(importInto(surveyPath, projectPath, options, progressPart(progress, 0, 70)),
                    projectPath, progressPart(progress, 70, 100));
}

Result<UpdateReport> ProjectService::update(const QString& projectPath, const QString& surveyPath,
                                            const ImportOptions& given,
                                            const ProgressCallback& progress) {
    return ProjectUpdater::updateFile(projectPath, surveyPath, given, progress);
}

Result<ProjectUpdate> ProjectService::updateAndOpen(const QString& projectPath,
                                                    const QString& surveyPath,
                                                    const ImportOptions& given,
                                                    const ProgressCallback& progress) {
    const auto updated = update(projectPath, surveyPath, given, progressPart(progress, 0, 80));
    auto opened = readBack(updated, projectPath, progressPart(progress, 80, 100));
    if (!opened.ok())
        return failedWith<ProjectUpdate>(opened);
    return withWarnings(ProjectUpdate{opened.takeValue(), updated.value()}, opened.warnings);
}

Result<Done> ProjectService::save(const QString& projectPath, const Project& project,
                                  const ProgressCallback& progress) {
    return ProjectStore::write(projectPath, project, progress);
}

Result<Done> ProjectService::saveState(const QString& projectPath, const QJsonObject& state) {
    return ProjectStore::writeState(projectPath, state);
}

} // namespace sondo
