#include "window/TextAnswersModel.h"

namespace sondo {

TextAnswersModel::TextAnswersModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void TextAnswersModel::setAnswers(const AnalysisSession* session, int question,
                                  std::vector<int> rows) {
    beginResetModel();
    m_session = session;
    m_question = question;
    m_rows = std::move(rows);
    endResetModel();
}

void TextAnswersModel::clear() {
    setAnswers(nullptr, -1, {});
}

QList<TextAnswer> TextAnswersModel::answers() const {
    QList<TextAnswer> answers;
    for (int row : m_rows)
        answers.append(m_session->textAnswer(m_question, row));
    return answers;
}

int TextAnswersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextAnswersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TextAnswersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size() || !m_session)
        return {};
    const TextAnswer answer = m_session->textAnswer(m_question, m_rows[std::size_t(index.row())]);
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
