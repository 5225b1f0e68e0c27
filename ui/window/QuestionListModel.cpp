#include "window/QuestionListModel.h"

#include "chart/GridChartSpecBuilder.h"
#include "window/TypeIcons.h"

#include <algorithm>

namespace sondo {

// Index ids: 0 for a top-level row, parent row + 1 for an item under a group row.

QuestionListModel::QuestionListModel(QObject* parent)
    : QAbstractItemModel(parent) {
}

void QuestionListModel::setSummaries(const QList<QuestionSummary>& summaries,
                                     const QList<QuestionGroup>& groups) {
    bool sameQuestions = summaries.size() == m_summaries.size() && groups == m_groups;
    for (int i = 0; sameQuestions && i < summaries.size(); ++i)
        sameQuestions = summaries[i].index == m_summaries[i].index &&
                        summaries[i].type == m_summaries[i].type &&
                        summaries[i].text == m_summaries[i].text &&
                        summaries[i].group == m_summaries[i].group;
    if (!sameQuestions) {
        beginResetModel();
        m_summaries = summaries;
        m_groups = groups;
        buildRows();
        endResetModel();
        return;
    }
    m_summaries = summaries;
    emitChanged(BaseColumn, BaseColumn);
}

void QuestionListModel::emitChanged(int firstColumn, int lastColumn) {
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, firstColumn), index(int(m_rows.size()) - 1, lastColumn));
    for (int r = 0; r < m_rows.size(); ++r)
        if (!m_rows[r].items.isEmpty()) {
            const QModelIndex parent = index(r, 0);
            emit dataChanged(index(0, firstColumn, parent),
                             index(int(m_rows[r].items.size()) - 1, lastColumn, parent));
        }
}

void QuestionListModel::buildRows() {
    m_rows.clear();
    QHash<QString, int> groupById;
    for (int g = 0; g < m_groups.size(); ++g)
        groupById.insert(m_groups[g].id, g);
    QHash<int, int> rowOfGroup;
    for (int s = 0; s < m_summaries.size(); ++s) {
        const auto g = groupById.constFind(m_summaries[s].group);
        if (g == groupById.constEnd()) {
            m_rows.append(Row{s, -1, {}});
            continue;
        }
        // The group's row stands where its first item would.
        auto at = rowOfGroup.constFind(*g);
        if (at == rowOfGroup.constEnd()) {
            at = rowOfGroup.insert(*g, int(m_rows.size()));
            m_rows.append(Row{-1, *g, {}});
        }
        m_rows[*at].items.append(s);
    }
}

void QuestionListModel::setLocale(const QLocale& locale) {
    m_locale = locale;
    emitChanged(0, ColumnCount - 1);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex QuestionListModel::indexOf(int question, int column) const {
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        if (row.summary >= 0 && m_summaries[row.summary].index == question)
            return index(r, column);
        for (int i = 0; i < row.items.size(); ++i)
            if (m_summaries[row.items[i]].index == question)
                return index(i, column, index(r, 0));
    }
    return {};
}

QModelIndex QuestionListModel::indexOfGroup(int group) const {
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].group == group)
            return index(r, 0);
    return {};
}

int QuestionListModel::questionAt(const QModelIndex& index) const {
    const QuestionSummary* s = summaryAt(index);
    return s ? s->index : -1;
}

int QuestionListModel::groupAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() != 0 || index.row() >= m_rows.size())
        return -1;
    return m_rows[index.row()].group;
}

bool QuestionListModel::hasGroups() const {
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.group >= 0; });
}

const QuestionSummary* QuestionListModel::summaryAt(const QModelIndex& index) const {
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0) {
        if (index.row() >= m_rows.size() || m_rows[index.row()].summary < 0)
            return nullptr;
        return &m_summaries[m_rows[index.row()].summary];
    }
    const int parentRow = int(index.internalId()) - 1;
    if (parentRow >= m_rows.size() || index.row() >= m_rows[parentRow].items.size())
        return nullptr;
    return &m_summaries[m_rows[parentRow].items[index.row()]];
}

qint64 QuestionListModel::groupBase(const Row& row) const {
    qint64 base = 0;
    for (int s : row.items)
        base = std::max(base, m_summaries[s].base);
    return base;
}

QModelIndex QuestionListModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size() ||
        row >= m_rows[parent.row()].items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex QuestionListModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int QuestionListModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size())
        return 0;
    return int(m_rows[parent.row()].items.size());
}

int QuestionListModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant QuestionListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int group = groupAt(index);
    if (group >= 0) {
        const Row& row = m_rows[index.row()];
        const QuestionGroup& g = m_groups[group];
        const QString items = tr("%n items", nullptr, int(row.items.size()));
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case IdColumn:
                return g.id;
            case TextColumn:
                return QStringLiteral("%1 (%2)").arg(g.text.simplified(), items);
            case BaseColumn:
                return m_locale.toString(groupBase(row));
            }
            break;
        case Qt::DecorationRole:
            if (index.column() == IdColumn && !row.items.isEmpty())
                return TypeIcons::icon(m_summaries[row.items.first()].type);
            break;
        case Qt::ToolTipRole:
            return QStringLiteral("<p><b>%1</b> \u00b7 %2</p><p>%3</p><p>%4</p>")
                .arg(g.id.toHtmlEscaped(), items.toHtmlEscaped(), g.text.toHtmlEscaped(),
                     tr("Up to %1 respondents in the filter answered an item")
                         .arg(m_locale.toString(groupBase(row))));
        case Qt::TextAlignmentRole:
            if (index.column() == BaseColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case QuestionRole:
            return -1;
        case GroupRole:
            return group;
        }
        return {};
    }
    const QuestionSummary* s = summaryAt(index);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return s->id;
        case TextColumn: {
            // Under its group an item reads as its own words ("Speed"), the stem being above.
            if (index.internalId() != 0) {
                const Row& row = m_rows[int(index.internalId()) - 1];
                return GridChartSpecBuilder::itemLabel(m_groups[row.group].text, s->text)
                    .simplified();
            }
            return s->text.simplified();
        }
        case BaseColumn:
            return m_locale.toString(s->base);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == IdColumn)
            return TypeIcons::icon(s->type);
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("<p><b>%1</b> \u00b7 %2</p><p>%3</p><p>%4</p>")
            .arg(s->id.toHtmlEscaped(), TypeIcons::name(s->type).toHtmlEscaped(),
                 s->text.toHtmlEscaped(),
                 tr("Answered by %1 respondents in the filter").arg(m_locale.toString(s->base)));
    case Qt::TextAlignmentRole:
        if (index.column() == BaseColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case QuestionRole:
        return s->index;
    case GroupRole:
        return -1;
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
