#pragma once

#include "analysis/AnalysisSession.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
QT_END_NAMESPACE

namespace sondo {

class QuestionListModel;

/**
 * The list of questions: id with type icon, short text, base under the filter, and a search box.
 * Moving the current row (mouse, Up/Down, Home/End) shows that question at once; Up/Down in the
 * search box move through the matches; PgUp/PgDn and Ctrl+Left/Right step through the survey
 * (not a page of the list), as they do anywhere in the window.
 */
class QuestionNavigator : public QWidget {
    Q_OBJECT
public:
    explicit QuestionNavigator(QWidget* parent = nullptr);

    void setSummaries(const QList<QuestionSummary>& summaries,
                      const QList<QuestionGroup>& groups = {});
    void setLocale(const QLocale& locale);
    /** Selects question `index` without emitting questionSelected. */
    void setCurrentQuestion(int question);
    /** The question of the current row, or -1 (also on a group's row). */
    int currentQuestion() const;
    /** Selects group `group`'s row without emitting groupSelected. */
    void setCurrentGroup(int group);
    /** The group of the current row, or -1. */
    int currentGroup() const;
    /** Puts the keyboard focus in the search box, its text selected. */
    void focusSearch();

    QTreeView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    QuestionListModel* model() const { return m_model; }

signals:
    /** The analyst moved to question `index` (index in Survey::questions). */
    void questionSelected(int question);
    /** The analyst moved to the row of group `group` (index in Survey::groups). */
    void groupSelected(int group);
    /** PgUp/PgDn or Ctrl+Left/Right in the list: previous or next question of the survey. */
    void stepRequested(int steps);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onCurrentChanged();
    void select(QModelIndex sourceIndex);

    QLineEdit* m_search;
    QTreeView* m_view;
    QuestionListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_updating = false;
};

} // namespace sondo
