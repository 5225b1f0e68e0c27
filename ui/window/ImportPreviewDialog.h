#pragma once

#include "base/Diagnostic.h"
#include "import/ImportOptions.h"
#include "model/Project.h"

#include <QDialog>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;
QT_END_NAMESPACE

namespace sondo {

/**
 * Before a survey file becomes a project: what Sondo detected (the tool that exported it, the
 * encoding, the delimiter, the respondents) and each question's type, which the analyst may
 * change. The dialog only gathers the choices; the window imports with them.
 */
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    /**
     * `project` is the import in memory with the detected types (it must outlive the dialog);
     * `warnings` are the import's warnings.
     */
    ImportPreviewDialog(const Project& project, const QList<Diagnostic>& warnings,
                        QWidget* parent = nullptr);

    /**
     * Where the project will be saved: `path` until the analyst chooses another place (the
     * window proposes ProjectService::newProjectPath, beside the survey file).
     */
    void setProjectPath(const QString& path);
    QString projectPath() const;
    QLineEdit* projectPathEdit() const { return m_projectPath; }

    /** The questions whose type the analyst changed, keyed by question id. */
    QList<QPair<QString, QuestionType>> typeOverrides() const;
    /** Whether only finished responses are imported (ImportOptions::completeOnly). */
    bool completeOnly() const;
    QCheckBox* completeOnlyBox() const { return m_completeOnly; }
    /** The analyst's corrections of the structure read (metadata, groups), to import with. */
    const StructureChoices& structureChoices() const { return m_structure; }
    /**
     * The structure actions, on question ids as the table shows them (the buttons under the
     * table call them on the selected rows). Each returns false when it does not apply to any.
     */
    bool setAsideAsMetadata(const QStringList& ids);
    bool readAsQuestions(const QStringList& ids);
    bool splitGroupOf(const QString& id);
    bool makeGroup(const QString& stem, const QStringList& ids);
    QPushButton* makeGroupButton() const { return m_makeGroup; }
    /**
     * Reads question `id` and every item of its group as a scale with `points`, low end first
     * (StructureChoices::ScaleOrder); false when it is not a question with one answer from a
     * list or fewer than two points are given.
     */
    bool setScaleOrder(const QString& id, const QStringList& points);
    QPushButton* scaleOrderButton() const { return m_scaleOrder; }
    /** The dialog "Scale order…" opens, for the selected row; null when none is open. */
    class ScaleOrderDialog* openScaleOrderDialog();
    /**
     * The most respondents a single choice's answer may have to count as a write-in ("Other",
     * WriteInMerges); nullopt while the analyst keeps Sondo's default.
     */
    std::optional<int> writeInLimit() const;
    QSpinBox* writeInBox() const { return m_writeIns; }
    /** "Other: N write-ins" on the example of row `row` at the limit chosen, or empty. */
    QString writeInsShown(int row) const;
    /** Sets the type chosen for question `id` (as the combo box would). */
    bool setType(const QString& id, QuestionType type);
    QTableWidget* table() const { return m_table; }
    /** The detected facts as shown: format, encoding, delimiter, respondents. */
    QStringList detectedFacts() const;

    /** "Google Forms", "SurveyMonkey", … for a profile name. */
    static QString formatName(const QString& profile);
    /** "Comma (,)", "Tab", … */
    static QString delimiterName(const QString& delimiter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillFacts();
    void browseProjectPath();
    QString example(int question) const;
    /**
     * Marks the example cell `item` of question `question` with the spellings Clean Answers
     * would propose to merge (count in the cell, the merges in its tooltip).
     */
    void showProposals(QTableWidgetItem* item, int question) const;
    /**
     * Fills the "Part of" cell of row `row`: its group, or that it is metadata, as read or as
     * the analyst chose (in bold).
     */
    void showGroup(int row) const;
    /** The rows selected in the table, in order, and their questions' ids. */
    QList<int> selectedRows() const;
    QStringList selectedIds() const;
    /** Shows in the example cells which answers the write-in limit counts as "Other". */
    void showWriteIns();
    /** Enables the structure buttons that apply to the selected rows. */
    void updateStructureButtons();
    /** Asks for the new group's stem (window-modal), then makes the group of the selected rows. */
    void askGroupStem();
    /** The chosen scale order that applies to row `row` (its own or its group's), or null. */
    const StructureChoices::ScaleOrder* scaleOrderOf(int row) const;
    /** Takes back the scale order of `row`'s group (or of `row`) and its display. */
    void dropScaleOrder(int row);
    /** The rows `row`'s scale order applies to: its group's items, or itself. */
    QList<int> scaleRows(int row) const;
    /** The row of question `id`, or -1. */
    int rowOf(const QString& id) const;
    /** Whether row `row` ends up as metadata, with the analyst's choices. */
    bool isMetadata(int row) const;

    const Project& m_project;
    QList<Diagnostic> m_warnings;
    QLabel* m_intro;
    QLabel* m_facts;
    QLabel* m_warningsLabel;
    QTableWidget* m_table;
    QCheckBox* m_completeOnly;
    QLabel* m_saveLabel;
    QLineEdit* m_projectPath;
    QPushButton* m_browse;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QList<QComboBox*> m_combos;
    StructureChoices m_structure;
    QLabel* m_structureLabel;
    QPushButton* m_asMetadata;
    QPushButton* m_asQuestion;
    QPushButton* m_splitGroup;
    QPushButton* m_makeGroup;
    QPushButton* m_scaleOrder;
    QLabel* m_writeInsBefore;
    QSpinBox* m_writeIns;
    QLabel* m_writeInsAfter;
    /** Per row, the answers the limit counts as write-ins (empty for none). */
    QList<QStringList> m_writeInAnswers;
};

} // namespace sondo
