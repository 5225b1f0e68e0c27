// Significance between groups: the column-proportions z-test with Holm's correction and the
// letters it gives, each group against the rest, Welch's t-test on means, Cramér's V, on
// tests/data/stats/panel.csv (see PanelFixture.h for the R preamble) and hand-written cases.
// Every expected value was computed with R 4.2; the R line is quoted beside it. The letters of a
// whole table come from this R function (groups under the minimum base left out, p-values of a
// row corrected together, a cell gets the letter of each group it is significantly above):
//
//   lett <- function(hit, n, method = "holm", alpha = .05, minb = 30) {
//     pairs <- combn(which(n >= minb), 2)
//     p <- apply(pairs, 2, function(ab) prop.test(hit[ab], n[ab], correct = FALSE)$p.value)
//     adj <- p.adjust(p, method); out <- rep("", 7)
//     for (k in seq_len(ncol(pairs))) if (!is.na(adj[k]) && adj[k] <= alpha) {
//       a <- pairs[1, k]; b <- pairs[2, k]; hi <- if (hit[a]/n[a] > hit[b]/n[b]) a else b
//       out[hi] <- paste0(out[hi], LETTERS[a + b - hi]) }
//     sapply(out, function(s) paste(sort(strsplit(s, "")[[1]]), collapse = "")) }
//   ok <- !is.na(acc); n <- tapply(ok[ok], settore[ok], sum)
//   x <- function(r) tapply(acc[ok] == scala[r], settore[ok], sum)

#include "PanelFixture.h"

#include "stats/ColumnProportionsTest.h"
#include "stats/CramersV.h"
#include "stats/CrossTab.h"
#include "stats/CrossTabInference.h"
#include "stats/EffectiveBase.h"
#include "stats/MeanSample.h"
#include "stats/MeansTest.h"
#include "stats/PValueAdjustment.h"
#include "stats/TwoProportionZTest.h"
#include "stats/WelchTest.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace sondo;
using namespace panel;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
using Method = PValueAdjustment::Method;

/** The letters of every group on one row, as strings ("CDEF"), for comparison with R. */
QStringList lettersOfRow(const GroupComparison& c, int row) {
    QStringList result;
    for (int g = 0; g < c.letters.size(); ++g)
        result << c.higherThanLetters(row, g).join(QString());
    return result;
}

std::vector<double> valuesOf(const Fixture& f, int question, int settore) {
    std::vector<double> values;
    for (int i = 0; i < f.responses.respondentCount; ++i)
        if (settore < 0 || f.responses.columns[Settore].codes[i] == settore + 1)
            values.push_back(f.responses.columns[std::size_t(question)].values[std::size_t(i)]);
    return values;
}

} // namespace

class TestSignificance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void zTest_data();
    void zTest();
    void zTestUndefined();
    void adjust_data();
    void adjust();
    void holmBoundary_data();
    void holmBoundary();
    void letters();
    void columnProportions_data();
    void columnProportions();
    void columnProportionsOptions_data();
    void columnProportionsOptions();
    void columnProportionsWeighted_data();
    void columnProportionsWeighted();
    void againstRest_data();
    void againstRest();
    void multipleChoiceQuestion();
    void overlappingGroupsNotTested();
    void welch_data();
    void welch();
    void welchFromTables();
    void welchWeighted();
    void meansLetters();
    void cramersV();
    void topTwoBoxLeavesDontKnowOut();
    void unweightedBasesAreTheTablesCounts();
    void multipleChoiceGroupsAreEachGroupsTable();

private:
    Fixture m_f;
    Fixture m_weighted;
};

void TestSignificance::initTestCase() {
    m_f = load();
    m_weighted = m_f;
    m_weighted.responses.weights = m_f.peso;
}

void TestSignificance::zTest_data() {
    QTest::addColumn<double>("x1");
    QTest::addColumn<double>("n1");
    QTest::addColumn<double>("x2");
    QTest::addColumn<double>("n2");
    QTest::addColumn<double>("chiSquare");
    QTest::addColumn<double>("p");
    // r <- prop.test(c(x1, x2), c(n1, n2), correct = FALSE); r$statistic; r$p.value
    QTest::newRow("45/100 vs 30/100")
        << 45.0 << 100.0 << 30.0 << 100.0 << 4.8 << 0.0284597369163105;
    QTest::newRow("72/100 vs 51/100")
        << 72.0 << 100.0 << 51.0 << 100.0 << 9.31263858093126 << 0.00227578501897532;
    QTest::newRow("10/40 vs 25/45")
        << 10.0 << 40.0 << 25.0 << 45.0 << 8.16269841269841 << 0.00427607030360157;
    QTest::newRow("0/30 vs 5/40") << 0.0 << 30.0 << 5.0 << 40.0 << 4.03846153846154
                                  << 0.044474348283053;
    QTest::newRow("300/1000 vs 280/1000")
        << 300.0 << 1000.0 << 280.0 << 1000.0 << 0.971345313258864 << 0.324344890711655;
    QTest::newRow("5/8 vs 1/9") << 5.0 << 8.0 << 1.0 << 9.0 << 4.89751683501684
                                << 0.0268953429534418;
}

