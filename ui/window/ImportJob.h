#pragma once

#include "base/Diagnostic.h"
#include "base/Progress.h"
#include "import/ImportOptions.h"
#include "model/Project.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace sondo {

/** What a job ended with, handed back to the window on its thread. */
struct ImportOutcome {
    enum class Status {
        Failed,       ///< `error` says why
        Cancelled,    ///< the analyst pressed Cancel; nothing was changed
        Opened,       ///< `project` is ready and saved at `projectPath`
        NeedsPreview, ///< `project` was imported in memory only, to be confirmed by the analyst
        /** The survey file is not the one its project at `projectPath` was made from. */
        SurveyChanged,
    };
    Status status = Status::Failed;
    Project project;
    /** Opened: the project file. SurveyChanged: the project made from an older export. */
    QString projectPath;
    /** Opened after a re-import: what changed ("12 respondents added, …"). */
    QString updateSummary;
    /** The survey file imported (empty when a .sondo was opened). */
    QString surveyPath;
    Diagnostic error;
    QList<Diagnostic> warnings;
};

/**
 * Long work off the window's thread: reading a project, importing a survey, writing a project.
 * Runs one task on QtConcurrent's pool; the task reports progress through a ProgressCallback and
 * stops when cancel() makes that callback return false. The tasks below are each one call into
 * ProjectService (the command line's way in too), turned into an ImportOutcome; every call opens
 * its own database connection, so the worker never shares one with the window. The window is
 * never blocked and never re-entered through processEvents().
 */
class ImportJob : public QObject {
    Q_OBJECT
public:
    using Task = std::function<ImportOutcome(const ProgressCallback&)>;

    ImportJob(QString description, Task task, QObject* parent = nullptr);
    /** Cancels a task still running and waits for it to stop. */
    ~ImportJob() override;

    void start();
    bool isRunning() const;
    QString description() const { return m_description; }
    /** The result, valid after finished(). */
    ImportOutcome& outcome() { return m_outcome; }

    /** Opens a .sondo project. */
    static ImportOutcome openProject(const QString& path, const ProgressCallback& progress);
    /**
     * A survey file the analyst opened: its existing project when that was made from these very
     * bytes (same SHA-256, Opened); SurveyChanged when its project was made from other bytes;
     * otherwise an import in memory for the preview (NeedsPreview).
     */
    static ImportOutcome inspectSurvey(const QString& surveyPath, const ProgressCallback& progress);
    /**
     * Re-imports a newer export into its project (ProjectService::updateAndOpen: questions keep
     * their ids, the saved state and import options stay) and opens the result.
     */
    static ImportOutcome updateProject(const QString& projectPath, const QString& surveyPath,
                                       const ProgressCallback& progress);
    /**
     * Imports `surveyPath` with `options` into `projectPath` the way `sondo import` does (the
     * answers stored while the file is read, the options saved for a later re-import), then
     * opens the project as written.
     */
    static ImportOutcome importAndSave(const QString& surveyPath, const ImportOptions& options,
                                       const QString& projectPath,
                                       const ProgressCallback& progress);

public slots:
    void cancel();

signals:
    /** 0–100 while running. */
    void progressChanged(int percent);
    void finished();

private:
    QString m_description;
    Task m_task;
    ImportOutcome m_outcome;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<std::atomic<int>> m_percent;
};

} // namespace sondo
