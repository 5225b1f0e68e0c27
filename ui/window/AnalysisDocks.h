#pragma once

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QMainWindow;
class QTableView;
QT_END_NAMESPACE

namespace sondo {

class FilterPanel;
class FrequencyTableModel;
class ProjectDocument;
class QuestionNavigator;
class RecodesPanel;

/**
 * The panels around the chart: the question navigator docked on the left ("questionsDock"), the
 * filter on the right ("filtersDock") and the frequency table with its intervals below
 * ("tableDock"), and the project's recodes in a tab beside the filter ("recodesDock"). Each can
 * be moved or closed; their places are saved with the window's layout
 * under those object names. In a narrow window the side panels give up their width first
 * (fitToWidth), so the chart keeps room for its labels.
 */
class AnalysisDocks : public QObject {
    Q_OBJECT
public:
    /** Creates the panels and docks them in `window`; the recodes are `document`'s. */
    AnalysisDocks(QMainWindow* window, ProjectDocument* document);

    QuestionNavigator* navigator() const { return m_navigator; }
    FilterPanel* filterPanel() const { return m_filters; }
    QDockWidget* questionsDock() const { return m_questionsDock; }
    QDockWidget* filtersDock() const { return m_filtersDock; }
    QDockWidget* tableDock() const { return m_tableDock; }
    QDockWidget* recodesDock() const { return m_recodesDock; }
    RecodesPanel* recodesPanel() const { return m_recodes; }
    QTableView* tableView() const { return m_tableView; }
    FrequencyTableModel* tableModel() const { return m_tableModel; }
    /** View menu entries that show or hide each panel. */
    QList<QAction*> toggleActions() const;

    /** Shows both panels (a project is open) or hides them (the start page). */
    void setVisible(bool visible);
    /** Enables the View menu entries only while there is something to show. */
    void setTogglesEnabled(bool enabled);
    /**
     * Narrows the side panels when the window is `size.width()` wide, so that the chart keeps
     * at least about 60% of it (the panels never go below a width where their lists stay
     * usable), and keeps the table below to its rows and at most a fifth of the height.
     */
    void fitTo(const QSize& size);
    void retranslate();
    /** The table's context menu offers `copyTable`, and Ctrl+C on the table triggers it. */
    void setTableCopyAction(QAction* copyTable);

private:
    QuestionNavigator* m_navigator;
    FilterPanel* m_filters;
    QDockWidget* m_questionsDock;
    QDockWidget* m_filtersDock;
    RecodesPanel* m_recodes;
    QDockWidget* m_recodesDock;
    QMainWindow* m_window;
    FrequencyTableModel* m_tableModel;
    QTableView* m_tableView;
    QDockWidget* m_tableDock;
};

} // namespace sondo
