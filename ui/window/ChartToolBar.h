#pragma once

#include "chart/ChartOptions.h"
#include "window/DisplayOptions.h"

#include <QToolBar>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace sondo {

class AnalysisSession;

/**
 * The chart options above the chart ("chartToolBar"): compare by another question, the order of
 * the options, diverging Likert bars and the source note, followed by whatever actions the window
 * adds (export, copy). Shows what the session holds and says when the analyst changes something.
 */
class ChartToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit ChartToolBar(QWidget* parent = nullptr);

    /** Lists the questions the chart can be compared by and selects the session's choice. */
    void showCompareQuestions(const AnalysisSession& session);
    /** Selects `question` (-1: no comparison) without emitting compareByChosen. */
    void showCompareBy(int question);
    /** Shows `options` without emitting optionsEdited. */
    void showOptions(const ChartOptions& options);
    /** `options` with the order, diverging and source note as set here. */
    ChartOptions options(ChartOptions options) const;
    /**
     * Shows the weighting switch (enabled only when the project has a usable weighting; its
     * tooltip says `weightingNote`), the letters and the interval bars, without emitting
     * displayEdited.
     */
    void showDisplay(const DisplayOptions& display, bool weightingUsable,
                     const QString& weightingNote);
    /** The switches as set here. */
    DisplayOptions display() const;
    /**
     * The same three switches as checkable actions, for the View menu: a narrow window hides the
     * end of the toolbar behind its extension button, the menu always has them.
     */
    QList<QAction*> displayActions() const;
    void retranslate();

    QComboBox* compareByBox() const { return m_compareBy; }
    QComboBox* sortBox() const { return m_sort; }
    QCheckBox* divergingBox() const { return m_diverging; }
    QLineEdit* sourceNoteEdit() const { return m_sourceNote; }
    QCheckBox* weightedBox() const { return m_weighted; }
    QCheckBox* lettersBox() const { return m_letters; }
    QCheckBox* intervalsBox() const { return m_intervals; }

signals:
    /** The analyst chose a question to compare by (-1: none). */
    void compareByChosen(int question);
    /** The analyst changed the order, diverging bars or the source note. */
    void optionsEdited();
    /** The analyst switched the weighting, the letters or the interval bars. */
    void displayEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_compareLabel;
    QComboBox* m_compareBy;
    QLabel* m_sortLabel;
    QComboBox* m_sort;
    QCheckBox* m_diverging;
    QLabel* m_sourceLabel;
    QLineEdit* m_sourceNote;
    QCheckBox* m_weighted;
    QCheckBox* m_letters;
    QCheckBox* m_intervals;
    QString m_weightingNote;
    /** The options last shown, whose tests and figure display() keeps. */
    DisplayOptions m_shown;
    QAction* m_weightedAction;
    QAction* m_lettersAction;
    QAction* m_intervalsAction;
    /** Each box with its menu action, kept in step both ways. */
    QList<std::pair<QCheckBox*, QAction*>> m_switches;
    /** The source note last shown or edited, to tell the clear button's change from no change. */
    QString m_shownNote;
};

} // namespace sondo