void TestSignificance::zTest() {
    QFETCH(double, x1);
    QFETCH(double, n1);
    QFETCH(double, x2);
    QFETCH(double, n2);
    QFETCH(double, chiSquare);
    QFETCH(double, p);
    const auto outcome = TwoProportionZTest::compute(x1 / n1, n1, x2 / n2, n2);
    QVERIFY(outcome.valid);
    // prop.test's chi-square is z², its p the two-sided p of z.
    COMPARE_NEAR(outcome.z * outcome.z, chiSquare);
    COMPARE_NEAR(outcome.p, p);
    QCOMPARE(outcome.z > 0, x1 / n1 > x2 / n2);
    // Swapping the groups changes only the sign.
    const auto swapped = TwoProportionZTest::compute(x2 / n2, n2, x1 / n1, n1);
    COMPARE_NEAR(swapped.z, -outcome.z);
    COMPARE_NEAR(swapped.p, outcome.p);
}

void TestSignificance::zTestUndefined() {
    // prop.test(c(0, 0), c(30, 40), correct = FALSE)$p.value is NaN: no variance to test.
    QVERIFY(!TwoProportionZTest::compute(0, 30, 0, 40).valid);
    QVERIFY(!TwoProportionZTest::compute(1, 30, 1, 40).valid);
    QVERIFY(std::isnan(TwoProportionZTest::compute(1, 30, 1, 40).p));
    QVERIFY(!TwoProportionZTest::compute(0.5, 0, 0.5, 40).valid);
    QVERIFY(!TwoProportionZTest::compute(kNaN, 10, 0.5, 40).valid);
}

void TestSignificance::adjust_data() {
    QTest::addColumn<std::vector<double>>("p");
    QTest::addColumn<std::vector<double>>("holm");
    QTest::addColumn<std::vector<double>>("bonferroni");
    // p.adjust(p, "holm"); p.adjust(p, "bonferroni")
    QTest::newRow("four") << std::vector<double>{0.01, 0.04, 0.03, 0.005}
                          << std::vector<double>{0.03, 0.06, 0.06, 0.02}
                          << std::vector<double>{0.04, 0.16, 0.12, 0.02};
    QTest::newRow("NA left out of m") << std::vector<double>{0.02, kNaN, 0.01, 0.5, 0.04}
                                      << std::vector<double>{0.06, kNaN, 0.04, 0.5, 0.08}
                                      << std::vector<double>{0.08, kNaN, 0.04, 1, 0.16};
    QTest::newRow("ties") << std::vector<double>{0.3, 0.3, 0.001}
                          << std::vector<double>{0.6, 0.6, 0.003}
                          << std::vector<double>{0.9, 0.9, 0.003};
    QTest::newRow("empty") << std::vector<double>{} << std::vector<double>{}
                           << std::vector<double>{};
}

void TestSignificance::adjust() {
    QFETCH(std::vector<double>, p);
    QFETCH(std::vector<double>, holm);
    QFETCH(std::vector<double>, bonferroni);
    const std::vector<double> h = PValueAdjustment::adjust(p, Method::Holm);
    const std::vector<double> b = PValueAdjustment::adjust(p, Method::Bonferroni);
    QCOMPARE(h.size(), p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        COMPARE_NEAR(h[i], holm[i]);
        COMPARE_NEAR(b[i], bonferroni[i]);
    }
    const std::vector<double> none = PValueAdjustment::adjust(p, Method::None);
    for (std::size_t i = 0; i < p.size(); ++i)
        COMPARE_NEAR(none[i], p[i]);
}

