// Net Promoter Score: classes, score, interval on the effective base, the test between two
// groups and the edges (all promoters, all detractors, n = 1, empty), on
// tests/data/stats/panel.csv (see PanelFixture.h) and hand-made answers. The R oracle is the
// formula of NetPromoterScore.h written out:
//
//   nps <- function(x, w = rep(1, length(x)), z = qnorm(.975)) { force(w); k <- !is.na(x)
//     x <- x[k]; w <- w[k]; pp <- sum(w[x >= 9]) / sum(w); pd <- sum(w[x <= 6]) / sum(w)
//     ne <- sum(w)^2 / sum(w^2); se <- 100 * sqrt((pp + pd - (pp - pd)^2) / ne)
//     s <- 100 * (pp - pd); c(score = s, pro = 100 * pp, pas = 100 - 100 * pp - 100 * pd,
//       det = 100 * pd, se = se, lo = s - z * se, hi = s + z * se, ne = ne) }
//   dd <- function(a, b) { s <- sqrt(a["se"]^2 + b["se"]^2); z <- (a["score"] - b["score"]) / s
//     c(a["score"] - b["score"], s, z, 2 * pnorm(-abs(z)),
//       a["score"] - b["score"] + c(-1, 1) * qnorm(.975) * s) }

#include "PanelFixture.h"

#include "stats/NetPromoterScore.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace sondo;
using namespace panel;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

RespondentMask settoreMask(const Fixture& f, int option) {
    RespondentMask mask(std::size_t(f.responses.respondentCount), 0);
    for (int i = 0; i < f.responses.respondentCount; ++i)
        mask[std::size_t(i)] = f.responses.columns[Settore].codes[i] == option + 1;
    return mask;
}

} // namespace

class TestNps : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void panelScore_data();
    void panelScore();
    void weighted();
    void oneToTen();
    void difference();
    void edges_data();
    void edges();
    void fromLabelledScale();

private:
    Fixture m_f;
};

void TestNps::initTestCase() {
    m_f = load();
}

void TestNps::panelScore_data() {
    QTest::addColumn<int>("settore");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QList<double>>("expected"); // score, pro, pas, det, se, lo, hi, ne
    // nps(d$nps); nps(d$nps, z = qnorm(.995)); nps(d$nps[settore == "Banche"]); ... "PA"
    QTest::newRow("all, 95%") << -1 << 0.95 << QList<double>{9.31034482758621, 37.2413793103448,
                                                             34.8275862068965, 27.9310344827586,
                                                             3.3297402970341,  2.78417376752767,
                                                             15.8365158876447, 580};
    QTest::newRow("all, 99%") << -1 << 0.99 << QList<double>{9.31034482758621, 37.2413793103448,
                                                             34.8275862068965, 27.9310344827586,
                                                             3.3297402970341,  0.733502197278158,
                                                             17.8871874578943, 580};
    QTest::newRow("Banche") << 0 << 0.95 << QList<double>{42.8571428571429, 50.7142857142857,
                                                          41.4285714285714, 7.85714285714286,
                                                          5.35884326755138, 32.3540030539472,
                                                          53.3602826603385, 140};
    QTest::newRow("PA") << 5 << 0.95 << QList<double>{-79.0322580645161, 4.83870967741935,
                                                      11.2903225806452,  83.8709677419355,
                                                      6.50665902966909,  -91.7850754223499,
                                                      -66.2794407066824, 62};
}

void TestNps::panelScore() {
    QFETCH(int, settore);
    QFETCH(double, confidence);
    QFETCH(QList<double>, expected);
    const RespondentMask mask = settore < 0 ? RespondentMask{} : settoreMask(m_f, settore);
    const NpsResult r = NetPromoterScore::compute(m_f.survey, m_f.responses, Nps, mask,
                                                  NpsScale::ZeroToTen, confidence);
    QVERIFY(r.valid);
    COMPARE_NEAR(r.score, expected[0]);
    COMPARE_NEAR(r.promotersPercent, expected[1]);
    COMPARE_NEAR(r.passivesPercent, expected[2]);
    COMPARE_NEAR(r.detractorsPercent, expected[3]);
    COMPARE_NEAR(r.standardError, expected[4]);
    COMPARE_NEAR(r.interval.low, expected[5]);
    COMPARE_NEAR(r.interval.high, expected[6]);
    COMPARE_NEAR(r.base.effectiveBase(), expected[7]);
    QCOMPARE(r.base.n, qint64(expected[7]));
    QCOMPARE(r.outOfScale, qint64(0));
    QCOMPARE(r.confidence, confidence);
    if (settore < 0) {
        // table(d$nps): 21 20 21 25 16 24 35 | 66 136 | 108 108, 20 missing
        QCOMPARE(r.detractors.unweighted, qint64(162));
        QCOMPARE(r.passives.unweighted, qint64(202));
        QCOMPARE(r.promoters.unweighted, qint64(216));
    }
}

