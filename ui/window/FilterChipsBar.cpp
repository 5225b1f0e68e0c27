#include "window/FilterChipsBar.h"

#include "window/FlowLayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace sondo {

FilterChipsBar::FilterChipsBar(QWidget* parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this, 8))
    , m_base(new QLabel(this))
    , m_none(new QLabel(this))
    , m_clearAll(new QToolButton(this)) {
    m_layout->setContentsMargins(10, 6, 10, 6);
    QFont bold = m_base->font();
    bold.setBold(true);
    m_base->setFont(bold);
    m_base->setObjectName(QStringLiteral("filterBase"));
    m_none->setForegroundRole(QPalette::PlaceholderText);
    m_clearAll->setIcon(QIcon(QStringLiteral(":/icons/clear.svg")));
    m_clearAll->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearAll->setAutoRaise(true);
    connect(m_clearAll, &QToolButton::clicked, this, &FilterChipsBar::clearAllRequested);
    setStyleSheet(QStringLiteral(
        "QFrame#chip { background: #e6eef7; border: 1px solid #b9cde3; border-radius: 12px; }"
        "QFrame#chip QLabel { color: #1f3550; }"
        "QFrame#chip QToolButton { border: none; padding: 0px; }"));
    retranslateUi();
    rebuild();
}

void FilterChipsBar::setSession(const AnalysisSession& session) {
    m_session = &session;
    rebuild();
}

void FilterChipsBar::rebuild() {
    for (QWidget* chip : m_chips) {
        m_layout->removeWidget(chip);
        // Later: the chip's own remove button may be what is being clicked right now.
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    m_removeButtons.clear();
    m_chipLabels.clear();
    m_layout->removeWidget(m_base);
    m_layout->removeWidget(m_none);
    m_layout->removeWidget(m_clearAll);

    m_layout->addWidget(m_base);
    const bool filtered = m_session && !m_session->filter().isEmpty();
    updateBase();
    if (filtered) {
        const QMap<int, QList<int>> conditions = m_session->filter().conditions();
        for (auto it = conditions.cbegin(); it != conditions.cend(); ++it) {
            // One question's part of the filter, described as the chart notes describe it.
            SegmentFilter one;
            for (int option : it.value())
                one.addCondition(it.key(), option);
            auto* chip = new QFrame(this);
            chip->setObjectName(QStringLiteral("chip"));
            auto* row = new QHBoxLayout(chip);
            row->setContentsMargins(10, 3, 5, 3);
            row->setSpacing(4);
            auto* label = new QLabel(one.describe(m_session->survey()), chip);
            label->setMaximumWidth(520);
            label->setToolTip(label->text());
            auto* remove = new QToolButton(chip);
            remove->setIcon(QIcon(QStringLiteral(":/icons/chip-close.svg")));
            remove->setToolTip(tr("Remove this filter"));
            remove->setAccessibleName(tr("Remove filter %1").arg(label->text()));
            remove->setCursor(Qt::PointingHandCursor);
            const int question = it.key();
            connect(remove, &QToolButton::clicked, this,
                    [this, question] { emit removeQuestionRequested(question); });
            row->addWidget(label);
            row->addWidget(remove);
            m_layout->addWidget(chip);
            m_chips.append(chip);
            m_chipLabels.append(label);
            m_removeButtons.append(remove);
        }
        m_layout->addWidget(m_clearAll);
    } else {
        m_layout->addWidget(m_none);
    }
    m_none->setVisible(!filtered && m_session && m_session->hasProject());
    m_clearAll->setVisible(filtered);
    updateGeometry();
}

void FilterChipsBar::setBaseText(const QString& text) {
    m_baseText = text;
    updateBase();
}

void FilterChipsBar::updateBase() {
    if (!m_session || !m_session->hasProject())
        m_base->setText(QString());
    else
        m_base->setText(m_baseText.isEmpty() ? m_session->baseText() : m_baseText);
}

QString FilterChipsBar::baseText() const {
    return m_base->text();
}

QStringList FilterChipsBar::chipTexts() const {
    QStringList texts;
    for (const QLabel* label : m_chipLabels)
        texts.append(label->text());
    return texts;
}

QToolButton* FilterChipsBar::chipRemoveButton(int index) const {
    return m_removeButtons.value(index);
}

void FilterChipsBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void FilterChipsBar::retranslateUi() {
    m_none->setText(tr("No filter: all respondents"));
    m_clearAll->setText(tr("Clear all"));
    m_clearAll->setToolTip(tr("Remove every filter"));
}

} // namespace sondo
