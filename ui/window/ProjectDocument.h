#pragma once

#include "analysis/AnalysisSession.h"
#include "analysis/GroupFigures.h"
#include "analysis/QuestionFigures.h"
#include "analysis/SessionWeighting.h"
#include "base/Diagnostic.h"
#include "base/Result.h"
#include "chart/BaseThresholds.h"
#include "edit/EditList.h"
#include "findings/FindingLanguage.h"
#include "window/DisplayOptions.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
class QUndoStack;
QT_END_NAMESPACE

namespace sondo {

struct CrossTab;

class StateWriter;

/**
 * The open project as the window works on it: the analysis session (survey, answers, what is
 * shown), the file it is saved in, the analyst's changes to the survey (an EditList, applied on
 * open) and their undo stack, and the saving of the state into the file. The document owns the
 * undo stack (as Tiled's documents do); every change to the survey is a QUndoCommand pushed here.
 *
 * The state is written a short pause after the last change, on a worker thread (StateWriter);
 * saveNow() writes it at once, for the moments that need the file up to date. Widgets are not its
 * business: before each save it emits aboutToSave() so the window can add its layout.
 */
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    /**
     * Shows `project`, saved at `path` (empty: not saved, the state is not written): applies the
     * changes saved in it, then restores the saved view. The state of the project open before is
     * saved first. What no longer resolves is described: parts of the saved view in `unresolved`,
     * changes that no longer fit the survey in `editProblems`.
     */
    void open(Project project, const QString& path, QStringList* unresolved = nullptr,
              QList<Diagnostic>* editProblems = nullptr);
    /** Saves the state and forgets the project (and its undo history). */
    void close();
    /**
     * Reads the respondent ids from the project file, once, when the project was opened without
     * them (ProjectService::openProject()): a view that shows them calls this first. False, with
     * `error` set, when the file cannot give them; the respondents are then shown numbered.
     */
    bool loadRespondentIds(QString* error);

    bool hasProject() const { return m_session.hasProject(); }
    AnalysisSession& session() { return m_session; }
    const AnalysisSession& session() const { return m_session; }
    /** The project file, or empty for a project not saved. */
    QString path() const { return m_path; }
    /** The analyst's changes to the survey as imported, oldest first. */
    const EditList& edits() const { return m_edits; }
    QUndoStack* undoStack() const { return m_undoStack; }
    /** Numbers on charts follow `locale` (the interface's). */
    void setLocale(const QLocale& locale);

    /**
     * Renames option `option` of question `question` to `label`, as one undoable step. Fails,
     * changing nothing, when there is no such option, the label is blank or already another
     * option's, or it is the same label.
     */
    Result<Done> renameOption(int question, int option, const QString& label);
    /**
     * Adds `merges` (of one question, from the Clean Answers dialog) as one undoable step named
     * `text`. Fails, changing nothing, when any of them does not fit the survey as the earlier
     * ones leave it.
     */
    Result<Done> mergeOptions(const QList<MergeOptions>& merges, const QString& text);
    /**
     * Takes recode `index` (0-based, in the order applied) out of the list, as one undoable
     * step; the recodes after it stay. Fails, changing nothing, when there is no such recode.
     */
    Result<Done> removeEdit(qsizetype index);
    /**
     * Shows the survey as imported with `edits` applied (the undo commands call this); the view
     * (question, filter, comparison, chart options) stays. Saved after the usual pause.
     */
    void setEdits(const EditList& edits);

