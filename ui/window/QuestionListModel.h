#pragma once

#include "analysis/AnalysisSession.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace sondo {

/** The analysable questions as a table: id (with the type icon), text, base under the filter. */
class QuestionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, TextColumn, BaseColumn, ColumnCount };
    /** Data role holding the question's index in Survey::questions. */
    static constexpr int QuestionRole = Qt::UserRole + 1;

    explicit QuestionListModel(QObject* parent = nullptr);

    /**
     * Shows `summaries`. When the same questions are shown already only the bases change, so the
     * view keeps its selection and scroll position.
     */
    void setSummaries(const QList<QuestionSummary>& summaries);
    void setLocale(const QLocale& locale);
    /** Row of question `index`, or -1. */
    int rowOf(int question) const;
    int questionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QuestionSummary> m_summaries;
    QLocale m_locale;
};

} // namespace sondo
