#include "window/MainWindow.h"

#include "import/SurveyImporter.h"
#include "project/ProjectLocator.h"
#include "project/ProjectOpener.h"
#include "project/SavedImportOptions.h"
#include "storage/ProjectStore.h"
#include "window/ChartView.h"
#include "window/ExportDialog.h"
#include "window/FilterChipsBar.h"
#include "window/FilterPanel.h"
#include "window/GuiApplication.h"
#include "window/ImportPreviewDialog.h"
#include "window/LanguageMenu.h"
#include "window/QuestionNavigator.h"
#include "window/RecentFiles.h"
#include "window/StartPage.h"
#include "window/TextAnswersView.h"
#include "window/Translator.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sondo {

namespace {

/** Pause after the last change before the state is written: typing a note is many changes. */
constexpr int kSaveDelayMs = 800;
constexpr int kStatusMs = 6000;
constexpr int kCompareLabelLength = 48;

QString elide(const QString& text, int length) {
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + QChar(0x2026);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_translator(new Translator(this))
    , m_saveTimer(new QTimer(this)) {
    GuiApplication::initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sondo.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_session.setLocale(m_translator->locale());

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

    createActions();
    createDocks();
    createToolBar();
    createMenus();

    m_busyLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setFixedWidth(220);
    m_cancel = new QPushButton(this);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    for (QWidget* w : std::initializer_list<QWidget*>{m_busyLabel, m_progress, m_cancel})
        w->hide();

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveStateNow);

    connect(m_start, &StartPage::openRequested, this, &MainWindow::openWithDialog);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::openPath);
    connect(m_navigator, &QuestionNavigator::questionSelected, this, &MainWindow::showQuestion);
    connect(m_chart, &ChartView::stepRequested, this, &MainWindow::step);
    connect(m_navigator, &QuestionNavigator::stepRequested, this, &MainWindow::step);
    connect(m_filters, &FilterPanel::optionToggled, this, &MainWindow::setFilterOption);
    connect(m_chips, &FilterChipsBar::removeQuestionRequested, this, [this](int question) {
        m_session.clearFilterQuestion(question);
        onFilterChanged();
    });
    connect(m_chips, &FilterChipsBar::clearAllRequested, this, &MainWindow::clearFilter);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
    });
    connect(m_translator, &Translator::languageChanged, this, &MainWindow::onLanguageChanged);

    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 900);
    retranslateUi();
    updateRecentMenu();
    m_start->setRecentFiles(RecentFiles::list());
    m_pages->setCurrentWidget(m_start);
    // The start page needs neither the chart tools nor the question and filter panels.
    m_questionsDock->hide();
    m_filtersDock->hide();
    m_toolbar->hide();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() {
    saveStateNow();
    // The job's destructor cancels and waits; it must go while the window is still whole.
    m_job.reset();
}

// ---- building the window ------------------------------------------------------------------

