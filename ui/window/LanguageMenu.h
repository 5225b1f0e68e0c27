#pragma once

#include <QMenu>

QT_BEGIN_NAMESPACE
class QActionGroup;
QT_END_NAMESPACE

namespace sondo {

class Translator;

/** View > Language: "As the system" and one entry per translation, switching at once. */
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(Translator* translator, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateChecks();

    Translator* m_translator;
    QActionGroup* m_group;
    QAction* m_system;
};

} // namespace sondo
