#include "window/QuestionNavigator.h"

#include "window/QuestionListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace sondo {

QuestionNavigator::QuestionNavigator(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new QuestionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_view->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    // A matching item keeps its group's row; a matching stem shows its items.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QuestionListModel::IdColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(QuestionListModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(QuestionListModel::BaseColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        // Keep a current row among the matches, so Up/Down and Enter keep working.
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuestionNavigator::onCurrentChanged);
    retranslateUi();
}

void QuestionNavigator::setSummaries(const QList<QuestionSummary>& summaries,
                                     const QList<QuestionGroup>& groups) {
    const int current = currentQuestion();
    const int group = currentGroup();
    m_updating = true;
    m_model->setSummaries(summaries, groups);
    m_view->setRootIsDecorated(m_model->hasGroups());
    m_updating = false;
    if (current >= 0 && currentQuestion() != current)
        setCurrentQuestion(current);
    else if (group >= 0 && currentGroup() != group)
        setCurrentGroup(group);
}

void QuestionNavigator::setLocale(const QLocale& locale) {
    m_model->setLocale(locale);
}

void QuestionNavigator::setCurrentQuestion(int question) {
    select(m_model->indexOf(question));
}

void QuestionNavigator::setCurrentGroup(int group) {
    select(m_model->indexOfGroup(group));
}

void QuestionNavigator::select(QModelIndex sourceIndex) {
    if (!sourceIndex.isValid())
        return;
    QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid()) {
        // Hidden by the search: the question shown must be visible in the list.
        m_search->clear();
        index = m_proxy->mapFromSource(sourceIndex);
    }
    m_updating = true;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_updating = false;
}

int QuestionNavigator::currentQuestion() const {
    return m_model->questionAt(m_proxy->mapToSource(m_view->currentIndex()));
}

int QuestionNavigator::currentGroup() const {
    return m_model->groupAt(m_proxy->mapToSource(m_view->currentIndex()));
}

void QuestionNavigator::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QuestionNavigator::onCurrentChanged() {
    if (m_updating)
        return;
    const int question = currentQuestion();
    if (question >= 0)
        emit questionSelected(question);
    else if (const int group = currentGroup(); group >= 0)
        emit groupSelected(group);
}

bool QuestionNavigator::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        // The window's shortcuts catch these keys first when it is active; here the list keeps
        // the same meaning when they reach it (a page of the list is not what the analyst wants).
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (key->key() == Qt::Key_PageUp || (ctrl && key->key() == Qt::Key_Left)) {
            emit stepRequested(-1);
            return true;
        }
        if (key->key() == Qt::Key_PageDown || (ctrl && key->key() == Qt::Key_Right)) {
            emit stepRequested(1);
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const bool up = key->key() == Qt::Key_Up;
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                m_view->setFocus(Qt::OtherFocusReason);
                return true;
            }
            const int rows = m_proxy->rowCount();
            if (rows == 0)
                return true;
            const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
            const int next = qBound(0, up ? row - 1 : row + 1, rows - 1);
            m_view->setCurrentIndex(m_proxy->index(next, 0));
            return true;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionNavigator::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuestionNavigator::retranslateUi() {
    m_search->setPlaceholderText(tr("Search questions"));
    m_search->setToolTip(tr("Type part of a question's id or text; Up and Down move through the "
                            "matches"));
}

} // namespace sondo
