#include "window/ReportDialog.h"

#include "window/WheelGuard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sondo {

namespace {

/** Item data: whether the entry is a group, and its index in Survey::questions or ::groups. */
constexpr int kGroupRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

ReportDialog::ReportDialog(const Survey& survey, const ReportRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_items(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_page(new QComboBox(this))
    , m_language(new QComboBox(this)) {
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export Report"));

    QStringList scope;
    scope << (request.filterText.isEmpty() ? tr("All respondents")
                                           : tr("Filter: %1").arg(request.filterText));
    if (request.segment >= 0 && request.segment < survey.questions.size())
        scope << tr("Compared by %1").arg(survey.questions[request.segment].id);
    if (request.weighted)
        scope << tr("Weighted");
    auto* scopeLabel = new QLabel(scope.join(QStringLiteral("  \u00b7  ")), this);
    scopeLabel->setWordWrap(true);

    m_title->setText(request.title);
    m_title->setPlaceholderText(survey.title);
    m_page->addItem(tr("A4 portrait"), int(ReportPage::A4));
    m_page->addItem(tr("A4 landscape"), int(ReportPage::A4Landscape));
    m_page->addItem(tr("16:9 (slides)"), int(ReportPage::Wide));
    m_language->addItem(QStringLiteral("Italiano"), int(FindingLanguage::Italian));
    m_language->addItem(QStringLiteral("English"), int(FindingLanguage::English));
    m_language->setCurrentIndex(request.language == FindingLanguage::English ? 1 : 0);

    m_items->setObjectName(QStringLiteral("reportItems"));
    m_items->setDragDropMode(QAbstractItemView::InternalMove);
    m_items->setDefaultDropAction(Qt::MoveAction);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->setMinimumHeight(260);
    // Long questions are cut at the edge (their tooltip says them whole), never scrolled to.
    m_items->setTextElideMode(Qt::ElideRight);
    m_items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_items->setUniformItemSizes(true);
    fillItems(survey, request.segment);

    auto* all = new QPushButton(tr("Tick all"), this);
    auto* none = new QPushButton(tr("Untick all"), this);
    connect(all, &QPushButton::clicked, this, [this] { setAllTicked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllTicked(false); });
    auto* tickRow = new QHBoxLayout;
    tickRow->addWidget(new QLabel(tr("Tick what goes in; drag to change the order."), this), 1);
    tickRow->addWidget(all);
    tickRow->addWidget(none);

    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Page (PDF):"), m_page);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Choose File\u2026"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_items, &QListWidget::itemChanged, this, &ReportDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeLabel);
    layout->addLayout(tickRow);
    layout->addWidget(m_items, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 560);
    updateOk();
    // A wheel turn while scrolling the list must not change the page or the language.
    WheelGuard::protect(this);
}

void ReportDialog::fillItems(const Survey& survey, int segment) {
    // Each group just before its first item, as the navigator shows it.
    QHash<QString, int> groupOfFirstItem;
    for (int g = 0; g < survey.groups.size(); ++g)
        if (!survey.groups[g].items.isEmpty())
            groupOfFirstItem.insert(survey.groups[g].items.first(), g);
    auto add = [this](const QString& text, bool group, int index, bool ticked) {
        auto* item = new QListWidgetItem(text, m_items);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        item->setData(kGroupRole, group);
        item->setData(kIndexRole, index);
        item->setToolTip(text);
    };
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        if (const auto g = groupOfFirstItem.constFind(question.id); g != groupOfFirstItem.cend()) {
            const QuestionGroup& group = survey.groups[*g];
            // Groups unticked: the default report, like `sondo report` without --questions, is
            // one section per question.
            add(tr("%1 \u00b7 %2 (grid of %n question(s))", "", int(group.items.size()))
                    .arg(group.id, group.text),
                true, *g, false);
        }
        if (question.isAnalysable())
            add(QStringLiteral("%1 \u00b7 %2").arg(question.id, question.text), false, q,
                q != segment);
    }
}

void ReportDialog::setAllTicked(bool ticked) {
    for (int row = 0; row < m_items->count(); ++row)
        m_items->item(row)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void ReportDialog::updateOk() {
    bool any = false;
    for (int row = 0; row < m_items->count() && !any; ++row)
        any = m_items->item(row)->checkState() == Qt::Checked;
    if (m_ok)
        m_ok->setEnabled(any);
}

void ReportDialog::applyTo(ReportRequest& request) const {
    request.items.clear();
    for (int row = 0; row < m_items->count(); ++row) {
        const QListWidgetItem* item = m_items->item(row);
        if (item->checkState() == Qt::Checked)
            request.items.append({item->data(kGroupRole).toBool(), item->data(kIndexRole).toInt()});
    }
    request.title = m_title->text().trimmed();
    request.language = FindingLanguage(m_language->currentData().toInt());
}

ReportPage ReportDialog::page() const {
    return ReportPage(m_page->currentData().toInt());
}

} // namespace sondo
