#include "window/FindingsPanel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace sondo {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_copy(new QToolButton(this)) {
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

void FindingsPanel::setFindings(const QStringList& sentences) {
    m_sentences = sentences;
    m_text->setText(sentences.join(QLatin1Char('\n')));
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
