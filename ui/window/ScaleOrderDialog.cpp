#include "window/ScaleOrderDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sondo {

ScaleOrderDialog::ScaleOrderDialog(const QString& question, const QStringList& answers,
                                   const QStringList& onScale, QWidget* parent)
    : QDialog(parent)
    , m_question(question)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_reverse(new QPushButton(this)) {
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    for (const QString& answer : answers) {
        auto* item = new QListWidgetItem(answer, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(onScale.contains(answer) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_reverse, &QPushButton::clicked, this, &ScaleOrderDialog::reverse);
    connect(m_list, &QListWidget::currentRowChanged, this, &ScaleOrderDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &ScaleOrderDialog::updateButtons);

    auto* side = new QVBoxLayout;
    for (QPushButton* button : {m_up, m_down, m_reverse}) {
        button->setAutoDefault(false);
        side->addWidget(button);
    }
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(520, 420);
    retranslateUi();
    updateButtons();
}

QStringList ScaleOrderDialog::scale() const {
    QStringList points;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            points.append(m_list->item(row)->text());
    return points;
}

void ScaleOrderDialog::moveCurrent(int step) {
    const int row = m_list->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void ScaleOrderDialog::reverse() {
    // The points change ends; the answers off the scale keep their places after them.
    QList<QListWidgetItem*> points, others;
    while (m_list->count() > 0) {
        QListWidgetItem* item = m_list->takeItem(0);
        (item->checkState() == Qt::Checked ? points : others).append(item);
    }
    std::reverse(points.begin(), points.end());
    for (QListWidgetItem* item : points + others)
        m_list->addItem(item);
    m_list->setCurrentRow(0);
}

void ScaleOrderDialog::updateButtons() {
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    // A scale has two points or more.
    m_ok->setEnabled(scale().size() >= 2);
}

void ScaleOrderDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ScaleOrderDialog::retranslateUi() {
    setWindowTitle(tr("Scale order"));
    m_intro->setText(tr("<b>%1</b><br>Put the answers in the scale's order, from its low end "
                        "(disagree, never, poor) at the top to its high end (agree, always, "
                        "excellent) at the bottom: the order sets the chart, the mean and the "
                        "top-2-box. Untick answers that are not points of the scale, such as "
                        "“Don't know”: they are kept, after the scale.")
                         .arg(m_question.toHtmlEscaped()));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_reverse->setText(tr("Reverse"));
    m_reverse->setToolTip(tr("Turns the scale round: its high end becomes its low end"));
}

} // namespace sondo