void MainWindow::createActions() {
    m_openAction = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWithDialog);
    m_reimportAction = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this);
    connect(m_reimportAction, &QAction::triggered, this, &MainWindow::reimportWithDialog);

    m_demoAction = new QAction(QIcon(QStringLiteral(":/icons/demo.svg")), QString(), this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_exportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::openExportDialog);

    m_exportAllAction =
        new QAction(QIcon(QStringLiteral(":/icons/export-all.svg")), QString(), this);
    m_exportAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::openExportAllDialog);

    m_copyAction = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), this);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyChart);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_previousAction = new QAction(this);
    m_previousAction->setShortcuts(
        {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::Key_Left)});
    connect(m_previousAction, &QAction::triggered, this, [this] { step(-1); });

    m_nextAction = new QAction(this);
    m_nextAction->setShortcuts(
        {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Right)});
    connect(m_nextAction, &QAction::triggered, this, [this] { step(1); });

    m_findAction = new QAction(QIcon(QStringLiteral(":/icons/search.svg")), QString(), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_questionsDock->show();
        m_navigator->focusSearch();
    });

    m_clearFiltersAction = new QAction(QIcon(QStringLiteral(":/icons/clear.svg")), QString(), this);
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    connect(m_clearFiltersAction, &QAction::triggered, this, &MainWindow::clearFilter);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addAction(m_reimportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportAllAction);
    m_fileMenu->addAction(m_copyAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addAction(m_quitAction);

    m_questionMenu = menuBar()->addMenu(QString());
    m_questionMenu->addAction(m_previousAction);
    m_questionMenu->addAction(m_nextAction);
    m_questionMenu->addAction(m_findAction);
    m_questionMenu->addSeparator();
    m_questionMenu->addAction(m_clearFiltersAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_questionsDock->toggleViewAction());
    m_viewMenu->addAction(m_filtersDock->toggleViewAction());
    m_viewMenu->addAction(m_toolbar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(m_translator, m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar() {
    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("chartToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setStyleSheet(QStringLiteral("QToolBar { spacing: 6px; padding: 4px 8px; }"));

    m_compareLabel = new QLabel(m_toolbar);
    m_compareBy = new QComboBox(m_toolbar);
    // Question texts are long: a fixed width keeps the toolbar on one line; the list itself
    // opens as wide as its entries.
    m_compareBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compareBy->setMinimumContentsLength(24);
    m_compareBy->view()->setMinimumWidth(480);
    m_compareBy->setMaxVisibleItems(24);
    m_sortLabel = new QLabel(m_toolbar);
    m_sort = new QComboBox(m_toolbar);
    m_sort->addItem(QString(), false);
    m_sort->addItem(QString(), true);
    m_diverging = new QCheckBox(m_toolbar);
    m_sourceLabel = new QLabel(m_toolbar);
    m_sourceNote = new QLineEdit(m_toolbar);
    m_sourceNote->setClearButtonEnabled(true);
    m_sourceNote->setMinimumWidth(180);

    m_toolbar->addWidget(m_compareLabel);
    m_toolbar->addWidget(m_compareBy);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_sortLabel);
    m_toolbar->addWidget(m_sort);
    m_toolbar->addWidget(m_diverging);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_sourceLabel);
    m_toolbar->addWidget(m_sourceNote);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_exportAction);
    m_toolbar->addAction(m_exportAllAction);
    m_toolbar->addAction(m_copyAction);
    addToolBar(Qt::TopToolBarArea, m_toolbar);

    connect(m_compareBy, &QComboBox::activated, this,
            [this] { setCompareBy(m_compareBy->currentData().toInt()); });
    connect(m_sort, &QComboBox::activated, this, &MainWindow::onChartOptionsChanged);
    connect(m_diverging, &QCheckBox::toggled, this, &MainWindow::onChartOptionsChanged);
    connect(m_sourceNote, &QLineEdit::textEdited, this, &MainWindow::onChartOptionsChanged);
    connect(m_sourceNote, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The clear button changes the text without textEdited.
        if (text.isEmpty() && !m_session.chartOptions().sourceNote.isEmpty())
            onChartOptionsChanged();
    });
}

