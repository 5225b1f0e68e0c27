#pragma once

#include "analysis/AnalysisSession.h"

#include <QAbstractTableModel>

namespace sondo {

/** Open answers as a table: respondent id and answer. */
class TextAnswersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RespondentColumn, AnswerColumn, ColumnCount };

    explicit TextAnswersModel(QObject* parent = nullptr);

    void setAnswers(QList<TextAnswer> answers);
    const QList<TextAnswer>& answers() const { return m_answers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TextAnswer> m_answers;
};

} // namespace sondo
