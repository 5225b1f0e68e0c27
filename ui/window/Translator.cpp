#include "window/Translator.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

namespace sondo {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

Translator::Translator(QObject* parent)
    : QObject(parent) {
    const QString preferred = preference();
    if (!apply(preferred.isEmpty() ? systemLanguage() : preferred))
        apply(QStringLiteral("en"));
}

Translator::~Translator() {
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
}

QStringList Translator::languages() {
    return {QStringLiteral("en"), QStringLiteral("it")};
}

QString Translator::nativeName(const QString& code) {
    if (code == u"it")
        return QStringLiteral("Italiano");
    if (code == u"en")
        return QStringLiteral("English");
    return code;
}

QString Translator::systemLanguage() {
    for (const QString& name : QLocale::system().uiLanguages())
        if (name.startsWith(u"it"))
            return QStringLiteral("it");
    return QStringLiteral("en");
}

QString Translator::preference() const {
    const QString code = QSettings().value(kLanguageKey).toString();
    return languages().contains(code) ? code : QString();
}

QLocale Translator::locale() const {
    return m_language == u"it" ? QLocale(QLocale::Italian, QLocale::Italy)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

void Translator::setPreference(const QString& code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
    apply(code.isEmpty() ? systemLanguage() : code);
}

bool Translator::apply(const QString& code) {
    if (!languages().contains(code))
        return false;
    if (code == m_language && m_translator)
        return true;
    auto* translator = new QTranslator(this);
    // English is the source language, but its catalogue is loaded as well so that a string
    // changed in the catalogue (not in the code) shows up; failing that the source is English.
    // Core translates in one context ("sondo", CoreText), so a plain lookup finds its strings.
    if (!translator->load(QStringLiteral(":/i18n/sondo_%1.qm").arg(code)) && code != u"en") {
        delete translator;
        return false;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    m_translator = translator;
    QCoreApplication::installTranslator(m_translator);
    m_language = code;
    QLocale::setDefault(locale());
    emit languageChanged(code);
    return true;
}

} // namespace sondo
