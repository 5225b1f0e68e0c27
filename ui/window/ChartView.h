#pragma once

#include "chart/ChartSpec.h"
#include "render/ChartRenderer.h"

#include <QGraphicsView>
#include <QImage>
#include <memory>

namespace sondo {

class ChartScene;

/**
 * The chart of the current question, drawn by the same ChartRenderer as the exports and laid out
 * again whenever the view changes size, so it always fills the window without being cut. Below a
 * minimum size it is laid out at that size and scaled down instead; and where the view is too
 * small for the bars to carry their value labels (the renderer leaves out a label under 9 px), it
 * is laid out a quarter larger and scaled down as a whole, as an export at a larger size would
 * be. No more than that: the text keeps four fifths of its size, and labels that still do not
 * fit (a compared histogram's 56 thin bars) are left out; the table under the chart has them.
 */
class ChartView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    /** Shows `spec` (rendered at once at the view's size). */
    void setSpec(const ChartSpec& spec);
    const ChartSpec& spec() const { return m_spec; }
    ChartScene* chartScene() const { return m_scene.get(); }
    /** The size the chart is laid out at, in logical pixels. */
    QSizeF layoutSize() const;
    /** The chart as on screen, painted into an image (what the analyst sees, e.g. for tests). */
    QImage renderToImage() const;

    static QSizeF minimumLayoutSize() { return {560, 360}; }

    /**
     * The category (index in spec().categories) drawn at `viewportPos`: its label, or its row
     * of bars. -1 when there is none there.
     */
    int categoryAt(const QPoint& viewportPos) const;

signals:
    /** Up/Down (or PgUp/PgDn) pressed on the chart: move to another question. */
    void stepRequested(int steps);
    /** A double click on category `category` (its label or its bars). */
    void categoryActivated(int category);
    /** The context menu is asked for at `globalPos`, over `category` (-1: none). */
    void contextMenuRequested(int category, const QPoint& globalPos);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void fit();
    /** Lays the scene out at the view's size, or a quarter larger when a value label is missing. */
    void layOut();
    /** True when every value label of the spec is drawn in the scene. */
    bool showsValueLabels() const;

    ChartRenderer m_renderer;
    ChartSpec m_spec;
    std::unique_ptr<ChartScene> m_scene;
};

} // namespace sondo