void TestSignificance::holmBoundary_data() {
    QTest::addColumn<std::vector<double>>("p");
    QTest::addColumn<int>("method");
    QTest::addColumn<std::vector<bool>>("rejected");
    // Holm with m = 3 at α = 0.05: the sorted p-values face α/3, α/2 and α in turn; a p-value
    // exactly at its step's threshold is rejected, one a hair above stops the procedure there
    // (by hand, from Holm 1979; R's p.adjust agrees up to the rounding of 3 · (0.05 / 3)).
    const double a = 0.05;
    const double past = 1.0; // direction of std::nextafter
    QTest::newRow("every step exactly at its threshold")
        << std::vector<double>{a / 2, a, a / 3} << int(Method::Holm)
        << std::vector<bool>{true, true, true};
    QTest::newRow("first step just past: nothing rejected")
        << std::vector<double>{std::nextafter(a / 3, past), 0.02, 0.024} << int(Method::Holm)
        << std::vector<bool>{false, false, false};
    QTest::newRow("second step just past: stops, 0.03 < α kept")
        << std::vector<double>{0.01, std::nextafter(a / 2, past), 0.03} << int(Method::Holm)
        << std::vector<bool>{true, false, false};
    QTest::newRow("last step exactly at α")
        << std::vector<double>{0.001, 0.002, a} << int(Method::Holm)
        << std::vector<bool>{true, true, true};
    QTest::newRow("last step just past α")
        << std::vector<double>{0.001, 0.002, std::nextafter(a, past)} << int(Method::Holm)
        << std::vector<bool>{true, true, false};
    // A NaN (untestable pair) is not in the family: m = 2, thresholds α/2 and α.
    QTest::newRow("NaN out of m") << std::vector<double>{kNaN, a / 2, a} << int(Method::Holm)
                                  << std::vector<bool>{false, true, true};
    // Bonferroni: p ≤ α/m for each, no steps.
    QTest::newRow("Bonferroni at α/3")
        << std::vector<double>{a / 3, std::nextafter(a / 3, past), 0.001} << int(Method::Bonferroni)
        << std::vector<bool>{true, false, true};
    QTest::newRow("no correction at α") << std::vector<double>{a, std::nextafter(a, past)}
                                        << int(Method::None) << std::vector<bool>{true, false};
}

void TestSignificance::holmBoundary() {
    QFETCH(std::vector<double>, p);
    QFETCH(int, method);
    QFETCH(std::vector<bool>, rejected);
    QCOMPARE(PValueAdjustment::reject(p, 0.05, Method(method)), rejected);
}

void TestSignificance::letters() {
    // Spreadsheet column names, by hand.
    QCOMPARE(GroupComparison::letter(0), QStringLiteral("A"));
    QCOMPARE(GroupComparison::letter(6), QStringLiteral("G"));
    QCOMPARE(GroupComparison::letter(25), QStringLiteral("Z"));
    QCOMPARE(GroupComparison::letter(26), QStringLiteral("AA"));
    QCOMPARE(GroupComparison::letter(27), QStringLiteral("AB"));
    QCOMPARE(GroupComparison::letter(701), QStringLiteral("ZZ"));
    QCOMPARE(GroupComparison::letter(702), QStringLiteral("AAA"));
    QCOMPARE(GroupComparison::letter(-1), QString());
}

void TestSignificance::columnProportions_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");
    // lett(x(r), n) for each option r of accordo by settore (Sanità, 24 answers, is under 30)
    QTest::newRow("Per niente d'accordo") << 0 << QStringList{"", "", "", "B", "AB", "ABCDE", ""};
    QTest::newRow("Poco d'accordo") << 1 << QStringList{"", "", "", "A", "A", "A", ""};
    QTest::newRow("Né d'accordo né in disaccordo")
        << 2 << QStringList{"", "", "", "A", "AB", "AB", ""};
    QTest::newRow("Abbastanza d'accordo") << 3 << QStringList{"F", "F", "F", "F", "F", "", ""};
    QTest::newRow("Molto d'accordo") << 4 << QStringList{"CDEF", "DEF", "F", "", "", "", ""};
    QTest::newRow("Non so") << 5 << QStringList{"", "", "", "", "", "", ""};
}

void TestSignificance::columnProportions() {
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Accordo, Settore);
    const SegmentWeights weights =
        EffectiveBase::bySegment(m_f.survey, m_f.responses, Accordo, Settore);
    const GroupComparison c = ColumnProportionsTest::pairwise(tab, weights);
    QVERIFY(c.valid);
    QCOMPARE(c.letters, (QStringList{"A", "B", "C", "D", "E", "F", "G"}));
    QCOMPARE(c.tested, (std::vector<bool>{true, true, true, true, true, true, false}));
    // n: 143, 95, 101, 70, 91, 61, 24 answered
    COMPARE_NEAR(c.effectiveBases[0], 143.0);
    COMPARE_NEAR(c.effectiveBases[6], 24.0);
    QCOMPARE(c.rows.size(), std::size_t(6));
    QCOMPARE(lettersOfRow(c, row), expected);
    // Every pair of the six tested groups could be tested on every row (R: m = 15).
    QCOMPARE(c.rows[std::size_t(row)].pairs.size(), std::size_t(15));
    for (const PairTest& pair : c.rows[std::size_t(row)].pairs)
        QVERIFY(pair.first != 6 && pair.second != 6);
}

