#include "window/FilterPanel.h"

#include "chart/GridChartSpecBuilder.h"
#include "stats/FrequencyTable.h"
#include "window/TypeIcons.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sondo {

namespace {

constexpr int QuestionRole = Qt::UserRole + 1;
constexpr int OptionRole = Qt::UserRole + 2;
constexpr int CountRole = Qt::UserRole + 3;

/** An option's row (a box to tick), as opposed to a question's or a group's. */
bool isOption(const QTreeWidgetItem* item) {
    return item->data(0, OptionRole).isValid();
}

} // namespace

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_tree->setColumnCount(2);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Counts are at most a few digits: a narrow fixed column leaves the labels room.
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_tree->header()->resizeSection(
        1, m_tree->fontMetrics().horizontalAdvance(QStringLiteral("000000")));
    m_tree->setIndentation(14);
    m_tree->header()->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_hint);
    layout->addWidget(m_tree);

    connect(m_search, &QLineEdit::textChanged, this, &FilterPanel::applySearch);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_syncing || column != 0 || !isOption(item))
            return;
        updateQuestionMarks();
        emit optionToggled(item->data(0, QuestionRole).toInt(), item->data(0, OptionRole).toInt(),
                           item->checkState(0) == Qt::Checked);
    });
    // A click anywhere on an option's row ticks it, not only on the small box.
    connect(m_tree, &QTreeWidget::itemClicked, this, [](QTreeWidgetItem* item, int column) {
        if (isOption(item) && column == 1)
            item->setCheckState(0,
                                item->checkState(0) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &FilterPanel::showContextMenu);
    retranslateUi();
}

void FilterPanel::showContextMenu(const QPoint& pos) {
    QTreeWidgetItem* item = m_tree->itemAt(pos);
    if (!item || !isOption(item))
        return;
    const int question = item->data(0, QuestionRole).toInt();
    const int option = item->data(0, OptionRole).toInt();
    // popup(), not exec(): no event loop of its own, so nothing re-enters the window meanwhile.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu->addAction(tr("Rename Option\u2026")), &QAction::triggered, this,
            [this, question, option] { emit renameRequested(question, option); });
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void FilterPanel::setSession(const AnalysisSession& session) {
    m_syncing = true;
    m_tree->clear();
    m_questions.clear();
    const Survey& survey = session.survey();
    // A grid's items sit under one row of their group, each named by its own words.
    QMap<QString, QTreeWidgetItem*> groups;
    for (int q : session.segmentQuestions()) {
        const Question& question = survey.questions[q];
        const int g = question.group.isEmpty() ? -1 : survey.findGroup(question.group);
        QTreeWidgetItem* parent = nullptr;
        QString label = question.text.simplified();
        if (g >= 0) {
            const QuestionGroup& group = survey.groups[g];
            parent = groups.value(group.id);
            if (!parent) {
                parent = new QTreeWidgetItem(m_tree);
                parent->setText(0, group.id + QStringLiteral("  ") + group.text.simplified());
                parent->setToolTip(0, group.text);
                parent->setFlags(Qt::ItemIsEnabled);
                groups.insert(group.id, parent);
            }
            label = GridChartSpecBuilder::itemLabel(group.text, question.text).simplified();
        }
        auto* top = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        m_questions.append(top);
        top->setText(0, question.id + QStringLiteral("  ") + label);
        top->setToolTip(0, question.text);
        top->setIcon(0, TypeIcons::icon(question.type));
        top->setData(0, QuestionRole, q);
        top->setFlags(Qt::ItemIsEnabled);
        // Counts of everyone, so that an option's size does not jump as other filters change.
        const FrequencyTable table = FrequencyTable::compute(survey, session.responses(), q);
        for (int o = 0; o < question.options.size(); ++o) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, question.options[o]);
            item->setToolTip(0, question.options[o]);
            item->setData(0, QuestionRole, q);
            item->setData(0, OptionRole, o);
            const qint64 count = o < table.rows.size() ? table.rows[o].unweightedCount : 0;
            item->setData(1, CountRole, count);
            item->setText(1, m_locale.toString(count));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_syncing = false;
    applySearch();
}

void FilterPanel::syncFilter(const SegmentFilter& filter) {
    const QMap<int, QList<int>> conditions = filter.conditions();
    m_syncing = true;
    for (QTreeWidgetItem* top : std::as_const(m_questions)) {
        const int q = top->data(0, QuestionRole).toInt();
        const QList<int> chosen = conditions.value(q);
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* item = top->child(c);
            item->setCheckState(0, chosen.contains(item->data(0, OptionRole).toInt())
                                       ? Qt::Checked
                                       : Qt::Unchecked);
        }
        if (!chosen.isEmpty()) {
            top->setExpanded(true);
            if (top->parent())
                top->parent()->setExpanded(true);
        }
    }
    m_syncing = false;
    updateQuestionMarks();
}

