// `sondo report` end to end on the bundled demo: the PDF read back with pdftotext (poppler-utils,
// installed by scripts/setup.sh), the ODT re-read from its content.xml, the HTML searched for its
// inline charts. Every figure is compared with what `sondo freq --json` and `sondo findings
// --json` print for the same question, the commands the report is built on.

#include "../common/DocumentFiles.h"
#include "../common/SondoProcess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {

using sondo::test::runSondo;
using Run = sondo::test::SondoRun;
using sondo::test::pdfPages;
using sondo::test::pdfText;
using sondo::test::zipEntry;

/** The text of an ODT's content.xml, paragraphs joined by spaces. */
QString odtText(const QByteArray& xml) {
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text();
        else if (reader.isEndElement() && (reader.name() == u"p" || reader.name() == u"h"))
            text += QLatin1Char(' ');
    }
    return text.simplified();
}

/** One decimal, as the report's tables print a percentage, in Italian or English. */
QString percent(double value, bool italian) {
    QString text = QString::number(value, 'f', 1) + QLatin1Char('%');
    return italian ? text.replace(u'.', u',') : text;
}

} // namespace

class TestReportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QJsonObject freq(const QStringList& extra) const {
        const Run run = runSondo(QStringList{QStringLiteral("freq"), m_project} + extra +
                                 QStringList{QStringLiteral("--json")});
        return run.json();
    }
    QString firstFinding(const QString& question, const QString& lang) const {
        const Run run = runSondo({QStringLiteral("findings"), m_project, question,
                                  QStringLiteral("--lang"), lang, QStringLiteral("--json")});
        return run.json()[u"questions"].toArray()[0][u"findings"].toArray()[0].toString();
    }

