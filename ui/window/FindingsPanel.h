#pragma once

#include <QFrame>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace sondo {

/**
 * The key findings of the question shown, under its chart: the sentences core writes
 * (KeyFindings, in the chart's language) and a Copy button that puts them on the clipboard as
 * plain text, one sentence a line, ready for a newsletter. Hidden when there is nothing to say.
 */
class FindingsPanel : public QFrame {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    /**
     * How many sentences show at once (at least 1): the rest are in the tooltip and on the
     * clipboard. The window shows fewer when it is short, so the chart keeps its height.
     */
    void setMaximumShown(int count);
    /** Shows `sentences` (none: the panel hides). */
    void setFindings(const QStringList& sentences);
    QStringList findings() const { return m_sentences; }
    /** The text Copy puts on the clipboard. */
    QString plainText() const;
    QToolButton* copyButton() const { return m_copy; }

    /** Puts the findings on the clipboard. */
    void copy();

signals:
    /** The findings were copied (the window says so in the status bar). */
    void copied();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_text;
    QToolButton* m_copy;
    QStringList m_sentences;
    int m_maximumShown;
};

} // namespace sondo
