#pragma once

#include "window/ImportJob.h"

#include <QObject>
#include <QPointer>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QMainWindow;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace sondo {

class ImportPreviewDialog;

/**
 * How a file gets into the window: opening a project, or a survey export (its project when made
 * from the same bytes; the import preview first when it is new; a question when the export
 * changed since its project was made), and re-importing a newer export. Each step runs as an
 * ImportJob on a worker thread, with its progress and a Cancel button in the window's status bar;
 * the dialogs belong to the window. One job at a time. What comes out is handed over by
 * projectReady(); failures by failed().
 */
class ImportFlow : public QObject {
    Q_OBJECT
public:
    /** Works inside `window`: its status bar, its dialogs. */
    explicit ImportFlow(QMainWindow* window);
    /** Cancels a job still running and waits for it. */
    ~ImportFlow() override;

    /** True for a file the window can open: a survey export Sondo reads or a project. */
    static bool canOpen(const QString& path);
    /** Opens a .sondo project or a survey export; returns at once. */
    void openPath(const QString& path);
    /** File > Open: asks for a survey or project, then opens it. */
    void openWithDialog();
    /** Opens the bundled demo survey. */
    void openDemo();
    /** Asks for the newer export of a re-import; empty when the analyst cancels. */
    QString chooseNewerExport();
    /** Updates the project at `projectPath` from the newer export `surveyPath`. */
    void reimport(const QString& projectPath, const QString& surveyPath);
    /** True while a job runs. */
    bool isBusy() const { return m_job != nullptr; }
    /** Stops the job running, if any, and waits for it. */
    void cancel();
    void retranslate();

signals:
    /**
     * A job is about to start on a worker thread, which may read the project file: whatever is
     * still to be written into it should be written now (direct connection).
     */
    void aboutToStart();
    /** A job started (true) or ended (false). */
    void busyChanged(bool busy);
    /** `outcome` is Opened: its project is ready to show. Take the project out of it. */
    void projectReady(std::shared_ptr<sondo::ImportOutcome> outcome);
    /** Something could not be opened; `message` is for the analyst. */
    void failed(const QString& title, const QString& message);
    /** RecentFiles changed (a file that no longer exists was taken out). */
    void recentFilesChanged();

private:
    void startJob(const QString& description, ImportJob::Task task, const QString& source);
    void onJobFinished();
    void askReimport();
    void showPreview();
    void onPreviewFinished(int result);
    void showStatus(const QString& message);

    QMainWindow* m_window;
    QLabel* m_busyLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    std::unique_ptr<ImportJob> m_job;
    QString m_jobSource;
    /** An import waiting for the analyst (preview or re-import question). */
    std::shared_ptr<ImportOutcome> m_pending;
    QPointer<ImportPreviewDialog> m_preview;
};

} // namespace sondo