private slots:
    void initTestCase() {
        m_project = m_dir.filePath(QStringLiteral("demo.sondo"));
        const Run run = runSondo(
            {QStringLiteral("import"),
             QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv"),
             QStringLiteral("-o"), m_project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void pdfInBothLanguages_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("it") << QStringLiteral("it");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void pdfInBothLanguages() {
        QFETCH(QString, lang);
        const bool italian = lang == u"it";
        const QString pdf = m_dir.filePath(QStringLiteral("demo-%1.pdf").arg(lang));
        const Run run = runSondo({QStringLiteral("report"), m_project, QStringLiteral("-o"), pdf,
                                  QStringLiteral("--lang"), lang});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Hand count from the pages (tmp/s5/look-report): the title page, the contents and
        // method page, then the 15 demo questions one page each.
        QCOMPARE(pdfPages(pdf), 17);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("remote_working_contact_center")));
        QVERIFY(text.contains(QStringLiteral("Q9 · Quali canali sono cresciuti di più?")));
        QVERIFY(text.contains(QStringLiteral("Q15 · Commenti e suggerimenti")));
        // Respondents and fieldwork: 300 rows; the timestamps run from 16 to 31 March 2020.
        QVERIFY(text.contains(QStringLiteral("300")));
        QVERIFY(text.contains(italian ? QStringLiteral("16 marzo 2020 – 31 marzo 2020")
                                      : QStringLiteral("16 March 2020 – 31 March 2020")));
        // The finding sentence `sondo findings Q9` writes, in the report's language.
        const QString finding = firstFinding(QStringLiteral("Q9"), lang);
        QVERIFY(!finding.isEmpty());
        QVERIFY2(text.contains(finding), qPrintable(finding));
        // Q9's base and its first option's percent as `freq --json` gives them (263; 65.78…).
        const QJsonObject q9 = freq({QStringLiteral("Q9")});
        const int base = q9[u"base"].toInt();
        QCOMPARE(base, 263);
        QVERIFY(text.contains(QStringLiteral("Base: %1").arg(base)));
        QVERIFY2(
            text.contains(percent(q9[u"options"].toArray()[0][u"percent"].toDouble(), italian)),
            qPrintable(percent(q9[u"options"].toArray()[0][u"percent"].toDouble(), italian)));
        // The other typography must not leak in: 65.8% in English, 65,8% in Italian only.
        QVERIFY(
            !text.contains(percent(q9[u"options"].toArray()[0][u"percent"].toDouble(), !italian)));
        if (!italian) {
            QVERIFY(text.contains(QStringLiteral("Contents")));
            QVERIFY(text.contains(QStringLiteral("Method")));
            QVERIFY(text.contains(QStringLiteral("Page 17 of 17")));
            QVERIFY(text.contains(QStringLiteral("±5.7 points")));
        }
    }

    void pdfWithCompareByHasLettersAndGroupBases() {
        const QString pdf = m_dir.filePath(QStringLiteral("by.pdf"));
        const Run run =
            runSondo({QStringLiteral("report"), m_project, QStringLiteral("-o"), pdf,
                      QStringLiteral("--questions"), QStringLiteral("Q5,Q9"),
                      QStringLiteral("--by"), QStringLiteral("Q2"), QStringLiteral("--lang"),
                      QStringLiteral("en"), QStringLiteral("--page"), QStringLiteral("16:9")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(pdfPages(pdf), 4);
        const QString text = pdfText(pdf);
        const QJsonObject by =
            freq({QStringLiteral("Q5"), QStringLiteral("--by"), QStringLiteral("Q2")});
        const QJsonArray groups = by[u"groups"].toArray();
        QVERIFY(!groups.isEmpty());
        for (const QJsonValue& group : groups) {
            // Each group's heading carries its letter: "Fino a 50 postazioni (A)".
            QVERIFY2(text.contains(QStringLiteral("%1 (%2)").arg(group[u"label"].toString(),
                                                                 group[u"letter"].toString())),
                     qPrintable(group[u"label"].toString()));
        }
        QVERIFY(text.contains(QStringLiteral("Letters:")));
    }

    void pdfAgainstTheRestHasArrowsAsFreqSays() {
        // --vs-rest in the report's table and chart: a ▲ or ▼ for every mark `freq --vs-rest`
        // gives (Q10 by Q2: four, R oracle in tst_significancecli), drawn twice (table and chart),
        // and the method note says what they mean.
        const QString pdf = m_dir.filePath(QStringLiteral("rest.pdf"));
        const Run run =
            runSondo({QStringLiteral("report"), m_project, QStringLiteral("-o"), pdf,
                      QStringLiteral("--questions"), QStringLiteral("Q10"), QStringLiteral("--by"),
                      QStringLiteral("Q2"), QStringLiteral("--vs-rest"), QStringLiteral("--lang"),
                      QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        int marks = 0;
        const QJsonObject json = freq({QStringLiteral("Q10"), QStringLiteral("--by"),
                                       QStringLiteral("Q2"), QStringLiteral("--vs-rest")});
        for (const QJsonValue& group : json[u"groups"].toArray())
            for (const QJsonValue& option : group[u"options"].toArray())
                marks += option[u"vs_rest"].isString() ? 1 : 0;
        QCOMPARE(marks, 4);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("rest of the sample")));
        // Table and chart each carry the four marks; the method note, the table's note and the
        // chart's note name ▲▼ once each.
        QCOMPARE(int(text.count(QChar(0x25B2)) + text.count(QChar(0x25BC))), 2 * marks + 3 * 2);
    }

    void odtReadsBackWithItsCharts() {
        const QString odt = m_dir.filePath(QStringLiteral("demo.odt"));
        const Run run = runSondo({QStringLiteral("report"), m_project, QStringLiteral("-o"), odt,
                                  QStringLiteral("--questions"), QStringLiteral("Q1,Q9")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(zipEntry(odt, QStringLiteral("mimetype")),
                 QByteArray("application/vnd.oasis.opendocument.text"));
        const QString text = odtText(zipEntry(odt, QStringLiteral("content.xml")));
        QVERIFY(text.contains(QStringLiteral("Q1 · Settore")));
        QVERIFY(text.contains(firstFinding(QStringLiteral("Q9"), QStringLiteral("it"))));
        // Q1 «Banche e assicurazioni»: 56 of 300 (freq --json), 18,7%.
        const QJsonObject q1 = freq({QStringLiteral("Q1")});
        QCOMPARE(q1[u"options"].toArray()[5][u"count"].toDouble(), 56.0);
        QVERIFY(text.contains(QStringLiteral("18,7%")));
        QuaZip zip(odt);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        int pictures = 0;
        for (const QString& name : zip.getFileNameList())
            if (name.startsWith(u"Pictures/")) {
                ++pictures;
                QVERIFY(!QImage::fromData(zipEntry(odt, name)).isNull());
            }
        QCOMPARE(pictures, 2);
    }

    void htmlIsOneFileWithInlineCharts() {
        const QString html = m_dir.filePath(QStringLiteral("demo.html"));
        const Run run = runSondo({QStringLiteral("report"), m_project, QStringLiteral("-o"), html,
                                  QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        // 15 charts, one per demo question, each a PNG inside the file and nothing outside it.
        QCOMPARE(content.count(QStringLiteral("src=\"data:image/png;base64,")), 15);
        QVERIFY(!content.contains(QStringLiteral("src=\"http")));
        const auto match =
            QRegularExpression(QStringLiteral("data:image/png;base64,([^\"]+)")).match(content);
        const QImage chart = QImage::fromData(QByteArray::fromBase64(match.captured(1).toLatin1()));
        QCOMPARE(chart.width(), 2000); // high resolution: 1000 px at scale 2
        const QJsonObject q9 = freq({QStringLiteral("Q9")});
        QVERIFY(
            content.contains(percent(q9[u"options"].toArray()[0][u"percent"].toDouble(), false)));
        QVERIFY(content.contains(QStringLiteral(">263<")));
    }

    void groupHasItsGridAndItemTable() {
        const QString project = m_dir.filePath(QStringLiteral("surveymonkey.sondo"));
        Run run =
            runSondo({QStringLiteral("import"),
                      QStringLiteral(SONDO_SOURCE_DIR "/tests/data/profiles/surveymonkey.csv"),
                      QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString pdf = m_dir.filePath(QStringLiteral("group.pdf"));
        run = runSondo({QStringLiteral("report"), project, QStringLiteral("-o"), pdf,
                        QStringLiteral("--questions"), QStringLiteral("G1"),
                        QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(pdfPages(pdf), 3);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("G1 · How satisfied are you with our service?")));
        // Each item's base and first option's percent as `freq G1 --json` gives them.
        run = runSondo(
            {QStringLiteral("freq"), project, QStringLiteral("G1"), QStringLiteral("--json")});
        const QJsonArray items = run.json()[u"items"].toArray();
        QCOMPARE(items.size(), 3);
        for (const QJsonValue& item : items) {
            const QJsonArray options = item[u"options"].toArray();
            const QString row = QStringLiteral("%1 %2").arg(
                item[u"text"].toString().section(QStringLiteral(" – "), -1),
                percent(options[0][u"percent"].toDouble(), false));
            QVERIFY2(text.contains(row), qPrintable(row));
        }
    }

    void aDateThatIsNotMetadataIsTheFieldworkNotASection() {
        // A generic export's "Data e ora" is an answer column, read as dates: it has no chart,
        // so the report says its span on the title page and gives it no section (one of a
        // million timestamps would be a table of every distinct one).
        const QString csv = m_dir.filePath(QStringLiteral("dated.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Data e ora,Settore\n"
                       "2021-04-03 10:00:00,Banche\n"
                       "2021-03-12 09:30:00,Telco\n"
                       "2021-03-20 18:45:00,Banche\n");
        }
        const QString project = m_dir.filePath(QStringLiteral("dated.sondo"));
        const Run imported =
            runSondo({QStringLiteral("import"), csv, QStringLiteral("-o"), project});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString pdf = m_dir.filePath(QStringLiteral("dated.pdf"));
        const Run run = runSondo({QStringLiteral("report"), project, QStringLiteral("-o"), pdf,
                                  QStringLiteral("--lang"), QStringLiteral("it")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Hand count: the title page, the contents and method page, and Settore's page.
        QCOMPARE(pdfPages(pdf), 3);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("12 marzo 2021 – 3 aprile 2021")));
        QVERIFY(text.contains(QStringLiteral("Q2 · Settore")));
        QVERIFY(!text.contains(QStringLiteral("Q1 · Data e ora")));
    }

    void badArgumentsAreMessagesNotCrashes() {
        Run run = runSondo({QStringLiteral("report"), m_project, QStringLiteral("-o"),
                            m_dir.filePath(QStringLiteral("x.doc"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith(QStringLiteral("sondo: ")));
        run = runSondo({QStringLiteral("report"), m_project, QStringLiteral("-o"),
                        m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--page"),
                        QStringLiteral("letter")});
        QCOMPARE(run.exitCode, 1);
        run = runSondo({QStringLiteral("report"), m_project, QStringLiteral("-o"),
                        m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--questions"),
                        QStringLiteral("Q99")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
