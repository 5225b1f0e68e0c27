#pragma once

#include "analysis/AnalysisSession.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace sondo {

/**
 * The segment filter as check boxes: every categorical question with one box per option and how
 * many respondents chose it. Ticking options of one question keeps anyone who chose any of them;
 * several questions must all match.
 */
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(QWidget* parent = nullptr);

    /** Lists the segment questions of `session` (none when it has no project). */
    void setSession(const AnalysisSession& session);
    /** Ticks exactly the options of `filter`, without emitting optionToggled. */
    void syncFilter(const SegmentFilter& filter);
    void setLocale(const QLocale& locale);
    /** Shows the option labels of `survey` (after a rename), keeping ticks and expansion. */
    void updateLabels(const Survey& survey);

    QTreeWidget* tree() const { return m_tree; }
    /** The check box item of `option` of `question`, or nullptr. */
    QTreeWidgetItem* optionItem(int question, int option) const;

signals:
    void optionToggled(int question, int option, bool selected);
    /** The analyst asked to rename `option` of `question` (the option's context menu). */
    void renameRequested(int question, int option);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applySearch();
    void updateQuestionMarks();
    void showContextMenu(const QPoint& pos);

    QLineEdit* m_search;
    QLabel* m_hint;
    QTreeWidget* m_tree;
    QLocale m_locale;
    bool m_syncing = false;
    /** Each question's row, at the top or under its group's row. */
    QList<QTreeWidgetItem*> m_questions;
};

} // namespace sondo
