#pragma once

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QMainWindow;
QT_END_NAMESPACE

namespace sondo {

class FilterPanel;
class QuestionNavigator;

/**
 * The two panels around the chart: the question navigator docked on the left ("questionsDock")
 * and the filter on the right ("filtersDock"). Both can be moved or closed; their places are
 * saved with the window's layout under those object names.
 */
class AnalysisDocks : public QObject {
    Q_OBJECT
public:
    /** Creates both panels and docks them in `window`. */
    explicit AnalysisDocks(QMainWindow* window);

    QuestionNavigator* navigator() const { return m_navigator; }
    FilterPanel* filterPanel() const { return m_filters; }
    QDockWidget* questionsDock() const { return m_questionsDock; }
    QDockWidget* filtersDock() const { return m_filtersDock; }
    /** View menu entries that show or hide each panel. */
    QList<QAction*> toggleActions() const;

    /** Shows both panels (a project is open) or hides them (the start page). */
    void setVisible(bool visible);
    /** Enables the View menu entries only while there is something to show. */
    void setTogglesEnabled(bool enabled);
    void retranslate();

private:
    QuestionNavigator* m_navigator;
    FilterPanel* m_filters;
    QDockWidget* m_questionsDock;
    QDockWidget* m_filtersDock;
};

} // namespace sondo
