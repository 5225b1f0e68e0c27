#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/ImportOptions.h"
#include "model/Project.h"
#include "project/ProjectImporter.h"
#include "project/ProjectUpdater.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace sondo {

/** What ProjectService::inspect() found for a survey file the analyst opened in the window. */
struct SurveyInspection {
    enum class Finding {
        /** Its project was made from these very bytes: `project` is that project, read. */
        ProjectUpToDate,
        /** Its project (`projectPath`) was made from other bytes: ask whether to re-import. */
        ProjectOutdated,
        /** No project yet: `project` is the file imported in memory, for the preview. */
        NoProject,
    };
    Finding finding = Finding::NoProject;
    Project project;
    /** The project of the survey file (ProjectUpToDate, ProjectOutdated); empty for NoProject. */
    QString projectPath;
};

/**
 * The one way from a path to a project, for the command line and the window alike: open a
 * project or a survey export (all answers, or only those a command needs), tell the window what
 * to do with a survey file it opened, preview an import, import into a project file, re-import a
 * newer export, and save. Nothing outside `core/project/` reads or writes a project file any
 * other way, so both front ends make the same files and meet the same errors.
 *
 * Every function is a stateless call that opens its own database connections, so any of them
 * can run on a worker thread. Long ones report through `progress` and stop, changing nothing,
 * when it returns false; the error then is the one the interrupted step gave.
 *
 * Every write holds the project's ProjectLock: a second writer of the same project waits a
 * moment, then fails with "project in use by sondo (pid 1234 on host)"; reading takes no lock.
 * An import or update first removes the temporary files a killed writer of that project left
 * beside it. A fresh import or save writes only where there is no file yet or a Sondo project
 * (see ProjectTarget), and keeps the project it replaces as `NAME.sondo.bak` (ProjectBackup).
 */
class ProjectService {
    Q_DECLARE_TR_FUNCTIONS(sondo)

public:
    /** What a fresh import may replace at the project's path. */
    enum class Replace {
        /** Only a Sondo project (kept as `NAME.sondo.bak`) or an empty file. */
        ProjectOnly,
        /** Any file (`sondo import --force`); only a project is kept as a backup. */
        AnyFile,
    };

    /** One flag per question of the survey: whose answers to load. */
    using AnswersNeeded = std::function<std::vector<bool>(const Survey&)>;

    /** True when the file is an SQLite database (by its header), whatever its extension. */
    static bool isProjectFile(const QString& path);
    /** Where `sondo import FILE` writes when no project is named: `<name>.sondo` beside it. */
    static QString besidePath(const QString& surveyPath);
    /**
     * Where the window writes a new project of `surveyPath`: beside it when that folder is
     * writable, else in the application's data folder (see ProjectLocator).
     */
    static QString newProjectPath(const QString& surveyPath);

    /**
     * Opens whatever `path` is: a project is read from disk with the analyst's saved changes
     * (core/edit) applied, a survey export is imported in memory with `options` (nothing
     * written).
     */
    static Result<Project> open(const QString& path, const ImportOptions& options = {},
                                const ProgressCallback& progress = {});
    /**
     * Opens `path` for work that needs only some answers: once the questions are read, `needed`
     * says which questions' answers to load. A project then loads only those (a
     * million-respondent project opens in a fraction of the time; the other answer columns and
     * the respondent ids stay empty); a survey export is imported whole. The analyst's saved
     * changes are applied, as by open().
     */
    static Result<Project> openFor(const QString& path, const AnswersNeeded& needed);
    /**
     * Reads the project file at `projectPath` as stored (a survey export is an error here): the
     * saved changes are NOT applied, because the window's document applies them itself and keeps
     * the survey as read, so that undoing a change rebuilds instead of reversing it. Only what
     * the window shows is loaded: the questions it lists once the changes are made, the dates
     * and the weighting's questions; identifiers and other metadata stay in the file, and so do
     * the respondent ids (readRespondentIds() reads them when a view first shows them).
     */
    static Result<Project> openProject(const QString& projectPath,
                                       const ProgressCallback& progress = {});
    /**
     * The respondent ids of the project at `projectPath`, which openProject() leaves out; empty
     * when the project numbers its respondents instead.
     */
    static Result<QStringList> readRespondentIds(const QString& projectPath);
    /**
     * Reads the project file at `projectPath` as stored, like openProject(), loading only the
     * answers `needed` says (see openFor): for listing and checking the saved changes one by one
     * (`sondo recodes`) without loading a million respondents.
     */
    static Result<Project> openProjectFor(const QString& projectPath, const AnswersNeeded& needed);

