#include "window/ChartToolBar.h"

#include "chart/GridChartSpecBuilder.h"
#include "window/WheelGuard.h"

#include "analysis/AnalysisSession.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>

namespace sondo {

namespace {

constexpr int kCompareLabelLength = 48;

QString elide(const QString& text, int length) {
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + QChar(0x2026);
}

} // namespace

ChartToolBar::ChartToolBar(QWidget* parent)
    : QToolBar(parent)
    , m_compareLabel(new QLabel(this))
    , m_compareBy(new QComboBox(this))
    , m_sortLabel(new QLabel(this))
    , m_sort(new QComboBox(this))
    , m_diverging(new QCheckBox(this))
    , m_sourceLabel(new QLabel(this))
    , m_sourceNote(new QLineEdit(this))
    , m_weighted(new QCheckBox(this))
    , m_letters(new QCheckBox(this))
    , m_intervals(new QCheckBox(this))
    , m_weightedAction(new QAction(this))
    , m_lettersAction(new QAction(this))
    , m_intervalsAction(new QAction(this)) {
    setObjectName(QStringLiteral("chartToolBar"));
    setMovable(false);
    setIconSize(QSize(18, 18));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setStyleSheet(QStringLiteral("QToolBar { spacing: 6px; padding: 4px 8px; }"));

    // Question texts are long: a fixed width keeps the toolbar on one line; the list itself
    // opens as wide as its entries.
    m_compareBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compareBy->setMinimumContentsLength(18);
    m_compareBy->view()->setMinimumWidth(480);
    m_compareBy->setMaxVisibleItems(24);
    m_compareBy->addItem(QString(), -1);
    m_sort->addItem(QString(), false);
    m_sort->addItem(QString(), true);
    m_sourceNote->setClearButtonEnabled(true);
    m_sourceNote->setMinimumWidth(180);

    addWidget(m_compareLabel);
    addWidget(m_compareBy);
    addSeparator();
    addWidget(m_sortLabel);
    addWidget(m_sort);
    addWidget(m_diverging);
    addSeparator();
    // The figures' switches before the source note: in a narrow window the toolbar hides its
    // last items behind its extension button, and these matter more than the note.
    addWidget(m_weighted);
    addWidget(m_letters);
    addWidget(m_intervals);
    addSeparator();
    addWidget(m_sourceLabel);
    addWidget(m_sourceNote);
    m_weighted->setObjectName(QStringLiteral("weightedBox"));
    m_letters->setObjectName(QStringLiteral("lettersBox"));
    m_intervals->setObjectName(QStringLiteral("intervalsBox"));
    m_switches = {{m_weighted, m_weightedAction},
                  {m_letters, m_lettersAction},
                  {m_intervals, m_intervalsAction}};
    for (const auto& [box, action] : m_switches) {
        action->setCheckable(true);
        connect(box, &QCheckBox::toggled, this, [this, action = action](bool on) {
            const QSignalBlocker block(action);
            action->setChecked(on);
            emit displayEdited();
        });
        // The menu's action sets the box, whose toggled() above says the rest.
        connect(action, &QAction::toggled, box, &QCheckBox::setChecked);
    }
    WheelGuard::protect(this);

    connect(m_compareBy, &QComboBox::activated, this,
            [this] { emit compareByChosen(m_compareBy->currentData().toInt()); });
    connect(m_sort, &QComboBox::activated, this, &ChartToolBar::optionsEdited);
    connect(m_diverging, &QCheckBox::toggled, this, &ChartToolBar::optionsEdited);
    connect(m_sourceNote, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_shownNote = text.trimmed();
        emit optionsEdited();
    });
    connect(m_sourceNote, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The clear button changes the text without textEdited.
        if (text.isEmpty() && !m_shownNote.isEmpty()) {
            m_shownNote.clear();
            emit optionsEdited();
        }
    });
    retranslate();
}

void ChartToolBar::showCompareQuestions(const AnalysisSession& session) {
    const QSignalBlocker block(m_compareBy);
    while (m_compareBy->count() > 1)
        m_compareBy->removeItem(1);
    for (int q : session.segmentQuestions()) {
        const Question& question = session.survey().questions[q];
        // A grid's item by its group and its own words ("Q3  G1 · Speed"), not by a stem that
        // every item of the grid begins with.
        QString label = question.text;
        if (const int g = session.survey().findGroup(question.group); g >= 0) {
            const QuestionGroup& group = session.survey().groups[g];
            label = group.id + QStringLiteral(" \u00b7 ") +
                    GridChartSpecBuilder::itemLabel(group.text, question.text);
        }
        m_compareBy->addItem(
            question.id + QStringLiteral("  ") + elide(label.simplified(), kCompareLabelLength), q);
        m_compareBy->setItemData(m_compareBy->count() - 1, question.text, Qt::ToolTipRole);
    }
    showCompareBy(session.compareBy());
}