void TestSignificance::columnProportionsOptions_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("method");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("minimumBase");
    QTest::addColumn<QStringList>("expected");
    // lett(x(r), n, method, alpha) and lett(x(1), n, minb = 20)
    QTest::newRow("Per niente, Bonferroni 95%") << 0 << int(Method::Bonferroni) << 0.95 << 30.0
                                                << QStringList{"", "", "", "", "AB", "ABCDE", ""};
    QTest::newRow("Per niente, Holm 90%") << 0 << int(Method::Holm) << 0.90 << 30.0
                                          << QStringList{"", "", "", "AB", "ABC", "ABCDE", ""};
    QTest::newRow("Per niente, Holm 99%")
        << 0 << int(Method::Holm) << 0.99 << 30.0 << QStringList{"", "", "", "", "", "ABC", ""};
    QTest::newRow("Per niente, uncorrected 95%")
        << 0 << int(Method::None) << 0.95 << 30.0
        << QStringList{"", "", "", "ABC", "ABC", "ABCDE", ""};
    QTest::newRow("Molto, Bonferroni 95%") << 4 << int(Method::Bonferroni) << 0.95 << 30.0
                                           << QStringList{"DEF", "DEF", "F", "", "", "", ""};
    QTest::newRow("Molto, Holm 90%") << 4 << int(Method::Holm) << 0.90 << 30.0
                                     << QStringList{"CDEF", "DEF", "F", "", "", "", ""};
    QTest::newRow("Molto, Holm 99%")
        << 4 << int(Method::Holm) << 0.99 << 30.0 << QStringList{"DEF", "F", "F", "", "", "", ""};
    QTest::newRow("Molto, uncorrected 95%") << 4 << int(Method::None) << 0.95 << 30.0
                                            << QStringList{"CDEF", "DEF", "DEF", "F", "F", "", ""};
    QTest::newRow("Per niente, minimum base 20: Sanità tested")
        << 0 << int(Method::Holm) << 0.95 << 20.0 << QStringList{"", "", "", "", "AB", "ABCDE", ""};
}

void TestSignificance::columnProportionsOptions() {
    QFETCH(int, row);
    QFETCH(int, method);
    QFETCH(double, confidence);
    QFETCH(double, minimumBase);
    QFETCH(QStringList, expected);
    SignificanceOptions options;
    options.correction = Method(method);
    options.confidence = confidence;
    options.minimumEffectiveBase = minimumBase;
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Accordo, Settore);
    const GroupComparison c = ColumnProportionsTest::pairwise(
        tab, EffectiveBase::bySegment(m_f.survey, m_f.responses, Accordo, Settore), options);
    QCOMPARE(lettersOfRow(c, row), expected);
    QCOMPARE(c.tested[6], minimumBase <= 24);
    QCOMPARE(c.confidence, confidence);
}

void TestSignificance::columnProportionsWeighted_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");
    // Weighted by peso, proportions of Σw, tested on Kish's effective bases (the z formula of
    // TwoProportionZTest written out in R):
    //   w <- d$peso; sw <- tapply(w[ok], settore[ok], sum); ne <- sw^2 / tapply(w[ok]^2,
    //   settore[ok], sum) pr <- tapply(w[ok] * (acc[ok] == scala[r]), settore[ok], sum) / sw pairs
    //   <- combn(which(ne >= 30), 2) z <- apply(pairs, 2, function(ab) { pb <- sum(pr[ab] * ne[ab])
    //   / sum(ne[ab])
    //        (pr[ab[1]] - pr[ab[2]]) / sqrt(pb * (1 - pb) * sum(1 / ne[ab])) })
    //   adj <- p.adjust(2 * pnorm(-abs(z)), "holm")  # then letters as in lett()
    QTest::newRow("Per niente d'accordo") << 0 << QStringList{"", "", "", "", "AB", "ABCD", ""};
    QTest::newRow("Poco d'accordo") << 1 << QStringList{"", "", "", "A", "A", "ABC", ""};
    QTest::newRow("Né d'accordo né in disaccordo")
        << 2 << QStringList{"", "", "", "A", "AB", "AB", ""};
    QTest::newRow("Abbastanza d'accordo") << 3 << QStringList{"F", "F", "F", "F", "", "", ""};
    QTest::newRow("Molto d'accordo") << 4 << QStringList{"CDEF", "DEF", "F", "", "F", "", ""};
    QTest::newRow("Non so") << 5 << QStringList{"", "", "", "", "", "", ""};
}

void TestSignificance::columnProportionsWeighted() {
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    const Fixture& f = m_weighted;
    const CrossTab tab = CrossTab::compute(f.survey, f.responses, Accordo, Settore);
    const GroupComparison c = ColumnProportionsTest::pairwise(
        tab, EffectiveBase::bySegment(f.survey, f.responses, Accordo, Settore));
    QCOMPARE(lettersOfRow(c, row), expected);
    // ne: Sanità's 21.3 is under 30.
    COMPARE_NEAR(c.effectiveBases[0], 121.315204819425);
    COMPARE_NEAR(c.effectiveBases[6], 21.3150245240136);
    QVERIFY(!c.tested[6]);
}

