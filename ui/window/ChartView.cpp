#include "window/ChartView.h"

#include "render/ChartScene.h"

#include <QKeyEvent>
#include <QPainter>
#include <QResizeEvent>

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
    fit();
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
    if (m_scene && m_scene->size() != layoutSize())
        m_scene->relayout(layoutSize());
    fit();
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

} // namespace sondo
