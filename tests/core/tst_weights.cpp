// Weights: reading them from a column, Kish's effective base, weighted counts and raking, on
// tests/data/stats/panel.csv (see PanelFixture.h for the R preamble) and small hand-made cases.
// Every expected value was computed with R 4.2 (survey 4.1-1) or by hand; the line that produced
// it is quoted beside it. Raking oracles also use:
//
//   library(survey)
//   lv <- function(x, levels) factor(ifelse(is.na(x), "(missing)", x), levels = c(levels,
//   "(missing)")) d$s <- lv(d$sesso, c("Uomo", "Donna")); d$e <- lv(d$eta, c("18-34", "35-54",
//   "55+")) d$a <- factor(d$area, levels = c("Nord", "Centro", "Sud")) # Non-respondents form a
//   level whose population total is their starting total (Raking.h): pop <- function(x, shares, w)
//   {
//     miss <- sum(w[x == "(missing)"]); tot <- sum(w)
//     if (!("(missing)" %in% levels(x))) return(data.frame(x = levels(x), Freq = shares /
//     sum(shares) * tot)) data.frame(x = levels(x), Freq = c(shares / sum(shares) * (tot - miss),
//     miss)) }
//   rk <- function(w) { des <- svydesign(ids = ~1, data = d, weights = w)
//     ps <- pop(d$s, c(48, 52), w); names(ps)[1] <- "s"; pe <- pop(d$e, c(28, 34, 38), w)
//     names(pe)[1] <- "e"; pa <- pop(d$a, c(46, 20, 34), w); names(pa)[1] <- "a"
//     weights(rake(des, list(~s, ~e, ~a), list(ps, pe, pa), control = list(maxit = 1000, epsilon =
//     1e-13))) }
//   n <- nrow(d); ms <- sum(d$s == "(missing)"); me <- sum(d$e == "(missing)")
//   popv <- c(n, .52 * (n - ms), ms, .34 * (n - me), .38 * (n - me), me, .20 * n, .34 * n)
//   des1 <- svydesign(ids = ~1, data = d, weights = rep(1, n))

#include "PanelFixture.h"

#include "stats/EffectiveBase.h"
#include "stats/FrequencyTable.h"
#include "stats/Raking.h"
#include "stats/WeightVector.h"
#include "stats/WeightedCount.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace sondo;
using namespace panel;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/** Targets of the raking tests: sesso 48/52, eta 28/34/38, area 46/20/34 (percentages). */
std::vector<RakingTarget> panelTargets() {
    return {{Sesso, {48, 52}}, {Eta, {28, 34, 38}}, {Area, {46, 20, 34}}};
}

/** The raked weight of the first respondent with these codes (0 = missing). */
double weightOfCell(const Fixture& f, const std::vector<double>& weights, int sesso, int eta,
                    int area) {
    for (int i = 0; i < f.responses.respondentCount; ++i)
        if (f.responses.columns[Sesso].codes[i] == sesso &&
            f.responses.columns[Eta].codes[i] == eta && f.responses.columns[Area].codes[i] == area)
            return weights[std::size_t(i)];
    return kNaN;
}

} // namespace

class TestWeights : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void weightVectorRules();
    void weightVectorFromColumn();
    void weightedCount();
    void kish_data();
    void kish();
    void effectiveBaseOfPanel();
    void bySegmentMatchesMasks();
    void rakingCells_data();
    void rakingCells();
    void rakingReport();
    void rakingDefaultToleranceAndFrequencies();
    void rakingFromBaseWeights();
    void rakingTrimmed_data();
    void rakingTrimmed();
    void rakingNotConverging();
    void rakingErrors_data();
    void rakingErrors();
    void rakingLargeSampleMatchesSmall();

private:
    Fixture m_f;
};

void TestWeights::initTestCase() {
    m_f = load();
    QCOMPARE(m_f.responses.respondentCount, 600);
}

