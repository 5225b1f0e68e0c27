#include "window/MainWindow.h"

#include "window/AnalysisDocks.h"
#include "window/ChartExports.h"
#include "window/ChartToolBar.h"
#include "window/ChartView.h"
#include "window/CompareMenus.h"
#include "window/FilterChipsBar.h"
#include "window/FilterPanel.h"
#include "window/FindingsPanel.h"
#include "window/FrequencyTableModel.h"
#include "window/GuiApplication.h"
#include "window/ImportFlow.h"
#include "window/LockBanner.h"
#include "window/MainActions.h"
#include "window/ProjectDocument.h"
#include "window/QuestionFiguresView.h"
#include "window/QuestionNavigator.h"
#include "window/RecentFiles.h"
#include "window/RecodesPanel.h"
#include "window/ReportExport.h"
#include "window/StartPage.h"
#include "window/SurveyEdits.h"
#include "window/TablesExport.h"
#include "window/TextAnswersView.h"
#include "window/Translator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sondo {

namespace {

constexpr int kStatusMs = 6000;
/** Below this height the window shows less beside the chart. */
constexpr int kShortWindow = 760;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_translator(new Translator(this))
    , m_document(new ProjectDocument(this)) {
    GuiApplication::initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sondo.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_document->setLocale(m_translator->locale());

    createPages();
    m_actions = new MainActions(this, m_translator);
    m_docks = new AnalysisDocks(this, m_document);
    m_figures = new QuestionFiguresView(m_document, m_chips, m_docks->tableModel(), statusBar(),
                                        m_analysis);
    // The band above the filter chips, the findings under the chart.
    auto* analysisLayout = static_cast<QVBoxLayout*>(m_analysis->layout());
    analysisLayout->insertWidget(0, m_figures->lockBanner());
    analysisLayout->addWidget(m_figures->findingsPanel());
    m_toolbar = new ChartToolBar(this);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_actions->exportAction());
    m_toolbar->addAction(m_actions->exportAllAction());
    m_toolbar->addAction(m_actions->copyAction());
    addToolBar(Qt::TopToolBarArea, m_toolbar);
    QList<QAction*> viewToggles = m_docks->toggleActions();
    m_compareMenus = new CompareMenus(this);
    viewToggles << m_toolbar->toggleViewAction() << m_toolbar->displayActions()
                << m_compareMenus->significanceMenu()->menuAction()
                << m_compareMenus->figureMenu()->menuAction();
    m_actions->createMenus(menuBar(), viewToggles);
    m_actions->setUndoStack(m_document->undoStack());
    m_flow = new ImportFlow(this);
    m_exports = new ChartExports(this, m_document);
    m_edits = new SurveyEdits(this, m_document, m_actions, m_chart);
    m_docks->setTableCopyAction(m_actions->copyTableAction());
    connectParts();

    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // 1440 × 900 where the screen has room; a laptop's 1366 × 768 gets its available area,
        // not a window running off its edges with the filter panel cut.
        const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1440, 900);
        resize(QSize(1440, 900).boundedTo(room));
    }
    retranslateUi();
    m_start->setRecentFiles(RecentFiles::list());
    m_pages->setCurrentWidget(m_start);
    // The start page needs neither the chart tools nor the question and filter panels.
    m_docks->setVisible(false);
    m_toolbar->hide();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() {
    saveStateNow();
    // The job's destructor cancels and waits; it must go while the window is still whole.
    m_flow->cancel();
}

// ---- building the window ------------------------------------------------------------------

void MainWindow::createPages() {
    m_pages = new QStackedWidget(this);
    m_start = new StartPage(m_pages);
    m_analysis = new QWidget(m_pages);
    m_chips = new FilterChipsBar(m_analysis);
    m_views = new QStackedWidget(m_analysis);
    m_chart = new ChartView(m_views);
    m_text = new TextAnswersView(m_views);
    m_views->addWidget(m_chart);
    m_views->addWidget(m_text);
    auto* separator = new QFrame(m_analysis);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setStyleSheet(QStringLiteral("color: #dde3ea;"));
    auto* analysisLayout = new QVBoxLayout(m_analysis);
    analysisLayout->setContentsMargins(0, 0, 0, 0);
    analysisLayout->setSpacing(0);
    analysisLayout->addWidget(m_chips);
    analysisLayout->addWidget(separator);
    analysisLayout->addWidget(m_views, 1);
    m_pages->addWidget(m_start);
    m_pages->addWidget(m_analysis);
    setCentralWidget(m_pages);
}

