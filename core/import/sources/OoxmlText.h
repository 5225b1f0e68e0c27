#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace sondo {

/** The text of Office Open XML string items, as a workbook's parts write it. Internal to import/.
 */
class OoxmlText {
public:
    /**
     * Decodes the _xHHHH_ escapes Excel writes for characters XML cannot carry (a carriage return
     * becomes _x000D_, a literal "_x" is escaped as _x005F_x).
     */
    static void decodeEscapes(QString& text);
    /** Appends the character data of the current element and its children; false on XML error. */
    static bool appendElementText(QXmlStreamReader& xml, QString& out);
    /**
     * Appends the text of a string item (<si> of the shared strings, <is> of an inline string):
     * plain <t>, or rich-text runs <r><t> concatenated. Phonetic runs (<rPh>) are reading aids for
     * East Asian text, not part of the value, so they are skipped.
     */
    static void appendStringItem(QXmlStreamReader& xml, QString& out);
};

} // namespace sondo