void TestSignificance::againstRest_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<std::vector<int>>("expected");
    // Each group against everyone else who answered, Holm over the groups of the row:
    //   X <- sum(x(r)); N <- sum(n); idx <- which(n >= 30 & N - n >= 30)
    //   p <- sapply(idx, function(g) prop.test(c(x(r)[g], X - x(r)[g]), c(n[g], N - n[g]),
    //                                          correct = FALSE)$p.value)
    //   p.adjust(p, "holm") <= 0.05, signed by which proportion is higher
    QTest::newRow("Per niente d'accordo") << 0 << std::vector<int>{-1, -1, 0, 0, 0, 1, 0};
    QTest::newRow("Poco d'accordo") << 1 << std::vector<int>{-1, 0, 0, 0, 0, 1, 0};
    QTest::newRow("Né d'accordo né in disaccordo") << 2 << std::vector<int>{-1, 0, 0, 0, 1, 1, 0};
    QTest::newRow("Abbastanza d'accordo") << 3 << std::vector<int>{0, 0, 0, 0, 0, -1, 0};
    QTest::newRow("Molto d'accordo") << 4 << std::vector<int>{1, 0, 0, 0, 0, -1, 0};
    QTest::newRow("Non so") << 5 << std::vector<int>{0, 0, 0, 0, 0, 0, 0};
}

void TestSignificance::againstRest() {
    QFETCH(int, row);
    QFETCH(std::vector<int>, expected);
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Accordo, Settore);
    const GroupComparison c = ColumnProportionsTest::againstRest(
        tab, EffectiveBase::bySegment(m_f.survey, m_f.responses, Accordo, Settore));
    QVERIFY(c.valid);
    QCOMPARE(c.rows[std::size_t(row)].versusRest, expected);
    QVERIFY(c.rows[std::size_t(row)].higherThan.empty());
    // Six groups tested (Sanità is under the minimum): the family has six members.
    QCOMPARE(c.rows[std::size_t(row)].pairs.size(), std::size_t(6));
}

void TestSignificance::multipleChoiceQuestion() {
    // Canali (multiple choice) by settore: each option is a proportion of those who answered.
    //   a <- !is.na(d$canali); h <- a & grepl(o, ifelse(a, d$canali, ""))
    //   lett(tapply(h, settore, sum), tapply(a, settore, sum))
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Canali, Settore);
    const GroupComparison c = ColumnProportionsTest::pairwise(
        tab, EffectiveBase::bySegment(m_f.survey, m_f.responses, Canali, Settore));
    QVERIFY(c.valid);
    QCOMPARE(lettersOfRow(c, 0), (QStringList{"", "", "", "", "", "", ""}));
    QCOMPARE(lettersOfRow(c, 1), (QStringList{"F", "", "", "", "", "", ""}));
    QCOMPARE(lettersOfRow(c, 2), (QStringList{"", "", "", "", "", "", ""}));
    // tapply(a, settore, sum): 127 83 90 58 80 46 23
    COMPARE_NEAR(c.effectiveBases[5], 46.0);
}

void TestSignificance::overlappingGroupsNotTested() {
    // A multiple-choice segment's groups overlap: not independent samples, no test (as no
    // chi-square); the same for means.
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Accordo, Canali);
    const SegmentWeights weights =
        EffectiveBase::bySegment(m_f.survey, m_f.responses, Accordo, Canali);
    QVERIFY(!ColumnProportionsTest::pairwise(tab, weights).valid);
    QVERIFY(!ColumnProportionsTest::againstRest(tab, weights).valid);
    QVERIFY(!MeansTest::pairwise(tab, weights).valid);
    // Fewer than two groups: nothing to compare.
    QVERIFY(!ColumnProportionsTest::pairwise(std::vector<ProportionColumn>(1)).valid);
}

void TestSignificance::welch_data() {
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("y");
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("p");
    // r <- t.test(x, y); r$statistic; r$parameter; r$p.value
    QTest::newRow("small") << std::vector<double>{3, 4, 5, 4, 3} << std::vector<double>{1, 2, 2, 3}
                           << 3.25041803331577 << 6.64190426366728 << 0.0151194535049674;
    // s <- d$spesa; t.test(s[settore == "Banche"], s[settore == "PA"])
    QTest::newRow("spesa, Banche vs PA")
        << valuesOf(load(), Spesa, 0) << valuesOf(load(), Spesa, 5) << 6.12452225820253
        << 138.283374256215 << 8.88524282434389e-09;
}

void TestSignificance::welch() {
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, y);
    QFETCH(double, t);
    QFETCH(double, df);
    QFETCH(double, p);
    const WelchTest::Outcome outcome =
        WelchTest::compute(MeanSample::fromValues(x), MeanSample::fromValues(y));
    QVERIFY(outcome.valid);
    COMPARE_NEAR(outcome.t, t);
    COMPARE_NEAR(outcome.df, df);
    COMPARE_NEAR(outcome.p, p);

    // Constant data cannot be tested (R: "data are essentially constant").
    QVERIFY(!WelchTest::compute(MeanSample::fromValues({2, 2, 2}), MeanSample::fromValues({2, 2}))
                 .valid);
    QVERIFY(!WelchTest::compute(MeanSample::fromValues({2}), MeanSample::fromValues({1, 3})).valid);
}

