#include "window/ImportJob.h"

#include "project/ProjectService.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>
#include <algorithm>

namespace sondo {

namespace {

/** The outcome of a task whose service call failed: Cancelled when the analyst asked to stop. */
template <typename T>
ImportOutcome failed(const Result<T>& result, const ProgressCallback& progress) {
    ImportOutcome outcome;
    outcome.status = progress && !progress(0, 0) ? ImportOutcome::Status::Cancelled
                                                 : ImportOutcome::Status::Failed;
    outcome.error = result.error();
    return outcome;
}

/** A project read from (or just written to) `projectPath`, for the window to show. */
ImportOutcome opened(Project project, const QString& projectPath,
                     const QList<Diagnostic>& warnings) {
    ImportOutcome outcome;
    outcome.status = ImportOutcome::Status::Opened;
    outcome.project = std::move(project);
    outcome.projectPath = QFileInfo(projectPath).absoluteFilePath();
    outcome.warnings = warnings;
    return outcome;
}

/** The survey file the project was last imported from, as its import history says. */
QString lastSource(const Project& project) {
    return project.imports.isEmpty() ? QString() : project.imports.constLast().sourcePath;
}

} // namespace

ImportJob::ImportJob(QString description, Task task, QObject* parent)
    : QObject(parent)
    , m_description(std::move(description))
    , m_task(std::move(task))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
    , m_percent(std::make_shared<std::atomic<int>>(-1)) {
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportJob::finished);
}

ImportJob::~ImportJob() {
    if (m_watcher.isRunning()) {
        m_cancelled->store(true);
        m_watcher.waitForFinished();
    }
}

void ImportJob::start() {
    QPointer<ImportJob> self(this);
    auto cancelled = m_cancelled;
    auto percent = m_percent;
    const ProgressCallback progress = [self, cancelled, percent](qint64 done, qint64 total) {
        const int now = total > 0 ? int(std::clamp<qint64>(100 * done / total, 0, 100)) : 0;
        // Only whole percents cross threads: a callback per row would flood the event queue.
        if (percent->exchange(now) != now && self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, now] {
                    if (self)
                        emit self->progressChanged(now);
                },
                Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_watcher.setFuture(QtConcurrent::run([this, progress] {
        m_outcome = m_task(progress);
        if (m_cancelled->load() && m_outcome.status == ImportOutcome::Status::Failed)
            m_outcome.status = ImportOutcome::Status::Cancelled;
    }));
}

bool ImportJob::isRunning() const {
    return m_watcher.isRunning();
}

void ImportJob::cancel() {
    m_cancelled->store(true);
}

ImportOutcome ImportJob::openProject(const QString& path, const ProgressCallback& progress) {
    auto read = ProjectService::openProject(path, progress);
    if (!read.ok())
        return failed(read, progress);
    return opened(read.takeValue(), path, read.warnings);
}

ImportOutcome ImportJob::inspectSurvey(const QString& surveyPath,
                                       const ProgressCallback& progress) {
    auto inspected = ProjectService::inspect(surveyPath, progress);
    if (!inspected.ok())
        return failed(inspected, progress);
    SurveyInspection& found = inspected.value();
    ImportOutcome outcome;
    switch (found.finding) {
    case SurveyInspection::Finding::ProjectUpToDate:
        outcome = opened(std::move(found.project), found.projectPath, inspected.warnings);
        break;
    case SurveyInspection::Finding::ProjectOutdated:
        outcome.status = ImportOutcome::Status::SurveyChanged;
        outcome.projectPath = found.projectPath;
        break;
    case SurveyInspection::Finding::NoProject:
        outcome.status = ImportOutcome::Status::NeedsPreview;
        outcome.project = std::move(found.project);
        outcome.warnings = inspected.warnings;
        break;
    }
    outcome.surveyPath = QFileInfo(surveyPath).absoluteFilePath();
    return outcome;
}

ImportOutcome ImportJob::updateProject(const QString& projectPath, const QString& surveyPath,
                                       const ProgressCallback& progress) {
    auto updated = ProjectService::updateAndOpen(projectPath, surveyPath, {}, progress);
    if (!updated.ok())
        return failed(updated, progress);
    ImportOutcome outcome =
        opened(std::move(updated.value().project), projectPath, updated.warnings);
    outcome.surveyPath = QFileInfo(surveyPath).absoluteFilePath();
    outcome.updateSummary = updated.value().report.summary();
    return outcome;
}

ImportOutcome ImportJob::importAndSave(const QString& surveyPath, const ImportOptions& options,
                                       const QString& projectPath,
                                       const ProgressCallback& progress) {
    auto imported = ProjectService::importAndOpen(surveyPath, projectPath, options, progress);
    if (!imported.ok())
        return failed(imported, progress);
    ImportOutcome outcome = opened(imported.takeValue(), projectPath, imported.warnings);
    outcome.surveyPath = lastSource(outcome.project);
    return outcome;
}

} // namespace sondo
