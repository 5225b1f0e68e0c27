// A question group compared by a segment (issue 9 §1): `freq G1 --by Q1` gives per item each
// group's top-2-box and the item's chi-square, `chart G1 --by Q1` draws a bar per group for each
// item and names the items that differ significantly. Through the real executable on a hand-made
// Google Forms grid (tests/data/groups/grid_by_segment.csv: 40 respondents, Area North/South, a
// satisfaction grid of three items with "Don't know" and blanks).
//
// Oracle: R 4.2,
//   d <- read.csv("tests/data/groups/grid_by_segment.csv", na.strings = "", check.names = FALSE)
//   sc <- c("Very dissatisfied","Dissatisfied","Neutral","Satisfied","Very satisfied",
//           "Don't know")
//   for (k in 3:5) { x <- factor(d[[k]], levels = sc); s <- !is.na(x) & x != "Don't know"
//     top <- tapply(x[s] %in% sc[4:5], d$Area[s], mean) * 100   # per group, "Don't know" out
//     tot <- 100 * mean(x[s] %in% sc[4:5])
//     t <- table(x, d$Area); t <- t[rowSums(t) > 0, ]
//     chisq.test(t, correct = FALSE)$p.value }
//   Price: North 66.66667, South 20, total 42.10526, p 0.01163326
//   Speed: North 10.52632, South 73.68421, total 42.10526, p 0.0007006069
//   Staff: North 22.22222, South 44.44444, total 33.33333, p 0.5216271

#include "../common/SondoProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using sondo::test::runSondo;
using Run = sondo::test::SondoRun;

class TestGridBySegment : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase() {
        m_project = m_dir.filePath(QStringLiteral("grid.sondo"));
        const Run run = runSondo(
            {"import", QStringLiteral(SONDO_SOURCE_DIR "/tests/data/groups/grid_by_segment.csv"),
             "-o", m_project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void freqGivesEachGroupsTopTwoAndTheItemsChiSquare() {
        const Run run = runSondo({"freq", m_project, "G1", "--by", "Q1", "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("figure")).toString(), QStringLiteral("top2"));
        QCOMPARE(json.value(QStringLiteral("by"))[QStringLiteral("question")].toString(),
                 QStringLiteral("Q1"));
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        const double expected[3][4] = {{66.66667, 20.0, 42.10526, 0.01163326},
                                       {10.52632, 73.68421, 42.10526, 0.0007006069},
                                       {22.22222, 44.44444, 33.33333, 0.5216271}};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject item = items[i].toObject();
            const QJsonArray groups = item.value(QStringLiteral("groups")).toArray();
            QCOMPARE(groups[0][QStringLiteral("label")].toString(), QStringLiteral("North"));
            QVERIFY(qAbs(groups[0][QStringLiteral("percent")].toDouble() - expected[i][0]) < 1e-4);
            QVERIFY(qAbs(groups[1][QStringLiteral("percent")].toDouble() - expected[i][1]) < 1e-4);
            QVERIFY(qAbs(item.value(QStringLiteral("total"))[QStringLiteral("percent")].toDouble() -
                         expected[i][2]) < 1e-4);
            const double p =
                item.value(QStringLiteral("chi_square"))[QStringLiteral("p")].toDouble();
            QVERIFY2(qAbs(p - expected[i][3]) < 1e-6 * qMax(1.0, expected[i][3] * 1e3),
                     qPrintable(QString::number(p, 'g', 10)));
        }

        // The plain table says the same, one row per item.
        const Run text = runSondo({"freq", m_project, "G1", "--by", "Q1"});
        QVERIFY2(text.out.contains(QRegularExpression(
                     QStringLiteral("Q3 Speed +10\\.5% +73\\.7% +42\\.1% +0\\.000701"))),
                 qPrintable(text.out));
    }

    void chartDrawsGroupsPerItemAndNamesTheSignificantItems() {
        const QString svg = m_dir.filePath(QStringLiteral("grid-by.svg"));
        const Run run =
            runSondo({"chart", m_project, "G1", "--by", "Q1", "--lang", "en", "-o", svg});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        // Price (p 0.012) and Speed (p 0.0007) differ at 95%, Staff (p 0.52) does not.
        QVERIFY2(content.contains(QStringLiteral("Price (p = 0.012)")),
                 qPrintable(content.left(200)));
        QVERIFY(content.contains(QStringLiteral("Speed (p = 0.0007)")));
        QVERIFY(!content.contains(QStringLiteral("Staff (p =")));
        // Rounded top-2 labels of the two groups: 67% and 20% for Price.
        QVERIFY(content.contains(QStringLiteral("67%")) && content.contains(QStringLiteral("20%")));
        QVERIFY(content.contains(QStringLiteral("North")) &&
                content.contains(QStringLiteral("South")));
    }
};

QTEST_GUILESS_MAIN(TestGridBySegment)
#include "tst_gridbysegment.moc"
