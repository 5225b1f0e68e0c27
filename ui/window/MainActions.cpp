#include "window/MainActions.h"

#include "window/LanguageMenu.h"
#include "window/RecentFiles.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace sondo {

namespace {

QAction* newAction(QWidget* window, const char* icon = nullptr) {
    return icon ? new QAction(QIcon(QString::fromLatin1(icon)), QString(), window)
                : new QAction(window);
}

} // namespace

MainActions::MainActions(QWidget* window, Translator* translator)
    : QObject(window)
    , m_window(window)
    , m_translator(translator)
    , m_open(newAction(window, ":/icons/open.svg"))
    , m_reimport(newAction(window, ":/icons/open.svg"))
    , m_demo(newAction(window, ":/icons/demo.svg"))
    , m_export(newAction(window, ":/icons/export.svg"))
    , m_exportAll(newAction(window, ":/icons/export-all.svg"))
    , m_exportReport(newAction(window))
    , m_exportTables(newAction(window))
    , m_copy(newAction(window, ":/icons/copy.svg"))
    , m_copyTable(newAction(window))
    , m_close(newAction(window))
    , m_quit(newAction(window))
    , m_undo(newAction(window))
    , m_redo(newAction(window))
    , m_renameOption(newAction(window))
    , m_cleanAnswers(newAction(window))
    , m_previous(newAction(window))
    , m_next(newAction(window))
    , m_find(newAction(window, ":/icons/search.svg"))
    , m_clearFilters(newAction(window, ":/icons/clear.svg"))
    , m_about(newAction(window)) {
    m_open->setShortcut(QKeySequence::Open);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyTable->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_close->setShortcut(QKeySequence::Close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_undo->setShortcut(QKeySequence::Undo);
    // Ctrl+Shift+Z everywhere, plus the platform's own redo key where it has another (Ctrl+Y).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redo->setShortcuts(redoKeys);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_renameOption->setShortcut(QKeySequence(Qt::Key_F2));
    m_previous->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::Key_Left)});
    m_next->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Right)});
    m_find->setShortcut(QKeySequence::Find);
    m_clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainActions::showAbout);
}

void MainActions::showAbout() {
    auto* box = new QMessageBox(m_window);
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

void MainActions::createMenus(QMenuBar* bar, const QList<QAction*>& viewToggles) {
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_demo);
    m_fileMenu->addAction(m_reimport);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_export);
    m_fileMenu->addAction(m_exportAll);
    m_fileMenu->addAction(m_exportReport);
    m_fileMenu->addAction(m_exportTables);
    m_fileMenu->addAction(m_copy);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);

    m_editMenu = bar->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copy);
    m_editMenu->addAction(m_copyTable);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_renameOption);
    m_editMenu->addAction(m_cleanAnswers);

    m_questionMenu = bar->addMenu(QString());
    m_questionMenu->addAction(m_previous);
    m_questionMenu->addAction(m_next);
    m_questionMenu->addAction(m_find);
    m_questionMenu->addSeparator();
    m_questionMenu->addAction(m_clearFilters);

    m_viewMenu = bar->addMenu(QString());
    for (QAction* toggle : viewToggles)
        m_viewMenu->addAction(toggle);
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(m_translator, m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(m_about);
    retranslate();
    updateRecentMenu();
}

void MainActions::setUndoStack(QUndoStack* stack) {
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    disconnect(m_undo, &QAction::triggered, nullptr, nullptr);
    disconnect(m_redo, &QAction::triggered, nullptr, nullptr);
    if (!stack)
        return;
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainActions::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainActions::updateUndoTexts);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    updateUndoTexts();
}

void MainActions::updateUndoTexts() {
    // Our own texts rather than QUndoStack::createUndoAction's, which Qt's catalogue translates
    // (not loaded here) and which do not follow a change of language.
    const QString undo = m_stack ? m_stack->undoText() : QString();
    const QString redo = m_stack ? m_stack->redoText() : QString();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainActions::retranslate() {
    if (!m_fileMenu)
        return;
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_questionMenu->setTitle(tr("&Question"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));

    m_open->setText(tr("&Open\u2026"));
    m_open->setToolTip(tr("Open a survey export or a Sondo project"));
    m_reimport->setText(tr("&Re-import a Newer Export\u2026"));
    m_reimport->setToolTip(tr("Update this project with a newer export of the same survey, "
                              "keeping question ids, filters and chart options"));
    m_demo->setText(tr("Open the &Demo Survey"));
    m_export->setText(tr("&Export Chart\u2026"));
    m_export->setIconText(tr("Export"));
    m_export->setToolTip(tr("Export this chart as PNG, SVG or PDF (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    m_exportAll->setText(tr("Export &All Charts\u2026"));
    m_exportAll->setIconText(tr("Export all"));
    m_exportAll->setToolTip(tr("Export the chart of every question into a folder"));
    m_exportReport->setText(tr("Export &Report\u2026"));
    m_exportReport->setToolTip(
        tr("Every question's chart, key findings and table in one PDF, ODT or HTML report, or "
           "as PowerPoint slides"));
    m_exportTables->setText(tr("Export &Tables…"));
    m_exportTables->setToolTip(
        tr("Every question's counts, percentages, bases and letters as an Excel workbook"));
    m_copy->setText(tr("&Copy Chart"));
    m_copyTable->setText(tr("Copy &Table"));
    m_copyTable->setToolTip(
        tr("Copy this question's table, to paste into Excel as cells or into Word as a table (%1)")
            .arg(m_copyTable->shortcut().toString(QKeySequence::NativeText)));
    m_copy->setIconText(tr("Copy"));
    m_copy->setToolTip(tr("Copy this chart as a picture, to paste elsewhere (%1)")
                           .arg(m_copy->shortcut().toString(QKeySequence::NativeText)));
    m_close->setText(tr("&Close Project"));
    m_quit->setText(tr("&Quit"));
    updateUndoTexts();
    m_renameOption->setText(tr("Re&name Option\u2026"));
    m_renameOption->setToolTip(
        tr("Give an option of this question another label on charts, filters and exports"));
    m_cleanAnswers->setText(tr("C&lean Answers…"));
    m_cleanAnswers->setToolTip(tr("Merge the answers of this question that are one answer "
                                  "spelled differently (accents, slips, abbreviations)"));
    m_previous->setText(tr("&Previous Question"));
    m_next->setText(tr("&Next Question"));
    m_find->setText(tr("&Find Question\u2026"));
    m_clearFilters->setText(tr("&Clear All Filters"));
    m_about->setText(tr("&About Sondo"));
    updateRecentMenu();
}

void MainActions::updateRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& path : files) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit recentRequested(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
        emit recentCleared();
    });
}

} // namespace sondo
