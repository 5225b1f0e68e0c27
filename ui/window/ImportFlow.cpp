#include "window/ImportFlow.h"

#include "import/SurveyImporter.h"
#include "project/ProjectService.h"
#include "window/GuiApplication.h"
#include "window/ImportPreviewDialog.h"
#include "window/RecentFiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace sondo {

namespace {

constexpr int kStatusMs = 6000;

} // namespace

ImportFlow::ImportFlow(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_busyLabel(new QLabel(window))
    , m_progress(new QProgressBar(window))
    , m_cancel(new QPushButton(window)) {
    m_progress->setRange(0, 100);
    m_progress->setFixedWidth(220);
    QStatusBar* status = window->statusBar();
    status->addPermanentWidget(m_busyLabel);
    status->addPermanentWidget(m_progress);
    status->addPermanentWidget(m_cancel);
    for (QWidget* w : std::initializer_list<QWidget*>{m_busyLabel, m_progress, m_cancel})
        w->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
    });
    retranslate();
}

ImportFlow::~ImportFlow() {
    // The job's destructor cancels and waits; it must go while the window is still whole.
    m_job.reset();
}

void ImportFlow::cancel() {
    if (m_job) {
        m_job->cancel();
        m_job.reset();
    }
}

void ImportFlow::retranslate() {
    m_cancel->setText(tr("Cancel"));
}

void ImportFlow::showStatus(const QString& message) {
    m_window->statusBar()->showMessage(message, kStatusMs);
}

bool ImportFlow::canOpen(const QString& path) {
    const QFileInfo info(path);
    return info.isFile() &&
           (SurveyImporter::isSurveyFile(path) ||
            info.suffix().compare(QStringLiteral("sondo"), Qt::CaseInsensitive) == 0 ||
            ProjectService::isProjectFile(path));
}

QString ImportFlow::chooseNewerExport() {
    QStringList patterns;
    for (const QString& ext : SurveyImporter::supportedExtensions())
        patterns << QStringLiteral("*.") + ext;
    const QString folder = QSettings().value(QStringLiteral("lastOpenFolder")).toString();
    return QFileDialog::getOpenFileName(m_window, tr("Re-import a newer export"), folder,
                                        tr("Survey exports (%1)").arg(patterns.join(u' ')) +
                                            QStringLiteral(";;") + tr("All files (*)"));
}

void ImportFlow::openWithDialog() {
    QStringList patterns;
    for (const QString& ext : SurveyImporter::supportedExtensions())
        patterns << QStringLiteral("*.") + ext;
    const QString filters =
        tr("Surveys and projects (%1)").arg(patterns.join(u' ') + QStringLiteral(" *.sondo")) +
        QStringLiteral(";;") + tr("Sondo projects (*.sondo)") + QStringLiteral(";;") +
        tr("Survey exports (%1)").arg(patterns.join(u' ')) + QStringLiteral(";;") +
        tr("All files (*)");
    const QString folder = QSettings().value(QStringLiteral("lastOpenFolder")).toString();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open a survey or project"), folder, filters);
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastOpenFolder"), QFileInfo(path).absolutePath());
    openPath(path);
}

void ImportFlow::openDemo() {
    const QString demo = GuiApplication::demoSurveyPath();
    if (demo.isEmpty()) {
        emit failed(tr("Demo survey"), tr("The demo survey could not be found or unpacked."));
        return;
    }
    openPath(demo);
}

void ImportFlow::openPath(const QString& path) {
    if (isBusy()) {
        showStatus(tr("Please wait: %1").arg(m_job->description()));
        return;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        RecentFiles::remove(path);
        emit recentFilesChanged();
        emit failed(tr("Cannot open"),
                    tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString absolute = info.absoluteFilePath();
    if (ProjectService::isProjectFile(absolute)) {
        startJob(
            tr("Opening %1").arg(info.fileName()),
            [absolute](const ProgressCallback& progress) {
                return ImportJob::openProject(absolute, progress);
            },
            absolute);
    } else if (SurveyImporter::isSurveyFile(absolute)) {
        startJob(
            tr("Reading %1").arg(info.fileName()),
            [absolute](const ProgressCallback& progress) {
                return ImportJob::inspectSurvey(absolute, progress);
            },
            absolute);
    } else {
        emit failed(tr("Cannot open"),
                    tr("%1 is neither a survey export Sondo reads (%2) nor a Sondo project.")
                        .arg(info.fileName(),
                             SurveyImporter::supportedExtensions().join(QStringLiteral(", "))));
    }
}

void ImportFlow::reimport(const QString& projectPath, const QString& surveyPath) {
    if (projectPath.isEmpty() || isBusy())
        return;
    const QString survey = QFileInfo(surveyPath).absoluteFilePath();
    startJob(
        tr("Updating %1").arg(QFileInfo(projectPath).fileName()),
        [projectPath, survey](const ProgressCallback& progress) {
            return ImportJob::updateProject(projectPath, survey, progress);
        },
        survey);
}

void ImportFlow::startJob(const QString& description, ImportJob::Task task, const QString& source) {
    emit aboutToStart();
    m_job = std::make_unique<ImportJob>(description, std::move(task));
    m_jobSource = source;
    connect(m_job.get(), &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job.get(), &ImportJob::finished, this, &ImportFlow::onJobFinished);
    m_busyLabel->setText(description);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_busyLabel, m_progress, m_cancel})
        w->show();
    m_job->start();
    emit busyChanged(true);
}