void TestWeights::weightVectorRules() {
    // By hand: missing, zero, negative and infinite weights are left out (weight 0, not usable);
    // the usable ones are 2, 1, 3 (mean 2).
    const std::vector<double> values{2, kNaN, 0, -1, kInf, 1, 3, -kInf};
    Result<WeightVector> asIs = WeightVector::fromValues(values);
    QVERIFY(asIs.ok());
    const WeightVector& v = asIs.value();
    QCOMPARE(v.weights, (std::vector<double>{2, 0, 0, 0, 0, 1, 3, 0}));
    QCOMPARE(v.usable, (RespondentMask{1, 0, 0, 0, 0, 1, 1, 0}));
    QCOMPARE(v.usableCount, qint64(3));
    QCOMPARE(v.missing, qint64(1));
    QCOMPARE(v.zero, qint64(1));
    QCOMPARE(v.negative, qint64(1));
    QCOMPARE(v.notFinite, qint64(2));

    Result<WeightVector> meanOne = WeightVector::fromValues(values, WeightVector::Scaling::MeanOne);
    QVERIFY(meanOne.ok());
    QCOMPARE(meanOne.value().weights, (std::vector<double>{1, 0, 0, 0, 0, 0.5, 1.5, 0}));

    // Nobody usable is an error, not a vector of zeros.
    QVERIFY(!WeightVector::fromValues({0, -2, kNaN}).ok());
    QVERIFY(!WeightVector::fromValues({}).ok());
}

void TestWeights::weightVectorFromColumn() {
    Result<WeightVector> read = WeightVector::fromColumn(m_f.survey, m_f.responses, Peso);
    QVERIFY(read.ok());
    QCOMPARE(read.value().usableCount, qint64(600));
    double sum = 0;
    for (double w : read.value().weights)
        sum += w;
    COMPARE_NEAR(sum, 774.698); // sum(d$peso)
    Result<WeightVector> scaled =
        WeightVector::fromColumn(m_f.survey, m_f.responses, Peso, WeightVector::Scaling::MeanOne);
    QVERIFY(scaled.ok());
    sum = 0;
    for (double w : scaled.value().weights)
        sum += w;
    COMPARE_NEAR(sum, 600.0);
    // Scaling changes no effective base: sum(d$peso)^2 / sum(d$peso^2)
    COMPARE_NEAR(EffectiveBase::sums(scaled.value().weights).effectiveBase(), 510.455033431238);

    // Only a numeric question holds weights.
    const Result<WeightVector> single = WeightVector::fromColumn(m_f.survey, m_f.responses, Area);
    QVERIFY(!single.ok());
    QVERIFY(single.error().message.contains(QStringLiteral("Q4")));
    QVERIFY(!WeightVector::fromColumn(m_f.survey, m_f.responses, 42).ok());
}

void TestWeights::weightedCount() {
    // By hand: three respondents weighing 0.5, 1.25 and 2.
    WeightedCount count;
    for (double w : {0.5, 1.25, 2.0})
        count.add(w);
    QCOMPARE(count.weighted, 3.75);
    QCOMPARE(count.unweighted, qint64(3));
    WeightedCount more{1.0, 1};
    more += count;
    QCOMPARE(more, (WeightedCount{4.75, 4}));

    // FrequencyTable keeps both figures per row with the panel's weights:
    // tapply(d$peso, d$area, sum); table(d$area)
    Fixture f = m_f;
    f.responses.weights = f.peso;
    const FrequencyTable area = FrequencyTable::compute(f.survey, f.responses, Area);
    QCOMPARE(area.rows[0].unweightedCount, qint64(337));
    QCOMPARE(area.rows[1].unweightedCount, qint64(151));
    QCOMPARE(area.rows[2].unweightedCount, qint64(112));
    COMPARE_NEAR(area.rows[0].count + area.rows[1].count + area.rows[2].count, 774.698);
}

void TestWeights::kish_data() {
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<double>("effective");
    QTest::addColumn<double>("designEffect");
    // sum(w)^2 / sum(w^2); length(w) * sum(w^2) / sum(w)^2
    QTest::newRow("equal weights: n") << QList<double>{1, 1, 1, 1} << 4.0 << 1.0;
    QTest::newRow("equal but not 1: still n") << QList<double>{2.5, 2.5, 2.5} << 3.0 << 1.0;
    QTest::newRow("1, 2, 3") << QList<double>{1, 2, 3} << 36.0 / 14.0 << 3.0 * 14.0 / 36.0;
    QTest::newRow("one heavy weight")
        << QList<double>{10, 1, 1, 1, 1} << 196.0 / 104.0 << 5.0 * 104.0 / 196.0;
    QTest::newRow("empty") << QList<double>{} << 0.0 << 0.0;
}

void TestWeights::kish() {
    QFETCH(QList<double>, weights);
    QFETCH(double, effective);
    QFETCH(double, designEffect);
    const WeightSums sums = EffectiveBase::sums({weights.begin(), weights.end()});
    COMPARE_NEAR(sums.effectiveBase(), effective);
    COMPARE_NEAR(EffectiveBase::kish(sums.sum, sums.sumSquares), effective);
    COMPARE_NEAR(sums.designEffect(), designEffect);
    QCOMPARE(sums.n, qint64(weights.size()));
}

