// `sondo slides` end to end on the bundled demo: the deck's parts read back with QuaZip, and the
// deck opened by LibreOffice Impress (headless, converted to PDF) as the independent program that
// must open it without repair; its pages counted with pdfinfo and read with pdftotext. The words
// on the slides are compared with what `sondo questions --json`, `sondo freq --json` and
// `sondo findings --json` print, the commands the deck is built on.

#include "../common/DocumentFiles.h"
#include "../common/SondoProcess.h"

#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

using sondo::test::libreOfficeConvert;
using sondo::test::pdfPages;
using sondo::test::pdfText;
using sondo::test::runSondo;
using sondo::test::zipEntry;
using Run = sondo::test::SondoRun;

/** The runs of text (`a:t`) of one slide, in document order. */
QStringList slideTexts(const QString& deck, int slide) {
    QXmlStreamReader reader(zipEntry(deck, QStringLiteral("ppt/slides/slide%1.xml").arg(slide)));
    QStringList texts;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"t")
            texts << reader.readElementText();
    }
    return texts;
}

/** The number of `ppt/slides/slideN.xml` parts, counted until the first missing one. */
int slideParts(const QString& deck) {
    int count = 0;
    while (!zipEntry(deck, QStringLiteral("ppt/slides/slide%1.xml").arg(count + 1)).isEmpty())
        ++count;
    return count;
}

} // namespace

class TestSlidesCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QJsonArray m_questions;

    QJsonObject freq(const QString& question) const {
        return runSondo({QStringLiteral("freq"), m_project, question, QStringLiteral("--json")})
            .json();
    }
    QStringList findings(const QString& question, const QString& lang) const {
        const Run run = runSondo({QStringLiteral("findings"), m_project, question,
                                  QStringLiteral("--lang"), lang, QStringLiteral("--json")});
        QStringList sentences;
        for (const auto& value : run.json()[u"questions"].toArray()[0][u"findings"].toArray())
            sentences << value.toString();
        return sentences;
    }