void TestSignificance::welchFromTables() {
    // The crosstab's group summaries with the scored effective bases give the same test as the
    // raw values: t.test(s[settore == "Banche"], s[settore == "PA"]), and the letters
    //   n <- tapply(!is.na(s), settore, sum); pairs <- combn(which(n >= 30), 2)
    //   t.test per pair, p.adjust(p, "holm") <= 0.05 (letters as in lett())
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Spesa, Settore);
    const SegmentWeights scored = EffectiveBase::bySegment(
        m_f.survey, m_f.responses, Spesa, Settore, {}, EffectiveBase::Basis::Scored);
    const std::vector<MeanSample> samples = MeansTest::samplesOf(tab, scored);
    const WelchTest::Outcome outcome = WelchTest::compute(samples[0], samples[5]);
    COMPARE_NEAR(outcome.t, 6.12452225820253);
    COMPARE_NEAR(outcome.df, 138.283374256215);
    COMPARE_NEAR(outcome.p, 8.88524282434389e-09);
    // tapply(s, settore, mean, na.rm = TRUE)
    COMPARE_NEAR(samples[0].mean, 125.257625899281);
    COMPARE_NEAR(samples[5].mean, 77.9139344262295);

    const GroupComparison c = MeansTest::pairwise(tab, scored);
    QVERIFY(c.valid);
    QCOMPARE(c.rows.size(), std::size_t(1));
    QCOMPARE(lettersOfRow(c, 0), (QStringList{"DEF", "DEF", "F", "", "", "", ""}));
    QVERIFY(!c.tested[6]); // Sanità

    // Against the rest: t.test(s[settore == G[g]], s[settore != G[g]]) for each tested group,
    // Holm over them; Telco's: t = -0.340223902237649, df = 141.872984911987, p = 0.734191136102524
    const GroupComparison rest = MeansTest::againstRest(tab, scored);
    QCOMPARE(rest.rows[0].versusRest, (std::vector<int>{1, 1, 0, 0, 0, -1, 0}));
    for (const PairTest& pair : rest.rows[0].pairs)
        if (pair.first == 2) {
            COMPARE_NEAR_TOL(pair.statistic, -0.340223902237649, 1e-8);
            COMPARE_NEAR_TOL(pair.df, 141.872984911987, 1e-8);
            COMPARE_NEAR_TOL(pair.p, 0.734191136102524, 1e-8);
        }
}

void TestSignificance::welchWeighted() {
    // Weighted means, variances and effective bases, as MeanSample defines them:
    //   wm <- function(x, w) { k <- !is.na(x); x <- x[k]; w <- w[k]; m <- sum(w*x)/sum(w)
    //     ne <- sum(w)^2/sum(w^2); v <- sum(w*(x-m)^2)/sum(w)*ne/(ne-1); list(m=m, v=v, ne=ne) }
    //   b <- wm(s[settore == "Banche"], w[...]); p <- wm(s[settore == "PA"], w[...])
    //   se2 <- b$v/b$ne + p$v/p$ne; t <- (b$m - p$m)/sqrt(se2)
    //   df <- se2^2/((b$v/b$ne)^2/(b$ne-1) + (p$v/p$ne)^2/(p$ne-1)); 2*pt(-abs(t), df)
    const Fixture& f = m_weighted;
    const CrossTab tab = CrossTab::compute(f.survey, f.responses, Spesa, Settore);
    const SegmentWeights scored = EffectiveBase::bySegment(f.survey, f.responses, Spesa, Settore,
                                                           {}, EffectiveBase::Basis::Scored);
    const std::vector<MeanSample> samples = MeansTest::samplesOf(tab, scored);
    const WelchTest::Outcome outcome = WelchTest::compute(samples[0], samples[5]);
    COMPARE_NEAR(outcome.t, 4.86391704010344);
    COMPARE_NEAR(outcome.df, 107.922433520815);
    COMPARE_NEAR(outcome.p, 3.9409895685901e-06);
    // The raw path agrees.
    std::vector<double> banche, pa, wb, wp;
    for (int i = 0; i < 600; ++i) {
        const int s = f.responses.columns[Settore].codes[i];
        if (s == 1) {
            banche.push_back(f.responses.columns[Spesa].values[std::size_t(i)]);
            wb.push_back(f.peso[std::size_t(i)]);
        } else if (s == 6) {
            pa.push_back(f.responses.columns[Spesa].values[std::size_t(i)]);
            wp.push_back(f.peso[std::size_t(i)]);
        }
    }
    const WelchTest::Outcome raw =
        WelchTest::compute(MeanSample::fromValues(banche, wb), MeanSample::fromValues(pa, wp));
    COMPARE_NEAR(raw.t, 4.86391704010344);
    COMPARE_NEAR(raw.df, 107.922433520815);
}