void TestWeights::effectiveBaseOfPanel() {
    Fixture f = m_f;
    f.responses.weights = f.peso;
    // ok <- !is.na(acc); sum(ok); sum(w[ok]); sum(w[ok]^2); sum(w[ok])^2 / sum(w[ok]^2)
    const WeightSums answered = EffectiveBase::ofQuestion(f.survey, f.responses, Accordo);
    QCOMPARE(answered.n, qint64(585));
    COMPARE_NEAR(answered.sum, 753.105);
    COMPARE_NEAR(answered.sumSquares, 1140.642389);
    COMPARE_NEAR(answered.effectiveBase(), 497.234844588088);
    // sc <- ok & acc != "Non so"; sum(sc); sum(w[sc])^2 / sum(w[sc]^2)
    const WeightSums scored =
        EffectiveBase::ofQuestion(f.survey, f.responses, Accordo, {}, EffectiveBase::Basis::Scored);
    QCOMPARE(scored.n, qint64(545));
    COMPARE_NEAR(scored.effectiveBase(), 463.498352026297);
    // Multiple choice: those who answered. a <- !is.na(d$canali); sum(a); kish(w[a])
    const WeightSums canali = EffectiveBase::ofQuestion(f.survey, f.responses, Canali);
    QCOMPARE(canali.n, qint64(507));
    COMPARE_NEAR(canali.effectiveBase(), 431.873789788231);
    // With a filter: m <- d$area == "Nord"; sum(ok & m); kish(w[ok & m])
    RespondentMask nord(600, 0);
    for (int i = 0; i < 600; ++i)
        nord[std::size_t(i)] = f.responses.columns[Area].codes[i] == 1;
    const WeightSums inNord = EffectiveBase::ofQuestion(f.survey, f.responses, Accordo, nord);
    QCOMPARE(inNord.n, qint64(331));
    COMPARE_NEAR(inNord.effectiveBase(), 279.104043675025);
    // Without weights the effective base is the count.
    const WeightSums unweighted = EffectiveBase::ofQuestion(m_f.survey, m_f.responses, Accordo);
    COMPARE_NEAR(unweighted.effectiveBase(), 585.0);

    // By segment, one pass: tapply(w[ok], settore[ok], kish) and the scored ones
    // tapply(w[sc], settore[sc], kish)
    const SegmentWeights bySettore =
        EffectiveBase::bySegment(f.survey, f.responses, Accordo, Settore);
    QVERIFY(!bySettore.overlapping);
    const std::vector<double> expected{121.315204819425, 80.2210506707228, 87.7979782365965,
                                       58.2367710588111, 76.5937055981458, 52.1749372716803,
                                       21.3150245240136};
    QCOMPARE(bySettore.groups.size(), std::size_t(7));
    for (std::size_t g = 0; g < 7; ++g)
        COMPARE_NEAR(bySettore.groups[g].effectiveBase(), expected[g]);
    COMPARE_NEAR(bySettore.total.effectiveBase(), 497.234844588088);
    const SegmentWeights scoredBySettore = EffectiveBase::bySegment(
        f.survey, f.responses, Accordo, Settore, {}, EffectiveBase::Basis::Scored);
    const std::vector<double> expectedScored{109.057314532952, 71.1854265373515, 84.3267376424722,
                                             56.6118201525951, 73.9577684289068, 48.4616493452607,
                                             20.3242970683018};
    const std::vector<qint64> scoredCounts{128, 84, 97, 68, 88, 57, 23};
    for (std::size_t g = 0; g < 7; ++g) {
        COMPARE_NEAR(scoredBySettore.groups[g].effectiveBase(), expectedScored[g]);
        QCOMPARE(scoredBySettore.groups[g].n, scoredCounts[g]);
    }
    // A multiple-choice segment: overlapping groups, one per option.
    // sapply(c("Email","Chat","Telefono"), function(o) kish(w[ok & grepl(o, d$canali)]))
    const SegmentWeights byCanali =
        EffectiveBase::bySegment(f.survey, f.responses, Accordo, Canali);
    QVERIFY(byCanali.overlapping);
    COMPARE_NEAR(byCanali.groups[0].effectiveBase(), 287.115284906126);
    COMPARE_NEAR(byCanali.groups[1].effectiveBase(), 177.32582346644);
    COMPARE_NEAR(byCanali.groups[2].effectiveBase(), 241.995829527408);
    // A segment that is not categorical has no groups.
    QVERIFY(EffectiveBase::bySegment(f.survey, f.responses, Accordo, Spesa).groups.empty());
}

