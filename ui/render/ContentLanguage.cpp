#include "render/ContentLanguage.h"

#include "model/SurveyLanguage.h"

#include <QCoreApplication>

namespace sondo {

bool ContentLanguage::isValid(const QString& code) {
    return code == u"it" || code == u"en";
}

QString ContentLanguage::resolve(const QString& option, const Survey& survey) {
    if (isValid(option))
        return option;
    switch (SurveyLanguage::detect(survey)) {
    case QLocale::Italian:
        return QStringLiteral("it");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        break;
    }
    return QLocale().language() == QLocale::Italian ? QStringLiteral("it") : QStringLiteral("en");
}

ContentLanguage::ContentLanguage(const QString& code)
    : m_italian(code == u"it") {
    if (m_translator.load(QStringLiteral(":/i18n/sondo_%1.qm").arg(code)))
        m_installed = QCoreApplication::installTranslator(&m_translator);
}

ContentLanguage::~ContentLanguage() {
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QLocale ContentLanguage::locale() const {
    return m_italian ? QLocale(QLocale::Italian, QLocale::Italy)
                     : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace sondo
