#include "window/AnalysisDocks.h"

#include "window/FilterPanel.h"
#include "window/FrequencyTableModel.h"
#include "window/QuestionNavigator.h"
#include "window/RecodesPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace sondo {

namespace {

/** The side panels' narrowest, where a question's id and the start of its text still show. */
constexpr int kSideMinimum = 150;
/** Share of the window the chart keeps before the side panels give up width. */
constexpr double kChartShare = 0.6;
/** The table below the chart: at most this share of the window's height … */
constexpr double kTableShare = 0.2;
/** … and at least its header and a few rows. */
constexpr int kTableMinimum = 90;

QDockWidget* dock(QMainWindow* window, const QString& name, QWidget* content,
                  const QMargins& margins, int minimumWidth) {
    auto* dock = new QDockWidget(window);
    dock->setObjectName(name);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto* holder = new QWidget(dock);
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(margins);
    layout->addWidget(content);
    dock->setWidget(holder);
    dock->setMinimumWidth(minimumWidth);
    return dock;
}

} // namespace

AnalysisDocks::AnalysisDocks(QMainWindow* window, ProjectDocument* document)
    : QObject(window)
    , m_navigator(new QuestionNavigator(window))
    , m_filters(new FilterPanel(window))
    , m_recodes(new RecodesPanel(document, window))
    , m_window(window)
    , m_tableModel(new FrequencyTableModel(this))
    , m_tableView(new QTableView(window)) {
    m_questionsDock = dock(window, QStringLiteral("questionsDock"), m_navigator,
                           QMargins(8, 4, 4, 8), kSideMinimum);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_questionsDock);
    m_filtersDock =
        dock(window, QStringLiteral("filtersDock"), m_filters, QMargins(4, 4, 8, 8), kSideMinimum);
    window->addDockWidget(Qt::RightDockWidgetArea, m_filtersDock);
    // A tab behind the filter: consulted now and then, never in the way of the chart.
    m_recodesDock =
        dock(window, QStringLiteral("recodesDock"), m_recodes, QMargins(4, 4, 8, 8), kSideMinimum);
    window->tabifyDockWidget(m_filtersDock, m_recodesDock);
    m_filtersDock->raise();
    window->resizeDocks({m_questionsDock, m_filtersDock}, {400, 300}, Qt::Horizontal);

    m_tableView->setObjectName(QStringLiteral("frequencyTable"));
    m_tableView->setModel(m_tableModel);
    m_tableView->verticalHeader()->hide();
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 6);
    m_tableDock = dock(window, QStringLiteral("tableDock"), m_tableView, QMargins(8, 0, 8, 4), 0);
    m_tableDock->setMinimumWidth(0);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);
    window->resizeDocks({m_tableDock}, {170}, Qt::Vertical);
}

void AnalysisDocks::fitTo(const QSize& size) {
    if (!m_tableDock->isHidden() && !m_tableDock->isFloating()) {
        // Its rows and header, no more: the chart has the height, the table scrolls.
        const int rows = std::max(3, m_tableModel->rowCount());
        // The dock's title bar and margins, as laid out now.
        const int chrome = std::max(0, m_tableDock->height() - m_tableView->height());
        const int content = chrome + m_tableView->horizontalHeader()->height() +
                            rows * m_tableView->verticalHeader()->defaultSectionSize() +
                            2 * m_tableView->frameWidth() + 2;
        const int height = std::clamp(content, kTableMinimum, int(size.height() * kTableShare));
        if (m_tableDock->height() > height + 4 || m_tableDock->height() < height - 4)
            m_window->resizeDocks({m_tableDock}, {height}, Qt::Vertical);
    }
    const int width = size.width();
    QList<QDockWidget*> side;
    QList<int> widths;
    int total = 0;
    for (QDockWidget* d : {m_questionsDock, m_filtersDock}) {
        if (d->isHidden() || d->isFloating())
            continue;
        side.append(d);
        widths.append(d->width());
        total += d->width();
    }
    const int allowed = int(width * (1.0 - kChartShare));
    if (side.isEmpty() || total <= allowed)
        return;
    // Each panel gives up width in proportion to what it has, down to its minimum.
    for (int& w : widths)
        w = std::max(kSideMinimum, w * allowed / std::max(total, 1));
    m_window->resizeDocks(side, widths, Qt::Horizontal);
}

QList<QAction*> AnalysisDocks::toggleActions() const {
    return {m_questionsDock->toggleViewAction(), m_filtersDock->toggleViewAction(),
            m_recodesDock->toggleViewAction(), m_tableDock->toggleViewAction()};
}

void AnalysisDocks::setVisible(bool visible) {
    m_questionsDock->setVisible(visible);
    m_filtersDock->setVisible(visible);
    m_recodesDock->setVisible(visible);
    m_tableDock->setVisible(visible);
    if (visible)
        m_filtersDock->raise();
}

void AnalysisDocks::setTogglesEnabled(bool enabled) {
    for (QAction* toggle : toggleActions())
        toggle->setEnabled(enabled);
}

void AnalysisDocks::setTableCopyAction(QAction* copyTable) {
    // As in a spreadsheet: right click or Ctrl+C on the table copies it.
    m_tableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tableView->addAction(copyTable);
    auto* copyKey = new QAction(m_tableView);
    copyKey->setShortcut(QKeySequence::Copy);
    copyKey->setShortcutContext(Qt::WidgetShortcut);
    m_tableView->addAction(copyKey);
    connect(copyKey, &QAction::triggered, copyTable, &QAction::trigger);
}

void AnalysisDocks::retranslate() {
    m_questionsDock->setWindowTitle(tr("Questions"));
    m_filtersDock->setWindowTitle(tr("Filter respondents"));
    m_tableDock->setWindowTitle(tr("Table"));
    m_recodesDock->setWindowTitle(tr("Recodes"));
    m_recodes->retranslate();
}

} // namespace sondo
