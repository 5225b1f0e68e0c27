#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace sondo {

struct Question;

/**
 * Edit > Rename Option: which option of the question and its new label. Only gathers the choice;
 * the window renames through the project document (one undoable step).
 */
class RenameOptionDialog : public QDialog {
    Q_OBJECT
public:
    /** Offers the options of `question`, `option` chosen first, its label ready to be edited. */
    RenameOptionDialog(const Question& question, int option, QWidget* parent = nullptr);

    /** The option chosen (0-based). */
    int option() const;
    /** The new label as typed, trimmed. */
    QString label() const;
    /** Chooses `option` and types `label`, as the analyst would. */
    void setChoice(int option, const QString& label);

    QComboBox* optionBox() const { return m_option; }
    QLineEdit* labelEdit() const { return m_label; }

private:
    void updateOk();

    QStringList m_options;
    QLabel* m_question;
    QComboBox* m_option;
    QLineEdit* m_label;
    QDialogButtonBox* m_buttons;
};

} // namespace sondo
