#include "window/FrequencyTableModel.h"

#include <QFont>

namespace sondo {

FrequencyTableModel::FrequencyTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void FrequencyTableModel::setFigures(const QuestionFigures& figures, bool weighted,
                                     const QLocale& locale, const GroupFigures& groups) {
    beginResetModel();
    m_figures = figures;
    m_groups = groups;
    m_weighted = weighted;
    m_locale = locale;
    endResetModel();
}

void FrequencyTableModel::clear() {
    setFigures({}, false, m_locale);
}

int FrequencyTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_figures.table.rows.size() + m_figures.table.nets.size());
}

int FrequencyTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return firstGroupColumn() + int(m_groups.names.size());
}

QVariant FrequencyTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const qsizetype options = m_figures.table.rows.size();
    if (index.row() >= options)
        return netData(m_figures.table.nets[index.row() - options], index.column(), role);
    const FrequencyRow& row = m_figures.table.rows[index.row()];
    const auto& intervals = m_figures.inference.intervals;
    const bool hasInterval = std::size_t(index.row()) < intervals.size();
    if (role == Qt::TextAlignmentRole)
        return index.column() == OptionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == Qt::UserRole;
    if (const int k = index.column() - firstGroupColumn(); k >= 0) {
        const double percent = m_groups.percents.at(size_t(k)).at(size_t(index.row()));
        if (raw)
            return percent;
        const QString mark = m_groups.marks.at(size_t(k)).value(index.row());
        const QString text = m_locale.toString(percent, 'f', 1);
        return mark.isEmpty() ? text : text + u' ' + mark;
    }
    switch (index.column()) {
    case OptionColumn:
        return row.label;
    case CountColumn:
        if (raw)
            return row.count;
        // A sum of weights is no whole number: one decimal says so without clutter.
        return m_weighted ? m_locale.toString(row.count, 'f', 1)
                          : m_locale.toString(row.unweightedCount);
    case PercentColumn:
        return raw ? QVariant(row.percent) : QVariant(m_locale.toString(row.percent, 'f', 1));
    case LowColumn:
    case HighColumn: {
        if (!hasInterval)
            return {};
        const Proportion& p = intervals[std::size_t(index.row())];
        const double value = 100.0 * (index.column() == LowColumn ? p.low : p.high);
        return raw ? QVariant(value) : QVariant(m_locale.toString(value, 'f', 1));
    }
    case UnweightedColumn:
        return raw ? QVariant(row.unweightedCount)
                   : QVariant(m_locale.toString(row.unweightedCount));
    default:
        return {};
    }
}

QVariant FrequencyTableModel::netData(const FrequencyRow& net, int column, int role) const {
    // A net is a figure beside the options, never one of them: set apart in italics, with no
    // interval and no group columns (freq --by --json has them per group).
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole)
        return column == OptionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == OptionColumn)
        return tr("Net: respondents who chose any of its options, each counted once");
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    switch (column) {
    case OptionColumn:
        return raw ? QVariant(net.label) : QVariant(tr("Net: %1").arg(net.label));
    case CountColumn:
        if (raw)
            return net.count;
        return m_weighted ? m_locale.toString(net.count, 'f', 1)
                          : m_locale.toString(net.unweightedCount);
    case PercentColumn:
        return raw ? QVariant(net.percent) : QVariant(m_locale.toString(net.percent, 'f', 1));
    case UnweightedColumn:
        return raw ? QVariant(net.unweightedCount)
                   : QVariant(m_locale.toString(net.unweightedCount));
    default:
        return {};
    }
}

QVariant FrequencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const int k = section - firstGroupColumn(); k >= 0) {
        if (role == Qt::DisplayRole)
            return m_groups.names.value(k);
        if (role == Qt::ToolTipRole)
            return tr("%1: percent of the group's base (%2); letters: groups it is significantly "
                      "higher than")
                .arg(m_groups.names.value(k),
                     m_locale.toString(m_groups.bases.at(size_t(k)), 'f', m_weighted ? 1 : 0));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (section == LowColumn || section == HighColumn)
            return tr("Wilson 95% confidence interval of the percentage, on the effective base");
        if (section == UnweightedColumn)
            return tr("Respondents who gave the answer, whatever their weight");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OptionColumn:
        return tr("Answer");
    case CountColumn:
        return m_weighted ? tr("Count (weighted)") : tr("Count");
    case PercentColumn:
        return tr("%");
    case LowColumn:
        return tr("95% CI low");
    case HighColumn:
        return tr("95% CI high");
    case UnweightedColumn:
        return tr("Unweighted n");
    default:
        return {};
    }
}

} // namespace sondo
