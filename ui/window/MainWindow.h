#pragma once

#include "analysis/AnalysisSession.h"
#include "render/ChartExporter.h"
#include "window/AnalysisDocks.h"
#include "window/ChartToolBar.h"
#include "window/QuestionFiguresView.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace sondo {

class ChartExports;
class ChartView;
class CompareMenus;
class FilterChipsBar;
class FilterPanel;
class FindingsPanel;
class FrequencyTableModel;
class LockBanner;
class ImportFlow;
struct ImportOutcome;
class MainActions;
class ProjectDocument;
class QuestionNavigator;
class StartPage;
class SurveyEdits;
class TextAnswersView;
class Translator;

/**
 * The desktop window: the question navigator on the left, the filter on the right, the chart (or
 * the open answers) in the middle with the active filter as chips above it, the chart options in
 * a toolbar. Opens survey exports (previewed, imported on a worker thread, saved as a .sondo
 * beside them) and projects; saves the analyst's state into the project as it changes.
 *
 * The window only wires its parts together: the open project is a ProjectDocument (session,
 * changes and their undo stack, saving), the menus and commands are MainActions, the panels
 * AnalysisDocks, the chart options a ChartToolBar, opening files an ImportFlow and exporting
 * charts ChartExports.
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
    AnalysisSession& session();
    const AnalysisSession& session() const;
    QString projectPath() const;
    /** The open project: session, changes to the survey and their undo stack, saving. */
    ProjectDocument* document() const { return m_document; }
    MainActions* actions() const { return m_actions; }

    /** Shows question `question` (index in Survey::questions). */
    void showQuestion(int question);
    /** Shows the grid chart of group `group` (index in Survey::groups). */
    void showGroup(int group);
    /** Moves `steps` analysable questions forward (negative: back). */
    void step(int steps);
    /** Compares by `question` (-1: none), as choosing it in the toolbar does. */
    void setCompareBy(int question);
    /** Ticks or unticks a filter option, as the filter panel does. */
    void setFilterOption(int question, int option, bool selected);
    void clearFilter();
    /**
     * Edit > Rename Option: asks for the new label of `option` (0-based) of `question` (-1: the
     * current question, its first option) and renames it as one undoable step.
     */
    void renameOptionWithDialog(int question = -1, int option = 0);

    /**
     * Writes the current chart to `path` as the export dialog would, in the chart `language`
     * ("auto", "it", "en"; empty: the interface's).
     */
    Result<Done> exportCurrentChart(const QString& path, ExportFormat format,
                                    const ExportOptions& options,
                                    const QString& language = QString());
    /** Writes every question's chart into `folder`; returns the files written. */
    Result<QStringList> exportAllCharts(const QString& folder, ExportFormat format,
                                        const ExportOptions& options,
                                        const QString& language = QString());
    /** Puts the current chart (newsletter size, 2×) on the clipboard. */
    void copyChart();
    /** Puts the question's table on the clipboard as HTML and tab-separated text. */
    void copyTable();
    /** Writes the analysis state into the project now instead of after the usual pause. */
    void saveStateNow();

    Translator* translator() const { return m_translator; }
    QuestionNavigator* navigator() const { return m_docks->navigator(); }
    FilterPanel* filterPanel() const { return m_docks->filterPanel(); }
    FilterChipsBar* chipsBar() const { return m_chips; }
    ChartView* chartView() const { return m_chart; }
    TextAnswersView* textAnswersView() const { return m_text; }
    StartPage* startPage() const { return m_start; }
    ChartToolBar* chartToolBar() const { return m_toolbar; }
    /** View > Significance and View > Chart Figure. */
    CompareMenus* compareMenus() const { return m_compareMenus; }
    QComboBox* compareByBox() const { return m_toolbar->compareByBox(); }
    QComboBox* sortBox() const { return m_toolbar->sortBox(); }
    QCheckBox* divergingBox() const { return m_toolbar->divergingBox(); }
    QLineEdit* sourceNoteEdit() const { return m_toolbar->sourceNoteEdit(); }
    /** The key findings under the chart, with their Copy button. */
    FindingsPanel* findingsPanel() const { return m_figures->findingsPanel(); }
    /** The band saying the project is in use elsewhere. */
    LockBanner* lockBanner() const { return m_figures->lockBanner(); }
    /** The status bar's "Weighted: raking on 3 questions, eff. base 212". */
    QLabel* weightingLabel() const { return m_figures->weightingLabel(); }
    /** The frequency table of the question shown (the "Table" panel). */
    FrequencyTableModel* tableModel() const { return m_docks->tableModel(); }
    AnalysisDocks* docks() const { return m_docks; }
    /** Switches weighting, letters and interval bars as the toolbar does. */
    void setDisplay(const DisplayOptions& display);
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
    void resizeEvent(QResizeEvent* event) override;

private:
    void createPages();
    void connectParts();
    void retranslateUi();
    void onLanguageChanged();
    void onProjectReady(ImportOutcome& outcome);
    void warn(const QString& title, const QString& message);
    void showError(const QString& title, const QString& message);

    void refreshAll();
    void refreshChart();
    void onSurveyEdited();
    void onFilterChanged();
    void onChartOptionsChanged();
    /** The figures beside the chart: table, findings, header base, weighting status. */
    void refreshFigures();
    void showDisplayState();
    /** A save failed: a lock held elsewhere shows the band, anything else the status bar. */
    void onSaveFailed(const QString& message);
    void updateActions();
    void updateTitle();
    void reimportWithDialog();

    Translator* m_translator;
    ProjectDocument* m_document;
    MainActions* m_actions = nullptr;
    AnalysisDocks* m_docks = nullptr;
    ChartToolBar* m_toolbar = nullptr;
    CompareMenus* m_compareMenus = nullptr;
    ImportFlow* m_flow = nullptr;
    ChartExports* m_exports = nullptr;
    SurveyEdits* m_edits = nullptr;

    QStackedWidget* m_pages = nullptr;
    StartPage* m_start = nullptr;
    QWidget* m_analysis = nullptr;
    FilterChipsBar* m_chips = nullptr;
    QStackedWidget* m_views = nullptr;
    ChartView* m_chart = nullptr;
    TextAnswersView* m_text = nullptr;
    QuestionFiguresView* m_figures = nullptr;
};

} // namespace sondo
