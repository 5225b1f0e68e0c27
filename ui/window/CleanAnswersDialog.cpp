#include "window/CleanAnswersDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sondo {

namespace {

enum Column { IntoColumn, SpellingsColumn, ReasonColumn, RespondentsColumn, ColumnCount };

QString reasonText(MergeReason reason) {
    switch (reason) {
    case MergeReason::CaseOrSpacing:
        return CleanAnswersDialog::tr("case or spacing");
    case MergeReason::AccentsOrPunctuation:
        return CleanAnswersDialog::tr("accents or punctuation");
    case MergeReason::Spelling:
        return CleanAnswersDialog::tr("spelling");
    case MergeReason::Abbreviation:
        return CleanAnswersDialog::tr("abbreviation");
    }
    return {};
}

} // namespace

CleanAnswersDialog::CleanAnswersDialog(const Question& question,
                                       const QList<MergeProposal>& proposals, QWidget* parent)
    : QDialog(parent)
    , m_question(question)
    , m_proposals(proposals)
    , m_table(new QTableWidget(int(proposals.size()), ColumnCount, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("cleanAnswersDialog"));
    setWindowTitle(tr("Clean Answers"));
    auto* title = new QLabel(question.id + QStringLiteral("  ") + question.text.simplified(), this);
    title->setWordWrap(true);
    auto* hint = new QLabel(
        proposals.isEmpty()
            ? tr("No answers of this question look like one answer spelled differently.")
            : tr("Tick the merges to make. Each becomes a recode: Edit > Undo, or the Recodes "
                 "panel, takes it back. The label an answer becomes can be edited."),
        this);
    hint->setWordWrap(true);

    m_table->setHorizontalHeaderLabels(
        {tr("Merge into"), tr("Spellings"), tr("Why"), tr("Respondents")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    const QLocale locale;
    for (int row = 0; row < proposals.size(); ++row) {
        const MergeProposal& p = proposals[row];
        auto* into = new QTableWidgetItem(p.into);
        into->setFlags(Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        into->setCheckState(Qt::Unchecked);
        m_table->setItem(row, IntoColumn, into);
        QStringList spellings;
        for (const QString& answer : p.answers)
            spellings.append(QStringLiteral("\u201c%1\u201d").arg(answer));
        for (const auto& [column, text] :
             {std::pair{int(SpellingsColumn), spellings.join(QStringLiteral(", "))},
              std::pair{int(ReasonColumn), reasonText(p.reason)},
              std::pair{int(RespondentsColumn), locale.toString(p.respondents)}}) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            if (column == RespondentsColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(IntoColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SpellingsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RespondentsColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    m_table->setMinimumSize(640, 260);
    m_table->setVisible(!proposals.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    m_buttons->button(QDialogButtonBox::Ok)->setVisible(!proposals.isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &CleanAnswersDialog::updateOk);
    updateOk();
}

QList<MergeOptions> CleanAnswersDialog::merges() const {
    QList<MergeOptions> merges;
    for (int row = 0; row < m_proposals.size(); ++row) {
        const QTableWidgetItem* into = m_table->item(row, IntoColumn);
        if (into->checkState() != Qt::Checked)
            continue;
        const QString label = into->text().trimmed();
        merges.append(MergeOptions{m_question.id, m_question.code, m_proposals[row].answers,
                                   label.isEmpty() ? m_proposals[row].into : label});
    }
    return merges;
}

void CleanAnswersDialog::setAccepted(int row, bool accepted) {
    m_table->item(row, IntoColumn)->setCheckState(accepted ? Qt::Checked : Qt::Unchecked);
}

void CleanAnswersDialog::setInto(int row, const QString& label) {
    m_table->item(row, IntoColumn)->setText(label);
}

void CleanAnswersDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!merges().isEmpty());
}

} // namespace sondo