void ImportFlow::onJobFinished() {
    // Keep the job object alive until this function returns: it owns the outcome.
    std::unique_ptr<ImportJob> job = std::move(m_job);
    for (QWidget* w : std::initializer_list<QWidget*>{m_busyLabel, m_progress, m_cancel})
        w->hide();
    auto outcome = std::make_shared<ImportOutcome>(std::move(job->outcome()));
    emit busyChanged(false);

    switch (outcome->status) {
    case ImportOutcome::Status::Cancelled:
        showStatus(tr("Cancelled: nothing was changed."));
        return;
    case ImportOutcome::Status::Failed:
        emit failed(tr("Cannot open"), outcome->error.toString());
        return;
    case ImportOutcome::Status::Opened:
        RecentFiles::add(m_jobSource);
        emit projectReady(outcome);
        return;
    case ImportOutcome::Status::NeedsPreview:
        m_pending = outcome;
        showPreview();
        return;
    case ImportOutcome::Status::SurveyChanged:
        m_pending = outcome;
        askReimport();
        return;
    }
}

void ImportFlow::askReimport() {
    auto* box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("The survey file has changed"));
    box->setText(tr("%1 has changed since its project was made.")
                     .arg(QFileInfo(m_pending->surveyPath).fileName()));
    box->setInformativeText(
        tr("Update the project with the new answers? Questions keep their ids, and your "
           "filters and chart options are kept. Or open the project as it was."));
    QPushButton* update = box->addButton(tr("Update the project"), QMessageBox::AcceptRole);
    QPushButton* existing = box->addButton(tr("Open it as it was"), QMessageBox::NoRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(update);
    connect(box, &QMessageBox::finished, this, [this, box, update, existing] {
        QAbstractButton* clicked = box->clickedButton();
        const std::shared_ptr<ImportOutcome> pending = std::move(m_pending);
        if (!pending)
            return;
        const QString project = pending->projectPath;
        const QString survey = pending->surveyPath;
        if (clicked == update) {
            startJob(
                tr("Updating %1").arg(QFileInfo(project).fileName()),
                [project, survey](const ProgressCallback& progress) {
                    return ImportJob::updateProject(project, survey, progress);
                },
                survey);
        } else if (clicked == existing) {
            startJob(
                tr("Opening %1").arg(QFileInfo(project).fileName()),
                [project](const ProgressCallback& progress) {
                    return ImportJob::openProject(project, progress);
                },
                survey);
        }
    });
    box->open();
}

void ImportFlow::showPreview() {
    m_preview = new ImportPreviewDialog(m_pending->project, m_pending->warnings, m_window);
    m_preview->setProjectPath(ProjectService::newProjectPath(m_pending->surveyPath));
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview, &QDialog::finished, this, &ImportFlow::onPreviewFinished);
    m_preview->open();
}

void ImportFlow::onPreviewFinished(int result) {
    std::shared_ptr<ImportOutcome> pending = std::move(m_pending);
    if (!pending || !m_preview)
        return;
    if (result != QDialog::Accepted) {
        showStatus(tr("Import cancelled."));
        return;
    }
    const QString survey = pending->surveyPath;
    // Where the analyst chose in the preview; beside the survey when the field was emptied.
    QString target = m_preview->projectPath();
    if (target.isEmpty())
        target = ProjectService::newProjectPath(survey);
    else if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".sondo");
    target = QFileInfo(target).absoluteFilePath();
    const QString description = tr("Importing %1").arg(QFileInfo(survey).fileName());
    ImportOptions options;
    options.typeOverrides = m_preview->typeOverrides();
    options.completeOnly = m_preview->completeOnly();
    options.structure = m_preview->structureChoices();
    options.writeInLimit = m_preview->writeInLimit();
    // The window imports the way `sondo import` does (streamed into the project, the options
    // saved with it), so both make the same file: one route, one set of bugs.
    startJob(
        description,
        [survey, options, target](const ProgressCallback& progress) {
            return ImportJob::importAndSave(survey, options, target, progress);
        },
        survey);
}

} // namespace sondo
