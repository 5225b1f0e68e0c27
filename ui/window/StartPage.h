#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace sondo {

/**
 * What the window shows when no project is open: open a survey export or project, try the demo
 * survey, or pick one of the recent files. Files can also be dropped anywhere on the window.
 */
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    /** Lists `files` (newest first) under "Recent". */
    void setRecentFiles(const QStringList& files);
    QListWidget* recentList() const { return m_recent; }
    QPushButton* demoButton() const { return m_demo; }

signals:
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_tagline;
    QPushButton* m_open;
    QLabel* m_openHint;
    QPushButton* m_demo;
    QLabel* m_demoHint;
    QLabel* m_recentTitle;
    QListWidget* m_recent;
    QLabel* m_noRecent;
    QLabel* m_dropHint;
};

} // namespace sondo
