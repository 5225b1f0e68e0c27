#include "import/sources/OoxmlText.h"

namespace sondo {

void OoxmlText::decodeEscapes(QString& text) {
    if (!text.contains(QLatin1String("_x")))
        return;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('_') && i + 6 < text.size() && text[i + 1] == QLatin1Char('x') &&
            text[i + 6] == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    text = out;
}

bool OoxmlText::appendElementText(QXmlStreamReader& xml, QString& out) {
    int depth = 1;
    while (depth > 0) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            out.append(xml.text());
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
    return true;
}

void OoxmlText::appendStringItem(QXmlStreamReader& xml, QString& out) {
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            appendElementText(xml, out);
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    appendElementText(xml, out);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

} // namespace sondo
