#include "window/ChartView.h"

#include "render/ChartScene.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <algorithm>

namespace sondo {

ChartView::ChartView(QWidget* parent)
    : QGraphicsView(parent) {
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setAlignment(Qt::AlignCenter);
    setBackgroundBrush(m_renderer.theme().background);
    setFocusPolicy(Qt::StrongFocus);
    // The scene is rebuilt on every change; caching the background would only cost memory.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
}

ChartView::~ChartView() {
    // The view must forget the scene before the scene goes.
    setScene(nullptr);
}

void ChartView::setSpec(const ChartSpec& spec) {
    m_spec = spec;
    std::unique_ptr<ChartScene> scene = m_renderer.render(m_spec, layoutSize());
    setScene(scene.get());
    m_scene = std::move(scene);
    layOut();
}

void ChartView::layOut() {
    if (!m_scene)
        return;
    const QSizeF size = layoutSize();
    if (m_scene->size() != size)
        m_scene->relayout(size);
    // A quarter larger at most, so the text is shown at four fifths of its size at the least.
    // Further steps made it unreadable (at 2.4 times, the size four steps reached, a compared
    // histogram's 11-pixel labels came out at 5 pixels) for labels the table beside the chart
    // shows anyway; those that still do not fit are left out.
    if (!showsValueLabels())
        m_scene->relayout(size * 1.25);
    fit();
}

bool ChartView::showsValueLabels() const {
    // Only plain and grouped bars label every bar; stacked segments too thin for a label leave
    // it out at any size.
    if (m_spec.kind != ChartKind::HorizontalBars && m_spec.kind != ChartKind::GroupedBars)
        return true;
    const QStringList texts = m_scene->texts();
    for (const ChartSeries& series : m_spec.series)
        for (const QString& label : series.labels) {
            if (label.isEmpty())
                continue;
            if (std::none_of(texts.begin(), texts.end(),
                             [&](const QString& text) { return text == label; }))
                return false;
        }
    return true;
}

QSizeF ChartView::layoutSize() const {
    const QSize view = viewport()->size();
    const QSizeF minimum = minimumLayoutSize();
    return {qMax<qreal>(view.width(), minimum.width()),
            qMax<qreal>(view.height(), minimum.height())};
}

QImage ChartView::renderToImage() const {
    if (!m_scene)
        return {};
    const QSize size = m_scene->size().toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_renderer.theme().background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                    QRectF(QPointF(0, 0), m_scene->size()));
    return image;
}

void ChartView::fit() {
    if (!m_scene)
        return;
    const QSize view = viewport()->size();
    const QSizeF scene = m_scene->size();
    if (view.width() >= scene.width() - 0.5 && view.height() >= scene.height() - 0.5)
        resetTransform();
    else
        fitInView(QRectF(QPointF(0, 0), scene), Qt::KeepAspectRatio);
}

void ChartView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    layOut();
}

void ChartView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Up:
        emit stepRequested(-1);
        return;
    case Qt::Key_Down:
        emit stepRequested(1);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

int ChartView::categoryAt(const QPoint& viewportPos) const {
    if (!m_scene)
        return -1;
    const QPointF at = mapToScene(viewportPos);
    const QRectF plot = m_scene->plotArea();
    for (int i = 0; i < m_spec.categories.size(); ++i) {
        const QRectF label = m_scene->categoryLabelRect(i);
        if (label.isEmpty())
            continue;
        if (label.contains(at))
            return i;
        // Labels stand left of their bars: the whole row, across the plot, is the category.
        if (label.right() <= plot.left() + 1 && at.y() >= label.top() && at.y() <= label.bottom() &&
            at.x() >= label.left() && at.x() <= plot.right())
            return i;
    }
    return -1;
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    const int category = categoryAt(event->position().toPoint());
    if (category >= 0) {
        emit categoryActivated(category);
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent* event) {
    emit contextMenuRequested(categoryAt(event->pos()), event->globalPos());
}

} // namespace sondo
