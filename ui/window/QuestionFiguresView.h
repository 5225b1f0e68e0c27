#pragma once

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
class QStatusBar;
class QWidget;
QT_END_NAMESPACE

namespace sondo {

class FilterChipsBar;
class FindingsPanel;
class FrequencyTableModel;
class LockBanner;
class ProjectDocument;

/**
 * What the window shows beside the chart of the current question, kept in step with the open
 * ProjectDocument: the header's base (worded as the chart's footer), the frequency table with its
 * intervals, the key findings under the chart, the weighting at a glance in the status bar
 * ("Weighted: raking on 3 questions, eff. base 212") and the band saying the project is in use
 * elsewhere. Makes the findings panel, the band and the status label; the window places the
 * first two.
 */
class QuestionFiguresView : public QObject {
    Q_OBJECT
public:
    QuestionFiguresView(ProjectDocument* document, FilterChipsBar* chips,
                        FrequencyTableModel* table, QStatusBar* statusBar, QWidget* parent);

    FindingsPanel* findingsPanel() const { return m_findings; }
    LockBanner* lockBanner() const { return m_banner; }
    QLabel* weightingLabel() const { return m_weightingLabel; }

    /** Shows the figures of the document's current question (nothing without a project). */
    void refresh();
    /** Empties everything (the project was closed). */
    void clear();
    /**
     * Puts the table of the question shown on the clipboard (ClipboardContent::table): its text
     * above, its base below. False when there is no table.
     */
    bool copyTable() const;
    /** A short window shows one finding, so that the chart keeps its height. */
    void setShortWindow(bool isShort);

    /** Shows the band when another writer holds the project's lock, hides it otherwise. */
    void checkLock();
    /**
     * A save of the state failed with `message`: true when it is the lock (the band says who
     * holds it); false for anything else, which the caller reports.
     */
    bool explainSaveFailure(const QString& message);
    /** A save got through: the band, if shown, goes. */
    void saveSucceeded();

signals:
    /** "Try again" on the band: the window saves the state now. */
    void retryRequested();
    /** The findings were copied to the clipboard. */
    void findingsCopied();

private:
    ProjectDocument* m_document;
    FilterChipsBar* m_chips;
    FrequencyTableModel* m_table;
    FindingsPanel* m_findings;
    LockBanner* m_banner;
    QLabel* m_weightingLabel;
    /** The question's text and its base line, as the table was last shown. */
    QString m_title;
    QString m_baseText;
};

} // namespace sondo
