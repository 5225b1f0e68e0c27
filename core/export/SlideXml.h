#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>
#include <utility>

namespace sondo {

/**
 * Writes the elements every PresentationML part of a SlidesDeck shares (ECMA-376 Part 1, §19):
 * the document's namespaces, a slide's shape tree, text boxes in the charts' font and colours,
 * a picture by relationship. One object writes one part.
 */
class SlideXml {
public:
    static constexpr auto DrawingNamespace =
        "http://schemas.openxmlformats.org/drawingml/2006/main";
    static constexpr auto PresentationNamespace =
        "http://schemas.openxmlformats.org/presentationml/2006/main";
    static constexpr auto RelationshipNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** English Metric Units in an inch. */
    static constexpr qint64 Inch = 914400;
    /** The charts' palette (ChartTheme): dark text, muted grey, the single series' blue. */
    static constexpr const char* TextColour = "1F2933";
    static constexpr const char* MutedColour = "616E7C";
    static constexpr const char* AccentColour = "0072B2";
    /** The charts' bundled font; Impress and PowerPoint fall back to a sans face without it. */
    static constexpr const char* Font = "DejaVu Sans";
    explicit SlideXml(QByteArray* out, QString language)
        : m_xml(out)
        , m_language(language) {}

    QXmlStreamWriter& xml() { return m_xml; }

