#include "project/ProjectService.h"

#include "project/CaseVariantMerges.h"
#include "project/WriteInMerges.h"

#include "edit/EditList.h"
#include "import/SurveyImporter.h"
#include "import/text/SourceChecksum.h"
#include "project/ProjectBackup.h"
#include "project/ProjectLocator.h"
#include "project/ProjectLock.h"
#include "project/ProjectTarget.h"
#include "stats/Weighting.h"
#include "storage/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

/** The refusal to replace the file of `kind` at `projectPath`, which is not a project. */
Diagnostic notAProject(const QString& projectPath, ProjectTarget::Kind kind) {
    return Diagnostic{
        projectPath, 0, 0,
        ProjectService::tr("not a Sondo project (%1)").arg(ProjectTarget::describe(kind))};
}

/** Why the backup of the project at `projectPath` cannot be kept, if it cannot. */
std::optional<Diagnostic> backupRefusal(const QString& projectPath) {
    const QString backup = ProjectBackup::backupPath(projectPath);
    const ProjectTarget::Kind kind = ProjectTarget::examine(backup);
    if (!ProjectTarget::isForeign(kind) && kind != ProjectTarget::Kind::Folder)
        return std::nullopt;
    return Diagnostic{projectPath, 0, 0,
                      ProjectService::tr("the previous project cannot be kept as %1, which is "
                                         "not a Sondo project (%2)")
                          .arg(QDir::toNativeSeparators(backup), ProjectTarget::describe(kind))};
}

/** What a fresh write must do about what is at its path, decided while holding the lock. */
struct Replacement {
    /** The project replaced, staged for its backup; none when there was no project. */
    std::unique_ptr<ProjectBackup> backup;
    QList<Diagnostic> warnings;
};

Result<Replacement> prepareReplacement(const QString& projectPath,
                                       ProjectService::Replace replace) {
    const ProjectTarget::Kind kind = ProjectTarget::examine(projectPath);
    const bool force = replace == ProjectService::Replace::AnyFile;
    if (ProjectTarget::isForeign(kind)) {
        if (!force)
            return Result<Replacement>::failure(notAProject(projectPath, kind));
        return Replacement{};
    }
    if (kind != ProjectTarget::Kind::Project)
        return Replacement{};
    if (auto refusal = backupRefusal(projectPath)) {
        if (!force)
            return Result<Replacement>::failure(*refusal);
        // Forced: the project goes, the stranger's file in the backup's place stays.
        Replacement replacement;
        refusal->message =
            ProjectService::tr("replaced without a backup: %1").arg(refusal->message);
        replacement.warnings.append(*refusal);
        return replacement;
    }
    auto staged = ProjectBackup::stage(projectPath);
    if (!staged.ok())
        return Result<Replacement>::failure(staged.error());
    Replacement replacement;
    replacement.backup = staged.takeValue();
    return replacement;
}

/**
 * Runs `write` (returning a Result) while holding the lock of the project at `projectPath`,
 * waiting up to `wait` for another writer; with `clean`, a killed writer's temporary files are
 * removed first.
 */
template <typename Write>
auto whileLocked(const QString& projectPath, std::chrono::milliseconds wait, bool clean,
                 Write&& write) -> decltype(write()) {
    using Written = decltype(write());
    auto lock = ProjectLock::acquire(projectPath, wait);
    if (!lock.ok())
        return Written::failure(lock.error());
    if (clean)
        lock.value()->removeStaleTempFiles();
    return write();
}

/**
 * Runs `write` (a fresh import or save) under the lock where `replace` allows it, keeping the
 * project it replaces as its backup; `backupPath` gets where, if anywhere.
 */
