#include "window/ContextFallbackTranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace sondo {

namespace {

const char* const kCoreContext = "sondo";

QString keyOf(const QString& source, const QString& disambiguation) {
    return source + QChar(0x1f) + disambiguation;
}

} // namespace

ContextFallbackTranslator::ContextFallbackTranslator(QObject* parent)
    : QTranslator(parent) {
}

bool ContextFallbackTranslator::loadCatalogue(const QString& qmPath, const QString& tsPath) {
    if (!load(qmPath))
        return false;
    m_fallback.clear();
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    QStringList forms;
    bool finished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                source.clear();
                comment.clear();
                forms.clear();
                finished = false;
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"translation") {
                // Unfinished, vanished and obsolete translations are not used.
                finished = !xml.attributes().hasAttribute(QStringLiteral("type"));
                QString text;
                QStringList plural;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        plural.append(xml.readElementText());
                    else if (xml.isEndElement() && xml.name() == u"translation")
                        break;
                }
                forms = plural.isEmpty() ? QStringList{text} : plural;
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (finished && context != QLatin1String(kCoreContext) && !forms.isEmpty() &&
                !forms.first().isEmpty() && !m_fallback.contains(keyOf(source, comment)))
                m_fallback.insert(keyOf(source, comment), forms);
        }
    }
    return true;
}

QString ContextFallbackTranslator::translate(const char* context, const char* sourceText,
                                             const char* disambiguation, int n) const {
    const QString direct = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!direct.isEmpty() || !context || qstrcmp(context, kCoreContext) != 0)
        return direct;
    const auto it = m_fallback.constFind(
        keyOf(QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
    if (it == m_fallback.constEnd())
        return {};
    // Italian and English both have two plural forms: one, and everything else.
    return it->size() > 1 && n >= 0 && n != 1 ? it->at(1) : it->first();
}

bool ContextFallbackTranslator::isEmpty() const {
    return QTranslator::isEmpty() && m_fallback.isEmpty();
}

} // namespace sondo