    /**
     * A survey file the analyst opened in the window: its existing project (beside it or in the
     * fallback folder) read when that was made from these very bytes (same SHA-256), only its
     * path when made from other bytes, else the file imported in memory for the preview. A
     * project that exists but cannot be read is an error: it is never silently replaced.
     */
    static Result<SurveyInspection> inspect(const QString& surveyPath,
                                            const ProgressCallback& progress = {});
    /** Imports `surveyPath` in memory only, for the preview dialog; nothing is written. */
    static Result<Project> preview(const QString& surveyPath, const ImportOptions& options,
                                   const ProgressCallback& progress = {});

    /**
     * Why a fresh import with Replace::ProjectOnly would not write to `projectPath`, found
     * without changing anything: the file there is not a Sondo project ("not a Sondo project (a
     * text file)"), or the project's backup cannot be kept because `NAME.sondo.bak` is not one.
     * The error names `projectPath`. Nothing when the import may go ahead. importInto() checks
     * the same again under the lock; this lets a front end say how to override it up front.
     */
    static std::optional<Diagnostic> replaceRefusal(const QString& projectPath);

    /**
     * Imports `surveyPath` with `options` (type overrides included) into `projectPath`,
     * replacing it atomically; answers are stored while the file is still being read, and the
     * options are saved in the project for a later re-import. See ProjectImporter::importInto().
     * What was at `projectPath` may be replaced as `replace` says (see replaceRefusal()); a
     * project replaced is kept as `NAME.sondo.bak` (ImportSummary::backupPath).
     */
    static Result<ImportSummary> importInto(const QString& surveyPath, const QString& projectPath,
                                            const ImportOptions& options,
                                            const ProgressCallback& progress = {},
                                            Replace replace = Replace::ProjectOnly);
    /** importInto(), then the project read back from the file as written. */
    static Result<Project> importAndOpen(const QString& surveyPath, const QString& projectPath,
                                         const ImportOptions& options,
                                         const ProgressCallback& progress = {},
                                         Replace replace = Replace::ProjectOnly);

    /**
     * Re-imports `surveyPath`, a newer export of the same survey, into the project at
     * `projectPath` with the import options saved in it overlaid by `given` (`sondo import
     * --update`, File > Re-import). See ProjectUpdater::updateFile().
     */
    static Result<UpdateReport> update(const QString& projectPath, const QString& surveyPath,
                                       const ImportOptions& given = {},
                                       const ProgressCallback& progress = {});
    /** update(), then the project read back from the file as written, with the report. */
    static Result<ProjectUpdate> updateAndOpen(const QString& projectPath,
                                               const QString& surveyPath,
                                               const ImportOptions& given = {},
                                               const ProgressCallback& progress = {});

    /**
     * Writes a whole project held in memory to `projectPath`, atomically, where a fresh import
     * would (Replace::ProjectOnly): a project replaced is kept as `NAME.sondo.bak`.
     */
    static Result<Done> save(const QString& projectPath, const Project& project,
                             const ProgressCallback& progress = {});
    /**
     * Replaces the analyst's saved state in the project, leaving its answers as they are. Waits
     * only briefly (ProjectLock::StateWait) while another writer holds the project: the window
     * saves often and must stay responsive; the error then says who holds it.
     */
    static Result<Done> saveState(const QString& projectPath, const QJsonObject& state);
};

} // namespace sondo