template <typename Write>
auto replacing(const QString& projectPath, ProjectService::Replace replace, QString* backupPath,
               Write&& write) -> decltype(write()) {
    using Written = decltype(write());
    return whileLocked(projectPath, ProjectLock::WriteWait, true, [&]() -> Written {
        auto prepared = prepareReplacement(projectPath, replace);
        if (!prepared.ok())
            return Written::failure(prepared.error());
        Written written = write();
        written.warnings = prepared.value().warnings + written.warnings;
        if (!written.ok() || !prepared.value().backup)
            return written;
        auto kept = prepared.value().backup->keep();
        if (kept.ok())
            *backupPath = kept.value();
        else
            written.warnings.append(kept.error());
        return written;
    });
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

namespace {

/** A project as read, with the analyst's saved changes applied (what they no longer fit is said).
 */
/**
 * The imported questions whose answers `needed` asks for, named as the analyst sees them: with
 * the saved changes made, derived segments among them, whose answers come from the questions
 * they look at. One flag per question of `imported`.
 */
std::vector<bool> importedAnswersNeeded(const Survey& imported, const EditList& edits,
                                        const ProjectService::AnswersNeeded& needed) {
    Survey edited = imported;
    (void)edits.apply(edited);
    std::vector<bool> questions = needed(edited);
    questions.resize(size_t(edited.questions.size()), false);
    for (qsizetype e = edits.size() - 1; e >= 0; --e) {
        const auto* segment = std::get_if<DerivedSegment>(&edits.at(e));
        if (!segment)
            continue;
        const int q = edited.findQuestion(segment->question);
        if (q >= 0 && questions[size_t(q)])
            for (const int source : segment->sources(edited))
                questions[size_t(source)] = true;
    }
    questions.resize(size_t(imported.questions.size()), false);
    return questions;
}

/**
 * What the window shows, as the analyst sees it: the questions it lists, the dates (a report's
 * fieldwork line) and what the saved weighting uses. Identifiers and other metadata (a million
 * ids, IP addresses) stay in the file.
 */
std::vector<bool> answersTheWindowShows(const Survey& survey, const QJsonObject& state) {
    const WeightingSettings weighting = WeightingSettings::fromState(state);
    return importedAnswersNeeded(
        survey, EditList::fromState(state), [&weighting](const Survey& edited) {
            std::vector<bool> flags(size_t(edited.questions.size()), false);
            for (int q = 0; q < edited.questions.size(); ++q)
                flags[size_t(q)] = edited.questions[q].isAnalysable() ||
                                   edited.questions[q].type == QuestionType::Date;
            if (weighting.isActive())
                for (const int q : Weighting::questionsUsed(edited, weighting))
                    flags[size_t(q)] = true;
            return flags;
        });
}

Result<Project> withEdits(Result<Project> read) {
    if (read.ok())
        read.warnings += EditList::applySaved(read.value());
    return read;
}

/** An export read without a project reads as its import would: careless spellings merged. */
/** An export read without a project gets the merges its import would make (ProjectImporter). */
Result<Project> withImportMerges(Result<Project> read, const QString& path,
                                 const ImportOptions& options) {
    if (read.ok()) {
        read.warnings += CaseVariantMerges::apply(read.value(), QFileInfo(path).fileName());
        read.warnings +=
            WriteInMerges::apply(read.value(), QFileInfo(path).fileName(),
                                 options.writeInLimit.value_or(WriteInMerges::kDefaultLimit));
    }
    return read;
}

} // namespace

Result<Project> ProjectService::open(const QString& path, const ImportOptions& options,
                                     const ProgressCallback& progress) {
    if (isProjectFile(path))
        return withEdits(ProjectStore::read(path, progress));
    return withImportMerges(SurveyImporter::importFile(path, options, progress), path, options);
}

Result<Project> ProjectService::openFor(const QString& path, const AnswersNeeded& needed) {
    if (!isProjectFile(path))
        return withImportMerges(SurveyImporter::importFile(path, {}), path, {});
    auto survey = ProjectStore::readSurvey(path);
    if (!survey.ok())
        return Result<Project>::failure(survey.error());
    // The caller names questions as the analyst sees them: with the recodes applied, derived
    // segments among them, whose answers come from the questions they look at.
    const auto state = ProjectStore::readState(path);
    const EditList edits = state.ok() ? EditList::fromState(state.value()) : EditList();
    const std::vector<bool> questions = importedAnswersNeeded(survey.value(), edits, needed);
    return withEdits(ProjectStore::read(path, {}, questions));
}

Result<Project> ProjectService::openProject(const QString& projectPath,
                                            const ProgressCallback& progress) {
    return ProjectStore::readChosen(projectPath, progress, answersTheWindowShows);
}

Result<QStringList> ProjectService::readRespondentIds(const QString& projectPath) {
    return ProjectStore::readRespondentIds(projectPath);
}

Result<Project> ProjectService::openProjectFor(const QString& projectPath,
                                               const AnswersNeeded& needed) {
    auto survey = ProjectStore::readSurvey(projectPath);
    if (!survey.ok())
        return Result<Project>::failure(survey.error());
    std::vector<bool> questions = needed(survey.value());
    questions.resize(size_t(survey.value().questions.size()), false);
    return ProjectStore::read(projectPath, {}, questions);
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

std::optional<Diagnostic> ProjectService::replaceRefusal(const QString& projectPath) {
    const ProjectTarget::Kind kind = ProjectTarget::examine(projectPath);
    if (ProjectTarget::isForeign(kind))
        return notAProject(projectPath, kind);
    if (kind == ProjectTarget::Kind::Project)
        return backupRefusal(projectPath);
    return std::nullopt;
}

Result<ImportSummary> ProjectService::importInto(const QString& surveyPath,
                                                 const QString& projectPath,
                                                 const ImportOptions& options,
                                                 const ProgressCallback& progress,
                                                 Replace replace) {
    QString backupPath;
    auto imported = replacing(projectPath, replace, &backupPath, [&] {
        return ProjectImporter::importInto(surveyPath, projectPath, options, progress);
    });
    if (imported.ok())
        imported.value().backupPath = backupPath;
    return imported;
}

Result<Project> ProjectService::importAndOpen(const QString& surveyPath, const QString& projectPath,
                                              const ImportOptions& options,
                                              const ProgressCallback& progress, Replace replace) {
    return readBack(
        importInto(surveyPath, projectPath, options, progressPart(progress, 0, 70), replace),
        projectPath, progressPart(progress, 70, 100));
}

Result<UpdateReport> ProjectService::update(const QString& projectPath, const QString& surveyPath,
                                            const ImportOptions& given,
                                            const ProgressCallback& progress) {
    return whileLocked(projectPath, ProjectLock::WriteWait, true, [&] {
        return ProjectUpdater::updateFile(projectPath, surveyPath, given, progress);
    });
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
    QString backupPath;
    return replacing(projectPath, Replace::ProjectOnly, &backupPath,
                     [&] { return ProjectStore::write(projectPath, project, progress); });
}

Result<Done> ProjectService::saveState(const QString& projectPath, const QJsonObject& state) {
    return whileLocked(projectPath, ProjectLock::StateWait, false,
                       [&] { return ProjectStore::writeState(projectPath, state); });
}

} // namespace sondo