    /** The project's saved weighting, computed when it was opened. */
    const SessionWeighting& weighting() const { return m_weighting; }
    /** The window's switches (weighting applied, letters, interval bars), as saved. */
    const DisplayOptions& display() const { return m_display; }
    /**
     * Switches the weighting off or on, letters and interval bars: the figures are computed
     * anew (the weights are not: they were computed on open). Saved after the usual pause.
     */
    void setDisplay(const DisplayOptions& display);
    /** True when the figures shown are weighted (a usable weighting, switched on). */
    bool isWeighted() const;
    /** The filter's respondents, without those the applied weighting leaves out. */
    RespondentMask mask() const;
    /**
     * The session's chart options with the weighting, letters and intervals of display(); its
     * numbers in `locale` when given (an export in another language), else the interface's.
     */
    ChartOptions chartOptions(const std::optional<QLocale>& locale = std::nullopt) const;
    /**
     * The chart of `question` as the window shows it: filter, weighting, letters, intervals.
     * With `locale`, its numbers in that locale (its words follow the installed translators).
     */
    ChartSpec chart(int question, const std::optional<QLocale>& locale = std::nullopt) const;
    /** The chart shown: the current group's when a group row is chosen, else the question's. */
    ChartSpec currentChart(const std::optional<QLocale>& locale = std::nullopt) const {
        return m_currentGroup >= 0 ? groupChart(m_currentGroup, locale)
                                   : chart(m_session.currentQuestion(), locale);
    }
    /** The grid chart of group `group` (index in Survey::groups) under the filter. */
    ChartSpec groupChart(int group, const std::optional<QLocale>& locale = std::nullopt) const;
    /** Shows group `group`'s chart as the current chart (-1: the current question's again). */
    void setCurrentGroup(int group) { m_currentGroup = group; }
    int currentGroup() const { return m_currentGroup; }
    /** Every chart for "export all", in questionnaire order, as chart() makes them. */
    QList<ChartSpec> allCharts(const std::optional<QLocale>& locale = std::nullopt) const;
    /** The frequency table of `question` with its intervals, under mask(). */
    QuestionFigures figures(int question) const;
    /**
     * `question` by the compare-by question (alone when there is none, or it is the question)
     * under the filter: counted once per view and shared by the chart, the figures and the
     * findings, each of which counted it again before (a million respondents' numbers, three
     * times per click).
     */
    std::shared_ptr<const CrossTab> crossTab(int question) const;
    /**
     * Under a filter, `question`'s base without it (the "of 300" of "Base: 134 of 300"), counted
     * with crossTab() for the chart and the figures alike; nothing without a filter.
     */
    std::optional<qint64> unfilteredBase(int question) const;
    /** The compare-by's group columns of `question` (empty without a compare-by). */
    GroupFigures groupFigures(int question) const;
    /** The key findings of `question` in `language`, under mask() and the comparison. */
    QStringList findings(int question, FindingLanguage language) const;
    /** "Weighted: raking on 3 questions, eff. base 212", or why the figures are unweighted. */
    QString weightingText() const;
    /**
     * Empty when nobody else holds the project's lock (ProjectLock); otherwise who does ("project
     * in use by sondo (pid 1234 on host)"): another window or an import is writing it, so the
     * view cannot be saved now. Asks without waiting.
     */
    QString lockHolder() const;
    /** The project's state with the view and display() written into it, as it is saved. */
    QJsonObject stateJson() const;

    /** Saves the state after a pause (typing a note is many changes). */
    void scheduleSave();
    /** Saves the state now, after any write in flight; the file is up to date on return. */
    Result<Done> saveNow();
    /** Returns once every save asked for is in the file (before another thread reads it). */
    void waitForSaves();
    /** True while a save is in flight or waiting. */
    bool isSaving() const;

signals:
    /** About to save: the window puts its layout into the session (direct connection). */
    void aboutToSave();
    /** The survey's labels changed (a change, its undo or redo): every view shows it anew. */
    void surveyEdited();
    /** A save on the worker failed; `message` says why. */
    void saveFailed(const QString& message);

private:
    /** Keeps the imported answers of the questions `edits` names that are not kept yet. */
    void keepImportedAnswers(const EditList& edits, const ResponseMatrix& responses);
    void saveLater();
    /** Puts the weights into the session's answers, or takes them out, keeping the view. */
    void applyWeights(bool weighted);

    AnalysisSession m_session;
    QString m_path;
    QLocale m_locale;
    /** The survey as opened, before any change: changes are applied to it from the start. */
    Survey m_imported;
    /** The imported answers of the questions the changes name, to apply them again from. */
    QHash<int, AnswerColumn> m_importedAnswers;
    EditList m_edits;
    SessionWeighting m_weighting;
    DisplayOptions m_display;
    /** The project's small-base thresholds (read from its state, kept there). */
    BaseThresholds m_bases;
    QUndoStack* m_undoStack;
    QTimer* m_saveTimer;
    StateWriter* m_writer;
    /** The group whose chart is shown, or -1 (not saved: a project opens on a question). */
    int m_currentGroup = -1;
    /** The last crossTab() (of the session's revision it was counted at), kept for the next. */
    struct CountedCrossTab {
        quint64 revision = 0;
        std::shared_ptr<const CrossTab> table;
        std::optional<qint64> unfilteredBase;
    };
    mutable CountedCrossTab m_counted;
    /** The project was opened without its respondent ids, which are not read yet. */
    bool m_respondentIdsLeftOut = false;
};

} // namespace sondo
