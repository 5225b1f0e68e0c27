#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace sondo {

class ProjectDocument;

/**
 * The "Recodes" panel: every recode of the project in the order applied (merges made at import,
 * options renamed here, `sondo recode` and `sondo clean` changes), numbered as `sondo recodes`
 * numbers them and described in the same words. Removing one is a step on the undo stack, like
 * `sondo recodes --remove N` but undoable.
 */
class RecodesPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecodesPanel(ProjectDocument* document, QWidget* parent = nullptr);

    /** Lists the document's recodes anew (a project opened, a change, its undo or redo). */
    void refresh();
    /** Removes the recode in row `row`, as the Remove button does. */
    void removeRow(int row);
    void retranslate();

    QListWidget* list() const { return m_list; }

private:
    void updateButton();

    ProjectDocument* m_document;
    QLabel* m_hint;
    QListWidget* m_list;
    QPushButton* m_remove;
};

} // namespace sondo
