// End-to-end tests of issue 11 on the command line: the statistics the engines in core/stats and
// core/findings compute, reaching the user through `sondo freq`, `sondo weight` and
// `sondo findings` (the built executable run on real files).
//
// Oracles, named per figure:
// - Wilson intervals: R prop.test(x, n, correct = FALSE)$conf.int (values below).
// - Letters: every pair of groups re-tested here with a plain loop, R's
//   prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value (pooled z, two-sided) and
//   p.adjust(p, "holm") within the row, from the counts the JSON itself prints.
// - Cramér's V: sqrt(X² / (n (min(r, c) − 1))) on the printed chi-square (CramersV.h's formula).
// - NPS and weighted NPS of tests/data/stats/panel.csv: the R lines of tst_nps.cpp.
// - Raking report: the R lines of tst_weights.cpp (rakingReport: survey::rake on sesso, eta, area).
// - Demo figures: Python's csv module and collections.Counter over the demo CSV (hand counts).

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

namespace {

using Run = sondo::test::SondoRun;
using sondo::test::demoSurveyPath;
using sondo::test::runSondo;

#define COMPARE_NEAR_TOL(actual, expected, tol)                                                    \
    QVERIFY2(std::abs(double(actual) - double(expected)) <= (tol),                                 \
             qPrintable(QStringLiteral("%1 vs %2")                                                 \
                            .arg(double(actual), 0, 'g', 15)                                       \
                            .arg(double(expected), 0, 'g', 15)))

QJsonObject optionNamed(const QJsonObject& table, const QString& label) {
    for (const QJsonValue& option : table.value(u"options").toArray())
        if (option.toObject().value(u"label").toString() == label)
            return option.toObject();
    return {};
}

QString panelPath() {
    return QFINDTESTDATA("data/stats/panel.csv");
}

/** Two-sided p of the pooled two-proportion z-test (R: prop.test(correct = FALSE)$p.value). */
double pooledP(double x1, double n1, double x2, double n2) {
    const double p = (x1 + x2) / (n1 + n2);
    const double se = std::sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
    if (!(se > 0))
        return std::nan("");
    return std::erfc(std::abs(x1 / n1 - x2 / n2) / se / std::sqrt(2.0));
}

} // namespace