void TestWeights::bySegmentMatchesMasks() {
    // The one-pass grouping must give, for every question type, what ofQuestion gives on each
    // group's mask (a plain loop as the oracle), with a filter and with weights.
    Fixture f = m_f;
    f.responses.weights = f.peso;
    RespondentMask filter(600, 0);
    for (int i = 0; i < 600; ++i)
        filter[std::size_t(i)] = i % 3 != 1;
    for (int question : {int(Sesso), int(Accordo), int(Nps), int(Canali)})
        for (auto basis : {EffectiveBase::Basis::Answered, EffectiveBase::Basis::Scored}) {
            const SegmentWeights grouped =
                EffectiveBase::bySegment(f.survey, f.responses, question, Settore, filter, basis);
            for (int g = 0; g < 7; ++g) {
                RespondentMask group(600, 0);
                for (int i = 0; i < 600; ++i)
                    group[std::size_t(i)] =
                        filter[std::size_t(i)] && f.responses.columns[Settore].codes[i] == g + 1;
                const WeightSums plain =
                    EffectiveBase::ofQuestion(f.survey, f.responses, question, group, basis);
                QCOMPARE(grouped.groups[std::size_t(g)].n, plain.n);
                COMPARE_NEAR(grouped.groups[std::size_t(g)].sum, plain.sum);
                COMPARE_NEAR(grouped.groups[std::size_t(g)].sumSquares, plain.sumSquares);
            }
        }
}

void TestWeights::rakingCells_data() {
    QTest::addColumn<int>("sesso");
    QTest::addColumn<int>("eta");
    QTest::addColumn<int>("area");
    QTest::addColumn<double>("weight");
    // rw <- rk(rep(1, n)); the weight of each cell of sesso × eta × area (0 = missing), from
    // cells <- unique(data.frame(s = d$s, e = d$e, a = d$a, w = rw)). The same weights come from
    // calibrate(des1, ~s + e + a, popv, calfun = "raking") (largest relative difference 1e-13).
    QTest::newRow("Uomo 18-34 Nord") << 1 << 1 << 1 << 1.13441050963072;
    QTest::newRow("Uomo 18-34 Centro") << 1 << 1 << 2 << 1.08733322959422;
    QTest::newRow("Uomo 18-34 Sud") << 1 << 1 << 3 << 2.61397273997637;
    QTest::newRow("Uomo 35-54 Nord") << 1 << 2 << 1 << 0.480910511448748;
    QTest::newRow("Uomo 35-54 Centro") << 1 << 2 << 2 << 0.46095304576259;
    QTest::newRow("Uomo 35-54 Sud") << 1 << 2 << 3 << 1.10814115051202;
    QTest::newRow("Uomo 55+ Nord") << 1 << 3 << 1 << 0.715222499919674;
    QTest::newRow("Uomo 55+ Centro") << 1 << 3 << 2 << 0.685541242886814;
    QTest::newRow("Uomo 55+ Sud") << 1 << 3 << 3 << 1.64805606254157;
    QTest::newRow("Uomo, no age, Nord") << 1 << 0 << 1 << 0.609301839734895;
    QTest::newRow("Donna 18-34 Nord") << 2 << 1 << 1 << 1.70740528661317;
    QTest::newRow("Donna 18-34 Centro") << 2 << 1 << 2 << 1.63654910524734;
    QTest::newRow("Donna 18-34 Sud") << 2 << 1 << 3 << 3.93429965379218;
    QTest::newRow("Donna 35-54 Nord") << 2 << 2 << 1 << 0.723820118611847;
    QTest::newRow("Donna 35-54 Centro") << 2 << 2 << 2 << 0.693782066133791;
    QTest::newRow("Donna 35-54 Sud") << 2 << 2 << 3 << 1.66786718091473;
    QTest::newRow("Donna 55+ Nord") << 2 << 3 << 1 << 1.07648392455837;
    QTest::newRow("Donna 55+ Centro") << 2 << 3 << 2 << 1.03181055919284;
    QTest::newRow("Donna 55+ Sud") << 2 << 3 << 3 << 2.48049503237972;
    QTest::newRow("Donna, no age, Nord") << 2 << 0 << 1 << 0.917062362764201;
    QTest::newRow("Donna, no age, Sud") << 2 << 0 << 3 << 2.11314686947345;
    QTest::newRow("no sex, 18-34 Nord") << 0 << 1 << 1 << 0.995106361417047;
    QTest::newRow("no sex, 18-34 Centro") << 0 << 1 << 2 << 0.953810110681688;
    QTest::newRow("no sex, 18-34 Sud") << 0 << 1 << 3 << 2.29298025718043;
    QTest::newRow("no sex, 35-54 Nord") << 0 << 2 << 1 << 0.421855320584748;
    QTest::newRow("no sex, 35-54 Centro") << 0 << 2 << 2 << 0.404348605957674;
    QTest::newRow("no sex, 35-54 Sud") << 0 << 2 << 3 << 0.972062845734287;
    QTest::newRow("no sex, 55+ Nord") << 0 << 3 << 1 << 0.62739409892311;
}