void MainWindow::connectParts() {
    MainActions* a = m_actions;
    connect(a->openAction(), &QAction::triggered, m_flow, &ImportFlow::openWithDialog);
    connect(a->reimportAction(), &QAction::triggered, this, &MainWindow::reimportWithDialog);
    connect(a->demoAction(), &QAction::triggered, this, &MainWindow::openDemo);
    connect(a->exportAction(), &QAction::triggered, m_exports, &ChartExports::openExportDialog);
    connect(a->exportAllAction(), &QAction::triggered, m_exports,
            &ChartExports::openExportAllDialog);
    connect(a->copyAction(), &QAction::triggered, this, &MainWindow::copyChart);
    connect(a->copyTableAction(), &QAction::triggered, this, &MainWindow::copyTable);
    connect(a->closeAction(), &QAction::triggered, this, &MainWindow::closeProject);
    connect(a->quitAction(), &QAction::triggered, this, &QWidget::close);
    connect(a->previousAction(), &QAction::triggered, this, [this] { step(-1); });
    connect(a->nextAction(), &QAction::triggered, this, [this] { step(1); });
    connect(a->findAction(), &QAction::triggered, this, [this] {
        m_docks->questionsDock()->show();
        navigator()->focusSearch();
    });
    connect(a->clearFiltersAction(), &QAction::triggered, this, &MainWindow::clearFilter);
    connect(a, &MainActions::recentRequested, this, &MainWindow::openPath);
    connect(a, &MainActions::recentCleared, this, [this] { m_start->setRecentFiles({}); });

    connect(m_start, &StartPage::openRequested, m_flow, &ImportFlow::openWithDialog);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::openPath);
    connect(navigator(), &QuestionNavigator::questionSelected, this, &MainWindow::showQuestion);
    connect(navigator(), &QuestionNavigator::groupSelected, this, &MainWindow::showGroup);
    connect(navigator(), &QuestionNavigator::stepRequested, this, &MainWindow::step);
    connect(m_chart, &ChartView::stepRequested, this, &MainWindow::step);
    connect(m_edits, &SurveyEdits::failed, this, &MainWindow::warn);
    connect(filterPanel(), &FilterPanel::optionToggled, this, &MainWindow::setFilterOption);
    connect(filterPanel(), &FilterPanel::renameRequested, m_edits,
            &SurveyEdits::renameOptionWithDialog);
    connect(m_chips, &FilterChipsBar::removeQuestionRequested, this, [this](int question) {
        session().clearFilterQuestion(question);
        onFilterChanged();
    });
    connect(m_chips, &FilterChipsBar::clearAllRequested, this, &MainWindow::clearFilter);
    connect(m_toolbar, &ChartToolBar::compareByChosen, this, &MainWindow::setCompareBy);
    connect(m_toolbar, &ChartToolBar::optionsEdited, this, &MainWindow::onChartOptionsChanged);
    connect(m_toolbar, &ChartToolBar::displayEdited, this,
            [this] { setDisplay(m_toolbar->display()); });
    connect(m_compareMenus, &CompareMenus::edited, this, &MainWindow::setDisplay);
    connect(m_figures, &QuestionFiguresView::findingsCopied, this, [this] {
        statusBar()->showMessage(tr("Key findings copied: paste them into your text."), kStatusMs);
    });
    connect(m_figures, &QuestionFiguresView::retryRequested, this, [this] {
        saveStateNow();
        m_figures->checkLock();
    });

    connect(m_document, &ProjectDocument::aboutToSave, this,
            [this] { session().setWindowLayout(saveGeometry(), saveState()); });
    connect(m_document, &ProjectDocument::surveyEdited, this, &MainWindow::onSurveyEdited);
    connect(m_document, &ProjectDocument::saveFailed, this, &MainWindow::onSaveFailed);

    // A job may read the project file: nothing of the state may still be on its way there.
    connect(m_flow, &ImportFlow::aboutToStart, m_document, &ProjectDocument::waitForSaves);
    connect(m_flow, &ImportFlow::busyChanged, this, [this](bool busy) {
        updateActions();
        emit busyChanged(busy);
    });
    connect(m_flow, &ImportFlow::projectReady, this,
            [this](const std::shared_ptr<ImportOutcome>& outcome) { onProjectReady(*outcome); });
    connect(m_flow, &ImportFlow::failed, this, &MainWindow::showError);
    connect(m_exports, &ChartExports::failed, this, &MainWindow::showError);
    auto* reports = new ReportExport(this, m_document);
    connect(m_actions->exportReportAction(), &QAction::triggered, reports,
            &ReportExport::openDialog);
    connect(reports, &ReportExport::failed, this, &MainWindow::showError);
    auto* tables = new TablesExport(this, m_document);
    connect(m_actions->exportTablesAction(), &QAction::triggered, tables,
            &TablesExport::openDialog);
    connect(tables, &TablesExport::failed, this, &MainWindow::showError);
    connect(m_flow, &ImportFlow::recentFilesChanged, this, [this] {
        m_actions->updateRecentMenu();
        m_start->setRecentFiles(RecentFiles::list());
    });
    connect(m_translator, &Translator::languageChanged, this, &MainWindow::onLanguageChanged);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    m_actions->retranslate();
    m_docks->retranslate();
    m_toolbar->retranslate();
    m_compareMenus->retranslate();
    m_flow->retranslate();
    updateTitle();
}