void TestNps::weighted() {
    // nps(d$nps, d$peso)
    Fixture f = m_f;
    f.responses.weights = f.peso;
    const NpsResult r = NetPromoterScore::compute(f.survey, f.responses, Nps);
    QVERIFY(r.valid);
    COMPARE_NEAR(r.score, 10.1756690724705);
    COMPARE_NEAR(r.promotersPercent, 38.225980011268);
    COMPARE_NEAR(r.passivesPercent, 33.7237090499344);
    COMPARE_NEAR(r.detractorsPercent, 28.0503109387975);
    COMPARE_NEAR(r.standardError, 3.6359561718701);
    COMPARE_NEAR(r.interval.low, 3.04932592623899);
    COMPARE_NEAR(r.interval.high, 17.302012218702);
    COMPARE_NEAR(r.base.effectiveBase(), 493.494505701399);
    QCOMPARE(r.promoters.unweighted, qint64(216)); // counts kept beside the weighted figures
    // The raw-values path agrees.
    const NpsResult raw = NetPromoterScore::compute(f.responses.columns[Nps].values, f.peso);
    COMPARE_NEAR(raw.score, r.score);
    COMPARE_NEAR(raw.standardError, r.standardError);
}

void TestNps::oneToTen() {
    // On a 1-10 scale a 0 is not an answer: x <- ifelse(d$nps == 0, NA, d$nps); nps(x);
    // sum(d$nps == 0, na.rm = TRUE)  # 21 out of scale
    const NpsResult r =
        NetPromoterScore::compute(m_f.survey, m_f.responses, Nps, {}, NpsScale::OneToTen);
    QVERIFY(r.valid);
    QCOMPARE(r.outOfScale, qint64(21));
    QCOMPARE(r.base.n, qint64(559));
    COMPARE_NEAR(r.score, 13.4168157423971);
    COMPARE_NEAR(r.standardError, 3.33206714587319);
    COMPARE_NEAR(r.interval.low, 6.88608414241651);
    COMPARE_NEAR(r.interval.high, 19.9475473423778);
    // Fractions and values past 10 are out of scale too (by hand).
    const NpsResult odd = NetPromoterScore::compute({7.5, 11, -1, 9, 10, kNaN});
    QCOMPARE(odd.outOfScale, qint64(3));
    QCOMPARE(odd.base.n, qint64(2));
    QCOMPARE(odd.score, 100.0);
}

void TestNps::difference() {
    // dd(nps(x[settore == "Banche"]), nps(x[settore == "PA"]))
    const NpsResult banche =
        NetPromoterScore::compute(m_f.survey, m_f.responses, Nps, settoreMask(m_f, 0));
    const NpsResult pa =
        NetPromoterScore::compute(m_f.survey, m_f.responses, Nps, settoreMask(m_f, 5));
    const NpsDifference d = NetPromoterScore::difference(banche, pa);
    QVERIFY(d.valid);
    COMPARE_NEAR(d.difference, 121.889400921659);
    COMPARE_NEAR(d.standardError, 8.42934237616168);
    COMPARE_NEAR(d.z, 14.4601317021319);
    COMPARE_NEAR_TOL(d.p, 2.16383398671609e-47, 1e-6);
    QVERIFY(d.significant);
    COMPARE_NEAR(d.interval.low, 105.368193451025);
    COMPARE_NEAR(d.interval.high, 138.410608392293);

    // dd(nps(x[settore == "Energia"]), nps(x[settore == "Retail"])): not significant
    const NpsResult energia =
        NetPromoterScore::compute(m_f.survey, m_f.responses, Nps, settoreMask(m_f, 3));
    const NpsResult retail =
        NetPromoterScore::compute(m_f.survey, m_f.responses, Nps, settoreMask(m_f, 4));
    const NpsDifference close = NetPromoterScore::difference(energia, retail);
    QVERIFY(close.valid);
    COMPARE_NEAR(close.difference, 7.36263736263736);
    COMPARE_NEAR(close.z, 0.575956520629284);
    COMPARE_NEAR(close.p, 0.564644570572626);
    QVERIFY(!close.significant);
    COMPARE_NEAR(close.interval.low, -17.692212344128);
    COMPARE_NEAR(close.interval.high, 32.4174870694027);

    // Reversed, the sign turns and nothing else.
    const NpsDifference reversed = NetPromoterScore::difference(pa, banche);
    COMPARE_NEAR(reversed.difference, -121.889400921659);
    COMPARE_NEAR(reversed.p, d.p);
}

