#include "window/AnalysisDocks.h"

#include "window/FilterPanel.h"
#include "window/QuestionNavigator.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QVBoxLayout>

namespace sondo {

namespace {

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

AnalysisDocks::AnalysisDocks(QMainWindow* window)
    : QObject(window)
    , m_navigator(new QuestionNavigator(window))
    , m_filters(new FilterPanel(window)) {
    m_questionsDock =
        dock(window, QStringLiteral("questionsDock"), m_navigator, QMargins(8, 4, 4, 8), 240);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_questionsDock);
    m_filtersDock =
        dock(window, QStringLiteral("filtersDock"), m_filters, QMargins(4, 4, 8, 8), 220);
    window->addDockWidget(Qt::RightDockWidgetArea, m_filtersDock);
    window->resizeDocks({m_questionsDock, m_filtersDock}, {400, 300}, Qt::Horizontal);
}

QList<QAction*> AnalysisDocks::toggleActions() const {
    return {m_questionsDock->toggleViewAction(), m_filtersDock->toggleViewAction()};
}

void AnalysisDocks::setVisible(bool visible) {
    m_questionsDock->setVisible(visible);
    m_filtersDock->setVisible(visible);
}

void AnalysisDocks::setTogglesEnabled(bool enabled) {
    for (QAction* toggle : toggleActions())
        toggle->setEnabled(enabled);
}

void AnalysisDocks::retranslate() {
    m_questionsDock->setWindowTitle(tr("Questions"));
    m_filtersDock->setWindowTitle(tr("Filter respondents"));
}

} // namespace sondo
