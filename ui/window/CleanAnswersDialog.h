#pragma once

#include "clean/CleaningSuggestions.h"
#include "edit/MergeOptions.h"
#include "model/Question.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QTableWidget;
QT_END_NAMESPACE

namespace sondo {

/**
 * Edit > Clean Answers: the proposals of CleaningSuggestions for one single-choice question
 * (`sondo clean` lists the same, in the same order), one row each: a box to accept it, the label
 * the answers become (editable), the spellings it gathers, why, and how many respondents. None is
 * ticked: these are likely, not certain (case and spacing were merged at import already).
 */
class CleanAnswersDialog : public QDialog {
    Q_OBJECT
public:
    CleanAnswersDialog(const Question& question, const QList<MergeProposal>& proposals,
                       QWidget* parent = nullptr);

    /** The ticked proposals as merges, each into the label the analyst left in its row. */
    QList<MergeOptions> merges() const;
    /** Ticks or unticks proposal `row` (as a click on its box does). */
    void setAccepted(int row, bool accepted);
    /** Changes the label proposal `row` merges into (as editing its cell does). */
    void setInto(int row, const QString& label);
    QTableWidget* table() const { return m_table; }

private:
    void updateOk();

    Question m_question;
    QList<MergeProposal> m_proposals;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
};

} // namespace sondo
