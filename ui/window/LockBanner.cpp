#include "window/LockBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace sondo {

LockBanner::LockBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QToolButton(this)) {
    setObjectName(QStringLiteral("lockBanner"));
    setStyleSheet(QStringLiteral("QFrame#lockBanner { background: #fff4ce; border-bottom: 1px "
                                 "solid #e0c060; } QFrame#lockBanner QLabel { color: #4d3b00; }"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    connect(m_retry, &QToolButton::clicked, this, &LockBanner::retryRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    retranslateUi();
    hide();
}

void LockBanner::showHolder(const QString& holder) {
    m_holder = holder;
    retranslateUi();
    show();
}

QString LockBanner::text() const {
    return m_text->text();
}

void LockBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void LockBanner::retranslateUi() {
    m_text->setText(tr("Read-only for now: %1. The figures are shown, but changes to the view "
                       "are not saved into the project until it is free.")
                        .arg(m_holder));
    m_retry->setText(tr("Try again"));
    m_retry->setToolTip(tr("Save the view into the project now"));
}

} // namespace sondo
