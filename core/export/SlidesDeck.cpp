#include "export/SlidesDeck.h"

#include "export/SlideXml.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace sondo {

namespace {

constexpr auto kContentTypePrefix = "application/vnd.openxmlformats-officedocument.";

/** Left and right margin of every slide: 0.45 in. */
constexpr qint64 kMargin = SlideXml::Inch * 45 / 100;
constexpr qint64 kGap = SlideXml::Inch * 35 / 100;
constexpr qint64 kTitleTop = SlideXml::Inch * 35 / 100;
constexpr qint64 kTitleHeight = SlideXml::Inch * 115 / 100;
constexpr qint64 kFooterTop = SlidesDeck::SlideHeight - SlideXml::Inch * 50 / 100;
constexpr qint64 kFooterHeight = SlideXml::Inch * 30 / 100;

QString contentType(const char* rest) {
    return QString::fromLatin1(kContentTypePrefix) + QString::fromLatin1(rest);
}

QString elided(const QString& text, int maxLength) {
    if (text.size() <= maxLength)
        return text;
    QString cut = text.left(maxLength - 1);
    // Cut at a word boundary where one is near, so no word is left half.
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > maxLength * 3 / 4)
        cut.truncate(space);
    return cut.trimmed() + QChar(0x2026);
}

/** A title's size in points: smaller as it grows, so that it fits its box in at most 3 lines. */
int titlePoints(const QString& title) {
    if (title.size() <= 100)
        return 28;
    if (title.size() <= 120)
        return 24;
    return 20;
}

/**
 * Where a title of `points` ends, from the characters a line holds (DejaVu Sans averages
 * about 0.58 em a character): the picture is centred in what is left above the footer.
 */
qint64 titleBottom(const QString& title, int points) {
    const double perLine =
        (SlidesDeck::SlideWidth - 2 * kMargin) / double(SlideXml::Inch) * 72 / (points * 0.58);
    const int lines = std::clamp(int(std::ceil(title.size() / perLine)), 1, 3);
    return kTitleTop + qint64(lines * points * 1.2 / 72 * SlideXml::Inch);
}

/** The findings shown: the first three, the whole column capped at MaxPointsLength. */
QStringList shownPoints(const QStringList& points) {
    QStringList shown;
    int left = SlidesDeck::MaxPointsLength;
    for (const QString& point : points.mid(0, 3)) {
        if (left < 40)
            break;
        shown.append(elided(point, left));
        left -= int(shown.last().size());
    }
    return shown;
}

