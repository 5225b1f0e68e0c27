// `sondo chart` end to end: the built executable renders charts headless (no DISPLAY) through
// the same renderer as the window, with the sizes, formats and names the issue fixes.

#include "../common/SondoProcess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = sondo::test::SondoRun;

Run runHeadless(const QStringList& arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless as on a server: the CLI must pick the offscreen platform by itself.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return sondo::test::runSondo(arguments, env);
}

/** Share of pixels that are neither white nor transparent: a chart, not an empty canvas. */
double inkShare(const QImage& image) {
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) > 0 && (qRed(p) < 230 || qGreen(p) < 230 || qBlue(p) < 230))
                ++ink;
        }
    return double(ink) / ((image.height() / 3 + 1) * (image.width() / 3 + 1));
}

} // namespace

class TestChartCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase() {
        m_project = m_dir.filePath(QStringLiteral("demo.sondo"));
        const Run run = runHeadless(
            {QStringLiteral("import"),
             QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv"),
             QStringLiteral("-o"), m_project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void pngDefaultsToNewsletterSize() {
        const QString png = m_dir.filePath(QStringLiteral("q8.png"));
        const Run run = runHeadless(
            {QStringLiteral("chart"), m_project, QStringLiteral("Q8"), QStringLiteral("-o"), png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 675));
        QVERIFY(inkShare(image) > 0.03);
    }

    void sizeAndScale() {
        const QString png = m_dir.filePath(QStringLiteral("square.png"));
        const Run run = runHeadless({QStringLiteral("chart"), m_project, QStringLiteral("Q5"),
                                     QStringLiteral("-o"), png, QStringLiteral("--size"),
                                     QStringLiteral("1080x1080"), QStringLiteral("--scale"),
                                     QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImage(png).size(), QSize(2160, 2160));
    }

    void svgKeepsTextAsText() {
        const QString svg = m_dir.filePath(QStringLiteral("q9.svg"));
        const Run run = runHeadless(
            {QStringLiteral("chart"), m_project, QStringLiteral("Q9"), QStringLiteral("-o"), svg});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QVERIFY(content.contains(QStringLiteral("<text")));
        QVERIFY(content.contains(QStringLiteral("canali")));
        QVERIFY(content.contains(QStringLiteral("Base")));
    }

    void vsRestArrowsAndCramersV() {
        // Q10 by Q2 against the rest (tst_significancecli has the R oracle): A is below the rest
        // on "Sì, per tutto" and above on "No", D the other way round: two ▲ and two ▼ beside
        // the bars, one of each in the note that explains them. Cramér's V beside the
        // chi-square: R sqrt(48.015 / (300 * (3 - 1))) = 0.2829.
        const QString svg = m_dir.filePath(QStringLiteral("vsrest.svg"));
        const Run run = runHeadless({QStringLiteral("chart"), m_project, QStringLiteral("Q10"),
                                     QStringLiteral("--by"), QStringLiteral("Q2"),
                                     QStringLiteral("--vs-rest"), QStringLiteral("-o"), svg});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QCOMPARE(content.count(QChar(0x25B2)), 3);
        QCOMPARE(content.count(QChar(0x25BC)), 3);
        // The demo is an Italian survey: its charts speak Italian whatever the terminal's
        // language (--lang auto), numbers with a decimal comma.
        QVERIFY(content.contains(QStringLiteral("resto del campione")));
        QVERIFY(content.contains(QStringLiteral("V di Cram\u00e9r 0,28")));
        // --lang en: the same chart in English.
        const QString english = m_dir.filePath(QStringLiteral("vsrest-en.svg"));
        const Run en = runHeadless({QStringLiteral("chart"), m_project, QStringLiteral("Q10"),
                                    QStringLiteral("--by"), QStringLiteral("Q2"),
                                    QStringLiteral("--vs-rest"), QStringLiteral("--lang"),
                                    QStringLiteral("en"), QStringLiteral("-o"), english});
        QVERIFY2(en.exitCode == 0, qPrintable(en.err));
        QFile englishFile(english);
        QVERIFY(englishFile.open(QIODevice::ReadOnly));
        const QString englishContent = QString::fromUtf8(englishFile.readAll());
        QVERIFY(englishContent.contains(QStringLiteral("rest of the sample")));
        QVERIFY(englishContent.contains(QStringLiteral("Cram\u00e9r's V 0.28")));
        const Run bad = runHeadless({QStringLiteral("chart"), m_project, QStringLiteral("Q10"),
                                     QStringLiteral("--lang"), QStringLiteral("de"),
                                     QStringLiteral("-o"), english});
        QCOMPARE(bad.exitCode, 1);
        // Pairs at 99% with Bonferroni: the note says so.
        const QString strict = m_dir.filePath(QStringLiteral("strict.svg"));
        const Run pairs =
            runHeadless({QStringLiteral("chart"), m_project, QStringLiteral("Q10"),
                         QStringLiteral("--by"), QStringLiteral("Q2"), QStringLiteral("--level"),
                         QStringLiteral("99"), QStringLiteral("--adjust"),
                         QStringLiteral("bonferroni"), QStringLiteral("-o"), strict});
        QVERIFY2(pairs.exitCode == 0, qPrintable(pairs.err));
        QFile strictFile(strict);
        QVERIFY(strictFile.open(QIODevice::ReadOnly));
        QVERIFY(
            QString::fromUtf8(strictFile.readAll()).contains(QStringLiteral("Bonferroni, 99%")));
    }

    void marginOfErrorNote() {
        // --moe: the whole sample's margin, R: qnorm(0.975) * sqrt(0.25 / 300) * 100 = 5.66;
        // at --level 99, qnorm(0.995) * sqrt(0.25 / 300) * 100 = 7.44.
        for (const auto& [level, expected] :
             {std::pair{QStringLiteral("95"), QStringLiteral("5")},
              std::pair{QStringLiteral("99"), QStringLiteral("7")}}) {
            const QString svg = m_dir.filePath(QStringLiteral("moe%1.svg").arg(level));
            const Run run = runHeadless({QStringLiteral("chart"), m_project, QStringLiteral("Q5"),
                                         QStringLiteral("--moe"), QStringLiteral("--level"), level,
                                         QStringLiteral("-o"), svg});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString content = QString::fromUtf8(file.readAll());
            const QString decimals = level == u"95" ? QStringLiteral("7") : QStringLiteral("4");
            QVERIFY2(content.contains(QStringLiteral("\u00b1%1.%2").arg(expected, decimals)) ||
                         content.contains(QStringLiteral("\u00b1%1,%2").arg(expected, decimals)),
                     qPrintable(level));
        }
    }

    void pdfByFormatOption() {
        const QString pdf = m_dir.filePath(QStringLiteral("chart.out"));
        const Run run =
            runHeadless({QStringLiteral("chart"), m_project, QStringLiteral("Q10"),
                         QStringLiteral("-o"), pdf, QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("--by"), QStringLiteral("Q2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void allQuestionsToFolder() {
        const QString folder = m_dir.filePath(QStringLiteral("all"));
        const Run run = runHeadless({QStringLiteral("chart"), m_project, QStringLiteral("--all"),
                                     QStringLiteral("-o"), folder, QStringLiteral("--where"),
                                     QStringLiteral("Q1=Banche e assicurazioni")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files =
            QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        // 15 questions in the demo: 14 charts; the open text Q15 is a table, and a warning says
        // so (hand count from `sondo questions`: one text question).
        QCOMPARE(files.size(), 14);
        QVERIFY2(run.err.contains(QStringLiteral("Q15")), qPrintable(run.err));
        QVERIFY(files.contains(QStringLiteral("Q01-settore.png")));
        QVERIFY(files.contains(QStringLiteral("Q08-durante-l-emergenza-i-canali-digitali.png")));
        // In name order the files come in questionnaire order: Q01 … Q09, Q10 … Q15.
        for (int i = 0; i < files.size(); ++i)
            QVERIFY2(
                files[i].startsWith(QStringLiteral("Q%1-").arg(i + 1, 2, 10, QLatin1Char('0'))),
                qPrintable(files[i]));
        // --text-charts draws it too: its most frequent answers.
        const QString withTexts = m_dir.filePath(QStringLiteral("all-texts"));
        const Run texts =
            runHeadless({QStringLiteral("chart"), m_project, QStringLiteral("--all"),
                         QStringLiteral("-o"), withTexts, QStringLiteral("--text-charts")});
        QVERIFY2(texts.exitCode == 0, qPrintable(texts.err));
        QCOMPARE(QDir(withTexts).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 15);
        static const QRegularExpression name(QStringLiteral("^Q\\d+-[a-z0-9-]+\\.png$"));
        for (const QString& file : files) {
            QVERIFY2(name.match(file).hasMatch(), qPrintable(file));
            QCOMPARE(QImage(QDir(folder).filePath(file)).size(), QSize(1200, 675));
        }
    }

    void allDrawsAGroupAsOneChart() {
        // Realdata automotive (LimeSurvey, two header rows): two multiple choices (columns 1-7
        // and 23-30) and four grids of 4, 6, 4 and 7 statements, the rest open texts (see
        // tests/data/realdata-structure). --all: one chart per group and per multiple choice.
        const QString project = m_dir.filePath(QStringLiteral("automotive.sondo"));
        Run run = runHeadless(
            {QStringLiteral("import"),
             QStringLiteral(SONDO_SOURCE_DIR
                            "/../shared/realdata/limesurvey_informal_models_automotive_de.csv"),
             QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString folder = m_dir.filePath(QStringLiteral("groups"));
        run = runHeadless({QStringLiteral("chart"), project, QStringLiteral("--all"),
                           QStringLiteral("-o"), folder});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList files =
            QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        for (QString& file : files)
            file = file.section(u'-', 0, 0);
        QCOMPARE(files, (QStringList{QStringLiteral("G01"), QStringLiteral("G02"),
                                     QStringLiteral("G03"), QStringLiteral("G04"),
                                     QStringLiteral("Q01"), QStringLiteral("Q18")}));
        // --items: the 4 + 6 + 4 + 7 = 21 items as well.
        const QString withItems = m_dir.filePath(QStringLiteral("items"));
        run = runHeadless({QStringLiteral("chart"), project, QStringLiteral("--all"),
                           QStringLiteral("-o"), withItems, QStringLiteral("--items")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(withItems).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 27);
    }

    void errors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no output") << QStringList{QStringLiteral("Q8")} << 1;
        QTest::newRow("bad size") << QStringList{QStringLiteral("Q8"), QStringLiteral("-o"),
                                                 QStringLiteral("x.png"), QStringLiteral("--size"),
                                                 QStringLiteral("huge")}
                                  << 1;
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("Q8"), QStringLiteral("-o"), QStringLiteral("x.png"),
                           QStringLiteral("--format"), QStringLiteral("gif")}
            << 1;
        QTest::newRow("unknown question")
            << QStringList{QStringLiteral("Q42"), QStringLiteral("-o"), QStringLiteral("x.png")}
            << 1;
    }

    void errors() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = runHeadless(QStringList{QStringLiteral("chart"), m_project} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.err.contains(QStringLiteral("sondo: ")));
    }

    void badProjectFile() {
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.csv"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n\"unterminated,1\n");
        file.close();
        const Run run =
            runHeadless({QStringLiteral("chart"), bogus, QStringLiteral("Q1"), QStringLiteral("-o"),
                         m_dir.filePath(QStringLiteral("y.png"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("bogus.csv:2:1")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestChartCli)
#include "tst_chartcli.moc"
