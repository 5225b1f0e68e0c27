#include "window/CompareMenus.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace sondo {

namespace {

/** The item of `group` whose data equals `value`, ticked; the others unticked. */
void tick(QActionGroup* group, const QVariant& value) {
    for (QAction* action : group->actions()) {
        const QSignalBlocker block(action);
        action->setChecked(action->data() == value);
    }
}

QVariant chosen(const QActionGroup* group) {
    const QAction* action = group->checkedAction();
    return action ? action->data() : QVariant();
}

} // namespace

CompareMenus::CompareMenus(QWidget* parent)
    : QObject(parent)
    , m_significance(new QMenu(parent))
    , m_figure(new QMenu(parent)) {
    m_sections << m_significance->addSection(QString());
    m_levels = addChoices(m_significance, {90, 95, 99});
    m_sections << m_significance->addSection(QString());
    m_corrections = addChoices(m_significance, {int(PValueAdjustment::Method::Holm),
                                                int(PValueAdjustment::Method::Bonferroni),
                                                int(PValueAdjustment::Method::None)});
    m_sections << m_significance->addSection(QString());
    m_comparisons = addChoices(m_significance, {false, true});
    m_sections << m_significance->addSection(QString());
    m_minimumBases = addChoices(m_significance, {20, 30, 50, 100});
    m_figures = addChoices(m_figure, {int(ChartFigure::Auto), int(ChartFigure::Answers),
                                      int(ChartFigure::Nps), int(ChartFigure::TopTwo),
                                      int(ChartFigure::BottomTwo), int(ChartFigure::Net),
                                      int(ChartFigure::Mean)});
    show(m_shown);
    retranslate();
}

QActionGroup* CompareMenus::addChoices(QMenu* menu, const QVariantList& values) {
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    for (const QVariant& value : values) {
        QAction* action = menu->addAction(QString());
        action->setCheckable(true);
        action->setData(value);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, &CompareMenus::choose);
    return group;
}

void CompareMenus::show(const DisplayOptions& display) {
    m_shown = display;
    tick(m_levels, qRound(display.tests.confidence * 100));
    tick(m_corrections, int(display.tests.correction));
    tick(m_comparisons, display.tests.againstRest);
    tick(m_minimumBases, qRound(display.tests.minimumEffectiveBase));
    tick(m_figures, int(display.figure));
}

void CompareMenus::choose() {
    DisplayOptions display = m_shown;
    display.tests.confidence = chosen(m_levels).toInt() / 100.0;
    display.tests.correction = PValueAdjustment::Method(chosen(m_corrections).toInt());
    display.tests.againstRest = chosen(m_comparisons).toBool();
    display.tests.minimumEffectiveBase = chosen(m_minimumBases).toInt();
    display.figure = ChartFigure(chosen(m_figures).toInt());
    m_shown = display;
    emit edited(display);
}

void CompareMenus::retranslate() {
    m_significance->setTitle(tr("&Significance"));
    m_figure->setTitle(tr("Chart &Figure"));
    m_sections[0]->setText(tr("Confidence level"));
    m_sections[1]->setText(tr("Correction for many pairs"));
    m_sections[2]->setText(tr("Groups compared"));
    m_sections[3]->setText(tr("Minimum effective base to test"));
    for (QAction* action : m_levels->actions())
        action->setText(tr("%1%").arg(action->data().toInt()));
    const QStringList corrections{tr("Holm (default)"), tr("Bonferroni"), tr("None")};
    for (int i = 0; i < m_corrections->actions().size(); ++i)
        m_corrections->actions()[i]->setText(corrections.value(i));
    m_comparisons->actions()[0]->setText(tr("Every pair: letters of the groups beaten"));
    m_comparisons->actions()[1]->setText(
        tr("Each group against the rest: \u25B2 above, \u25BC below"));
    for (QAction* action : m_minimumBases->actions())
        action->setText(tr("%1 respondents").arg(action->data().toInt()));
    const QStringList figures{tr("Automatic: NPS for a recommendation question, else the answers"),
                              tr("Answers"),
                              tr("NPS: detractors, passives, promoters"),
                              tr("Top-2-box per group"),
                              tr("Bottom-2-box per group"),
                              tr("Net (top-2 \u2212 bottom-2) per group"),
                              tr("Mean per group")};
    for (int i = 0; i < m_figures->actions().size(); ++i)
        m_figures->actions()[i]->setText(figures.value(i));
}

} // namespace sondo