QByteArray presentationXml(int slides) {
    QByteArray out;
    SlideXml doc(&out, QString());
    QXmlStreamWriter& xml = doc.xml();
    doc.begin(QStringLiteral("p:presentation"));
    xml.writeStartElement(QStringLiteral("p:sldMasterIdLst"));
    xml.writeEmptyElement(QStringLiteral("p:sldMasterId"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("2147483648"));
    xml.writeAttribute(QString::fromLatin1(SlideXml::RelationshipNamespace), QStringLiteral("id"),
                       QStringLiteral("rId1"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:sldIdLst"));
    // rId1 is the master, rId2 the theme, then the slides in order.
    for (int i = 0; i < slides; ++i) {
        xml.writeEmptyElement(QStringLiteral("p:sldId"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(256 + i));
        xml.writeAttribute(QString::fromLatin1(SlideXml::RelationshipNamespace),
                           QStringLiteral("id"), QStringLiteral("rId%1").arg(i + 3));
    }
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("p:sldSz"));
    xml.writeAttribute(QStringLiteral("cx"), QString::number(SlidesDeck::SlideWidth));
    xml.writeAttribute(QStringLiteral("cy"), QString::number(SlidesDeck::SlideHeight));
    xml.writeEmptyElement(QStringLiteral("p:notesSz"));
    xml.writeAttribute(QStringLiteral("cx"), QStringLiteral("6858000"));
    xml.writeAttribute(QStringLiteral("cy"), QStringLiteral("9144000"));
    doc.end();
    return out;
}

QByteArray masterXml() {
    QByteArray out;
    SlideXml doc(&out, QString());
    QXmlStreamWriter& xml = doc.xml();
    doc.begin(QStringLiteral("p:sldMaster"));
    doc.beginShapeTree();
    doc.endShapeTree();
    xml.writeEmptyElement(QStringLiteral("p:clrMap"));
    for (const char* pair :
         {"bg1=lt1", "tx1=dk1", "bg2=lt2", "tx2=dk2", "accent1=accent1", "accent2=accent2",
          "accent3=accent3", "accent4=accent4", "accent5=accent5", "accent6=accent6", "hlink=hlink",
          "folHlink=folHlink"}) {
        const QStringList parts = QString::fromLatin1(pair).split(u'=');
        xml.writeAttribute(parts[0], parts[1]);
    }
    xml.writeStartElement(QStringLiteral("p:sldLayoutIdLst"));
    xml.writeEmptyElement(QStringLiteral("p:sldLayoutId"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("2147483649"));
    xml.writeAttribute(QString::fromLatin1(SlideXml::RelationshipNamespace), QStringLiteral("id"),
                       QStringLiteral("rId1"));
    xml.writeEndElement();
    doc.end();
    return out;
}

QByteArray layoutXml() {
    QByteArray out;
    SlideXml doc(&out, QString());
    doc.begin(QStringLiteral("p:sldLayout"));
    doc.xml().writeAttribute(QStringLiteral("type"), QStringLiteral("blank"));
    doc.xml().writeAttribute(QStringLiteral("preserve"), QStringLiteral("1"));
    doc.beginShapeTree(QStringLiteral("Blank"));
    doc.endShapeTree();
    doc.masterColours();
    doc.end();
    return out;
}

/** The theme every master needs: the charts' colours and font, plain fills and lines. */
QByteArray themeXml() {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("a:theme"));
    xml.writeNamespace(QString::fromLatin1(SlideXml::DrawingNamespace), QStringLiteral("a"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Sondo"));
    xml.writeStartElement(QStringLiteral("a:themeElements"));

    xml.writeStartElement(QStringLiteral("a:clrScheme"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Sondo"));
    const QList<std::pair<const char*, const char*>> colours = {
        {"a:dk1", SlideXml::TextColour},
        {"a:lt1", "FFFFFF"},
        {"a:dk2", "323F4B"},
        {"a:lt2", "F5F7FA"},
        {"a:accent1", SlideXml::AccentColour},
        {"a:accent2", "E8833A"},
        {"a:accent3", "3E9E6A"},
        {"a:accent4", "C0392B"},
        {"a:accent5", "8E6BBF"},
        {"a:accent6", "7B8794"},
        {"a:hlink", SlideXml::AccentColour},
        {"a:folHlink", "8E6BBF"}};
    for (const auto& [name, rgb] : colours) {
        xml.writeStartElement(QString::fromLatin1(name));
        xml.writeEmptyElement(QStringLiteral("a:srgbClr"));
        xml.writeAttribute(QStringLiteral("val"), QString::fromLatin1(rgb));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("a:fontScheme"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Sondo"));
    for (const char* role : {"a:majorFont", "a:minorFont"}) {
        xml.writeStartElement(QString::fromLatin1(role));
        for (const char* script : {"a:latin", "a:ea", "a:cs"}) {
            xml.writeEmptyElement(QString::fromLatin1(script));
            xml.writeAttribute(QStringLiteral("typeface"),
                               script[2] == 'l' ? QString::fromLatin1(SlideXml::Font) : QString());
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();

    // The format scheme asks for three of each style; the deck uses none of them.
    xml.writeStartElement(QStringLiteral("a:fmtScheme"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Sondo"));
    auto fills = [&](const QString& list) {
        xml.writeStartElement(list);
        for (int i = 0; i < 3; ++i) {
            xml.writeStartElement(QStringLiteral("a:solidFill"));
            xml.writeEmptyElement(QStringLiteral("a:schemeClr"));
            xml.writeAttribute(QStringLiteral("val"), QStringLiteral("phClr"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    fills(QStringLiteral("a:fillStyleLst"));
    xml.writeStartElement(QStringLiteral("a:lnStyleLst"));
    for (int width : {6350, 12700, 19050}) {
        xml.writeStartElement(QStringLiteral("a:ln"));
        xml.writeAttribute(QStringLiteral("w"), QString::number(width));
        xml.writeStartElement(QStringLiteral("a:solidFill"));
        xml.writeEmptyElement(QStringLiteral("a:schemeClr"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("phClr"));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("a:effectStyleLst"));
    for (int i = 0; i < 3; ++i) {
        xml.writeStartElement(QStringLiteral("a:effectStyle"));
        xml.writeEmptyElement(QStringLiteral("a:effectLst"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    fills(QStringLiteral("a:bgFillStyleLst"));
    xml.writeEndElement(); // fmtScheme
    xml.writeEndElement(); // themeElements
    xml.writeEndElement(); // theme
    xml.writeEndDocument();
    return out;
}

} // namespace

SlidesDeck::SlidesDeck(QString language)
    : m_language(std::move(language)) {
}

void SlidesDeck::addTitleSlide(const QString& title, const QString& subtitle,
                               const QStringList& lines) {
    QByteArray out;
    SlideXml doc(&out, m_language);
    doc.begin(QStringLiteral("p:sld"));
    doc.beginShapeTree();
    const qint64 width = SlideWidth - 2 * kMargin;
    SlideXml::TextBox heading;
    heading.name = QStringLiteral("Title");
    heading.x = kMargin;
    heading.y = SlideXml::Inch * 2;
    heading.width = width;
    heading.height = SlideXml::Inch * 140 / 100;
    heading.paragraphs = {elided(title, MaxTitleLength)};
    heading.points = title.size() <= 60 ? 40 : 28;
    heading.bold = true;
    heading.anchor = QStringLiteral("b");
    doc.textBox(heading);
    if (!subtitle.isEmpty() && subtitle != title) {
        SlideXml::TextBox sub;
        sub.name = QStringLiteral("Subtitle");
        sub.x = kMargin;
        sub.y = SlideXml::Inch * 350 / 100;
        sub.width = width;
        sub.height = SlideXml::Inch * 60 / 100;
        sub.paragraphs = {elided(subtitle, MaxTitleLength)};
        sub.points = 20;
        sub.colour = SlideXml::AccentColour;
        doc.textBox(sub);
    }
    SlideXml::TextBox facts;
    facts.name = QStringLiteral("Facts");
    facts.x = kMargin;
    facts.y = SlideXml::Inch * 430 / 100;
    facts.width = width;
    facts.height = SlideXml::Inch * 250 / 100;
    facts.paragraphs = lines.mid(0, 8);
    facts.points = 14;
    facts.colour = SlideXml::MutedColour;
    doc.textBox(facts);
    doc.endShapeTree();
    doc.masterColours();
    doc.end();
    m_slides.append({out, {}});
}

void SlidesDeck::addChartSlide(const ChartSlide& slide) {
    QByteArray out;
    SlideXml doc(&out, m_language);
    doc.begin(QStringLiteral("p:sld"));
    doc.beginShapeTree();
    const qint64 width = SlideWidth - 2 * kMargin;
    SlideXml::TextBox title;
    title.name = QStringLiteral("Title");
    title.x = kMargin;
    title.y = kTitleTop;
    title.width = width;
    title.height = kTitleHeight;
    title.paragraphs = {elided(slide.title, MaxTitleLength)};
    title.points = titlePoints(title.paragraphs.constFirst());
    title.bold = true;
    doc.textBox(title);

    const QStringList points = shownPoints(slide.points);
    // The picture keeps its own aspect inside the box; without findings it is centred.
    qint64 pictureWidth = PictureWidth;
    qint64 pictureHeight = PictureHeight;
    if (slide.pictureSize.isValid() && slide.pictureSize.width() > 0) {
        const double aspect = double(slide.pictureSize.height()) / slide.pictureSize.width();
        pictureHeight = qMin<qint64>(PictureHeight, qint64(pictureWidth * aspect));
        pictureWidth = qint64(pictureHeight / aspect);
    }
    const qint64 pictureX = points.isEmpty() ? (SlideWidth - pictureWidth) / 2 : kMargin;
    const qint64 spaceTop =
        titleBottom(title.paragraphs.constFirst(), title.points) + SlideXml::Inch / 5;
    const qint64 spaceBottom = kFooterTop - SlideXml::Inch / 10;
    const qint64 pictureTop =
        spaceTop + qMax<qint64>(0, spaceBottom - spaceTop - pictureHeight) / 2;
    if (!slide.picture.isEmpty())
        doc.picture(QStringLiteral("rId2"), slide.pictureDescription, pictureX, pictureTop,
                    pictureWidth, pictureHeight);
    if (!points.isEmpty()) {
        SlideXml::TextBox findings;
        findings.name = QStringLiteral("Key findings");
        findings.x = kMargin + PictureWidth + kGap;
        findings.y = pictureTop + SlideXml::Inch * 20 / 100;
        findings.width = SlideWidth - kMargin - findings.x;
        findings.height = spaceBottom - findings.y;
        findings.paragraphs = points;
        findings.points = points.join(QString()).size() <= 300 ? 16 : 14;
        findings.bulleted = true;
        doc.textBox(findings);
    }
    SlideXml::TextBox footer;
    footer.name = QStringLiteral("Footer");
    footer.x = kMargin;
    footer.y = kFooterTop;
    footer.width = width - SlideXml::Inch;
    footer.height = kFooterHeight;
    footer.paragraphs = {elided(slide.footer, 200)};
    footer.points = 10;
    footer.colour = SlideXml::MutedColour;
    footer.anchor = QStringLiteral("b");
    doc.textBox(footer);
    SlideXml::TextBox number;
    number.name = QStringLiteral("Slide number");
    number.x = SlideWidth - kMargin - SlideXml::Inch;
    number.y = kFooterTop;
    number.width = SlideXml::Inch;
    number.height = kFooterHeight;
    number.paragraphs = {QString::number(m_slides.size() + 1)};
    number.points = 10;
    number.colour = SlideXml::MutedColour;
    number.align = QStringLiteral("r");
    number.anchor = QStringLiteral("b");
    doc.textBox(number);
    doc.endShapeTree();
    doc.masterColours();
    doc.end();
    m_slides.append({out, slide.picture});
}

OoxmlPackage SlidesDeck::package() const {
    OoxmlPackage package;
    package.addDefault(QStringLiteral("png"), QStringLiteral("image/png"));
    package.addPackageRelationship(OoxmlPackage::relationshipType(QStringLiteral("officeDocument")),
                                   QStringLiteral("ppt/presentation.xml"));
    package.addPart(QStringLiteral("ppt/presentation.xml"), presentationXml(slideCount()),
                    contentType("presentationml.presentation.main+xml"));
    QList<std::pair<QString, QString>> targets = {
        {OoxmlPackage::relationshipType(QStringLiteral("slideMaster")),
         QStringLiteral("slideMasters/slideMaster1.xml")},
        {OoxmlPackage::relationshipType(QStringLiteral("theme")),
         QStringLiteral("theme/theme1.xml")}};
    for (int i = 0; i < slideCount(); ++i)
        targets.append({OoxmlPackage::relationshipType(QStringLiteral("slide")),
                        QStringLiteral("slides/slide%1.xml").arg(i + 1)});
    package.addPart(QStringLiteral("ppt/_rels/presentation.xml.rels"),
                    OoxmlPackage::relationships(targets));

    package.addPart(QStringLiteral("ppt/slideMasters/slideMaster1.xml"), masterXml(),
                    contentType("presentationml.slideMaster+xml"));
    package.addPart(
        QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"),
        OoxmlPackage::relationships({{OoxmlPackage::relationshipType(QStringLiteral("slideLayout")),
                                      QStringLiteral("../slideLayouts/slideLayout1.xml")},
                                     {OoxmlPackage::relationshipType(QStringLiteral("theme")),
                                      QStringLiteral("../theme/theme1.xml")}}));
    package.addPart(QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), layoutXml(),
                    contentType("presentationml.slideLayout+xml"));
    const QList<std::pair<QString, QString>> toMaster = {
        {OoxmlPackage::relationshipType(QStringLiteral("slideMaster")),
         QStringLiteral("../slideMasters/slideMaster1.xml")}};
    package.addPart(QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"),
                    OoxmlPackage::relationships(toMaster));
    package.addPart(QStringLiteral("ppt/theme/theme1.xml"), themeXml(), contentType("theme+xml"));

    for (int i = 0; i < slideCount(); ++i) {
        const Slide& slide = m_slides[i];
        const QString name = QStringLiteral("slide%1.xml").arg(i + 1);
        package.addPart(QStringLiteral("ppt/slides/") + name, slide.xml,
                        contentType("presentationml.slide+xml"));
        QList<std::pair<QString, QString>> slideTargets = {
            {OoxmlPackage::relationshipType(QStringLiteral("slideLayout")),
             QStringLiteral("../slideLayouts/slideLayout1.xml")}};
        if (!slide.picture.isEmpty()) {
            const QString media = QStringLiteral("chart%1.png").arg(i + 1);
            package.addPart(QStringLiteral("ppt/media/") + media, slide.picture);
            slideTargets.append({OoxmlPackage::relationshipType(QStringLiteral("image")),
                                 QStringLiteral("../media/") + media});
        }
        package.addPart(QStringLiteral("ppt/slides/_rels/") + name + QStringLiteral(".rels"),
                        OoxmlPackage::relationships(slideTargets));
    }
    return package;
}

std::optional<Diagnostic> SlidesDeck::write(const QString& path) const {
    return package().write(path);
}

} // namespace sondo
