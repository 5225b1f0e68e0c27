#pragma once

#include "analysis/GroupFigures.h"
#include "analysis/QuestionFigures.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace sondo {

/**
 * The frequency table of the question shown, as the "Table" panel lists it: one row per option
 * (or value) with its count, percent and Wilson 95% interval (low, high, on the effective base),
 * and when the figures are weighted the count is the sum of weights with the unweighted count in
 * a column beside it. Under a compare-by, one column per group follows: its percentage with
 * the letters of the groups it is significantly higher than ("52.0 A"). Qt::DisplayRole is
 * formatted in the interface's locale; Qt::UserRole holds the unrounded number (counts,
 * percents and interval ends in percent). The question's nets follow the options, in italics.
 */
class FrequencyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        OptionColumn,
        CountColumn,
        PercentColumn,
        LowColumn,
        HighColumn,
        UnweightedColumn
    };

    explicit FrequencyTableModel(QObject* parent = nullptr);

    /**
     * Shows `figures`; `weighted` adds the unweighted count column, `groups` (empty without a
     * compare-by) a column per group.
     */
    void setFigures(const QuestionFigures& figures, bool weighted, const QLocale& locale,
                    const GroupFigures& groups = {});
    void clear();
    bool isWeighted() const { return m_weighted; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /** A net's row (after the options): its count and percent. */
    QVariant netData(const FrequencyRow& net, int column, int role) const;
    /** The first group column: after the unweighted counts when they are shown. */
    int firstGroupColumn() const { return m_weighted ? UnweightedColumn + 1 : UnweightedColumn; }

    QuestionFigures m_figures;
    GroupFigures m_groups;
    bool m_weighted = false;
    QLocale m_locale;
};

} // namespace sondo