void FilterPanel::setLocale(const QLocale& locale) {
    m_locale = locale;
    for (QTreeWidgetItem* top : std::as_const(m_questions)) {
        for (int c = 0; c < top->childCount(); ++c)
            top->child(c)->setText(
                1, m_locale.toString(top->child(c)->data(1, CountRole).toLongLong()));
    }
}

void FilterPanel::updateLabels(const Survey& survey) {
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    for (QTreeWidgetItem* top : std::as_const(m_questions)) {
        const int q = top->data(0, QuestionRole).toInt();
        if (q < 0 || q >= survey.questions.size())
            continue;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* item = top->child(c);
            const QString label =
                survey.questions[q].options.value(item->data(0, OptionRole).toInt());
            item->setText(0, label);
            item->setToolTip(0, label);
        }
    }
    m_syncing = wasSyncing;
    applySearch();
}

QTreeWidgetItem* FilterPanel::optionItem(int question, int option) const {
    for (QTreeWidgetItem* top : std::as_const(m_questions)) {
        if (top->data(0, QuestionRole).toInt() != question)
            continue;
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->data(0, OptionRole).toInt() == option)
                return top->child(c);
    }
    return nullptr;
}

void FilterPanel::updateQuestionMarks() {
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    for (QTreeWidgetItem* top : std::as_const(m_questions)) {
        int ticked = 0;
        for (int c = 0; c < top->childCount(); ++c)
            ticked += top->child(c)->checkState(0) == Qt::Checked;
        QFont font = top->font(0);
        font.setBold(ticked > 0);
        top->setFont(0, font);
        top->setText(1, ticked > 0 ? QStringLiteral("%1/%2").arg(ticked).arg(top->childCount())
                                   : QString());
    }
    // A group is bold while any of its items filters.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        if (group->data(0, QuestionRole).isValid())
            continue;
        bool any = false;
        for (int c = 0; c < group->childCount(); ++c)
            any = any || group->child(c)->font(0).bold();
        QFont font = group->font(0);
        font.setBold(any);
        group->setFont(0, font);
    }
    m_syncing = wasSyncing;
}

void FilterPanel::applySearch() {
    const QString needle = m_search->text().trimmed();
    for (QTreeWidgetItem* top : std::as_const(m_questions)) {
        // An item matches by its own words or its group's stem.
        const bool questionMatches =
            needle.isEmpty() || top->text(0).contains(needle, Qt::CaseInsensitive) ||
            (top->parent() && top->parent()->text(0).contains(needle, Qt::CaseInsensitive));
        bool anyOption = false;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* item = top->child(c);
            const bool matches =
                questionMatches || item->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!matches);
            anyOption = anyOption || matches;
        }
        top->setHidden(!anyOption);
        if (!needle.isEmpty() && anyOption)
            top->setExpanded(true);
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        if (group->data(0, QuestionRole).isValid())
            continue;
        bool anyItem = false;
        for (int c = 0; c < group->childCount(); ++c)
            anyItem = anyItem || !group->child(c)->isHidden();
        group->setHidden(!anyItem);
        if (!needle.isEmpty() && anyItem)
            group->setExpanded(true);
    }
}

void FilterPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterPanel::retranslateUi() {
    m_search->setPlaceholderText(tr("Search filters"));
    m_hint->setText(tr("Tick options to keep only the respondents who chose them."));
    m_tree->setHeaderLabels({tr("Option"), tr("Respondents")});
}

} // namespace sondo