void MainWindow::onLanguageChanged() {
    // Qt posts LanguageChange to the widgets; the window's own texts are redone now, so that
    // nothing shows the old language in between.
    retranslateUi();
    m_document->setLocale(m_translator->locale());
    navigator()->setLocale(m_translator->locale());
    filterPanel()->setLocale(m_translator->locale());
    if (session().hasProject())
        refreshAll();
}

// ---- opening ------------------------------------------------------------------------------

void MainWindow::reimportWithDialog() {
    const QString path = m_flow->chooseNewerExport();
    if (!path.isEmpty())
        reimport(path);
}

void MainWindow::reimport(const QString& surveyPath) {
    if (projectPath().isEmpty() || isBusy())
        return;
    // The update keeps the project's saved state: write the current one first.
    saveStateNow();
    m_flow->reimport(projectPath(), surveyPath);
}

void MainWindow::openDemo() {
    m_flow->openDemo();
}

void MainWindow::openPath(const QString& path) {
    m_flow->openPath(path);
}

void MainWindow::onProjectReady(ImportOutcome& outcome) {
    const int warnings = int(outcome.warnings.size());
    setProject(std::move(outcome.project), outcome.projectPath);
    if (!outcome.updateSummary.isEmpty())
        statusBar()->showMessage(tr("Project updated: %1").arg(outcome.updateSummary),
                                 kStatusMs * 2);
    else if (warnings > 0)
        statusBar()->showMessage(tr("Opened with %Ln warning(s).", "", warnings), kStatusMs);
}

void MainWindow::warn(const QString& title, const QString& message) {
    statusBar()->showMessage(message, kStatusMs);
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(title);
    box->setText(message.toHtmlEscaped());
    box->addButton(tr("OK"), QMessageBox::AcceptRole);
    box->open();
}

void MainWindow::showError(const QString& title, const QString& message) {
    warn(title, message);
    emit openFailed(message);
}

bool MainWindow::isBusy() const {
    return m_flow->isBusy();
}

// ---- the project --------------------------------------------------------------------------

AnalysisSession& MainWindow::session() {
    return m_document->session();
}

const AnalysisSession& MainWindow::session() const {
    return m_document->session();
}

QString MainWindow::projectPath() const {
    return m_document->path();
}

void MainWindow::setProject(Project project, const QString& projectPath) {
    QStringList unresolved;
    QList<Diagnostic> editProblems;
    m_document->setLocale(m_translator->locale());
    m_document->setCurrentGroup(-1);
    m_document->open(std::move(project), projectPath, &unresolved, &editProblems);
    m_docks->recodesPanel()->refresh();

    filterPanel()->setSession(session());
    navigator()->setLocale(m_translator->locale());
    filterPanel()->setLocale(m_translator->locale());
    m_toolbar->showOptions(session().chartOptions());
    showDisplayState();
    m_pages->setCurrentWidget(m_analysis);
    m_docks->setVisible(true);
    m_toolbar->show();
    if (!session().state().windowGeometry.isEmpty())
        restoreGeometry(session().state().windowGeometry);
    if (!session().state().windowState.isEmpty())
        restoreState(session().state().windowState);
    // A layout saved in a wide window must not squeeze the chart in a narrow one.
    m_docks->fitTo(size());
    refreshAll();
    navigator()->view()->setFocus(Qt::OtherFocusReason);
    m_actions->updateRecentMenu();
    m_start->setRecentFiles(RecentFiles::list());
    QStringList messages;
    if (!unresolved.isEmpty())
        messages << tr("No longer in the survey, left out of the saved view: %1")
                        .arg(unresolved.join(QStringLiteral(", ")));
    QStringList problems;
    for (const Diagnostic& problem : editProblems)
        problems << problem.toString();
    if (!problems.isEmpty())
        messages << tr("Changes that no longer fit the survey were left out: %1")
                        .arg(problems.join(QStringLiteral("; ")));
    if (m_document->weighting().isSaved() && !m_document->weighting().isUsable())
        messages << m_document->weightingText();
    if (!messages.isEmpty())
        statusBar()->showMessage(messages.join(QStringLiteral("  \u00b7  ")), kStatusMs * 2);
    m_figures->checkLock();
    emit projectOpened(projectPath);
}

