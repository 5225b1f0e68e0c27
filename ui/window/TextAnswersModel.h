#pragma once

#include "analysis/AnalysisSession.h"

#include <QAbstractTableModel>

namespace sondo {

/**
 * Open answers as a table: respondent id and answer. It keeps the respondents' rows only and
 * reads each shown answer from the session, so listing 300,000 answers copies no string.
 */
class TextAnswersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RespondentColumn, AnswerColumn, ColumnCount };

    explicit TextAnswersModel(QObject* parent = nullptr);

    /** The answers of `question` by the respondents `rows` (AnalysisSession::textAnswerRows()).
     *  `session` must outlive the model or the next call. */
    void setAnswers(const AnalysisSession* session, int question, std::vector<int> rows);
    void clear();
    /** Every listed answer, made now. */
    QList<TextAnswer> answers() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const AnalysisSession* m_session = nullptr;
    int m_question = -1;
    std::vector<int> m_rows;
};

} // namespace sondo