void TestSignificance::meansLetters() {
    // Likert means (scores 1-5, "Non so" left out) by settore:
    //   sc <- c(1, 2, 3, 4, 5, NA)[as.integer(acc)]; t.test per pair of groups with
    //   n >= 30 scored answers, p.adjust(p, "holm") <= 0.05
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Accordo, Settore);
    const SegmentWeights scored = EffectiveBase::bySegment(
        m_f.survey, m_f.responses, Accordo, Settore, {}, EffectiveBase::Basis::Scored);
    const GroupComparison c = MeansTest::pairwise(tab, scored);
    QCOMPARE(lettersOfRow(c, 0), (QStringList{"CDEF", "DEF", "DEF", "F", "F", "", ""}));
    // tapply(!is.na(sc), settore, sum): Sanità has 23
    COMPARE_NEAR(c.effectiveBases[6], 23.0);
    QVERIFY(!c.tested[6]);
    // MeanSample::rest of a group is everyone else: the same as computing it directly.
    const MeanSample total = MeanSample::fromValues(valuesOf(m_f, Spesa, -1));
    const MeanSample banche = MeanSample::fromValues(valuesOf(m_f, Spesa, 0));
    std::vector<double> others;
    for (int i = 0; i < 600; ++i)
        if (m_f.responses.columns[Settore].codes[i] != 1)
            others.push_back(m_f.responses.columns[Spesa].values[std::size_t(i)]);
    const MeanSample direct = MeanSample::fromValues(others);
    const MeanSample rest = MeanSample::rest(total, banche);
    QCOMPARE(rest.n, direct.n);
    COMPARE_NEAR(rest.mean, direct.mean);
    COMPARE_NEAR_TOL(rest.m2, direct.m2, 1e-9);
}

void TestSignificance::cramersV() {
    // v <- function(m) { m <- m[rowSums(m) > 0, colSums(m) > 0]
    //   sqrt(chisq.test(m, correct = FALSE)$statistic / (sum(m) * (min(dim(m)) - 1))) }
    // v(table(acc, settore)); v(table(d$area, settore))
    const CrossTab accordo = CrossTab::compute(m_f.survey, m_f.responses, Accordo, Settore);
    COMPARE_NEAR(CramersV::compute(accordo), 0.259361672760331);
    const CrossTab area = CrossTab::compute(m_f.survey, m_f.responses, Area, Settore);
    COMPARE_NEAR(CramersV::compute(area), 0.0695779969264382);
    // By hand: a perfectly associated 2x2 has V = 1, an independent one 0; an empty row and
    // column are dropped first (V of the 2x2 that remains).
    COMPARE_NEAR(CramersV::compute({{10, 0}, {0, 10}}), 1.0);
    COMPARE_NEAR(CramersV::compute({{10, 10}, {10, 10}}), 0.0);
    COMPARE_NEAR(CramersV::compute({{10, 0, 0}, {0, 0, 0}, {0, 0, 10}}), 1.0);
    // No chi-square, no V: a multiple-choice question, a single row.
    QVERIFY(std::isnan(
        CramersV::compute(CrossTab::compute(m_f.survey, m_f.responses, Canali, Settore))));
    QVERIFY(std::isnan(CramersV::compute({{5, 7}, {0, 0}})));
}

void TestSignificance::topTwoBoxLeavesDontKnowOut() {
    // The top-2-box of accordo by sesso is of those who took a side ("Non so" left out):
    //   k <- d$accordo %in% scala[1:5]; n <- tapply(k[k], d$sesso[k], length)  # Uomo 311, Donna
    //   223 x <- tapply(d$accordo[k] %in% scala[4:5], d$sesso[k], sum)               # 199, 144
    //   prop.test(x, n, correct = FALSE)$p.value                                 # 0.8890311
    // (with "Non so" in the bases, 333 and 240, it would be 0.953843).
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Accordo, Sesso);
    QCOMPARE(tab.groups[0].unweightedScoredBase, qint64(311));
    QCOMPARE(tab.groups[1].unweightedScoredBase, qint64(223));
    COMPARE_NEAR(*tab.groups[0].topTwoBox, 100.0 * 199 / 311);
    SignificanceOptions options;
    options.minimumEffectiveBase = 30;
    const CrossTabInference inference =
        CrossTabInference::compute(m_f.survey, m_f.responses, tab, {}, options);
    QVERIFY(inference.boxes.valid);
    QCOMPARE(inference.boxes.rows[0].pairs.size(), std::size_t(1));
    COMPARE_NEAR_TOL(inference.boxes.rows[0].pairs[0].p, 0.8890311, 1e-6);
}

