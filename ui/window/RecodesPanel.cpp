#include "window/RecodesPanel.h"

#include "edit/RecodeText.h"
#include "window/ProjectDocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sondo {

RecodesPanel::RecodesPanel(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_hint(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(this)) {
    setObjectName(QStringLiteral("recodesPanel"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_list->setObjectName(QStringLiteral("recodesList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_remove->setObjectName(QStringLiteral("removeRecode"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_document, &ProjectDocument::surveyEdited, this, &RecodesPanel::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecodesPanel::updateButton);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_list->currentRow()); });
    retranslate();
    refresh();
}

void RecodesPanel::refresh() {
    const int current = m_list->currentRow();
    m_list->clear();
    const EditList& edits = m_document->edits();
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const Edit& edit = edits.at(i);
        auto* item =
            new QListWidgetItem(QStringLiteral("%1. %2 %3")
                                    .arg(QString::number(i + 1), RecodeText::question(edit),
                                         RecodeText::describe(edit)));
        m_list->addItem(item);
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
    m_list->setVisible(m_list->count() > 0);
    m_hint->setText(m_list->count() > 0
                        ? tr("Changes to the answers as imported, applied in this order. "
                             "Removing one can be undone (Edit > Undo).")
                        : tr("No recodes. Merges made at import, options renamed here and "
                             "changes made with sondo recode or sondo clean are listed here."));
    updateButton();
}

void RecodesPanel::removeRow(int row) {
    if (row < 0 || row >= m_list->count())
        return;
    (void)m_document->removeEdit(row);
}

void RecodesPanel::updateButton() {
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void RecodesPanel::retranslate() {
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Take the selected recode out: the answers show as before it"));
    refresh();
}

} // namespace sondo