void TestWeights::rakingCells() {
    QFETCH(int, sesso);
    QFETCH(int, eta);
    QFETCH(int, area);
    QFETCH(double, weight);
    RakingOptions options;
    options.tolerance = 1e-12; // R's answer to its last digits
    options.maxIterations = 1000;
    const Result<RakingResult> raked =
        Raking::compute(m_f.survey, m_f.responses, panelTargets(), options);
    QVERIFY(raked.ok());
    QVERIFY(raked.value().report.converged);
    COMPARE_NEAR_TOL(weightOfCell(m_f, raked.value().weights, sesso, eta, area), weight, 1e-9);
    // Every respondent of the cell has the same weight.
    for (int i = 0; i < 600; ++i)
        if (m_f.responses.columns[Sesso].codes[i] == sesso &&
            m_f.responses.columns[Eta].codes[i] == eta &&
            m_f.responses.columns[Area].codes[i] == area)
            QCOMPARE(raked.value().weights[std::size_t(i)],
                     weightOfCell(m_f, raked.value().weights, sesso, eta, area));
}

void TestWeights::rakingReport() {
    RakingOptions options;
    options.tolerance = 1e-12;
    options.maxIterations = 1000;
    const Result<RakingResult> raked =
        Raking::compute(m_f.survey, m_f.responses, panelTargets(), options);
    QVERIFY(raked.ok());
    const RakingReport& r = raked.value().report;
    // rw <- rk(rep(1, n)); min(rw); max(rw); n * sum(rw^2) / sum(rw)^2; sum(rw)^2 / sum(rw^2)
    QCOMPARE(r.respondents, qint64(600));
    COMPARE_NEAR_TOL(r.minWeight, 0.404348605957674, 1e-9);
    COMPARE_NEAR_TOL(r.maxWeight, 3.93429965379218, 1e-9);
    COMPARE_NEAR_TOL(r.designEffect, 1.32934160767839, 1e-9);
    COMPARE_NEAR_TOL(r.efficiency, 1.0 / 1.32934160767839, 1e-9);
    COMPARE_NEAR_TOL(r.effectiveBase, 451.35125278134, 1e-9);
    // Raking keeps the total: mean weight 1 from starting weights 1.
    COMPARE_NEAR(r.meanWeight, 1.0);
    QCOMPARE(r.atLowerCap + r.atUpperCap, qint64(0));
    QVERIFY(r.maxDeviation <= 1e-12);

    // The margins, achieved against target, among those who answered.
    QCOMPARE(r.margins.size(), std::size_t(3));
    const RakingMargin& sesso = r.margins[0];
    QCOMPARE(sesso.question, int(Sesso));
    QCOMPARE(sesso.targetShares, (std::vector<double>{0.48, 0.52}));
    COMPARE_NEAR(sesso.achievedShares[0], 0.48);
    COMPARE_NEAR(sesso.achievedShares[1], 0.52);
    // table(d$sesso, useNA = "always"): 341 Uomo, 247 Donna, 12 missing, held at 12/600.
    QCOMPARE(sesso.counts, (std::vector<qint64>{341, 247}));
    QCOMPARE(sesso.missing, qint64(12));
    COMPARE_NEAR(sesso.missingShare, 0.02);
    QCOMPARE(r.margins[1].missing, qint64(7));
    COMPARE_NEAR(r.margins[1].missingShare, 7.0 / 600.0);
    COMPARE_NEAR(r.margins[2].achievedShares[1], 0.20);
    QCOMPARE(r.margins[2].missing, qint64(0));
}

