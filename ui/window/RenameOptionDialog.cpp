#include "window/RenameOptionDialog.h"
#include "window/WheelGuard.h"

#include "model/Question.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sondo {

RenameOptionDialog::RenameOptionDialog(const Question& question, int option, QWidget* parent)
    : QDialog(parent)
    , m_options(question.options)
    , m_question(new QLabel(this))
    , m_option(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Rename Option"));
    m_question->setText(question.id + QStringLiteral("  ") + question.text.simplified());
    m_question->setWordWrap(true);
    m_option->addItems(m_options);
    m_label->setClearButtonEnabled(true);
    m_label->setMinimumWidth(320);

    auto* form = new QFormLayout;
    form->addRow(tr("Option:"), m_option);
    form->addRow(tr("New label:"), m_label);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_option, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_label->setText(m_options.value(index));
        m_label->selectAll();
    });
    connect(m_label, &QLineEdit::textChanged, this, &RenameOptionDialog::updateOk);
    m_option->setCurrentIndex(qBound(0, option, int(m_options.size()) - 1));
    m_label->setText(m_options.value(m_option->currentIndex()));
    m_label->selectAll();
    m_label->setFocus();
    WheelGuard::protect(this);
    updateOk();
}

int RenameOptionDialog::option() const {
    return m_option->currentIndex();
}

QString RenameOptionDialog::label() const {
    return m_label->text().trimmed();
}

void RenameOptionDialog::setChoice(int option, const QString& label) {
    m_option->setCurrentIndex(option);
    m_label->setText(label);
}

void RenameOptionDialog::updateOk() {
    // A blank label or the same one would change nothing: the core refuses the first anyway.
    const QString text = label();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!text.isEmpty() && text != m_options.value(option()));
}

} // namespace sondo
