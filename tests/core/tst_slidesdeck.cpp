// SlidesDeck on its own: the package's parts and relationships as PresentationML names them
// (ECMA-376 Part 1, §13 and §19), and the limits that keep a long LimeSurvey item or a long list of
// findings inside its box. The deck is written to a file and read back with QuaZip, as Impress
// reads it; tst_slidescli opens whole decks in LibreOffice.

#include "../common/DocumentFiles.h"

#include "export/SlidesDeck.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace sondo;
using sondo::test::zipEntry;

namespace {

/** The text runs of a slide part. */
QStringList texts(const QByteArray& xml) {
    QXmlStreamReader reader(xml);
    QStringList out;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"t")
            out << reader.readElementText();
    }
    return out;
}

/** The `a:off` x of the picture (`p:pic`) of a slide part, -1 without one. */
qint64 pictureLeft(const QByteArray& xml) {
    QXmlStreamReader reader(xml);
    bool inPicture = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"pic")
            inPicture = true;
        if (inPicture && reader.isStartElement() && reader.name() == u"off")
            return reader.attributes().value(QStringLiteral("x")).toLongLong();
    }
    return -1;
}

/** A 1×1 PNG stands for a chart: the deck never looks inside its pictures. */
QByteArray tinyPng() {
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
                                  "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

} // namespace

class TestSlidesDeck : public QObject {
    Q_OBJECT

private slots:
    void packageNamesEveryPart() {
        SlidesDeck deck(QStringLiteral("it-IT"));
        deck.addTitleSlide(QStringLiteral("Indagine"), QStringLiteral("Soci 2020"),
                           {QStringLiteral("Rispondenti: 300")});
        ChartSlide slide;
        slide.title = QStringLiteral("Q1 · Settore");
        slide.picture = tinyPng();
        slide.pictureSize = QSize(1000, 600);
        slide.points = {QStringLiteral("Uno su cinque")};
        slide.footer = QStringLiteral("Base: 300");
        deck.addChartSlide(slide);
        QCOMPARE(deck.slideCount(), 2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deck.pptx"));
        QVERIFY(!deck.write(path));
        const QString types =
            QString::fromUtf8(zipEntry(path, QStringLiteral("[Content_Types].xml")));
        for (const QString& part :
             {QStringLiteral("/ppt/presentation.xml"), QStringLiteral("/ppt/slides/slide1.xml"),
              QStringLiteral("/ppt/slides/slide2.xml"),
              QStringLiteral("/ppt/slideMasters/slideMaster1.xml"),
              QStringLiteral("/ppt/slideLayouts/slideLayout1.xml"),
              QStringLiteral("/ppt/theme/theme1.xml")})
            QVERIFY2(types.contains(QStringLiteral("PartName=\"%1\"").arg(part)), qPrintable(part));
        QVERIFY(types.contains(QStringLiteral("Extension=\"png\"")));
        QVERIFY(zipEntry(path, QStringLiteral("_rels/.rels")).contains("ppt/presentation.xml"));
        // The presentation lists both slides after the master (rId1) and the theme (rId2).
        const QByteArray rels = zipEntry(path, QStringLiteral("ppt/_rels/presentation.xml.rels"));
        QVERIFY(rels.contains("Id=\"rId3\"") && rels.contains("slides/slide2.xml"));
        const QByteArray presentation = zipEntry(path, QStringLiteral("ppt/presentation.xml"));
        QVERIFY(presentation.contains("cx=\"12192000\"") &&
                presentation.contains("cy=\"6858000\""));
        QCOMPARE(presentation.count("<p:sldId "), 2);
        // Only the chart slide has a picture, and its relationship points at it.
        QVERIFY(zipEntry(path, QStringLiteral("ppt/slides/_rels/slide2.xml.rels"))
                    .contains("../media/chart2.png"));
        QCOMPARE(zipEntry(path, QStringLiteral("ppt/media/chart2.png")), tinyPng());
        QVERIFY(
            !zipEntry(path, QStringLiteral("ppt/slides/_rels/slide1.xml.rels")).contains("media"));
        const QByteArray second = zipEntry(path, QStringLiteral("ppt/slides/slide2.xml"));
        QCOMPARE(texts(second),
                 QStringList({QStringLiteral("Q1 · Settore"), QStringLiteral("Uno su cinque"),
                              QStringLiteral("Base: 300"), QStringLiteral("2")}));
        QVERIFY(second.contains("lang=\"it-IT\""));
    }

    void longTextsStayInTheirBoxes() {
        SlidesDeck deck(QStringLiteral("en-GB"));
        ChartSlide slide;
        // A LimeSurvey item can be a paragraph: 500 characters of words.
        slide.title = QStringLiteral("word ").repeated(100).trimmed();
        slide.picture = tinyPng();
        slide.pictureSize = QSize(1000, 600);
        for (int i = 0; i < 5; ++i)
            slide.points << QStringLiteral("finding %1 ").arg(i).repeated(30).trimmed();
        deck.addChartSlide(slide);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pptx"));
        QVERIFY(!deck.write(path));
        const QStringList runs = texts(zipEntry(path, QStringLiteral("ppt/slides/slide1.xml")));
        const QString title = runs.first();
        QVERIFY(title.size() <= SlidesDeck::MaxTitleLength);
        QVERIFY(title.endsWith(QChar(0x2026)));
        QVERIFY(!title.contains(QStringLiteral("wor…"))); // cut between words
        // At most three findings, together within the column's cap.
        const QStringList points = runs.mid(1, runs.size() - 3);
        QVERIFY(points.size() <= 3);
        QVERIFY(points.join(QString()).size() <= SlidesDeck::MaxPointsLength);
        QVERIFY(points.first().startsWith(QStringLiteral("finding 0")));
    }

    void pictureWithoutFindingsIsCentred() {
        SlidesDeck deck(QStringLiteral("en-GB"));
        ChartSlide slide;
        slide.title = QStringLiteral("Q2 · Size");
        slide.picture = tinyPng();
        slide.pictureSize = QSize(1000, 600);
        deck.addChartSlide(slide);
        slide.points = {QStringLiteral("A finding")};
        deck.addChartSlide(slide);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.pptx"));
        QVERIFY(!deck.write(path));
        // Without findings: (slide width − picture width) / 2; with: the left margin (0.45 in).
        QCOMPARE(pictureLeft(zipEntry(path, QStringLiteral("ppt/slides/slide1.xml"))),
                 (SlidesDeck::SlideWidth - SlidesDeck::PictureWidth) / 2);
        QCOMPARE(pictureLeft(zipEntry(path, QStringLiteral("ppt/slides/slide2.xml"))),
                 914400 * 45 / 100);
    }
};

QTEST_GUILESS_MAIN(TestSlidesDeck)
#include "tst_slidesdeck.moc"
