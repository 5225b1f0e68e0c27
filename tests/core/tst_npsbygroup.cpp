// NPS by segment (issue 11 §4): each group's Net Promoter Score and the test of their
// differences, through `sondo freq --by --json` and `sondo findings --by`, on a real Google Forms
// export (../shared/realdata/gforms_rstudio_2018_spanish_form_responses.tsv: Q24 "¿Qué tan
// probable es que recomiendes R…?", 0–10, by Q18 "¿Usaste el paquete tidyverse para aprender R?").
//
// Oracle: R 4.2,
//   d <- read.delim(file, check.names = FALSE, quote = "\"", na.strings = "", encoding = "UTF-8")
//   q <- d[[grep("recomiendes", names(d))]]; s <- d[[grep("Usaste el paquete tidyverse para",
//   names(d))]] nps <- function(x) { x <- x[!is.na(x)]; n <- length(x); P <- mean(x >= 9); D <-
//   mean(x <= 6)
//                        c(n = n, score = 100 * (P - D), se = 100 * sqrt((P + D - (P - D)^2) / n))
//                        }
//   Sí: n 98, score 74.4898, se 4.8534; No: n 99, score 71.7172, se 5.8968;
//   No sé lo que es el tidyverse: n 62, score 33.8710, se 9.1078
//   z <- (a - b) / sqrt(se_a^2 + se_b^2); p <- 2 * pnorm(-abs(z))
//   p: AB 0.7166, AC 8.291e-05, BC 4.865e-04; p.adjust(p, "holm"): 0.7166, 2.487e-04, 9.730e-04
// so A and B are higher than C, and A and B do not differ.

#include "../common/SondoProcess.h"

#include "chart/ChartSpecBuilder.h"
#include "storage/ProjectStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using sondo::test::runSondo;
using Run = sondo::test::SondoRun;

