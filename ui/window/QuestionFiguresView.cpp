#include "window/QuestionFiguresView.h"

#include "window/ClipboardContent.h"
#include "window/FilterChipsBar.h"
#include "window/FindingsPanel.h"
#include "window/FrequencyTableModel.h"
#include "window/LockBanner.h"
#include "window/ProjectDocument.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QStatusBar>

namespace sondo {

namespace {

/** Findings shown at once in a window of ordinary height, and in a short one. */
constexpr int kFindingsShown = 3;
constexpr int kFindingsShownShort = 1;

} // namespace

QuestionFiguresView::QuestionFiguresView(ProjectDocument* document, FilterChipsBar* chips,
                                         FrequencyTableModel* table, QStatusBar* statusBar,
                                         QWidget* parent)
    : QObject(parent)
    , m_document(document)
    , m_chips(chips)
    , m_table(table)
    , m_findings(new FindingsPanel(parent))
    , m_banner(new LockBanner(parent))
    , m_weightingLabel(new QLabel(statusBar)) {
    m_weightingLabel->setObjectName(QStringLiteral("weightingStatus"));
    m_weightingLabel->setContentsMargins(6, 0, 6, 0);
    statusBar->addPermanentWidget(m_weightingLabel);
    connect(m_findings, &FindingsPanel::copied, this, &QuestionFiguresView::findingsCopied);
    connect(m_banner, &LockBanner::retryRequested, this, &QuestionFiguresView::retryRequested);
}

void QuestionFiguresView::refresh() {
    const AnalysisSession& s = m_document->session();
    const int question = s.currentQuestion();
    if (!s.hasProject() || !s.isAnalysable(question)) {
        clear();
        return;
    }
    const QLocale& locale = s.chartOptions().locale;
    const bool weighted = m_document->isWeighted();
    const QuestionFigures figures = m_document->figures(question);
    m_table->setFigures(figures, weighted, locale, m_document->groupFigures(question));
    m_title = s.survey().questions[question].text;
    m_baseText = figures.baseText(weighted, locale);
    m_chips->setBaseText(m_baseText);
    // The findings speak the chart's language, as `chart --finding` does.
    const FindingLanguage language =
        locale.language() == QLocale::Italian ? FindingLanguage::Italian : FindingLanguage::English;
    m_findings->setFindings(s.isTextQuestion(question) ? QStringList()
                                                       : m_document->findings(question, language));
    m_weightingLabel->setText(m_document->weightingText());
}

void QuestionFiguresView::clear() {
    m_findings->setFindings({});
    m_table->clear();
    m_title.clear();
    m_baseText.clear();
    m_chips->setBaseText({});
    m_weightingLabel->clear();
    if (!m_document->hasProject())
        m_banner->hide();
}

bool QuestionFiguresView::copyTable() const {
    if (m_table->rowCount() == 0)
        return false;
    QGuiApplication::clipboard()->setMimeData(ClipboardContent::table(
        *m_table, m_title, m_baseText, m_document->session().chartOptions().locale));
    return true;
}

void QuestionFiguresView::setShortWindow(bool isShort) {
    m_findings->setMaximumShown(isShort ? kFindingsShownShort : kFindingsShown);
}

void QuestionFiguresView::checkLock() {
    const QString holder = m_document->lockHolder();
    if (holder.isEmpty())
        m_banner->hide();
    else
        m_banner->showHolder(holder);
}

bool QuestionFiguresView::explainSaveFailure(const QString& message) {
    Q_UNUSED(message);
    // The message names the file and the reason; whether the reason is another writer is asked
    // of the lock itself rather than read from the words, which are translated.
    const QString holder = m_document->lockHolder();
    if (holder.isEmpty())
        return false;
    m_banner->showHolder(holder);
    return true;
}

void QuestionFiguresView::saveSucceeded() {
    if (m_banner->isVisible())
        m_banner->hide();
}

} // namespace sondo
