#pragma once

#include "analysis/AnalysisSession.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace sondo {

class TextAnswersModel;

/**
 * The answers to an open-text question, in place of a chart: the question, how many answered in
 * the filter, a search box and a table of the answers (respondent id, answer).
 */
class TextAnswersView : public QWidget {
    Q_OBJECT
public:
    explicit TextAnswersView(QWidget* parent = nullptr);

    /** Shows the answers of `question` in `session` under its filter. */
    void showQuestion(const AnalysisSession& session, int question);
    /** Shows them again (the filter or the language changed). */
    void refresh();

    QLineEdit* searchBox() const { return m_search; }
    QTableView* table() const { return m_table; }
    TextAnswersModel* model() const { return m_model; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void reload();
    void fitRows();

    QLabel* m_title;
    QLabel* m_summary;
    QLineEdit* m_search;
    QTableView* m_table;
    TextAnswersModel* m_model;
    QTimer* m_searchDelay;
    QTimer* m_fitDelay;
    const AnalysisSession* m_session = nullptr;
    int m_question = -1;
};

} // namespace sondo