void MainWindow::closeProject() {
    m_document->setCurrentGroup(-1);
    m_document->close();
    m_chart->setSpec({});
    m_figures->clear();
    navigator()->setSummaries({});
    filterPanel()->setSession(session());
    m_chips->setSession(session());
    m_start->setRecentFiles(RecentFiles::list());
    m_pages->setCurrentWidget(m_start);
    m_docks->setVisible(false);
    m_toolbar->hide();
    updateActions();
    updateTitle();
}

void MainWindow::refreshAll() {
    navigator()->setSummaries(session().questionSummaries(), session().survey().groups);
    if (m_document->currentGroup() >= 0)
        navigator()->setCurrentGroup(m_document->currentGroup());
    else
        navigator()->setCurrentQuestion(session().currentQuestion());
    filterPanel()->syncFilter(session().filter());
    m_chips->setSession(session());
    m_toolbar->showCompareQuestions(session());
    refreshChart();
    updateActions();
    updateTitle();
}

void MainWindow::refreshChart() {
    const int question = session().currentQuestion();
    if (m_document->currentGroup() < 0 && session().isTextQuestion(question)) {
        // The ids beside the answers are read from the file the first time they are shown.
        if (QString error; !m_document->loadRespondentIds(&error))
            statusBar()->showMessage(error, kStatusMs);
        m_text->showQuestion(session(), question);
        m_views->setCurrentWidget(m_text);
    } else {
        m_chart->setSpec(m_document->currentChart());
        m_views->setCurrentWidget(m_chart);
    }
    refreshFigures();
    updateActions();
}

void MainWindow::refreshFigures() {
    // A group's chart has no one table or finding: the item's would read as the group's.
    if (m_document->currentGroup() >= 0)
        m_figures->clear();
    else
        m_figures->refresh();
    m_docks->fitTo(size());
}

void MainWindow::setDisplay(const DisplayOptions& display) {
    m_document->setDisplay(display);
    showDisplayState();
    refreshChart();
}

void MainWindow::showDisplayState() {
    m_toolbar->showDisplay(m_document->display(), m_document->weighting().isUsable(),
                           m_document->weightingText());
    m_compareMenus->show(m_document->display());
}

void MainWindow::onSaveFailed(const QString& message) {
    if (!m_figures->explainSaveFailure(message))
        statusBar()->showMessage(tr("Could not save the view in the project: %1").arg(message),
                                 kStatusMs);
}

void MainWindow::onSurveyEdited() {
    // Only labels changed: the panels keep their rows, ticks and scroll positions.
    filterPanel()->updateLabels(session().survey());
    refreshAll();
}

void MainWindow::showQuestion(int question) {
    if (question == session().currentQuestion() && m_pages->currentWidget() == m_analysis &&
        navigator()->currentQuestion() == question && m_document->currentGroup() < 0)
        return;
    if (!session().setCurrentQuestion(question))
        return;
    m_document->setCurrentGroup(-1);
    navigator()->setCurrentQuestion(question);
    refreshChart();
    m_document->scheduleSave();
}

void MainWindow::showGroup(int group) {
    if (group < 0 || group >= session().survey().groups.size())
        return;
    // The grid chart of the whole group; the figures and table stay with the group's first
    // item, which is also where Up/Down and PgDn go on from.
    const QuestionGroup& g = session().survey().groups[group];
    const int first = session().survey().findQuestion(g.items.constFirst());
    if (first >= 0)
        session().setCurrentQuestion(first);
    m_document->setCurrentGroup(group);
    navigator()->setCurrentGroup(group);
    refreshChart();
}

void MainWindow::step(int steps) {
    if (!session().hasProject())
        return;
    showQuestion(session().neighbourQuestion(steps));
}

void MainWindow::setCompareBy(int question) {
    if (!session().setCompareBy(question))
        return;
    m_toolbar->showCompareBy(session().compareBy());
    refreshChart();
    m_document->scheduleSave();
}

