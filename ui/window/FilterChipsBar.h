#pragma once

#include "analysis/AnalysisSession.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace sondo {

class FlowLayout;

/**
 * Above the chart, always visible: the filtered base ("Base: 134 of 300"), one removable chip per
 * filtered question ("Settore: Banche, Telco ×") and "Clear all".
 */
class FilterChipsBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterChipsBar(QWidget* parent = nullptr);

    /** Shows the filter and base of `session`. */
    void setSession(const AnalysisSession& session);

    QString baseText() const;
    /**
     * The base of the question shown, worded as its chart's footer ("Base: 263 who answered
     * (of 300)"); replaces the respondents in the filter. Empty: the filter's count again.
     */
    void setBaseText(const QString& text);
    /** The text of each chip, in filter order. */
    QStringList chipTexts() const;
    /** The remove button of chip `index`, or nullptr. */
    QToolButton* chipRemoveButton(int index) const;
    QToolButton* clearAllButton() const { return m_clearAll; }

signals:
    void removeQuestionRequested(int question);
    void clearAllRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateBase();
    void retranslateUi();
    void rebuild();

    FlowLayout* m_layout;
    QLabel* m_base;
    QString m_baseText;
    QLabel* m_none;
    QToolButton* m_clearAll;
    QList<QWidget*> m_chips;
    QList<QToolButton*> m_removeButtons;
    QList<QLabel*> m_chipLabels;
    const AnalysisSession* m_session = nullptr;
};

} // namespace sondo