void TestNps::edges_data() {
    QTest::addColumn<std::vector<double>>("answers");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // By hand from the formula: with everyone in one class p₊ + p₋ − (p₊ − p₋)² = 0, so the
    // interval collapses to the score (a Wald interval says nothing more on such a base).
    QTest::newRow("all promoters")
        << std::vector<double>{9, 10, 10, 9} << true << 100.0 << 100.0 << 100.0;
    QTest::newRow("all detractors")
        << std::vector<double>{0, 6, 3} << true << -100.0 << -100.0 << -100.0;
    QTest::newRow("all passives") << std::vector<double>{7, 8} << true << 0.0 << 0.0 << 0.0;
    QTest::newRow("n = 1, a promoter")
        << std::vector<double>{10} << true << 100.0 << 100.0 << 100.0;
    QTest::newRow("n = 1, a detractor")
        << std::vector<double>{2} << true << -100.0 << -100.0 << -100.0;
    QTest::newRow("empty") << std::vector<double>{} << false << kNaN << kNaN << kNaN;
    QTest::newRow("only blanks") << std::vector<double>{kNaN, kNaN} << false << kNaN << kNaN
                                 << kNaN;
    // nps(c(10, 0)): score 0, se = 100 * sqrt(1 / 2), interval 0 ± 138.59 kept in [-100, 100]
    QTest::newRow("one each side: interval clipped")
        << std::vector<double>{10, 0} << true << 0.0 << -100.0 << 100.0;
}

void TestNps::edges() {
    QFETCH(std::vector<double>, answers);
    QFETCH(bool, valid);
    QFETCH(double, score);
    QFETCH(double, low);
    QFETCH(double, high);
    const NpsResult r = NetPromoterScore::compute(answers);
    QCOMPARE(r.valid, valid);
    COMPARE_NEAR(r.score, score);
    COMPARE_NEAR(r.interval.low, low);
    COMPARE_NEAR(r.interval.high, high);
    if (valid)
        COMPARE_NEAR(r.promotersPercent + r.passivesPercent + r.detractorsPercent, 100.0);
    // No test between two groups without variance.
    if (valid && r.standardError == 0)
        QVERIFY(!NetPromoterScore::difference(r, r).valid);
}

void TestNps::fromLabelledScale() {
    // A numbered scale imported as Likert ("0 - Per nulla probabile" … "10 - Estremamente
    // probabile", scores 0..10) and a single-choice question labelled "0" … "10" read as their
    // numbers; a "Non so" has no number and is out of scale. By hand: answers 10, 9, 8, 0, 5, and
    // one "Non so": promoters 2, passives 1, detractors 2 of 5, NPS 0.
    Survey survey;
    QStringList labels;
    std::vector<double> scores;
    for (int v = 0; v <= 10; ++v) {
        labels << (v == 0    ? QStringLiteral("0 - Per nulla probabile")
                   : v == 10 ? QStringLiteral("10 - Estremamente probabile")
                             : QString::number(v));
        scores.push_back(v);
    }
    labels << QStringLiteral("Non so");
    scores.push_back(kNaN);
    survey.questions << question("Q1", "likert", QuestionType::Likert, labels, scores);
    QStringList plain;
    for (int v = 0; v <= 10; ++v)
        plain << QString::number(v);
    survey.questions << question("Q2", "single", QuestionType::Single, plain);
    ResponseMatrix m;
    m.respondentCount = 7;
    m.columns.resize(2);
    m.columns[0].codes = {11, 10, 9, 1, 6, 12, 0}; // code = value + 1; 12 = Non so; 0 = blank
    m.columns[1].codes = {11, 10, 9, 1, 6, 0, 0};
    for (int q = 0; q < 2; ++q) {
        const NpsResult r = NetPromoterScore::compute(survey, m, q);
        QVERIFY(r.valid);
        QCOMPARE(r.promoters.unweighted, qint64(2));
        QCOMPARE(r.passives.unweighted, qint64(1));
        QCOMPARE(r.detractors.unweighted, qint64(2));
        QCOMPARE(r.outOfScale, qint64(q == 0 ? 1 : 0));
        COMPARE_NEAR(r.score, 0.0);
    }
    // A text question has no score.
    survey.questions << question("Q3", "text", QuestionType::Text);
    m.columns.emplace_back();
    QVERIFY(!NetPromoterScore::compute(survey, m, 2).valid);
}

QTEST_GUILESS_MAIN(TestNps)
#include "tst_nps.moc"