void ChartToolBar::showCompareBy(int question) {
    const QSignalBlocker block(m_compareBy);
    m_compareBy->setCurrentIndex(qMax(0, m_compareBy->findData(question)));
}

void ChartToolBar::showOptions(const ChartOptions& options) {
    const QSignalBlocker blockSort(m_sort), blockDiverging(m_diverging), blockNote(m_sourceNote);
    m_sort->setCurrentIndex(options.sortByFrequency ? 1 : 0);
    m_diverging->setChecked(options.divergingLikert);
    m_sourceNote->setText(options.sourceNote);
    m_shownNote = options.sourceNote;
}

ChartOptions ChartToolBar::options(ChartOptions options) const {
    options.sortByFrequency = m_sort->currentData().toBool();
    options.divergingLikert = m_diverging->isChecked();
    options.sourceNote = m_sourceNote->text().trimmed();
    return options;
}

void ChartToolBar::showDisplay(const DisplayOptions& display, bool weightingUsable,
                               const QString& weightingNote) {
    const QSignalBlocker blockWeighted(m_weighted), blockLetters(m_letters),
        blockIntervals(m_intervals);
    m_weighted->setEnabled(weightingUsable);
    m_weighted->setChecked(weightingUsable && display.weighted);
    m_letters->setChecked(display.letters);
    m_intervals->setChecked(display.intervals);
    m_weightingNote = weightingNote;
    m_shown = display;
    for (const auto& [box, action] : m_switches) {
        const QSignalBlocker block(action);
        action->setEnabled(box->isEnabled());
        action->setChecked(box->isChecked());
    }
    retranslate();
}

QList<QAction*> ChartToolBar::displayActions() const {
    return {m_weightedAction, m_lettersAction, m_intervalsAction};
}

DisplayOptions ChartToolBar::display() const {
    // The tests and figure are chosen in the View menu (CompareMenus): kept as shown.
    DisplayOptions display = m_shown;
    // Unavailable, the box says "off" but the analyst's choice stays as saved.
    display.weighted = !m_weighted->isEnabled() || m_weighted->isChecked();
    display.letters = m_letters->isChecked();
    display.intervals = m_intervals->isChecked();
    return display;
}

void ChartToolBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void ChartToolBar::retranslate() {
    setWindowTitle(tr("Chart options"));
    m_compareLabel->setText(tr("Compare by:"));
    m_compareBy->setItemText(0, tr("No comparison"));
    m_compareBy->setToolTip(tr("Break the chart down by the answers to another question"));
    m_sortLabel->setText(tr("Order:"));
    m_sort->setItemText(0, tr("Questionnaire order"));
    m_sort->setItemText(1, tr("By frequency"));
    m_sort->setToolTip(tr("Order of the options (Likert scales always keep their order)"));
    m_diverging->setText(tr("Diverging Likert"));
    m_diverging->setToolTip(tr("Show Likert scales as bars diverging from the neutral point"));
    m_sourceLabel->setText(tr("Source:"));
    // Neutral: an example naming one survey read as if it were this project's source.
    m_sourceNote->setPlaceholderText(tr("e.g. Source: survey name, month year"));
    m_sourceNote->setToolTip(tr("Source note printed under every chart"));
    m_weighted->setText(tr("Weighted"));
    m_weighted->setToolTip(m_weighted->isEnabled()
                               ? tr("Apply the project's weighting (%1)").arg(m_weightingNote)
                               : tr("This project has no weighting to apply (set one with "
                                    "sondo weight)"));
    m_letters->setText(tr("Letters"));
    m_letters->setToolTip(tr("Compared by a question: letter each bar with the groups it is "
                             "significantly higher than (95%, Holm)"));
    m_intervals->setText(tr("Intervals"));
    m_intervals->setToolTip(tr("Thin 95% confidence-interval bars on the chart (Wilson)"));
    m_weightedAction->setText(tr("&Weighted Figures"));
    m_lettersAction->setText(tr("Significance &Letters"));
    m_intervalsAction->setText(tr("Confidence &Intervals"));
}

} // namespace sondo