void TestWeights::rakingDefaultToleranceAndFrequencies() {
    // The defaults: shares within 1e-6 in at most 100 cycles.
    const Result<RakingResult> raked = Raking::compute(m_f.survey, m_f.responses, panelTargets());
    QVERIFY(raked.ok());
    const RakingReport& r = raked.value().report;
    QVERIFY(r.converged);
    QVERIFY(r.iterations >= 2 && r.iterations <= 100);
    QVERIFY(r.maxDeviation <= 1e-6);
    // Close to R's converged weights (rk(rep(1, n)) as in rakingCells).
    COMPARE_NEAR_TOL(weightOfCell(m_f, raked.value().weights, 2, 1, 3), 3.93429965379218, 1e-5);
    COMPARE_NEAR_TOL(weightOfCell(m_f, raked.value().weights, 1, 2, 1), 0.480910511448748, 1e-5);

    // With the raked weights, the frequency tables show the targets (of those who answered).
    Fixture f = m_f;
    f.responses.weights = raked.value().weights;
    const FrequencyTable sesso = FrequencyTable::compute(f.survey, f.responses, Sesso);
    COMPARE_NEAR_TOL(sesso.rows[0].percent, 48.0, 1e-5);
    COMPARE_NEAR_TOL(sesso.rows[1].percent, 52.0, 1e-5);
    QCOMPARE(sesso.rows[0].unweightedCount, qint64(341)); // counts stay what they were
    COMPARE_NEAR_TOL(sesso.missing, 12.0, 1e-5);          // non-respondents keep their share
    const FrequencyTable area = FrequencyTable::compute(f.survey, f.responses, Area);
    COMPARE_NEAR_TOL(area.rows[0].percent, 46.0, 1e-5);
    COMPARE_NEAR_TOL(area.rows[1].percent, 20.0, 1e-5);
    COMPARE_NEAR_TOL(area.rows[2].percent, 34.0, 1e-5);
    COMPARE_NEAR_TOL(area.base, 600.0, 1e-9);
    const FrequencyTable eta = FrequencyTable::compute(f.survey, f.responses, Eta);
    COMPARE_NEAR_TOL(eta.rows[2].percent, 38.0, 1e-5);
}

void TestWeights::rakingFromBaseWeights() {
    // Starting from the design weights: rw2 <- rk(d$peso); rw2[c(1, 2, 3, 100, 600)];
    // min(rw2); max(rw2); n * sum(rw2^2) / sum(rw2)^2
    RakingOptions options;
    options.tolerance = 1e-12;
    options.maxIterations = 1000;
    const Result<RakingResult> raked =
        Raking::compute(m_f.survey, m_f.responses, panelTargets(), options, m_f.peso);
    QVERIFY(raked.ok());
    const std::vector<double>& w = raked.value().weights;
    COMPARE_NEAR_TOL(w[0], 1.70446784266488, 1e-9);
    COMPARE_NEAR_TOL(w[1], 0.206863803359649, 1e-9);
    COMPARE_NEAR_TOL(w[2], 1.58727816334512, 1e-9);
    COMPARE_NEAR_TOL(w[99], 0.688294276082044, 1e-9);
    COMPARE_NEAR_TOL(w[599], 0.87540377713123, 1e-9);
    const RakingReport& r = raked.value().report;
    COMPARE_NEAR_TOL(r.minWeight, 0.184031153982204, 1e-9);
    COMPARE_NEAR_TOL(r.maxWeight, 8.29920616134917, 1e-9);
    COMPARE_NEAR_TOL(r.designEffect, 1.55090690913622, 1e-9);
    COMPARE_NEAR_TOL(r.effectiveBase, 386.870415281194, 1e-9);
    // The total is the starting total: sum(d$peso)
    COMPARE_NEAR_TOL(r.meanWeight * 600, 774.698, 1e-9);

    // A respondent without a usable starting weight is not raked and keeps weight 0; the others
    // are raked among themselves.
    std::vector<double> base = m_f.peso;
    base[0] = 0;
    base[1] = -1;
    base[2] = kNaN;
    const Result<RakingResult> partial =
        Raking::compute(m_f.survey, m_f.responses, panelTargets(), {}, base);
    QVERIFY(partial.ok());
    QCOMPARE(partial.value().report.respondents, qint64(597));
    QCOMPARE(partial.value().weights[0], 0.0);
    QCOMPARE(partial.value().weights[1], 0.0);
    QCOMPARE(partial.value().weights[2], 0.0);
    QVERIFY(partial.value().weights[3] > 0);
    QVERIFY(!Raking::compute(m_f.survey, m_f.responses, panelTargets(), {}, {1.0, 2.0}).ok());
}