class TestCliStats : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_panel;

    Run run(const QStringList& arguments) { return runSondo(arguments); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sondo"));
        m_panel = m_dir.filePath(QStringLiteral("panel.sondo"));
        Run r = run({QStringLiteral("import"), demoSurveyPath(), QStringLiteral("-o"), m_demo});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("import"), panelPath(), QStringLiteral("-o"), m_panel});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void freqGainsBasesAndIntervals() {
        const Run r =
            run({QStringLiteral("freq"), m_demo, QStringLiteral("Q8"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"weighted").toBool(true), false);
        QCOMPARE(json.value(u"unweighted_base").toInt(), 300);
        // Unweighted, Kish's effective base is the number of respondents.
        COMPARE_NEAR_TOL(json.value(u"effective_base").toDouble(), 300.0, 1e-9);
        const QJsonObject part = optionNamed(json, QStringLiteral("Sì, in parte"));
        QCOMPARE(part.value(u"unweighted_count").toInt(), 167); // hand count
        // R: prop.test(167, 300, correct = FALSE)$conf.int * 100 = 50.00874 61.18131
        COMPARE_NEAR_TOL(part.value(u"ci_low").toDouble(), 50.00873808268701, 1e-9);
        COMPARE_NEAR_TOL(part.value(u"ci_high").toDouble(), 61.181308243434806, 1e-9);
        // A numeric question is no recommendation question: no NPS.
        const Run numeric =
            run({QStringLiteral("freq"), m_demo, QStringLiteral("Q11"), QStringLiteral("--json")});
        QVERIFY(!numeric.json().contains(u"nps"));
    }

    void freqByGivesLettersAndCramersV() {
        const Run r = run({QStringLiteral("freq"), m_demo, QStringLiteral("Q10"),
                           QStringLiteral("--by"), QStringLiteral("Q2"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = r.json();
        const QJsonArray groups = json.value(u"groups").toArray();
        QCOMPARE(groups.size(), 4); // Q2: the four sizes of contact centre
        QStringList letters;
        for (const QJsonValue& g : groups)
            letters << g.toObject().value(u"letter").toString();
        QCOMPARE(letters, QStringList({"A", "B", "C", "D"}));

        // Cramér's V from the printed chi-square: V² · n · (min(3, 4) − 1) = X².
        const QJsonObject chi = json.value(u"chi_square").toObject();
        const double v = chi.value(u"cramers_v").toDouble();
        QVERIFY(v > 0 && v < 1);
        COMPARE_NEAR_TOL(v * v * 300 * (3 - 1), chi.value(u"statistic").toDouble(), 1e-9);

        // Letters re-derived with a plain loop: pooled z per pair, Holm within each option.
        const QJsonArray options = json.value(u"options").toArray();
        int lettersSeen = 0;
        for (int row = 0; row < options.size(); ++row) {
            struct Pair {
                int a, b;
                double p;
            };
            std::vector<Pair> pairs;
            for (int a = 0; a < groups.size(); ++a)
                for (int b = a + 1; b < groups.size(); ++b) {
                    const QJsonObject ga = groups[a].toObject(), gb = groups[b].toObject();
                    if (ga.value(u"effective_base").toDouble() < 30 ||
                        gb.value(u"effective_base").toDouble() < 30)
                        continue;
                    const double p = pooledP(
                        ga.value(u"options").toArray()[row].toObject().value(u"count").toDouble(),
                        ga.value(u"base").toDouble(),
                        gb.value(u"options").toArray()[row].toObject().value(u"count").toDouble(),
                        gb.value(u"base").toDouble());
                    if (std::isfinite(p))
                        pairs.push_back({a, b, p});
                }
            // Holm: the k-th smallest p times (m − k + 1), running maximum, capped at 1.
            std::vector<size_t> order(pairs.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::sort(order.begin(), order.end(),
                      [&](size_t x, size_t y) { return pairs[x].p < pairs[y].p; });
            std::vector<double> adjusted(pairs.size());
            double running = 0;
            for (size_t k = 0; k < order.size(); ++k) {
                running =
                    std::max(running, std::min(1.0, pairs[order[k]].p * double(pairs.size() - k)));
                adjusted[order[k]] = running;
            }
            std::vector<QStringList> expected(size_t(groups.size()));
            for (size_t i = 0; i < pairs.size(); ++i) {
                if (adjusted[i] >= 0.05)
                    continue;
                const auto percent = [&](int g) {
                    return groups[g]
                        .toObject()
                        .value(u"options")
                        .toArray()[row]
                        .toObject()
                        .value(u"percent")
                        .toDouble();
                };
                const int high =
                    percent(pairs[i].a) > percent(pairs[i].b) ? pairs[i].a : pairs[i].b;
                const int low = high == pairs[i].a ? pairs[i].b : pairs[i].a;
                expected[size_t(high)] << letters[low];
            }
            for (int g = 0; g < groups.size(); ++g) {
                QStringList actual;
                for (const QJsonValue& l : groups[g]
                                               .toObject()
                                               .value(u"options")
                                               .toArray()[row]
                                               .toObject()
                                               .value(u"higher_than")
                                               .toArray())
                    actual << l.toString();
                expected[size_t(g)].sort();
                QCOMPARE(actual, expected[size_t(g)]);
                lettersSeen += int(actual.size());
            }
        }
        QVERIFY(lettersSeen > 0); // remote work differs by size of centre

        // The text shows the letters and explains them.
        const Run text = run({QStringLiteral("freq"), m_demo, QStringLiteral("Q10"),
                              QStringLiteral("--by"), QStringLiteral("Q2")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Letters: ")));
        QVERIFY(text.out.contains(QStringLiteral("Cramér's V")));
    }

    void freqByLikertGivesMeanLetters() {
        // Q5 (agreement, Likert) by Q1 (sector): Welch's test on the means letters some groups.
        const Run r = run({QStringLiteral("freq"), m_demo, QStringLiteral("Q5"),
                           QStringLiteral("--by"), QStringLiteral("Q1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        qsizetype letters = 0;
        for (const QJsonValue& g : r.json().value(u"groups").toArray()) {
            QVERIFY(g.toObject().value(u"mean_higher_than").isArray());
            letters += g.toObject().value(u"mean_higher_than").toArray().size();
        }
        QVERIFY(letters > 0);
    }

    void npsOnlyForRecommendationQuestions() {
        const Run r =
            run({QStringLiteral("freq"), m_panel, QStringLiteral("nps"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject nps = r.json().value(u"nps").toObject();
        // tst_nps.cpp, R: nps(d$nps)
        COMPARE_NEAR_TOL(nps.value(u"score").toDouble(), 9.31034482758621, 1e-9);
        COMPARE_NEAR_TOL(nps.value(u"promoters").toDouble(), 37.2413793103448, 1e-9);
        COMPARE_NEAR_TOL(nps.value(u"passives").toDouble(), 34.8275862068965, 1e-9);
        COMPARE_NEAR_TOL(nps.value(u"detractors").toDouble(), 27.9310344827586, 1e-9);
        COMPARE_NEAR_TOL(nps.value(u"ci_low").toDouble(), 2.78417376752767, 1e-9);
        COMPARE_NEAR_TOL(nps.value(u"ci_high").toDouble(), 15.8365158876447, 1e-9);
        // spesa is numeric too, but no recommendation question.
        const Run spesa = run(
            {QStringLiteral("freq"), m_panel, QStringLiteral("spesa"), QStringLiteral("--json")});
        QCOMPARE(spesa.exitCode, 0);
        QVERIFY(!spesa.json().contains(u"nps"));
    }

    void weightColumnAppliesToFreq() {
        const QString project = m_dir.filePath(QStringLiteral("column.sondo"));
        QVERIFY(QFile::copy(m_panel, project));
        Run r = run({QStringLiteral("weight"), project, QStringLiteral("--column"),
                     QStringLiteral("peso"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"method").toString(), QStringLiteral("column"));

        r = run({QStringLiteral("freq"), project, QStringLiteral("nps"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"weighted").toBool(), true);
        QCOMPARE(json.value(u"unweighted_base").toInt(), 580);
        // tst_nps.cpp, R: nps(d$nps, d$peso)
        COMPARE_NEAR_TOL(json.value(u"effective_base").toDouble(), 493.494505701399, 1e-6);
        const QJsonObject nps = json.value(u"nps").toObject();
        COMPARE_NEAR_TOL(nps.value(u"score").toDouble(), 10.1756690724705, 1e-9);
        COMPARE_NEAR_TOL(nps.value(u"ci_low").toDouble(), 3.04932592623899, 1e-9);
        COMPARE_NEAR_TOL(nps.value(u"ci_high").toDouble(), 17.302012218702, 1e-9);
        // Counts are sums of weights, the interviews kept beside them.
        const QJsonObject ten = optionNamed(json, QStringLiteral("10"));
        QCOMPARE(ten.value(u"unweighted_count").toInt(), 108); // hand count
        QVERIFY(ten.value(u"count").toDouble() != 108.0);

        // --unweighted gives the unweighted figures back; --off removes the weighting.
        r = run({QStringLiteral("freq"), project, QStringLiteral("nps"),
                 QStringLiteral("--unweighted"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(u"weighted").toBool(true), false);
        COMPARE_NEAR_TOL(r.json().value(u"nps").toObject().value(u"score").toDouble(),
                         9.31034482758621, 1e-9);
        r = run({QStringLiteral("weight"), project, QStringLiteral("--off")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("freq"), project, QStringLiteral("nps"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(u"weighted").toBool(true), false);
    }

    void weightRakingReport() {
        const QString project = m_dir.filePath(QStringLiteral("raked.sondo"));
        QVERIFY(QFile::copy(m_panel, project));
        const Run r =
            run({QStringLiteral("weight"), project, QStringLiteral("--rake"),
                 QStringLiteral("sesso=Uomo:0.48,Donna:0.52"), QStringLiteral("--rake"),
                 QStringLiteral("eta=18-34:28%,35-54:34%,55+:38%"), QStringLiteral("--rake"),
                 QStringLiteral("area=Nord:0.46,Centro:0.2,Sud:0.34"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = r.json();
        QCOMPARE(report.value(u"converged").toBool(), true);
        QVERIFY(report.value(u"iterations").toInt() >= 1);
        // tst_weights.cpp rakingReport, R: survey::rake(...) to convergence (1e-6 here, so 1e-5).
        COMPARE_NEAR_TOL(report.value(u"min_weight").toDouble(), 0.404348605957674, 1e-5);
        COMPARE_NEAR_TOL(report.value(u"max_weight").toDouble(), 3.93429965379218, 1e-5);
        COMPARE_NEAR_TOL(report.value(u"design_effect").toDouble(), 1.32934160767839, 1e-5);
        COMPARE_NEAR_TOL(report.value(u"efficiency").toDouble(), 1 / 1.32934160767839, 1e-5);
        const QJsonArray margins = report.value(u"margins").toArray();
        QCOMPARE(margins.size(), 3);
        for (const QJsonValue& option : margins[0].toObject().value(u"options").toArray())
            COMPARE_NEAR_TOL(option.toObject().value(u"achieved").toDouble(),
                             option.toObject().value(u"target").toDouble(), 1e-6);

        // The saved weighting applies to freq: the sexes show the targets.
        const Run freq = run(
            {QStringLiteral("freq"), project, QStringLiteral("sesso"), QStringLiteral("--json")});
        QCOMPARE(freq.exitCode, 0);
        QCOMPARE(freq.json().value(u"weighted").toBool(), true);
        COMPARE_NEAR_TOL(
            optionNamed(freq.json(), QStringLiteral("Uomo")).value(u"percent").toDouble(), 48.0,
            1e-4);
        const Run text = run({QStringLiteral("freq"), project, QStringLiteral("sesso")});
        QVERIFY(text.out.contains(QStringLiteral("Effective base")));
    }

    void weightErrors_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{"--rake", "sesso=Uomo:0.5,Altro:0.5"} << 2 << "no option 'Altro'";
        QTest::newRow("shares not adding up")
            << QStringList{"--rake", "sesso=Uomo:0.5,Donna:0.4"} << 2 << "add up to 0.9";
        QTest::newRow("column not numeric")
            << QStringList{"--column", "settore"} << 2 << "is not numeric";
        QTest::newRow("bad share") << QStringList{"--rake", "sesso=Uomo:abc"} << 1 << "bad share";
        QTest::newRow("nothing asked") << QStringList{} << 1 << "give one of";
    }

    void weightErrors() {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString project = m_dir.filePath(QStringLiteral("errors.sondo"));
        QFile::remove(project);
        QVERIFY(QFile::copy(m_panel, project));
        const Run r = run(QStringList{QStringLiteral("weight"), project} + options);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(QStringLiteral("sondo: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // Nothing was saved: freq stays unweighted.
        const Run freq = run(
            {QStringLiteral("freq"), project, QStringLiteral("sesso"), QStringLiteral("--json")});
        QCOMPARE(freq.json().value(u"weighted").toBool(true), false);
    }

    /**
     * The seed newsletter's headline statements, from the data alone (hand counts over the demo
     * CSV): Q5 top-2-box (131 + 63) / 300 = 64.7% "about two thirds"; Q8 digital channels grew
     * (96 + 167) / 300 = 87.7% "over 80%"; Q11 mean share of staff remote where remote work was
     * introduced 84.49% over 254 (more than three quarters); Q12 the two main effects
     * "Equilibrio vita-lavoro" 190 / 254 and "Continuità del servizio" 163 / 254.
     */
    void findingsReproduceTheNewsletter() {
        const Run r = run({QStringLiteral("findings"), m_demo, QStringLiteral("--all"),
                           QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QMap<QString, QStringList> byQuestion;
        for (const QJsonValue& q : r.json().value(u"questions").toArray()) {
            QStringList sentences;
            for (const QJsonValue& s : q.toObject().value(u"findings").toArray())
                sentences << s.toString();
            byQuestion.insert(q.toObject().value(u"question").toString(), sentences);
        }
        QCOMPARE(byQuestion.value("Q5").value(0),
                 QStringLiteral("«Abbastanza d'accordo» o «Molto d'accordo»: circa due terzi "
                                "(65%, base 300)"));
        QVERIFY2(byQuestion.value("Q8").contains(
                     QStringLiteral("«Sì, molto» o «Sì, in parte»: quasi nove su dieci (88%, "
                                    "base 300)")),
                 qPrintable(byQuestion.value("Q8").join(u'\n')));
        QVERIFY2(byQuestion.value("Q11").value(0).contains(QStringLiteral("in media oltre l'80% "
                                                                          "(84%, base 254)")),
                 qPrintable(byQuestion.value("Q11").join(u'\n')));
        const QStringList effects = byQuestion.value("Q12");
        QCOMPARE(effects.size(), 2);
        QVERIFY(effects[0].startsWith(QStringLiteral("«Equilibrio vita-lavoro»: circa tre quarti "
                                                     "(75%, base 254")));
        QVERIFY(effects[1].startsWith(QStringLiteral("«Continuità del servizio»: circa due terzi "
                                                     "(64%, base 254")));

        // English, one question.
        const Run en = run({QStringLiteral("findings"), m_demo, QStringLiteral("Q5"),
                            QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.contains(QStringLiteral("about two thirds (65%, base 300)")),
                 qPrintable(en.out));
    }

    void findingsByOnlySaySignificantDifferences() {
        const Run by =
            run({QStringLiteral("findings"), m_demo, QStringLiteral("Q10"), QStringLiteral("--by"),
                 QStringLiteral("Q2"), QStringLiteral("--json")});
        QCOMPARE(by.exitCode, 0);
        const QJsonArray findings =
            by.json().value(u"questions").toArray()[0].toObject().value(u"findings").toArray();
        const Run freq =
            run({QStringLiteral("freq"), m_demo, QStringLiteral("Q10"), QStringLiteral("--by"),
                 QStringLiteral("Q2"), QStringLiteral("--json")});
        int significant = 0;
        for (const QJsonValue& g : freq.json().value(u"groups").toArray())
            for (const QJsonValue& o : g.toObject().value(u"options").toArray())
                significant += int(o.toObject().value(u"higher_than").toArray().size());
        // One comparison sentence per significant pair, after the headline sentences.
        const Run plain = run(
            {QStringLiteral("findings"), m_demo, QStringLiteral("Q10"), QStringLiteral("--json")});
        const qsizetype headlines = plain.json()
                                        .value(u"questions")
                                        .toArray()[0]
                                        .toObject()
                                        .value(u"findings")
                                        .toArray()
                                        .size();
        QCOMPARE(findings.size(), headlines + significant);
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
