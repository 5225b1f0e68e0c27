#pragma once

#include "export/ReportContentBuilder.h"
#include "render/ReportWriter.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace sondo {

/**
 * File > Export Report…, before the file is chosen: which questions and groups go into the
 * report and in what order (ticked in a list that follows the navigator's order, reordered by
 * dragging), its title, its language and its page. The filter, compare-by and weighting are the
 * window's, said at the top, so the report shows what the analyst sees.
 */
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    /**
     * `request` is the window's report request (ReportExport::request); its language is the
     * default, its segment is left out of the list's ticks (a report by Settore does not chart
     * Settore itself).
     */
    ReportDialog(const Survey& survey, const ReportRequest& request, QWidget* parent = nullptr);

    /** Copies the analyst's choices (items in order, title, language) into `request`. */
    void applyTo(ReportRequest& request) const;
    ReportPage page() const;

    /** The list of questions and groups: checkable, reorderable. */
    QListWidget* itemList() const { return m_items; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* pageBox() const { return m_page; }
    QComboBox* languageBox() const { return m_language; }

private:
    void fillItems(const Survey& survey, int segment);
    void setAllTicked(bool ticked);
    void updateOk();

    QListWidget* m_items;
    QLineEdit* m_title;
    QComboBox* m_page;
    QComboBox* m_language;
    QPushButton* m_ok = nullptr;
};

} // namespace sondo
