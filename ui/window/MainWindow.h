#pragma once

#include "analysis/AnalysisSession.h"
#include "render/ChartExporter.h"
#include "window/ImportJob.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolBar;
QT_END_NAMESPACE

namespace sondo {

class ChartView;
class FilterChipsBar;
class FilterPanel;
class ImportPreviewDialog;
class QuestionNavigator;
class StartPage;
class TextAnswersView;
class Translator;

/**
 * The desktop window: the question navigator on the left, the filter on the right, the chart (or
 * the open answers) in the middle with the active filter as chips above it, the chart options in
 * a toolbar. Opens survey exports (previewed, imported on a worker thread, saved as a .sondo
 * beside them) and projects; saves the analyst's state into the project as it changes.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens a .sondo project or a survey export, on a worker thread. A survey whose project
     * already exists (made from the same bytes) opens that project; otherwise the import preview
     * is shown first. Returns at once.
     */
    void openPath(const QString& path);
    /**
     * File > Re-import: updates the open project with a newer export of the same survey
     * (ProjectUpdater: question ids, filters and chart options kept). Runs on the worker thread.
     */
    void reimport(const QString& surveyPath);
    /** Opens the bundled demo survey. */
    void openDemo();
    /** Shows `project`, saved at `projectPath` (empty: not saved, the state is not written). */
    void setProject(Project project, const QString& projectPath);
    /** Saves the state and goes back to the start page. */
    void closeProject();

    /** True while a job (import, opening, saving) runs. */
    bool isBusy() const;
    AnalysisSession& session() { return m_session; }
    const AnalysisSession& session() const { return m_session; }
    QString projectPath() const { return m_projectPath; }

    /** Shows question `question` (index in Survey::questions). */
    void showQuestion(int question);
    /** Moves `steps` analysable questions forward (negative: back). */
    void step(int steps);
    /** Compares by `question` (-1: none), as choosing it in the toolbar does. */
    void setCompareBy(int question);
    /** Ticks or unticks a filter option, as the filter panel does. */
    void setFilterOption(int question, int option, bool selected);
    void clearFilter();

    /** Writes the current chart to `path` as the export dialog would. */
    Result<Done> exportCurrentChart(const QString& path, ExportFormat format,
                                    const ExportOptions& options);
    /** Writes every question's chart into `folder`; returns the files written. */
    Result<QStringList> exportAllCharts(const QString& folder, ExportFormat format,
                                        const ExportOptions& options);
    /** Puts the current chart (newsletter size, 2×) on the clipboard. */
    void copyChart();
    /** Writes the analysis state into the project now instead of after the usual pause. */
    void saveStateNow();

    Translator* translator() const { return m_translator; }
    QuestionNavigator* navigator() const { return m_navigator; }
    FilterPanel* filterPanel() const { return m_filters; }
    FilterChipsBar* chipsBar() const { return m_chips; }
    ChartView* chartView() const { return m_chart; }
    TextAnswersView* textAnswersView() const { return m_text; }
    StartPage* startPage() const { return m_start; }
    QComboBox* compareByBox() const { return m_compareBy; }
    QComboBox* sortBox() const { return m_sort; }
    QCheckBox* divergingBox() const { return m_diverging; }
    QLineEdit* sourceNoteEdit() const { return m_sourceNote; }
    /** True when the open-text table is shown instead of the chart. */
    bool showsTextAnswers() const;

signals:
    /** A project is shown (after opening, importing or switching). */
    void projectOpened(const QString& projectPath);
    /** Opening or importing failed; the message is also shown to the analyst. */
    void openFailed(const QString& message);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void retranslateUi();
    void onLanguageChanged();

    void startJob(const QString& description, ImportJob::Task task, const QString& source);
    void onJobFinished();
    void askReimport();
    void showPreview();
    void onPreviewFinished(int result);
    void showError(const QString& title, const QString& message);

    void refreshAll();
    void refreshChart();
    void refreshCompareBy();
    void onFilterChanged();
    void onChartOptionsChanged();
    void scheduleSave();
    void updateActions();
    void updateRecentMenu();
    void updateTitle();
    void openWithDialog();
    void reimportWithDialog();
    void openExportDialog();
    void openExportAllDialog();
    void showAbout();
    static bool canOpen(const QString& path);

    AnalysisSession m_session;
    QString m_projectPath;
    Translator* m_translator;

    QStackedWidget* m_pages = nullptr;
    StartPage* m_start = nullptr;
    QWidget* m_analysis = nullptr;
    FilterChipsBar* m_chips = nullptr;
    QStackedWidget* m_views = nullptr;
    ChartView* m_chart = nullptr;
    TextAnswersView* m_text = nullptr;
    QDockWidget* m_questionsDock = nullptr;
    QDockWidget* m_filtersDock = nullptr;
    QuestionNavigator* m_navigator = nullptr;
    FilterPanel* m_filters = nullptr;

    QToolBar* m_toolbar = nullptr;
    QLabel* m_compareLabel = nullptr;
    QComboBox* m_compareBy = nullptr;
    QLabel* m_sortLabel = nullptr;
    QComboBox* m_sort = nullptr;
    QCheckBox* m_diverging = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLineEdit* m_sourceNote = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_questionMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_reimportAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportAllAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_clearFiltersAction = nullptr;
    QAction* m_aboutAction = nullptr;

    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;

    std::unique_ptr<ImportJob> m_job;
    QString m_jobSource;
    /** An import waiting for the analyst (preview or re-import question). */
    std::shared_ptr<ImportOutcome> m_pending;
    QPointer<ImportPreviewDialog> m_preview;
    QTimer* m_saveTimer = nullptr;
};

} // namespace sondo
