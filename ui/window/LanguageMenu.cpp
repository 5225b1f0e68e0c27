#include "window/LanguageMenu.h"

#include "window/Translator.h"

#include <QActionGroup>
#include <QEvent>

namespace sondo {

LanguageMenu::LanguageMenu(Translator* translator, QWidget* parent)
    : QMenu(parent)
    , m_translator(translator)
    , m_group(new QActionGroup(this)) {
    m_system = addAction(QString());
    m_system->setCheckable(true);
    m_system->setData(QString());
    m_group->addAction(m_system);
    addSeparator();
    for (const QString& code : Translator::languages()) {
        // Each language is named in itself, so it can be found whatever the current language.
        QAction* action = addAction(Translator::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction* action) { m_translator->setPreference(action->data().toString()); });
    connect(m_translator, &Translator::languageChanged, this, &LanguageMenu::updateChecks);
    retranslateUi();
    updateChecks();
}

void LanguageMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi() {
    setTitle(tr("&Language"));
    m_system->setText(
        tr("As the system (%1)").arg(Translator::nativeName(Translator::systemLanguage())));
}

void LanguageMenu::updateChecks() {
    const QString preference = m_translator->preference();
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == preference);
}

} // namespace sondo
