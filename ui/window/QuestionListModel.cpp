#include "window/QuestionListModel.h"

#include "window/TypeIcons.h"

namespace sondo {

QuestionListModel::QuestionListModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void QuestionListModel::setSummaries(const QList<QuestionSummary>& summaries) {
    bool sameQuestions = summaries.size() == m_summaries.size();
    for (int i = 0; sameQuestions && i < summaries.size(); ++i)
        sameQuestions = summaries[i].index == m_summaries[i].index &&
                        summaries[i].type == m_summaries[i].type &&
                        summaries[i].text == m_summaries[i].text;
    if (!sameQuestions) {
        beginResetModel();
        m_summaries = summaries;
        endResetModel();
        return;
    }
    m_summaries = summaries;
    if (!m_summaries.isEmpty())
        emit dataChanged(index(0, BaseColumn), index(int(m_summaries.size()) - 1, BaseColumn));
}

void QuestionListModel::setLocale(const QLocale& locale) {
    m_locale = locale;
    if (!m_summaries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_summaries.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int QuestionListModel::rowOf(int question) const {
    for (int row = 0; row < m_summaries.size(); ++row)
        if (m_summaries[row].index == question)
            return row;
    return -1;
}

int QuestionListModel::questionAt(int row) const {
    return row >= 0 && row < m_summaries.size() ? m_summaries[row].index : -1;
}

int QuestionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int QuestionListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_summaries.size())
        return {};
    const QuestionSummary& s = m_summaries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return s.id;
        case TextColumn:
            return s.text.simplified();
        case BaseColumn:
            return m_locale.toString(s.base);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == IdColumn)
            return TypeIcons::icon(s.type);
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("<p><b>%1</b> \u00b7 %2</p><p>%3</p><p>%4</p>")
            .arg(s.id.toHtmlEscaped(), TypeIcons::name(s.type).toHtmlEscaped(),
                 s.text.toHtmlEscaped(),
                 tr("Answered by %1 respondents in the filter").arg(m_locale.toString(s.base)));
    case Qt::TextAlignmentRole:
        if (index.column() == BaseColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case QuestionRole:
        return s.index;
    }
    return {};
}

QVariant QuestionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("Id");
        case TextColumn:
            return tr("Question");
        case BaseColumn:
            return tr("Base");
        }
    }
    if (role == Qt::ToolTipRole && section == BaseColumn)
        return tr("Respondents in the filter who answered");
    return {};
}

} // namespace sondo
