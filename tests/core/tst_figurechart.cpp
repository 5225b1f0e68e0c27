// `chart --figure` (issue 11 §4): one bar per group with a scale's top-2-box, bottom-2-box, net or
// mean, or a number's mean, and the letters of the groups each is significantly higher than. On
// the bundled demo (imported by `sondo import`, read back through the SQLite driver).
//
// Oracle: R 4.2 on the demo CSV,
//   d <- read.csv("resources/demo/remote_working_contact_center.csv", check.names = FALSE)
//   q <- d[[6]]   # Q5 "L'emergenza Covid cambierà …", 5 points; s <- d$Settore (Q1)
//   top <- q %in% c("Abbastanza d'accordo", "Molto d'accordo")
//   x (top-2 per sector, A–F) 16 30 19 28 28 44 of n 42 45 32 37 45 56
//   bottom-2 (Per niente, Poco): PA 12 of 42, Telecomunicazioni 4 of 45
//   pairs i < j of A–F: prop.test(x[c(i,j)], n[c(i,j)], correct = FALSE)$p.value, then
//   p.adjust(p, "holm"): only A–D 0.0111 and A–F 0.000706 below 0.05 (A–B 0.0993), so D and F
//   are higher than A; G (n 20) and H (n 23) are under the minimum base of 30, not tested.
//   y <- as.numeric(sub(",", ".", d[["Ore di formazione …"]]))   # Q14, by Q2
//   tapply(y, d[["Dimensione del contact center"]], mean, na.rm = TRUE):
//   A 2.14344262295082, B 2.94329896907217, C 4.32352941176471, D 5.04545454545455
//   t.test (Welch) of every pair, p.adjust(p, "holm"): every pair below 0.05 (C–D 0.0059).

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"

#include "chart/ChartSpecBuilder.h"
#include "storage/ProjectStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

class TestFigureChart : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Project m_project;

    ChartSpec chart(const QString& question, const QString& by, ChartFigure figure,
                    bool tested = true) const {
        const Survey& survey = m_project.survey;
        ChartOptions options;
        options.figure = figure;
        options.significance = tested;
        options.locale = QLocale::c();
        ChartScope scope;
        scope.segment = survey.findQuestion(by);
        return ChartSpecBuilder::build(survey, m_project.responses, survey.findQuestion(question),
                                       options, scope);
    }

private slots:
    void initTestCase() {
        const QString path = m_dir.filePath(QStringLiteral("demo.sondo"));
        const auto run = test::runSondo(
            {QStringLiteral("import"), test::demoSurveyPath(), QStringLiteral("-o"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto read = ProjectStore::read(path);
        QVERIFY(read.ok());
        m_project = read.takeValue();
    }

    void topTwoByGroupWithLetters() {
        const ChartSpec spec =
            chart(QStringLiteral("Q5"), QStringLiteral("Q1"), ChartFigure::TopTwo);
        QCOMPARE(spec.kind, ChartKind::HorizontalBars);
        QCOMPARE(spec.series.size(), 1);
        // Eight sectors and the total, each a bar.
        QCOMPARE(spec.categories.size(), 9);
        QVERIFY(spec.categories[0].startsWith(QStringLiteral("A · Pubblica amministrazione")));
        QVERIFY(spec.categories[8].startsWith(QStringLiteral("Total")));
        const ChartSeries& bars = spec.series[0];
        const double x[] = {16, 30, 19, 28, 28, 44};
        const double n[] = {42, 45, 32, 37, 45, 56};
        for (int g = 0; g < 6; ++g)
            QVERIFY(qAbs(bars.values[g] - 100 * x[g] / n[g]) < 1e-9);
        QCOMPARE(bars.labels[0], QStringLiteral("38%"));
        const QStringList letters{{}, {}, {}, QStringLiteral("A"), {}, QStringLiteral("A"),
                                  {}, {}, {}};
        QCOMPARE(bars.letters, letters);
        QVERIFY(
            spec.notes.join(u'\n').contains(QStringLiteral("not tested (base below 30): G, H")));
        QVERIFY(spec.notes.join(u'\n').contains(QStringLiteral("top-2-box")));
    }

    void netInPointsWithoutTest() {
        const ChartSpec spec = chart(QStringLiteral("Q5"), QStringLiteral("Q1"), ChartFigure::Net);
        const ChartSeries& bars = spec.series[0];
        // (16 − 12) / 42 and (30 − 4) / 45, in points.
        QVERIFY(qAbs(bars.values[0] - 100.0 * 4 / 42) < 1e-9);
        QVERIFY(qAbs(bars.values[1] - 100.0 * 26 / 45) < 1e-9);
        QCOMPARE(bars.labels[0], QStringLiteral("+10"));
        QCOMPARE(bars.labels[1], QStringLiteral("+58"));
        QVERIFY(bars.letters.isEmpty());
        QVERIFY(spec.valueAxisSuffix.isEmpty());
        QVERIFY(spec.notes.join(u'\n').contains(QStringLiteral("not tested")));
    }

    void meanOfANumberWithWelchLetters() {
        const ChartSpec spec =
            chart(QStringLiteral("Q14"), QStringLiteral("Q2"), ChartFigure::Mean);
        const ChartSeries& bars = spec.series[0];
        const double means[] = {2.14344262295082, 2.94329896907217, 4.32352941176471,
                                5.04545454545455};
        for (int g = 0; g < 4; ++g)
            QVERIFY(qAbs(bars.values[g] - means[g]) < 1e-12);
        QCOMPARE(bars.letters.mid(0, 4),
                 (QStringList{QString(), QStringLiteral("A"), QStringLiteral("AB"),
                              QStringLiteral("ABC")}));
        QCOMPARE(bars.labels[3], QStringLiteral("5.0"));
        // A round end just above the highest mean, not 10 for 5.05.
        QCOMPARE(spec.valueAxisMax, 6.0);
        QVERIFY(spec.notes.join(u'\n').contains(QStringLiteral("Welch")));
    }

    void freqJsonCarriesTheSameLetters() {
        // `freq --by --json` prints the box tests the chart letters come from.
        const auto run = test::runSondo({QStringLiteral("freq"), m_dir.filePath("demo.sondo"),
                                         QStringLiteral("Q5"), QStringLiteral("--by"),
                                         QStringLiteral("Q1"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray groups = run.json()[u"groups"].toArray();
        QCOMPARE(groups[3][u"top2_higher_than"].toArray(), QJsonArray{QStringLiteral("A")});
        QCOMPARE(groups[5][u"top2_higher_than"].toArray(), QJsonArray{QStringLiteral("A")});
        QCOMPARE(groups[1][u"top2_higher_than"].toArray(), QJsonArray{});
        const auto bad = test::runSondo(
            {QStringLiteral("chart"), m_dir.filePath("demo.sondo"), QStringLiteral("Q5"),
             QStringLiteral("--by"), QStringLiteral("Q1"), QStringLiteral("--figure"),
             QStringLiteral("top3"), QStringLiteral("-o"), m_dir.filePath("x.png")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("--figure")), qPrintable(bad.err));
    }

    void figureThatDoesNotApplyDrawsTheAnswers() {
        // A single choice has no top-2-box: its usual grouped bars, one series per group.
        const ChartSpec spec =
            chart(QStringLiteral("Q3"), QStringLiteral("Q1"), ChartFigure::TopTwo);
        QCOMPARE(spec.kind, ChartKind::GroupedBars);
        QVERIFY(spec.series.size() > 1);
    }
};

QTEST_GUILESS_MAIN(TestFigureChart)
#include "tst_figurechart.moc"
