#include "window/ChartToolBar.h"

#include "analysis/AnalysisSession.h"

#include <QAbstractItemView>
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
    , m_sourceNote(new QLineEdit(this)) {
    setObjectName(QStringLiteral("chartToolBar"));
    setMovable(false);
    setIconSize(QSize(18, 18));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setStyleSheet(QStringLiteral("QToolBar { spacing: 6px; padding: 4px 8px; }"));

    // Question texts are long: a fixed width keeps the toolbar on one line; the list itself
    // opens as wide as its entries.
    m_compareBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compareBy->setMinimumContentsLength(24);
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
    addWidget(m_sourceLabel);
    addWidget(m_sourceNote);

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
        m_compareBy->addItem(
            question.id + QStringLiteral("  ") + elide(question.text, kCompareLabelLength), q);
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
    m_sourceNote->setPlaceholderText(tr("e.g. Source: Club CMMC survey, March 2020"));
    m_sourceNote->setToolTip(tr("Source note printed under every chart"));
}

} // namespace sondo
