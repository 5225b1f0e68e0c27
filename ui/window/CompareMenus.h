#pragma once

#include "window/DisplayOptions.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace sondo {

/**
 * View > Significance and View > Chart Figure: how compare-by groups are tested (confidence
 * level, correction for many pairs, letters for pairs or ▲▼ against the rest, the minimum base)
 * and what a chart shows (the answers, a recommendation question's NPS, or one figure per
 * group: top-2-box, bottom-2-box, net, mean), the window's counterparts of `--level`,
 * `--adjust`, `--vs-rest`, `--min-base` and `--figure`. Each choice is a group of radio items;
 * a choice emits edited() with the options it makes.
 */
class CompareMenus : public QObject {
    Q_OBJECT

public:
    explicit CompareMenus(QWidget* parent);

    QMenu* significanceMenu() const { return m_significance; }
    QMenu* figureMenu() const { return m_figure; }
    /** Ticks the items of `display` without emitting edited(). */
    void show(const DisplayOptions& display);
    void retranslate();

signals:
    void edited(const DisplayOptions& display);

private:
    /** A radio group of `values` (each item's data) in `menu`, under a section title. */
    QActionGroup* addChoices(QMenu* menu, const QVariantList& values);
    void choose();

    DisplayOptions m_shown;
    QMenu* m_significance;
    QMenu* m_figure;
    QActionGroup* m_levels;
    QActionGroup* m_corrections;
    QActionGroup* m_comparisons;
    QActionGroup* m_minimumBases;
    QActionGroup* m_figures;
    QList<QAction*> m_sections;
};

} // namespace sondo