private slots:
    void initTestCase() {
        m_project = m_dir.filePath(QStringLiteral("demo.sondo"));
        const Run run = runSondo(
            {QStringLiteral("import"),
             QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv"),
             QStringLiteral("-o"), m_project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_questions = runSondo({QStringLiteral("questions"), m_project, QStringLiteral("--json")})
                          .json()[u"questions"]
                          .toArray();
        QCOMPARE(m_questions.size(), 15);
    }

    void deckInBothLanguages_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("it") << QStringLiteral("it");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void deckInBothLanguages() {
        QFETCH(QString, lang);
        const QString deck = m_dir.filePath(QStringLiteral("demo-%1.pptx").arg(lang));
        const Run run = runSondo({QStringLiteral("slides"), m_project, QStringLiteral("-o"), deck,
                                  QStringLiteral("--lang"), lang, QStringLiteral("--source"),
                                  QStringLiteral("Club CC 2020")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), deck);

        // The title slide, then one slide per demo question: every one of the 15 has a chart
        // (hand count from `sondo questions`: no question is left out of a report).
        QCOMPARE(slideParts(deck), 16);
        const QString title = slideTexts(deck, 1).join(u'\n');
        QVERIFY2(title.contains(QStringLiteral("300")), qPrintable(title)); // respondents
        for (int i = 0; i < m_questions.size(); ++i) {
            const QJsonObject question = m_questions[i].toObject();
            const QString id = question[u"id"].toString();
            const QStringList texts = slideTexts(deck, i + 2);
            QVERIFY2(!texts.isEmpty(), qPrintable(id));
            // The slide's title is the question's id and text, as the report's heading.
            QVERIFY2(texts.first().startsWith(id + QStringLiteral(" · ")),
                     qPrintable(texts.first()));
            QVERIFY2(texts.first().contains(question[u"text"].toString().left(40)),
                     qPrintable(texts.first()));
            // Its key findings are `sondo findings`'s sentences, the first three.
            const QStringList expected = findings(id, lang).mid(0, 3);
            for (const QString& sentence : expected)
                QVERIFY2(texts.contains(sentence), qPrintable(id + QStringLiteral(": ") + sentence));
            // The footer names the base `sondo freq` counts and the source.
            const QString base = QString::number(freq(id)[u"base"].toInt());
            const QString footer = texts.value(texts.size() - 2);
            QVERIFY2(footer.contains(base) && footer.contains(QStringLiteral("Club CC 2020")),
                     qPrintable(id + QStringLiteral(": ") + footer));
            QCOMPARE(texts.last(), QString::number(i + 2)); // the slide number
            // The chart is a PNG drawn at the picture box's 5:3, twice its 1000 pixels.
            const QImage picture = QImage::fromData(
                zipEntry(deck, QStringLiteral("ppt/media/chart%1.png").arg(i + 2)), "PNG");
            QCOMPARE(picture.width(), 2000);
            QCOMPARE(qRound(picture.width() * 3.0 / picture.height()), 5);
        }

        // LibreOffice Impress opens the deck and prints every slide: one PDF page each, with
        // the titles and findings as text.
        const QString pdf = libreOfficeConvert(deck, QStringLiteral("pdf"), m_dir.path());
        QVERIFY2(!pdf.isEmpty(), "LibreOffice could not convert the deck");
        QCOMPARE(pdfPages(pdf), 16);
        const QString text = pdfText(pdf);
        for (const QString& id : {QStringLiteral("Q5"), QStringLiteral("Q9")}) {
            const QString first = findings(id, lang).value(0);
            // pdftotext breaks lines where Impress wrapped them: compare the first words.
            QVERIFY2(text.contains(first.section(u' ', 0, 3)), qPrintable(id + QStringLiteral(": ") + first));
        }
        QVERIFY(text.contains(QStringLiteral("Q15 · ")));
    }

    void questionsFilterAndCompareBy() {
        const QString deck = m_dir.filePath(QStringLiteral("by.pptx"));
        const Run run = runSondo({QStringLiteral("slides"), m_project, QStringLiteral("-o"), deck,
                                  QStringLiteral("--questions"), QStringLiteral("Q5,Q9"),
                                  QStringLiteral("--by"), QStringLiteral("Q1"),
                                  QStringLiteral("--where"), QStringLiteral("Q4=Nord-Ovest")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(slideParts(deck), 3);
        QVERIFY(slideTexts(deck, 2).first().startsWith(QStringLiteral("Q5 · ")));
        QVERIFY(slideTexts(deck, 3).first().startsWith(QStringLiteral("Q9 · ")));
        // The filtered base, as `sondo freq … --where` counts it.
        const int base = runSondo({QStringLiteral("freq"), m_project, QStringLiteral("Q5"),
                                   QStringLiteral("--where"), QStringLiteral("Q4=Nord-Ovest"),
                                   QStringLiteral("--json")})
                             .json()[u"base"]
                             .toInt();
        QVERIFY(base > 0 && base < 300);
        const QStringList texts = slideTexts(deck, 2);
        QVERIFY2(texts.value(texts.size() - 2).contains(QString::number(base)),
                 qPrintable(texts.join(u'|')));
        // The title slide says the filter and the compare-by question.
        const QString title = slideTexts(deck, 1).join(u'\n');
        QVERIFY2(title.contains(QStringLiteral("Nord-Ovest")) &&
                     title.contains(QStringLiteral("Q1")),
                 qPrintable(title));
    }

    void reportToPptxIsTheSameDeck() {
        // `sondo report -o FILE.pptx` writes the deck `sondo slides` writes: one way in.
        const QString deck = m_dir.filePath(QStringLiteral("report.pptx"));
        const Run run = runSondo({QStringLiteral("report"), m_project, QStringLiteral("-o"), deck,
                                  QStringLiteral("--questions"), QStringLiteral("Q2,Q3")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(slideParts(deck), 3);
    }

    void badArguments() {
        const Run wrong = runSondo({QStringLiteral("slides"), m_project, QStringLiteral("-o"),
                                    m_dir.filePath(QStringLiteral("deck.pdf"))});
        QCOMPARE(wrong.exitCode, 1); // a usage error, as `sondo report`'s
        QVERIFY2(wrong.err.contains(QStringLiteral(".pptx")), qPrintable(wrong.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("deck.pdf"))));
        const Run noOutput = runSondo({QStringLiteral("slides"), m_project});
        QCOMPARE(noOutput.exitCode, 1);
        const Run unknown = runSondo({QStringLiteral("slides"), m_project, QStringLiteral("-o"),
                                      m_dir.filePath(QStringLiteral("x.pptx")),
                                      QStringLiteral("--questions"), QStringLiteral("Q99")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("Q99")), qPrintable(unknown.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.pptx"))));
    }
};

QTEST_GUILESS_MAIN(TestSlidesCli)
#include "tst_slidescli.moc"
