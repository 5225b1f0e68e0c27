#pragma once

#include <QDialog>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace sondo {

/**
 * Puts a question's or a group's answers in the scale's order, low end first, and says which are
 * points of the scale (ticked) and which are not ("Don't know", kept after the scale). Drag the
 * rows or use the buttons; "Reverse" turns a scale read the wrong way round.
 */
class ScaleOrderDialog : public QDialog {
    Q_OBJECT
public:
    /** `answers` in their present order; those in `onScale` start ticked. */
    ScaleOrderDialog(const QString& question, const QStringList& answers,
                     const QStringList& onScale, QWidget* parent = nullptr);

    /** The ticked answers, in the order shown: the scale from its low end. */
    QStringList scale() const;
    QListWidget* list() const { return m_list; }
    QPushButton* reverseButton() const { return m_reverse; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /** Moves the current row by `step` (-1 up, +1 down). */
    void moveCurrent(int step);
    void reverse();
    void updateButtons();

    QString m_question;
    QLabel* m_intro;
    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_reverse;
    QPushButton* m_ok;
};

} // namespace sondo
