#pragma once

#include "analysis/AnalysisSession.h"
#include "model/QuestionGroup.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace sondo {

/**
 * The analysable questions in questionnaire order: id (with the type icon), text, base under the
 * filter. A group's items sit under one row for the group (its id, stem and number of items),
 * each item named by its own words without the stem they share, so a battery of 16 statements
 * is one row, not 16 rows beginning with the same 60 characters.
 */
class QuestionListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { IdColumn, TextColumn, BaseColumn, ColumnCount };
    /** Data role holding the question's index in Survey::questions (-1 on a group row). */
    static constexpr int QuestionRole = Qt::UserRole + 1;
    /** Data role holding the group's index in Survey::groups (-1 on a question row). */
    static constexpr int GroupRole = Qt::UserRole + 2;

    explicit QuestionListModel(QObject* parent = nullptr);

    /**
     * Shows `summaries` with `groups`. When the same questions are shown already only the bases
     * change, so the view keeps its selection, expanded groups and scroll position.
     */
    void setSummaries(const QList<QuestionSummary>& summaries,
                      const QList<QuestionGroup>& groups = {});
    void setLocale(const QLocale& locale);
    /** The row of question `question` (index in Survey::questions), or an invalid index. */
    QModelIndex indexOf(int question, int column = IdColumn) const;
    /** The row of group `group` (index in Survey::groups), or an invalid index. */
    QModelIndex indexOfGroup(int group) const;
    int questionAt(const QModelIndex& index) const;
    int groupAt(const QModelIndex& index) const;
    bool hasGroups() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    /** A top-level row: a question on its own, or a group with its items. */
    struct Row {
        int summary = -1; ///< index into m_summaries, for a question row
        int group = -1;   ///< index into m_groups, for a group row
        QList<int> items; ///< indexes into m_summaries, for a group row
    };
    void buildRows();
    /** dataChanged for columns [firstColumn, lastColumn] of every row, items included. */
    void emitChanged(int firstColumn, int lastColumn);
    /** The summary a (question) index shows, or nullptr for a group row. */
    const QuestionSummary* summaryAt(const QModelIndex& index) const;
    qint64 groupBase(const Row& row) const;

    QList<QuestionSummary> m_summaries;
    QList<QuestionGroup> m_groups;
    QList<Row> m_rows;
    QLocale m_locale;
};

} // namespace sondo