void MainWindow::setFilterOption(int question, int option, bool selected) {
    session().setFilterOption(question, option, selected);
    onFilterChanged();
}

void MainWindow::clearFilter() {
    if (session().filter().isEmpty())
        return;
    session().clearFilter();
    onFilterChanged();
}

void MainWindow::onFilterChanged() {
    filterPanel()->syncFilter(session().filter());
    m_chips->setSession(session());
    navigator()->setSummaries(session().questionSummaries(), session().survey().groups);
    refreshChart();
    m_document->scheduleSave();
}

void MainWindow::onChartOptionsChanged() {
    session().setChartOptions(m_toolbar->options(session().chartOptions()));
    refreshChart();
    m_document->scheduleSave();
}

bool MainWindow::showsTextAnswers() const {
    return m_views->currentWidget() == m_text;
}

void MainWindow::saveStateNow() {
    const Result<Done> written = m_document->saveNow();
    if (!written.ok())
        onSaveFailed(written.error().toString());
    else
        m_figures->saveSucceeded();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveStateNow();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_flow->cancel();
    QMainWindow::closeEvent(event);
}

// ---- changes to the survey ----------------------------------------------------------------

void MainWindow::renameOptionWithDialog(int question, int option) {
    m_edits->renameOptionWithDialog(question, option);
}

// ---- export -------------------------------------------------------------------------------

Result<Done> MainWindow::exportCurrentChart(const QString& path, ExportFormat format,
                                            const ExportOptions& options, const QString& language) {
    return m_exports->exportCurrent(path, format, options, language);
}

Result<QStringList> MainWindow::exportAllCharts(const QString& folder, ExportFormat format,
                                                const ExportOptions& options,
                                                const QString& language) {
    return m_exports->exportAll(folder, format, options, language);
}

void MainWindow::copyChart() {
    m_exports->copyCurrent();
}

void MainWindow::copyTable() {
    if (m_figures->copyTable())
        statusBar()->showMessage(
            tr("Table copied: paste it into Excel as cells or into Word as a table."), kStatusMs);
}

// ---- small things -------------------------------------------------------------------------

void MainWindow::updateActions() {
    const AnalysisSession& s = session();
    const bool open = s.hasProject();
    const int current = s.currentQuestion();
    const bool chart = open && !s.isTextQuestion(current) && !m_chart->spec().isEmpty();
    const bool busy = isBusy();
    MainActions* a = m_actions;
    a->exportAction()->setEnabled(chart);
    a->copyAction()->setEnabled(chart);
    a->copyTableAction()->setEnabled(open && s.isAnalysable(current) && !s.isTextQuestion(current));
    a->exportAllAction()->setEnabled(open);
    a->exportReportAction()->setEnabled(open);
    a->exportTablesAction()->setEnabled(open);
    a->closeAction()->setEnabled(open);
    a->renameOptionAction()->setEnabled(m_edits->canEditCurrent());
    a->cleanAnswersAction()->setEnabled(m_edits->canCleanCurrent());
    a->previousAction()->setEnabled(open);
    a->nextAction()->setEnabled(open);
    a->findAction()->setEnabled(open);
    a->clearFiltersAction()->setEnabled(open && !s.filter().isEmpty());
    a->openAction()->setEnabled(!busy);
    a->reimportAction()->setEnabled(open && !busy && !projectPath().isEmpty());
    a->demoAction()->setEnabled(!busy);
    m_docks->setTogglesEnabled(open);
    m_toolbar->toggleViewAction()->setEnabled(open);
    const QList<QAction*> display = m_toolbar->displayActions();
    for (QAction* action : display)
        action->setEnabled(open);
    // Weighting only where there is a usable one to apply.
    display.first()->setEnabled(open && m_document->weighting().isUsable());
}

void MainWindow::updateTitle() {
    if (!session().hasProject()) {
        setWindowTitle(QStringLiteral("Sondo"));
        return;
    }
    const QString name =
        projectPath().isEmpty() ? session().survey().title : QFileInfo(projectPath()).fileName();
    setWindowTitle(name + QStringLiteral(" \u2014 Sondo"));
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    // A short window keeps the chart's height: one finding shown, the rest a click away.
    if (m_figures)
        m_figures->setShortWindow(event->size().height() < kShortWindow);
    if (m_docks && m_pages->currentWidget() == m_analysis)
        m_docks->fitTo(event->size());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() &&
        ImportFlow::canOpen(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile());
}

} // namespace sondo
