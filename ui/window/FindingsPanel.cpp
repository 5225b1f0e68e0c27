#include "window/FindingsPanel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sondo {

namespace {

/**
 * Sentences shown at once by default: a comparison by a segment can give a dozen, which would
 * take the chart's height; the rest are in the tooltip and on the clipboard.
 */
constexpr int kShown = 3;

} // namespace

FindingsPanel::FindingsPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_maximumShown(kShown) {
    setObjectName(QStringLiteral("findingsPanel"));
    setStyleSheet(QStringLiteral("QFrame#findingsPanel { background: #f5f8fb; border-top: 1px "
                                 "solid #dde3ea; }"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("findingsText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The chart keeps the height: long findings wrap, they never push it away.
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_copy->setObjectName(QStringLiteral("copyFindings"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_copy, &QToolButton::clicked, this, &FindingsPanel::copy);

    auto* head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 8);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_text);
    retranslateUi();
    setFindings({});
}

void FindingsPanel::setMaximumShown(int count) {
    count = std::max(1, count);
    if (count == m_maximumShown)
        return;
    m_maximumShown = count;
    setFindings(m_sentences);
}

void FindingsPanel::setFindings(const QStringList& sentences) {
    m_sentences = sentences;
    const int shownCount = m_maximumShown;
    QStringList shown = sentences.mid(0, shownCount);
    if (sentences.size() > shownCount)
        shown << tr("\u2026 and %1 more (Copy takes them all)")
                     .arg(QLocale().toString(sentences.size() - shownCount));
    m_text->setText(shown.join(QLatin1Char('\n')));
    m_text->setToolTip(sentences.size() > shownCount ? sentences.join(QLatin1Char('\n'))
                                                     : QString());
    setVisible(!sentences.isEmpty());
}

QString FindingsPanel::plainText() const {
    return m_sentences.join(QLatin1Char('\n'));
}

void FindingsPanel::copy() {
    if (m_sentences.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(plainText());
    emit copied();
}

void FindingsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void FindingsPanel::retranslateUi() {
    m_title->setText(tr("Key findings"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the key findings as text"));
}

} // namespace sondo