void TestWeights::rakingTrimmed_data() {
    QTest::addColumn<int>("sesso");
    QTest::addColumn<int>("eta");
    QTest::addColumn<int>("area");
    QTest::addColumn<double>("weight");
    // Raking with weights capped to [0.5, 3] × the mean weight (1), re-raked until both hold:
    // wb <- weights(calibrate(des1, ~s + e + a, popv, calfun = "raking", bounds = c(0.5, 3),
    //                         epsilon = 1e-10, maxit = 500)); cells as in rakingCells.
    QTest::newRow("Uomo 18-34 Nord") << 1 << 1 << 1 << 1.13114675206209;
    QTest::newRow("Uomo 18-34 Sud") << 1 << 1 << 3 << 2.74578799614061;
    QTest::newRow("Uomo 35-54 Nord: lower cap") << 1 << 2 << 1 << 0.5;
    QTest::newRow("Uomo 35-54 Centro: lower cap") << 1 << 2 << 2 << 0.5;
    QTest::newRow("Uomo 35-54 Sud") << 1 << 2 << 3 << 1.06683551151577;
    QTest::newRow("Uomo 55+ Centro") << 1 << 3 << 2 << 0.649166124625012;
    QTest::newRow("Uomo, no age, Nord") << 1 << 0 << 1 << 0.574698964358032;
    QTest::newRow("Donna 18-34 Centro") << 2 << 1 << 2 << 1.70024334027006;
    QTest::newRow("Donna 18-34 Sud: upper cap") << 2 << 1 << 3 << 3.0;
    QTest::newRow("Donna 35-54 Sud") << 2 << 2 << 3 << 1.68973947569095;
    QTest::newRow("Donna 55+ Sud") << 2 << 3 << 3 << 2.63000359395911;
    QTest::newRow("Donna, no age, Sud") << 2 << 0 << 3 << 2.20958519038966;
    QTest::newRow("no sex, 18-34 Sud") << 0 << 1 << 3 << 2.3262981304997;
    QTest::newRow("no sex, 35-54 Nord: lower cap") << 0 << 2 << 1 << 0.5;
    QTest::newRow("no sex, 35-54 Sud") << 0 << 2 << 3 << 0.903848898559592;
    QTest::newRow("no sex, 55+ Nord") << 0 << 3 << 1 << 0.579541280010889;
}

void TestWeights::rakingTrimmed() {
    QFETCH(int, sesso);
    QFETCH(int, eta);
    QFETCH(int, area);
    QFETCH(double, weight);
    RakingOptions options;
    options.trim = true;
    options.lowerCap = 0.5;
    options.upperCap = 3.0;
    options.tolerance = 1e-12;
    options.maxIterations = 1000;
    const Result<RakingResult> raked =
        Raking::compute(m_f.survey, m_f.responses, panelTargets(), options);
    QVERIFY(raked.ok());
    const RakingReport& r = raked.value().report;
    QVERIFY(r.converged);
    COMPARE_NEAR_TOL(weightOfCell(m_f, raked.value().weights, sesso, eta, area), weight, 1e-8);
    // sum(abs(wb - 0.5) < 1e-9); sum(abs(wb - 3) < 1e-9); n * sum(wb^2) / sum(wb)^2
    QCOMPARE(r.atLowerCap, qint64(133));
    QCOMPARE(r.atUpperCap, qint64(4));
    COMPARE_NEAR(r.minWeight, 0.5);
    COMPARE_NEAR(r.maxWeight, 3.0);
    COMPARE_NEAR_TOL(r.designEffect, 1.32974725568998, 1e-8);
    // The margins still hold after trimming.
    COMPARE_NEAR_TOL(r.margins[0].achievedShares[0], 0.48, 1e-10);
    COMPARE_NEAR_TOL(r.margins[2].achievedShares[2], 0.34, 1e-10);
}

void TestWeights::rakingNotConverging() {
    // One cycle is not enough on three related margins: the report says so, the weights are
    // there.
    RakingOptions once;
    once.maxIterations = 1;
    const Result<RakingResult> short_ =
        Raking::compute(m_f.survey, m_f.responses, panelTargets(), once);
    QVERIFY(short_.ok());
    QVERIFY(!short_.value().report.converged);
    QCOMPARE(short_.value().report.iterations, 1);
    QVERIFY(short_.value().report.maxDeviation > 1e-6);

    // Caps the margins cannot live with (the cells need 0.40 to 3.93): 100 cycles, not
    // converged, every weight inside the caps.
    RakingOptions tight;
    tight.trim = true;
    tight.lowerCap = 0.9;
    tight.upperCap = 1.1;
    const Result<RakingResult> capped =
        Raking::compute(m_f.survey, m_f.responses, panelTargets(), tight);
    QVERIFY(capped.ok());
    QVERIFY(!capped.value().report.converged);
    QCOMPARE(capped.value().report.iterations, 100);
    for (double w : capped.value().weights)
        QVERIFY(w >= 0.9 - 1e-12 && w <= 1.1 + 1e-12);

    // Targets equal to the sample's own shares: already there after one cycle, weights 1.
    // prop.table(table(d$area))
    const Result<RakingResult> same =
        Raking::compute(m_f.survey, m_f.responses, {{Area, {337, 151, 112}}});
    QVERIFY(same.ok());
    QVERIFY(same.value().report.converged);
    QCOMPARE(same.value().report.iterations, 1);
    COMPARE_NEAR(same.value().report.designEffect, 1.0);
    for (double w : same.value().weights)
        COMPARE_NEAR(w, 1.0);
}

