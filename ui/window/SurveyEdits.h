#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QPoint;
class QWidget;
QT_END_NAMESPACE

namespace sondo {

class ChartView;
class MainActions;
class ProjectDocument;

/**
 * The analyst's changes to the survey asked for in the window: the dialogs that ask for them
 * (Edit > Rename Option, a double click on a bar) and the chart's context menu that offers them.
 * Each change becomes one undoable step of the ProjectDocument; the window redraws on its
 * surveyEdited(). New kinds of change (merging, hiding, cleaning answers) get their dialog and
 * menu entry here, so the window itself only wires parts together.
 */
class SurveyEdits : public QObject {
    Q_OBJECT
public:
    SurveyEdits(QWidget* window, ProjectDocument* document, MainActions* actions, ChartView* chart);

    /**
     * Asks for the new label of `option` (0-based) of `question` (-1: the current question, its
     * first option) and renames it as one undoable step.
     */
    void renameOptionWithDialog(int question = -1, int option = 0);
    /**
     * Shows the Clean Answers dialog for the current single-choice question and makes the merges
     * ticked there as one undoable step.
     */
    void cleanAnswersWithDialog();
    /** The chart's context menu for the bar or legend entry `category` (-1: none). */
    void showChartMenu(int category, const QPoint& globalPos);
    /** Whether the current question has options the analyst can change. */
    bool canEditCurrent() const;
    /** Whether the current question is a single choice whose answers can be cleaned. */
    bool canCleanCurrent() const;

signals:
    /** A change could not be made; the window shows it. */
    void failed(const QString& title, const QString& message);

private:
    QWidget* m_window;
    ProjectDocument* m_document;
    MainActions* m_actions;
    ChartView* m_chart;
};

} // namespace sondo
