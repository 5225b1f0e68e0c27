#pragma once

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QMenuBar;
class QUndoStack;
QT_END_NAMESPACE

namespace sondo {

class Translator;

/**
 * The window's commands and menus: File (open, recent files, demo, re-import, export, close,
 * quit), Edit (undo and redo of the analyst's changes, rename an option), Question (previous,
 * next, find, clear the filter), View (panels, toolbar, language) and Help. Creates the actions
 * with their icons and shortcuts and names them in the current language; what they do is wired by
 * the window. Undo and Redo follow the undo stack given and name the step they would take.
 */
class MainActions : public QObject {
    Q_OBJECT
public:
    /** `window` receives the actions' shortcuts and owns them. */
    MainActions(QWidget* window, Translator* translator);

    /** Fills `bar`; `viewToggles` (the panels' and toolbar's show/hide actions) go in View. */
    void createMenus(QMenuBar* bar, const QList<QAction*>& viewToggles);
    /** Undo and Redo act on `stack` and follow its state and texts. */
    void setUndoStack(QUndoStack* stack);
    /** Names everything in the current language (menus, actions, the undo step). */
    void retranslate();
    /** Lists RecentFiles under File > Open Recent. */
    void updateRecentMenu();

    QAction* openAction() const { return m_open; }
    QAction* reimportAction() const { return m_reimport; }
    QAction* demoAction() const { return m_demo; }
    QAction* exportAction() const { return m_export; }
    QAction* exportAllAction() const { return m_exportAll; }
    QAction* exportReportAction() const { return m_exportReport; }
    /** File > Export Tables…: the tables as an Excel workbook (TablesExport). */
    QAction* exportTablesAction() const { return m_exportTables; }
    QAction* copyAction() const { return m_copy; }
    /** Edit > Copy Table: the question's table as HTML and tab-separated text. */
    QAction* copyTableAction() const { return m_copyTable; }
    QAction* closeAction() const { return m_close; }
    QAction* quitAction() const { return m_quit; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* renameOptionAction() const { return m_renameOption; }
    QAction* cleanAnswersAction() const { return m_cleanAnswers; }
    QAction* previousAction() const { return m_previous; }
    QAction* nextAction() const { return m_next; }
    QAction* findAction() const { return m_find; }
    QAction* clearFiltersAction() const { return m_clearFilters; }
    QAction* aboutAction() const { return m_about; }
    QMenu* editMenu() const { return m_editMenu; }

signals:
    /** A file chosen under File > Open Recent. */
    void recentRequested(const QString& path);
    /** The analyst cleared the recent files. */
    void recentCleared();

private:
    void updateUndoTexts();
    /** Help > About Sondo. */
    void showAbout();

    QWidget* m_window;
    Translator* m_translator;
    QUndoStack* m_stack = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_questionMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    QAction* m_open;
    QAction* m_reimport;
    QAction* m_demo;
    QAction* m_export;
    QAction* m_exportAll;
    QAction* m_exportReport;
    QAction* m_exportTables;
    QAction* m_copy;
    QAction* m_copyTable;
    QAction* m_close;
    QAction* m_quit;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_renameOption;
    QAction* m_cleanAnswers;
    QAction* m_previous;
    QAction* m_next;
    QAction* m_find;
    QAction* m_clearFilters;
    QAction* m_about;
};

} // namespace sondo
