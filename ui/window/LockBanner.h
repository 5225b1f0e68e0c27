#pragma once

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace sondo {

/**
 * A yellow band above the chart saying that the open project is in use elsewhere (another
 * Sondo window or an import holds its lock, ProjectLock): the window reads it, but the view is
 * not saved into it until the other writer is done. Shown when opening finds the lock held and
 * when a save of the state is refused; "Try again" saves at once, and the band goes when a save
 * gets through.
 */
class LockBanner : public QFrame {
    Q_OBJECT
public:
    explicit LockBanner(QWidget* parent = nullptr);

    /** Shows the band with `holder` ("project in use by sondo (pid 1234 on host)"). */
    void showHolder(const QString& holder);
    QString text() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_text;
    QToolButton* m_retry;
    QString m_holder;
};

} // namespace sondo