void TestSignificance::unweightedBasesAreTheTablesCounts() {
    // Unweighted, CrossTabInference takes the groups' bases from the crosstab's own counts
    // instead of a pass of EffectiveBase::bySegment (whose sums the weighted tests check against
    // R). Both must agree for every question by every categorical segment, with and without a
    // filter (every third respondent left out), on both bases: everyone who answered, and those
    // with a scored answer (the mean's and the boxes' base: "Non so" left out).
    RespondentMask filter(std::size_t(m_f.responses.respondentCount), 1);
    for (std::size_t i = 0; i < filter.size(); i += 3)
        filter[i] = 0;
    const auto same = [](const WeightSums& a, const WeightSums& b) {
        return a.n == b.n && a.sum == b.sum && a.sumSquares == b.sumSquares;
    };
    int compared = 0;
    for (const RespondentMask& mask : {RespondentMask{}, filter})
        for (int q = 0; q < m_f.survey.questions.size(); ++q)
            for (int s = 0; s < m_f.survey.questions.size(); ++s) {
                if (s == q || !isCategorical(m_f.survey.questions[s].type))
                    continue;
                const CrossTab table = CrossTab::compute(m_f.survey, m_f.responses, q, s, mask);
                const CrossTabInference inference =
                    CrossTabInference::compute(m_f.survey, m_f.responses, table, mask);
                const SegmentWeights direct =
                    EffectiveBase::bySegment(m_f.survey, m_f.responses, q, s, mask);
                const SegmentWeights scored = EffectiveBase::bySegment(
                    m_f.survey, m_f.responses, q, s, mask, EffectiveBase::Basis::Scored);
                QCOMPARE(inference.answered.groups.size(), direct.groups.size());
                QVERIFY(same(inference.answered.total, direct.total));
                QCOMPARE(inference.answered.overlapping, direct.overlapping);
                QCOMPARE(table.total.unweightedScoredBase, scored.total.n);
                for (std::size_t g = 0; g < direct.groups.size(); ++g) {
                    QVERIFY2(
                        same(inference.answered.groups[g], direct.groups[g]),
                        qPrintable(
                            QStringLiteral("Q%1 by Q%2, group %3").arg(q + 1).arg(s + 1).arg(g)));
                    QCOMPARE(table.groups[qsizetype(g)].unweightedScoredBase, scored.groups[g].n);
                }
                ++compared;
            }
    // Six categorical segments (settore, sesso, eta, area, accordo, canali), each by the other
    // eight questions, twice.
    QCOMPARE(compared, 2 * 6 * 8);
}

void TestSignificance::multipleChoiceGroupsAreEachGroupsTable() {
    // A multiple choice by a coded segment is counted for all the groups in one pass over its
    // blocks (FrequencyTable::computeGroups); each group's table must be exactly the table of the
    // question over that group's respondents (FrequencyTable::compute with the group's mask, whose
    // counts the crosstab tests check against R), weighted or not, filtered or not.
    RespondentMask filter(std::size_t(m_f.responses.respondentCount), 1);
    for (std::size_t i = 0; i < filter.size(); i += 3)
        filter[i] = 0;
    int compared = 0;
    for (const Fixture* f : {&m_f, &m_weighted})
        for (const RespondentMask& mask : {RespondentMask{}, filter})
            for (const int segment : {Settore, Sesso, Eta, Area, Accordo}) {
                const CrossTab table =
                    CrossTab::compute(f->survey, f->responses, Canali, segment, mask);
                const std::vector<std::int32_t>& codes =
                    f->responses.columns[std::size_t(segment)].codes;
                QCOMPARE(table.groups.size(), f->survey.questions[segment].options.size());
                for (qsizetype g = 0; g < table.groups.size(); ++g) {
                    RespondentMask group(codes.size(), 0);
                    for (std::size_t i = 0; i < codes.size(); ++i)
                        group[i] = codes[i] == g + 1 && (mask.empty() || mask[i]);
                    const FrequencyTable expected =
                        FrequencyTable::compute(f->survey, f->responses, Canali, group);
                    const FrequencyTable& actual = table.groups[g];
                    QCOMPARE(actual.respondents, expected.respondents);
                    QCOMPARE(actual.weightedRespondents, expected.weightedRespondents);
                    QCOMPARE(actual.base, expected.base);
                    QCOMPARE(actual.unweightedBase, expected.unweightedBase);
                    QCOMPARE(actual.missing, expected.missing);
                    QCOMPARE(actual.unweightedMissing, expected.unweightedMissing);
                    QCOMPARE(actual.scoredBase, expected.scoredBase);
                    QCOMPARE(actual.rows.size(), expected.rows.size());
                    for (qsizetype r = 0; r < actual.rows.size(); ++r) {
                        QCOMPARE(actual.rows[r].label, expected.rows[r].label);
                        QCOMPARE(actual.rows[r].count, expected.rows[r].count);
                        QCOMPARE(actual.rows[r].unweightedCount, expected.rows[r].unweightedCount);
                        QCOMPARE(actual.rows[r].percent, expected.rows[r].percent);
                    }
                    ++compared;
                }
            }
    // Groups: settore 7, sesso 2, eta 3, area 3, accordo 6 = 21, four times.
    QCOMPARE(compared, 4 * 21);
}

QTEST_GUILESS_MAIN(TestSignificance)
#include "tst_significance.moc"