    void begin(const QString& root) {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeStartElement(root);
        m_xml.writeNamespace(QString::fromLatin1(DrawingNamespace), QStringLiteral("a"));
        m_xml.writeNamespace(QString::fromLatin1(RelationshipNamespace), QStringLiteral("r"));
        m_xml.writeNamespace(QString::fromLatin1(PresentationNamespace), QStringLiteral("p"));
    }
    void end() {
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

    /** `<p:cSld>` with its shape tree opened; close with endShapeTree(). */
    void beginShapeTree(const QString& name = {}) {
        m_xml.writeStartElement(QStringLiteral("p:cSld"));
        if (!name.isEmpty())
            m_xml.writeAttribute(QStringLiteral("name"), name);
        m_xml.writeStartElement(QStringLiteral("p:spTree"));
        m_xml.writeStartElement(QStringLiteral("p:nvGrpSpPr"));
        nonVisual(1, QString());
        m_xml.writeEmptyElement(QStringLiteral("p:cNvGrpSpPr"));
        m_xml.writeEmptyElement(QStringLiteral("p:nvPr"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("p:grpSpPr"));
        m_xml.writeStartElement(QStringLiteral("a:xfrm"));
        // A group at the origin with no extent: the slide's shapes are placed absolutely.
        const std::pair<const char*, bool> parts[] = {
            {"a:off", true}, {"a:ext", false}, {"a:chOff", true}, {"a:chExt", false}};
        for (const auto& [name, isOffset] : parts) {
            m_xml.writeEmptyElement(QString::fromLatin1(name));
            m_xml.writeAttribute(isOffset ? QStringLiteral("x") : QStringLiteral("cx"),
                                 QStringLiteral("0"));
            m_xml.writeAttribute(isOffset ? QStringLiteral("y") : QStringLiteral("cy"),
                                 QStringLiteral("0"));
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    void endShapeTree() {
        m_xml.writeEndElement(); // spTree
        m_xml.writeEndElement(); // cSld
    }

    /** A text box; `paragraphs` each a run of one size, bullets when `bulleted`. */
    struct TextBox {
        QString name;
        qint64 x = 0, y = 0, width = 0, height = 0;
        QStringList paragraphs;
        int points = 18;
        bool bold = false;
        const char* colour = TextColour;
        bool bulleted = false;
        /** "l", "ctr" or "r". */
        QString align = QStringLiteral("l");
        /** "t", "ctr" or "b". */
        QString anchor = QStringLiteral("t");
    };

    void textBox(const TextBox& box) {
        m_xml.writeStartElement(QStringLiteral("p:sp"));
        m_xml.writeStartElement(QStringLiteral("p:nvSpPr"));
        nonVisual(nextId(), box.name);
        m_xml.writeEmptyElement(QStringLiteral("p:cNvSpPr"));
        m_xml.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
        m_xml.writeEmptyElement(QStringLiteral("p:nvPr"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("p:spPr"));
        transform(box.x, box.y, box.width, box.height);
        rectangle();
        m_xml.writeEmptyElement(QStringLiteral("a:noFill"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("p:txBody"));
        m_xml.writeStartElement(QStringLiteral("a:bodyPr"));
        m_xml.writeAttribute(QStringLiteral("wrap"), QStringLiteral("square"));
        for (const char* inset : {"lIns", "tIns", "rIns", "bIns"})
            m_xml.writeAttribute(QString::fromLatin1(inset), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("anchor"), box.anchor);
        // The sizes are chosen to fit (titles and findings are capped in length); should an
        // editor add text, Impress and PowerPoint shrink it rather than spill over the chart.
        m_xml.writeEmptyElement(QStringLiteral("a:normAutofit"));
        m_xml.writeEndElement();
        m_xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
        for (const QString& text : box.paragraphs) {
            m_xml.writeStartElement(QStringLiteral("a:p"));
            m_xml.writeStartElement(QStringLiteral("a:pPr"));
            m_xml.writeAttribute(QStringLiteral("algn"), box.align);
            if (box.bulleted) {
                // The bullet hangs in the margin: 0.25 in, the text's wrap lines align.
                m_xml.writeAttribute(QStringLiteral("marL"), QString::number(Inch / 4));
                m_xml.writeAttribute(QStringLiteral("indent"), QString::number(-Inch / 4));
            }
            m_xml.writeStartElement(QStringLiteral("a:spcAft"));
            m_xml.writeEmptyElement(QStringLiteral("a:spcPts"));
            m_xml.writeAttribute(QStringLiteral("val"),
                                 QString::number(box.bulleted ? box.points * 60 : 0));
            m_xml.writeEndElement();
            if (box.bulleted) {
                m_xml.writeStartElement(QStringLiteral("a:buClr"));
                colour(AccentColour);
                m_xml.writeEndElement();
                m_xml.writeEmptyElement(QStringLiteral("a:buFont"));
                m_xml.writeAttribute(QStringLiteral("typeface"), QString::fromLatin1(Font));
                m_xml.writeEmptyElement(QStringLiteral("a:buChar"));
                m_xml.writeAttribute(QStringLiteral("char"), QString(QChar(0x25A0)));
            } else {
                m_xml.writeEmptyElement(QStringLiteral("a:buNone"));
            }
            m_xml.writeEndElement(); // pPr
            m_xml.writeStartElement(QStringLiteral("a:r"));
            m_xml.writeStartElement(QStringLiteral("a:rPr"));
            m_xml.writeAttribute(QStringLiteral("lang"), m_language);
            m_xml.writeAttribute(QStringLiteral("sz"), QString::number(box.points * 100));
            m_xml.writeAttribute(QStringLiteral("b"),
                                 box.bold ? QStringLiteral("1") : QStringLiteral("0"));
            m_xml.writeStartElement(QStringLiteral("a:solidFill"));
            colour(box.colour);
            m_xml.writeEndElement();
            m_xml.writeEmptyElement(QStringLiteral("a:latin"));
            m_xml.writeAttribute(QStringLiteral("typeface"), QString::fromLatin1(Font));
            m_xml.writeEndElement(); // rPr
            m_xml.writeTextElement(QStringLiteral("a:t"), text);
            m_xml.writeEndElement(); // r
            m_xml.writeEndElement(); // p
        }
        m_xml.writeEndElement(); // txBody
        m_xml.writeEndElement(); // sp
    }

    /** The picture related as `relationship` ("rId2"), in the box given. */
    void picture(const QString& relationship, const QString& description, qint64 x, qint64 y,
                 qint64 width, qint64 height) {
        m_xml.writeStartElement(QStringLiteral("p:pic"));
        m_xml.writeStartElement(QStringLiteral("p:nvPicPr"));
        nonVisual(nextId(), QStringLiteral("Chart"), description);
        m_xml.writeStartElement(QStringLiteral("p:cNvPicPr"));
        m_xml.writeEmptyElement(QStringLiteral("a:picLocks"));
        m_xml.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
        m_xml.writeEndElement();
        m_xml.writeEmptyElement(QStringLiteral("p:nvPr"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("p:blipFill"));
        m_xml.writeEmptyElement(QStringLiteral("a:blip"));
        m_xml.writeAttribute(QString::fromLatin1(RelationshipNamespace), QStringLiteral("embed"),
                             relationship);
        m_xml.writeStartElement(QStringLiteral("a:stretch"));
        m_xml.writeEmptyElement(QStringLiteral("a:fillRect"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("p:spPr"));
        transform(x, y, width, height);
        rectangle();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    /** `<p:clrMapOvr>`: a slide or layout uses the master's colour mapping. */
    void masterColours() {
        m_xml.writeStartElement(QStringLiteral("p:clrMapOvr"));
        m_xml.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
        m_xml.writeEndElement();
    }

    void colour(const char* rgb) {
        m_xml.writeEmptyElement(QStringLiteral("a:srgbClr"));
        m_xml.writeAttribute(QStringLiteral("val"), QString::fromLatin1(rgb));
    }

private:
    int nextId() { return ++m_lastId; }

    void nonVisual(int id, const QString& name, const QString& description = {}) {
        m_xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
        m_xml.writeAttribute(QStringLiteral("id"), QString::number(id));
        m_xml.writeAttribute(QStringLiteral("name"), name);
        if (!description.isEmpty())
            m_xml.writeAttribute(QStringLiteral("descr"), description);
    }
    void transform(qint64 x, qint64 y, qint64 width, qint64 height) {
        m_xml.writeStartElement(QStringLiteral("a:xfrm"));
        m_xml.writeEmptyElement(QStringLiteral("a:off"));
        m_xml.writeAttribute(QStringLiteral("x"), QString::number(x));
        m_xml.writeAttribute(QStringLiteral("y"), QString::number(y));
        m_xml.writeEmptyElement(QStringLiteral("a:ext"));
        m_xml.writeAttribute(QStringLiteral("cx"), QString::number(width));
        m_xml.writeAttribute(QStringLiteral("cy"), QString::number(height));
        m_xml.writeEndElement();
    }
    void rectangle() {
        m_xml.writeStartElement(QStringLiteral("a:prstGeom"));
        m_xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        m_xml.writeEmptyElement(QStringLiteral("a:avLst"));
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
    QString m_language;
    int m_lastId = 1;
};

} // namespace sondo