void MainWindow::createDocks() {
    m_navigator = new QuestionNavigator(this);
    m_questionsDock = new QDockWidget(this);
    m_questionsDock->setObjectName(QStringLiteral("questionsDock"));
    m_questionsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto* navigatorHolder = new QWidget(m_questionsDock);
    auto* navigatorLayout = new QVBoxLayout(navigatorHolder);
    navigatorLayout->setContentsMargins(8, 4, 4, 8);
    navigatorLayout->addWidget(m_navigator);
    m_questionsDock->setWidget(navigatorHolder);
    m_questionsDock->setMinimumWidth(240);
    addDockWidget(Qt::LeftDockWidgetArea, m_questionsDock);

    m_filters = new FilterPanel(this);
    m_filtersDock = new QDockWidget(this);
    m_filtersDock->setObjectName(QStringLiteral("filtersDock"));
    m_filtersDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto* filterHolder = new QWidget(m_filtersDock);
    auto* filterLayout = new QVBoxLayout(filterHolder);
    filterLayout->setContentsMargins(4, 4, 8, 8);
    filterLayout->addWidget(m_filters);
    m_filtersDock->setWidget(filterHolder);
    m_filtersDock->setMinimumWidth(220);
    addDockWidget(Qt::RightDockWidgetArea, m_filtersDock);
    resizeDocks({m_questionsDock, m_filtersDock}, {400, 300}, Qt::Horizontal);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_questionMenu->setTitle(tr("&Question"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));

    m_openAction->setText(tr("&Open\u2026"));
    m_openAction->setToolTip(tr("Open a survey export or a Sondo project"));
    m_reimportAction->setText(tr("&Re-import a Newer Export\u2026"));
    m_reimportAction->setToolTip(tr("Update this project with a newer export of the same survey, "
                                    "keeping question ids, filters and chart options"));
    m_demoAction->setText(tr("Open the &Demo Survey"));
    m_exportAction->setText(tr("&Export Chart\u2026"));
    m_exportAction->setIconText(tr("Export"));
    m_exportAction->setToolTip(
        tr("Export this chart as PNG, SVG or PDF (%1)")
            .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportAllAction->setText(tr("Export &All Charts\u2026"));
    m_exportAllAction->setIconText(tr("Export all"));
    m_exportAllAction->setToolTip(tr("Export the chart of every question into a folder"));
    m_copyAction->setText(tr("&Copy Chart"));
    m_copyAction->setIconText(tr("Copy"));
    m_copyAction->setToolTip(tr("Copy this chart as a picture, to paste elsewhere (%1)")
                                 .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    m_closeAction->setText(tr("&Close Project"));
    m_quitAction->setText(tr("&Quit"));
    m_previousAction->setText(tr("&Previous Question"));
    m_nextAction->setText(tr("&Next Question"));
    m_findAction->setText(tr("&Find Question\u2026"));
    m_clearFiltersAction->setText(tr("&Clear All Filters"));
    m_aboutAction->setText(tr("&About Sondo"));

    m_questionsDock->setWindowTitle(tr("Questions"));
    m_filtersDock->setWindowTitle(tr("Filter respondents"));
    m_toolbar->setWindowTitle(tr("Chart options"));
    m_compareLabel->setText(tr("Compare by:"));
    m_compareBy->setToolTip(tr("Break the chart down by the answers to another question"));
    m_sortLabel->setText(tr("Order:"));
    m_sort->setItemText(0, tr("Questionnaire order"));
    m_sort->setItemText(1, tr("By frequency"));
    m_sort->setToolTip(tr("Order of the options (Likert scales always keep their order)"));
    m_diverging->setText(tr("Diverging Likert"));
    m_diverging->setToolTip(tr("Show Likert scales as bars diverging from the neutral point"));
    m_sourceLabel->setText(tr("Source:"));
    m_sourceNote->setPlaceholderText(tr("e.g. Source: Club CMMC survey, March 2020"));
    m_sourceNote->setToolTip(tr("Source note printed under every chart"));
    m_cancel->setText(tr("Cancel"));
    refreshCompareBy();
    updateRecentMenu();
    updateTitle();
}

void MainWindow::onLanguageChanged() {
    // Qt posts LanguageChange to the widgets; the window's own texts are redone now, so that
    // nothing shows the old language in between.
    retranslateUi();
    m_session.setLocale(m_translator->locale());
    m_navigator->setLocale(m_translator->locale());
    m_filters->setLocale(m_translator->locale());
    if (m_session.hasProject())
        refreshAll();
}

// ---- opening ------------------------------------------------------------------------------

bool MainWindow::canOpen(const QString& path) {
    const QFileInfo info(path);
    return info.isFile() &&
           (SurveyImporter::isSurveyFile(path) ||
            info.suffix().compare(QStringLiteral("sondo"), Qt::CaseInsensitive) == 0 ||
            ProjectOpener::isProjectFile(path));
}

void MainWindow::reimportWithDialog() {
    QStringList patterns;
    for (const QString& ext : SurveyImporter::supportedExtensions())
        patterns << QStringLiteral("*.") + ext;
    const QString folder = QSettings().value(QStringLiteral("lastOpenFolder")).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Re-import a newer export"), folder,
                                     tr("Survey exports (%1)").arg(patterns.join(u' ')) +
                                         QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        reimport(path);
}

void MainWindow::reimport(const QString& surveyPath) {
    if (m_projectPath.isEmpty() || isBusy())
        return;
    // The update keeps the project's saved state: write the current one first.
    saveStateNow();
    const QString project = m_projectPath;
    const QString survey = QFileInfo(surveyPath).absoluteFilePath();
    startJob(
        tr("Updating %1").arg(QFileInfo(project).fileName()),
        [project, survey](const ProgressCallback& progress) {
            return ImportJob::updateProject(project, survey, progress);
        },
        survey);
}

void MainWindow::openWithDialog() {
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
        QFileDialog::getOpenFileName(this, tr("Open a survey or project"), folder, filters);
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastOpenFolder"), QFileInfo(path).absolutePath());
    openPath(path);
}

void MainWindow::openDemo() {
    const QString demo = GuiApplication::demoSurveyPath();
    if (demo.isEmpty()) {
        showError(tr("Demo survey"), tr("The demo survey could not be found or unpacked."));
        return;
    }
    openPath(demo);
}

void MainWindow::openPath(const QString& path) {
    if (isBusy()) {
        statusBar()->showMessage(tr("Please wait: %1").arg(m_job->description()), kStatusMs);
        return;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        RecentFiles::remove(path);
        updateRecentMenu();
        m_start->setRecentFiles(RecentFiles::list());
        showError(tr("Cannot open"), tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString absolute = info.absoluteFilePath();
    if (ProjectOpener::isProjectFile(absolute)) {
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
        showError(tr("Cannot open"),
                  tr("%1 is neither a survey export Sondo reads (%2) nor a Sondo project.")
                      .arg(info.fileName(),
                           SurveyImporter::supportedExtensions().join(QStringLiteral(", "))));
    }
}

void MainWindow::startJob(const QString& description, ImportJob::Task task, const QString& source) {
    m_job = std::make_unique<ImportJob>(description, std::move(task));
    m_jobSource = source;
    connect(m_job.get(), &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job.get(), &ImportJob::finished, this, &MainWindow::onJobFinished);
    m_busyLabel->setText(description);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_busyLabel, m_progress, m_cancel})
        w->show();
    m_job->start();
    updateActions();
    emit busyChanged(true);
}

void MainWindow::onJobFinished() {
    // Keep the job object alive until this function returns: it owns the outcome.
    std::unique_ptr<ImportJob> job = std::move(m_job);
    for (QWidget* w : std::initializer_list<QWidget*>{m_busyLabel, m_progress, m_cancel})
        w->hide();
    auto outcome = std::make_shared<ImportOutcome>(std::move(job->outcome()));
    updateActions();
    emit busyChanged(false);

    switch (outcome->status) {
    case ImportOutcome::Status::Cancelled:
        statusBar()->showMessage(tr("Cancelled: nothing was changed."), kStatusMs);
        return;
    case ImportOutcome::Status::Failed:
        showError(tr("Cannot open"), outcome->error.toString());
        return;
    case ImportOutcome::Status::Opened: {
        RecentFiles::add(m_jobSource);
        const int warnings = int(outcome->warnings.size());
        setProject(std::move(outcome->project), outcome->projectPath);
        if (!outcome->updateSummary.isEmpty())
            statusBar()->showMessage(tr("Project updated: %1").arg(outcome->updateSummary),
                                     kStatusMs * 2);
        else if (warnings > 0)
            statusBar()->showMessage(tr("Opened with %Ln warning(s).", "", warnings), kStatusMs);
        return;
    }
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

void MainWindow::askReimport() {
    auto* box = new QMessageBox(this);
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

void MainWindow::showPreview() {
    m_preview = new ImportPreviewDialog(m_pending->project, m_pending->warnings, this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview, &QDialog::finished, this, &MainWindow::onPreviewFinished);
    m_preview->open();
}

void MainWindow::onPreviewFinished(int result) {
    std::shared_ptr<ImportOutcome> pending = std::move(m_pending);
    if (!pending || !m_preview)
        return;
    if (result != QDialog::Accepted) {
        statusBar()->showMessage(tr("Import cancelled."), kStatusMs);
        return;
    }
    const QString survey = pending->surveyPath;
    const QString target = ProjectLocator::newProjectPath(survey);
    const QString description = tr("Importing %1").arg(QFileInfo(survey).fileName());
    ImportOptions options;
    options.typeOverrides = m_preview->typeOverrides();
    if (options.typeOverrides.isEmpty()) {
        // The preview's import is the import: write it instead of reading the file again.
        auto project = std::make_shared<Project>(std::move(pending->project));
        project->state.insert(SavedImportOptions::key(),
                              SavedImportOptions::toJson(options, project->survey));
        startJob(
            description,
            [project, target](const ProgressCallback& progress) {
                return ImportJob::saveProject(std::move(*project), target, progress);
            },
            survey);
    } else {
        startJob(
            description,
            [survey, options, target](const ProgressCallback& progress) {
                return ImportJob::importAndSave(survey, options, target, progress);
            },
            survey);
    }
}

void MainWindow::showError(const QString& title, const QString& message) {
    statusBar()->showMessage(message, kStatusMs);
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(title);
    box->setText(message.toHtmlEscaped());
    box->addButton(tr("OK"), QMessageBox::AcceptRole);
    box->open();
    emit openFailed(message);
}

bool MainWindow::isBusy() const {
    return m_job != nullptr;
}

// ---- the project --------------------------------------------------------------------------

void MainWindow::setProject(Project project, const QString& projectPath) {
    saveStateNow();
    m_saveTimer->stop();
    QStringList unresolved;
    m_session.setLocale(m_translator->locale());
    m_session.setProject(std::move(project), &unresolved);
    m_projectPath = projectPath;

    m_filters->setSession(m_session);
    m_navigator->setLocale(m_translator->locale());
    m_filters->setLocale(m_translator->locale());
    {
        const QSignalBlocker blockSort(m_sort), blockDiverging(m_diverging),
            blockNote(m_sourceNote);
        m_sort->setCurrentIndex(m_session.chartOptions().sortByFrequency ? 1 : 0);
        m_diverging->setChecked(m_session.chartOptions().divergingLikert);
        m_sourceNote->setText(m_session.chartOptions().sourceNote);
    }
    m_pages->setCurrentWidget(m_analysis);
    m_questionsDock->show();
    m_filtersDock->show();
    m_toolbar->show();
    if (!m_session.state().windowGeometry.isEmpty())
        restoreGeometry(m_session.state().windowGeometry);
    if (!m_session.state().windowState.isEmpty())
        restoreState(m_session.state().windowState);
    refreshAll();
    m_navigator->view()->setFocus(Qt::OtherFocusReason);
    updateRecentMenu();
    m_start->setRecentFiles(RecentFiles::list());
    if (!unresolved.isEmpty())
        statusBar()->showMessage(tr("No longer in the survey, left out of the saved view: %1")
                                     .arg(unresolved.join(QStringLiteral(", "))),
                                 kStatusMs * 2);
    emit projectOpened(m_projectPath);
}

void MainWindow::closeProject() {
    saveStateNow();
    m_saveTimer->stop();
    m_session = AnalysisSession();
    m_session.setLocale(m_translator->locale());
    m_projectPath.clear();
    m_chart->setSpec({});
    m_navigator->setSummaries({});
    m_filters->setSession(m_session);
    m_chips->setSession(m_session);
    m_start->setRecentFiles(RecentFiles::list());
    m_pages->setCurrentWidget(m_start);
    m_questionsDock->hide();
    m_filtersDock->hide();
    m_toolbar->hide();
    updateActions();
    updateTitle();
}

void MainWindow::refreshAll() {
    m_navigator->setSummaries(m_session.questionSummaries());
    m_navigator->setCurrentQuestion(m_session.currentQuestion());
    m_filters->syncFilter(m_session.filter());
    m_chips->setSession(m_session);
    refreshCompareBy();
    refreshChart();
    updateActions();
    updateTitle();
}

void MainWindow::refreshChart() {
    const int question = m_session.currentQuestion();
    if (m_session.isTextQuestion(question)) {
        m_text->showQuestion(m_session, question);
        m_views->setCurrentWidget(m_text);
    } else {
        m_chart->setSpec(m_session.currentChart());
        m_views->setCurrentWidget(m_chart);
    }
    updateActions();
}

void MainWindow::refreshCompareBy() {
    if (!m_compareBy)
        return;
    const QSignalBlocker block(m_compareBy);
    m_compareBy->clear();
    m_compareBy->addItem(tr("No comparison"), -1);
    for (int q : m_session.segmentQuestions()) {
        const Question& question = m_session.survey().questions[q];
        m_compareBy->addItem(
            question.id + QStringLiteral("  ") + elide(question.text, kCompareLabelLength), q);
        m_compareBy->setItemData(m_compareBy->count() - 1, question.text, Qt::ToolTipRole);
    }
    m_compareBy->setCurrentIndex(qMax(0, m_compareBy->findData(m_session.compareBy())));
}

void MainWindow::showQuestion(int question) {
    if (question == m_session.currentQuestion() && m_pages->currentWidget() == m_analysis &&
        m_navigator->currentQuestion() == question)
        return;
    if (!m_session.setCurrentQuestion(question))
        return;
    m_navigator->setCurrentQuestion(question);
    refreshChart();
    scheduleSave();
}

void MainWindow::step(int steps) {
    if (!m_session.hasProject())
        return;
    showQuestion(m_session.neighbourQuestion(steps));
}

void MainWindow::setCompareBy(int question) {
    if (!m_session.setCompareBy(question))
        return;
    m_compareBy->setCurrentIndex(qMax(0, m_compareBy->findData(m_session.compareBy())));
    refreshChart();
    scheduleSave();
}

void MainWindow::setFilterOption(int question, int option, bool selected) {
    m_session.setFilterOption(question, option, selected);
    onFilterChanged();
}

void MainWindow::clearFilter() {
    if (m_session.filter().isEmpty())
        return;
    m_session.clearFilter();
    onFilterChanged();
}

void MainWindow::onFilterChanged() {
    m_filters->syncFilter(m_session.filter());
    m_chips->setSession(m_session);
    m_navigator->setSummaries(m_session.questionSummaries());
    refreshChart();
    scheduleSave();
}

void MainWindow::onChartOptionsChanged() {
    ChartOptions options = m_session.chartOptions();
    options.sortByFrequency = m_sort->currentData().toBool();
    options.divergingLikert = m_diverging->isChecked();
    options.sourceNote = m_sourceNote->text().trimmed();
    m_session.setChartOptions(options);
    refreshChart();
    scheduleSave();
}

bool MainWindow::showsTextAnswers() const {
    return m_views->currentWidget() == m_text;
}

// ---- saving the state ---------------------------------------------------------------------

void MainWindow::scheduleSave() {
    if (!m_projectPath.isEmpty())
        m_saveTimer->start();
}

void MainWindow::saveStateNow() {
    m_saveTimer->stop();
    if (m_projectPath.isEmpty() || !m_session.hasProject())
        return;
    m_session.setWindowLayout(saveGeometry(), saveState());
    const auto written = ProjectStore::writeState(m_projectPath, m_session.stateJson());
    if (!written.ok())
        statusBar()->showMessage(
            tr("Could not save the view in the project: %1").arg(written.error().toString()),
            kStatusMs);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveStateNow();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_job) {
        m_job->cancel();
        m_job.reset();
    }
    QMainWindow::closeEvent(event);
}

// ---- export -------------------------------------------------------------------------------

Result<Done> MainWindow::exportCurrentChart(const QString& path, ExportFormat format,
                                            const ExportOptions& options) {
    const ChartSpec spec = m_session.currentChart();
    if (spec.isEmpty())
        return Result<Done>::failure({path, 0, 0, tr("This question has no chart to export.")});
    return ChartExporter::exportChart(spec, path, format, options);
}

Result<QStringList> MainWindow::exportAllCharts(const QString& folder, ExportFormat format,
                                                const ExportOptions& options) {
    return ChartExporter::exportAll(m_session.allCharts(), folder, format, options);
}

void MainWindow::copyChart() {
    const ChartSpec spec = m_session.currentChart();
    if (spec.isEmpty())
        return;
    ExportOptions options;
    options.size = ChartExporter::presetSize(SizePreset::Newsletter);
    options.scale = 2;
    QGuiApplication::clipboard()->setImage(ChartExporter::toImage(spec, options));
    statusBar()->showMessage(tr("Chart copied: paste it into your newsletter or slides."),
                             kStatusMs);
}

void MainWindow::openExportDialog() {
    const ChartSpec spec = m_session.currentChart();
    if (spec.isEmpty())
        return;
    auto* dialog = new ExportDialog(ExportDialog::Mode::CurrentChart, spec, 1, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto done = exportCurrentChart(dialog->target(), dialog->format(), dialog->options());
        if (done.ok())
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(dialog->target())),
                                     kStatusMs);
        else
            showError(tr("Export failed"), done.error().toString());
    });
    dialog->open();
}

void MainWindow::openExportAllDialog() {
    const QList<ChartSpec> all = m_session.allCharts();
    if (all.isEmpty())
        return;
    const ChartSpec current = m_session.currentChart();
    auto* dialog =
        new ExportDialog(ExportDialog::Mode::AllCharts, current.isEmpty() ? all.first() : current,
                         int(all.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto written = exportAllCharts(dialog->target(), dialog->format(), dialog->options());
        if (written.ok())
            statusBar()->showMessage(
                tr("Exported %Ln chart(s) to %1", "", int(written.value().size()))
                    .arg(QDir::toNativeSeparators(dialog->target())),
                kStatusMs);
        else
            showError(tr("Export failed"), written.error().toString());
    });
    dialog->open();
}

// ---- small things -------------------------------------------------------------------------

void MainWindow::updateActions() {
    const bool open = m_session.hasProject();
    const bool chart = open && !m_session.isTextQuestion(m_session.currentQuestion()) &&
                       !m_chart->spec().isEmpty();
    m_exportAction->setEnabled(chart);
    m_copyAction->setEnabled(chart);
    m_exportAllAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_previousAction->setEnabled(open);
    m_nextAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_clearFiltersAction->setEnabled(open && !m_session.filter().isEmpty());
    m_openAction->setEnabled(!isBusy());
    m_reimportAction->setEnabled(open && !isBusy() && !m_projectPath.isEmpty());
    m_demoAction->setEnabled(!isBusy());
    m_questionsDock->toggleViewAction()->setEnabled(open);
    m_filtersDock->toggleViewAction()->setEnabled(open);
    m_toolbar->toggleViewAction()->setEnabled(open);
}

void MainWindow::updateRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& path : files) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
        m_start->setRecentFiles({});
    });
}

void MainWindow::updateTitle() {
    if (!m_session.hasProject()) {
        setWindowTitle(QStringLiteral("Sondo"));
        return;
    }
    const QString name =
        m_projectPath.isEmpty() ? m_session.survey().title : QFileInfo(m_projectPath).fileName();
    setWindowTitle(name + QStringLiteral(" \u2014 Sondo"));
}

void MainWindow::showAbout() {
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/sondo.svg")).pixmap(48, 48));
    box->setWindowTitle(tr("About Sondo"));
    box->setText(QStringLiteral("<b>Sondo %1</b>").arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(
        tr("Imports survey exports, counts the answers and draws charts for newsletters. Charts "
           "use the DejaVu Sans font and the Okabe\u2013Ito colours, readable with colour "
           "blindness."));
    box->addButton(tr("Close"), QMessageBox::AcceptRole);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && canOpen(urls.first().toLocalFile()))
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