class TestNpsByGroup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase() {
        const QString path = QStringLiteral(
            SONDO_SOURCE_DIR "/../shared/realdata/gforms_rstudio_2018_spanish_form_responses.tsv");
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
        m_project = m_dir.filePath(QStringLiteral("rstudio.sondo"));
        const Run run = runSondo({QStringLiteral("import"), path, QStringLiteral("-o"), m_project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void scoresAndLettersPerGroup() {
        const Run run =
            runSondo({QStringLiteral("freq"), m_project, QStringLiteral("Q24"),
                      QStringLiteral("--by"), QStringLiteral("Q18"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray groups = run.json().value(u"groups").toArray();
        QCOMPARE(groups.size(), 3);
        const double scores[] = {74.4898, 71.7172, 33.8710};
        const QStringList higher[] = {{QStringLiteral("C")}, {QStringLiteral("C")}, {}};
        for (int g = 0; g < 3; ++g) {
            const QJsonObject group = groups[g].toObject();
            const QJsonObject nps = group.value(u"nps").toObject();
            QVERIFY2(qAbs(nps.value(u"score").toDouble() - scores[g]) < 1e-3,
                     qPrintable(QString::number(nps.value(u"score").toDouble())));
            QStringList letters;
            for (const QJsonValue& letter : group.value(u"nps_higher_than").toArray())
                letters << letter.toString();
            QCOMPARE(letters, higher[g]);
        }
        // Against the rest: C ("No sé…", 33.9) is below the rest of the sample.
        const Run rest = runSondo({QStringLiteral("freq"), m_project, QStringLiteral("Q24"),
                                   QStringLiteral("--by"), QStringLiteral("Q18"),
                                   QStringLiteral("--vs-rest"), QStringLiteral("--json")});
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        QCOMPARE(
            rest.json().value(u"groups").toArray()[2].toObject().value(u"nps_vs_rest").toString(),
            QStringLiteral("lower"));
    }

    void chartIsStackedWithTheScores() {
        // The chart of a recommendation question is its NPS (issue 11 §4): per group one 100%
        // bar of detractors, passives and promoters, the score and its letters in the label.
        auto read = sondo::ProjectStore::read(m_project);
        QVERIFY(read.ok());
        const sondo::Project project = read.takeValue();
        const sondo::Survey& survey = project.survey;
        sondo::ChartOptions options;
        options.locale = QLocale::c();
        options.significance = true;
        sondo::ChartScope scope;
        scope.segment = survey.findQuestion(QStringLiteral("Q18"));
        const sondo::ChartSpec spec = sondo::ChartSpecBuilder::build(
            survey, project.responses, survey.findQuestion(QStringLiteral("Q24")), options, scope);
        QCOMPARE(spec.kind, sondo::ChartKind::StackedPercentBars);
        QCOMPARE(spec.series.size(), 3);
        QCOMPARE(spec.categories.size(), 4); // three groups and the total
        // Scores 74.49, 71.72, 33.87 (R, above); A and B higher than C.
        QVERIFY2(spec.categories[0].startsWith(QStringLiteral("A · S\u00ed (n\u00a0=\u00a098) · "
                                                              "NPS +74 C")),
                 qPrintable(spec.categories[0]));
        QVERIFY2(spec.categories[1].endsWith(QStringLiteral("NPS +72 C")),
                 qPrintable(spec.categories[1]));
        QVERIFY2(spec.categories[2].endsWith(QStringLiteral("NPS +34")),
                 qPrintable(spec.categories[2]));
        // Each bar's shares add up to 100%: promoters − detractors is the score.
        for (int c = 0; c < 3; ++c) {
            const double d = spec.series[0].values[c];
            const double p = spec.series[2].values[c];
            QVERIFY(qAbs(d + spec.series[1].values[c] + p - 100) < 1e-9);
            const double scores[] = {74.4898, 71.7172, 33.8710};
            QVERIFY(qAbs(p - d - scores[c]) < 1e-4);
        }
        // `--figure answers` still draws the distribution of the answers.
        options.figure = sondo::ChartFigure::Answers;
        const sondo::ChartSpec answers = sondo::ChartSpecBuilder::build(
            survey, project.responses, survey.findQuestion(QStringLiteral("Q24")), options, scope);
        QCOMPARE(answers.kind, sondo::ChartKind::GroupedBars);
    }

    void findingsLeadWithTheScore() {
        // R: x <- q[!is.na(q)]; length(x) 260; 100 * mean(x >= 9) 70.77; 100 * mean(x <= 6)
        // 6.92; score 63.85.
        const Run run = runSondo({QStringLiteral("findings"), m_project, QStringLiteral("Q24"),
                                  QStringLiteral("--lang"), QStringLiteral("it"),
                                  QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString first =
            run.json()[u"questions"].toArray()[0][u"findings"].toArray()[0].toString();
        QVERIFY2(first.endsWith(QStringLiteral(": Net Promoter Score +64 (promotori 71%, "
                                               "detrattori 7%, base 260)")),
                 qPrintable(first));
    }

    void findingsSaySignificantDifferencesOnly() {
        const Run run = runSondo({QStringLiteral("findings"), m_project, QStringLiteral("Q24"),
                                  QStringLiteral("--by"), QStringLiteral("Q18"),
                                  QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Higher NPS among \u201cS\u00ed\u201d than among "
                                                 "\u201cNo s\u00e9 lo que es el tidyverse\u201d")),
                 qPrintable(run.out));
        // A and B do not differ (Holm p 0.72): no sentence compares them.
        QVERIFY(!run.out.contains(QStringLiteral("Higher NPS among \u201cS\u00ed\u201d than among "
                                                 "\u201cNo\u201d")));
        QVERIFY(!run.out.contains(QStringLiteral("Higher NPS among \u201cNo\u201d than among "
                                                 "\u201cS\u00ed\u201d")));
    }
};

QTEST_GUILESS_MAIN(TestNpsByGroup)
#include "tst_npsbygroup.moc"
