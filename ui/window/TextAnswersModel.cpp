#include "window/TextAnswersModel.h"

namespace sondo {

TextAnswersModel::TextAnswersModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void TextAnswersModel::setAnswers(QList<TextAnswer> answers) {
    beginResetModel();
    m_answers = std::move(answers);
    endResetModel();
}

int TextAnswersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_answers.size());
}

int TextAnswersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TextAnswersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_answers.size())
        return {};
    const TextAnswer& answer = m_answers[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == RespondentColumn ? answer.respondentId : answer.text;
    if (role == Qt::ToolTipRole && index.column() == AnswerColumn)
        return answer.text;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignTop);
    return {};
}

QVariant TextAnswersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == RespondentColumn ? tr("Respondent") : tr("Answer");
}

} // namespace sondo