void TestWeights::rakingErrors_data() {
    QTest::addColumn<std::vector<RakingTarget>>("targets");
    QTest::addColumn<QString>("message");
    QTest::newRow("no targets") << std::vector<RakingTarget>{} << "at least one";
    QTest::newRow("numeric question")
        << std::vector<RakingTarget>{{Spesa, {1}}} << "not a single-choice";
    QTest::newRow("multiple choice")
        << std::vector<RakingTarget>{{Canali, {1, 1, 1}}} << "not a single-choice";
    QTest::newRow("no such question") << std::vector<RakingTarget>{{99, {1}}} << "no such";
    QTest::newRow("share count") << std::vector<RakingTarget>{{Area, {50, 50}}} << "3 options";
    QTest::newRow("negative share")
        << std::vector<RakingTarget>{{Area, {50, -10, 60}}} << "numbers ≥ 0";
    QTest::newRow("NaN share") << std::vector<RakingTarget>{{Area, {50, kNaN, 60}}}
                               << "numbers ≥ 0";
    QTest::newRow("all zero") << std::vector<RakingTarget>{{Area, {0, 0, 0}}} << "add up to zero";
    QTest::newRow("zero for a chosen option")
        << std::vector<RakingTarget>{{Area, {50, 0, 50}}} << "151 respondents";
    QTest::newRow("twice") << std::vector<RakingTarget>{{Area, {1, 1, 1}}, {Area, {1, 1, 1}}}
                           << "twice";
}

void TestWeights::rakingErrors() {
    QFETCH(std::vector<RakingTarget>, targets);
    QFETCH(QString, message);
    const Result<RakingResult> raked = Raking::compute(m_f.survey, m_f.responses, targets);
    QVERIFY(!raked.ok());
    QVERIFY2(raked.error().message.contains(message), qPrintable(raked.error().message));
}

void TestWeights::rakingLargeSampleMatchesSmall() {
    // A target for an option nobody chose cannot be met.
    Fixture f = m_f;
    f.survey.questions[Area].options << QStringLiteral("Estero");
    const Result<RakingResult> impossible =
        Raking::compute(f.survey, f.responses, {{Area, {40, 20, 30, 10}}});
    QVERIFY(!impossible.ok());
    QVERIFY(impossible.error().message.contains(QStringLiteral("Estero")));

    // The panel repeated 100 times (60,000 respondents) rakes to the same weights: raking runs
    // on groups of alike respondents, whatever their number.
    const int copies = 100;
    Fixture big = m_f;
    ResponseMatrix& m = big.responses;
    m.respondentCount = 600 * copies;
    for (int c : {int(Sesso), int(Eta), int(Area)}) {
        std::vector<std::int32_t> codes;
        for (int k = 0; k < copies; ++k)
            codes.insert(codes.end(), m_f.responses.columns[c].codes.begin(),
                         m_f.responses.columns[c].codes.end());
        m.columns[std::size_t(c)].codes = std::move(codes);
    }
    const Result<RakingResult> small = Raking::compute(m_f.survey, m_f.responses, panelTargets());
    const Result<RakingResult> large = Raking::compute(big.survey, m, panelTargets());
    QVERIFY(small.ok() && large.ok());
    QCOMPARE(large.value().report.iterations, small.value().report.iterations);
    QCOMPARE(large.value().report.respondents, qint64(60000));
    for (int i = 0; i < 600 * copies; i += 599)
        COMPARE_NEAR_TOL(large.value().weights[std::size_t(i)],
                         small.value().weights[std::size_t(i % 600)], 1e-12);
    COMPARE_NEAR_TOL(large.value().report.designEffect, small.value().report.designEffect, 1e-12);
}

QTEST_GUILESS_MAIN(TestWeights)
#include "tst_weights.moc"
