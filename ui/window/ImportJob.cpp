#include "window/ImportJob.h"

#include "import/SurveyImporter.h"
#include "import/text/SourceChecksum.h"
#include "project/ProjectLocator.h"
#include "project/ProjectUpdater.h"
#include "project/SavedImportOptions.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>
#include <algorithm>

namespace sondo {

namespace {

ImportOutcome failed(const Diagnostic& error, bool cancelled) {
    ImportOutcome outcome;
    outcome.status = cancelled ? ImportOutcome::Status::Cancelled : ImportOutcome::Status::Failed;
    outcome.error = error;
    return outcome;
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
    auto read = ProjectStore::read(path, progress);
    if (!read.ok())
        return failed(read.error(), progress && !progress(0, 0));
    ImportOutcome outcome;
    outcome.status = ImportOutcome::Status::Opened;
    outcome.project = read.takeValue();
    outcome.projectPath = QFileInfo(path).absoluteFilePath();
    outcome.warnings = read.warnings;
    return outcome;
}

ImportOutcome ImportJob::inspectSurvey(const QString& surveyPath,
                                       const ProgressCallback& progress) {
    const QString existing = ProjectLocator::existingProjectPath(surveyPath);
    if (existing.isEmpty())
        return importInMemory(surveyPath, {}, progress);

    const QString checksum = SourceChecksum::sha256(surveyPath, progressPart(progress, 0, 10));
    if (checksum.isEmpty() && progress && !progress(0, 0))
        return failed({surveyPath, 0, 0, tr("Import cancelled")}, true);
    auto read = ProjectStore::read(existing, progressPart(progress, 10, 100));
    if (!read.ok()) {
        if (progress && !progress(0, 0))
            return failed(read.error(), true);
        // Never overwrite a project we cannot read (damaged, or from a newer Sondo).
        Diagnostic error = read.error();
        error.message =
            tr("A project of this survey exists but cannot be opened: %1").arg(error.message);
        return failed(error, false);
    }
    ImportOutcome outcome;
    outcome.projectPath = existing;
    outcome.surveyPath = QFileInfo(surveyPath).absoluteFilePath();
    const Project& project = read.value();
    if (project.imports.isEmpty() || checksum.isEmpty() ||
        project.imports.constLast().sha256 != checksum) {
        outcome.status = ImportOutcome::Status::SurveyChanged;
        return outcome;
    }
    outcome.status = ImportOutcome::Status::Opened;
    outcome.project = read.takeValue();
    outcome.warnings = read.warnings;
    return outcome;
}

ImportOutcome ImportJob::updateProject(const QString& projectPath, const QString& surveyPath,
                                       const ProgressCallback& progress) {
    auto updated =
        ProjectUpdater::updateFile(projectPath, surveyPath, {}, progressPart(progress, 0, 80));
    if (!updated.ok())
        return failed(updated.error(), progress && !progress(0, 0));
    ImportOutcome outcome = openProject(projectPath, progressPart(progress, 80, 100));
    outcome.surveyPath = QFileInfo(surveyPath).absoluteFilePath();
    outcome.updateSummary = updated.value().summary();
    outcome.warnings = updated.warnings + outcome.warnings;
    return outcome;
}

ImportOutcome ImportJob::importInMemory(const QString& surveyPath, const ImportOptions& options,
                                        const ProgressCallback& progress) {
    auto imported = SurveyImporter::importFile(surveyPath, options, progress);
    if (!imported.ok())
        return failed(imported.error(), progress && !progress(0, 0));
    ImportOutcome outcome;
    outcome.status = ImportOutcome::Status::NeedsPreview;
    outcome.project = imported.takeValue();
    outcome.surveyPath = QFileInfo(surveyPath).absoluteFilePath();
    outcome.warnings = imported.warnings;
    return outcome;
}

ImportOutcome ImportJob::saveProject(Project project, const QString& projectPath,
                                     const ProgressCallback& progress) {
    auto written = ProjectStore::write(projectPath, project, progress);
    if (!written.ok())
        return failed(written.error(), progress && !progress(0, 0));
    ImportOutcome outcome;
    outcome.status = ImportOutcome::Status::Opened;
    outcome.project = std::move(project);
    outcome.projectPath = QFileInfo(projectPath).absoluteFilePath();
    outcome.warnings = written.warnings;
    if (!outcome.project.imports.isEmpty())
        outcome.surveyPath = outcome.project.imports.constLast().sourcePath;
    return outcome;
}

ImportOutcome ImportJob::importAndSave(const QString& surveyPath, const ImportOptions& options,
                                       const QString& projectPath,
                                       const ProgressCallback& progress) {
    ImportOutcome imported = importInMemory(surveyPath, options, progressPart(progress, 0, 70));
    if (imported.status != ImportOutcome::Status::NeedsPreview)
        return imported;
    imported.project.state.insert(SavedImportOptions::key(),
                                  SavedImportOptions::toJson(options, imported.project.survey));
    ImportOutcome saved =
        saveProject(std::move(imported.project), projectPath, progressPart(progress, 70, 100));
    saved.warnings = imported.warnings + saved.warnings;
    return saved;
}

} // namespace sondo
