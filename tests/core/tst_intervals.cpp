// Confidence intervals: Wilson for percentages on the effective base, t-based for means, and the
// margin of error of a whole sample, on tests/data/stats/panel.csv (see PanelFixture.h) and hand
// cases. Every expected value was computed with R 4.2; the line is quoted beside it:
//
//   w <- d$peso; ok <- !is.na(acc); s <- d$spesa
//   wilson <- function(p, n, z) { c0 <- (p + z^2/(2*n)) / (1 + z^2/n)
//     h <- z * sqrt(p*(1-p)/n + z^2/(4*n^2)) / (1 + z^2/n); c(c0 - h, c0 + h) }
//   wm <- function(x, w) { k <- !is.na(x); x <- x[k]; w <- w[k]; m <- sum(w*x)/sum(w)
//     ne <- sum(w)^2/sum(w^2); v <- sum(w*(x-m)^2)/sum(w)*ne/(ne-1); list(m=m, v=v, ne=ne) }

#include "PanelFixture.h"

#include "stats/EffectiveBase.h"
#include "stats/FrequencyTable.h"
#include "stats/MarginOfError.h"
#include "stats/MeanInterval.h"
#include "stats/ProportionInterval.h"
#include "stats/TwoSided.h"

#include <QTest>
#include <cmath>

using namespace sondo;
using namespace panel;

class TestIntervals : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void criticalValues();
    void percentInterval();
    void percentIntervalWeighted();
    void meanInterval();
    void marginOfError_data();
    void marginOfError();

private:
    Fixture m_f;
};

void TestIntervals::initTestCase() {
    m_f = load();
}

void TestIntervals::criticalValues() {
    // qnorm(0.975); qnorm(0.95); qnorm(0.995); qt(0.975, 10); qt(0.975, 2.5)
    COMPARE_NEAR(TwoSided::zCritical(0.95), 1.95996398454005);
    COMPARE_NEAR(TwoSided::zCritical(0.90), 1.64485362695147);
    COMPARE_NEAR(TwoSided::zCritical(0.99), 2.5758293035489);
    COMPARE_NEAR(TwoSided::tCritical(0.95, 10), 2.22813885198627);
    COMPARE_NEAR(TwoSided::tCritical(0.95, 2.5), 3.57465484200369);
    // 2 * pnorm(-1.96); 2 * pt(-2, 7); 2 * pnorm(-10): the far tail keeps its digits
    COMPARE_NEAR(TwoSided::normalP(1.96), 0.0499957902964409);
    COMPARE_NEAR(TwoSided::normalP(-1.96), 0.0499957902964409);
    COMPARE_NEAR(TwoSided::studentP(2, 7), 0.085619328562976);
    COMPARE_NEAR(TwoSided::normalP(10), 1.52397060483211e-23);
    QVERIFY(std::isnan(TwoSided::zCritical(1.0)));
    QVERIFY(std::isnan(TwoSided::tCritical(0.95, 0)));
    QVERIFY(std::isnan(TwoSided::normalP(std::nan(""))));
}

void TestIntervals::percentInterval() {
    // Unweighted it is prop.test's: x <- sum(acc == "Molto d'accordo", na.rm = TRUE)  # 164 of 585
    // prop.test(x, 585, correct = FALSE)$conf.int; the same with conf.level = 0.99
    const FrequencyTable t = FrequencyTable::compute(m_f.survey, m_f.responses, Accordo);
    const WeightSums base = EffectiveBase::ofQuestion(m_f.survey, m_f.responses, Accordo);
    QCOMPARE(t.rows[4].unweightedCount, qint64(164));
    const Proportion ci = ProportionInterval::compute(t.rows[4].count, base);
    COMPARE_NEAR(ci.low, 0.245467528084955);
    COMPARE_NEAR(ci.high, 0.318082225163214);
    const Proportion ci99 = ProportionInterval::compute(t.rows[4].count, base, 0.99);
    COMPARE_NEAR(ci99.low, 0.235175422677934);
    COMPARE_NEAR(ci99.high, 0.330435055208883);
    // By definition of the API: nothing is known without a base.
    const Proportion none = ProportionInterval::compute(0, WeightSums{});
    QCOMPARE(none.low, 0.0);
    QCOMPARE(none.high, 1.0);
}

void TestIntervals::percentIntervalWeighted() {
    // xw <- sum(w[ok & acc == "Molto d'accordo"]); sw <- sum(w[ok]); ne <- sw^2 / sum(w[ok]^2)
    // wilson(xw / sw, ne, qnorm(.975))  # 214.447 of 753.105, ne 497.234844588088
    Fixture f = m_f;
    f.responses.weights = f.peso;
    const FrequencyTable t = FrequencyTable::compute(f.survey, f.responses, Accordo);
    const WeightSums base = EffectiveBase::ofQuestion(f.survey, f.responses, Accordo);
    COMPARE_NEAR(t.rows[4].count, 214.447);
    COMPARE_NEAR(base.sum, 753.105);
    const Proportion ci = ProportionInterval::compute(t.rows[4].count, base);
    COMPARE_NEAR(ci.low, 0.246851654290657);
    COMPARE_NEAR(ci.high, 0.325949662962089);
    // Wider than the same percentage on the weighted base would claim.
    const Proportion naive =
        ProportionInterval::compute(214.447, WeightSums{585, 753.105, 753.105});
    QVERIFY(naive.high - naive.low < ci.high - ci.low);
}

void TestIntervals::meanInterval() {
    // t.test(s)$conf.int; t.test(s, conf.level = 0.9)$conf.int  (570 values)
    const std::vector<double>& values = m_f.responses.columns[Spesa].values;
    const MeanSample sample = MeanSample::fromValues(values);
    QCOMPARE(sample.n, qint64(570));
    COMPARE_NEAR(sample.mean, 107.128122807018);
    const Interval ci = MeanInterval::compute(sample);
    COMPARE_NEAR(ci.low, 102.786269594967);
    COMPARE_NEAR(ci.high, 111.469976019068);
    const Interval ci90 = MeanInterval::compute(sample, 0.90);
    COMPARE_NEAR(ci90.low, 103.486145910643);
    COMPARE_NEAR(ci90.high, 110.770099703392);
    // t.test(c(3,4,5,4,3))$conf.int
    const Interval small = MeanInterval::compute(MeanSample::fromValues({3, 4, 5, 4, 3}));
    COMPARE_NEAR(small.low, 2.76114936631643);
    COMPARE_NEAR(small.high, 4.83885063368357);

    // Weighted: a <- wm(s, w); a$m + c(-1, 1) * qt(.975, a$ne - 1) * sqrt(a$v / a$ne)
    const MeanSample weighted = MeanSample::fromValues(values, m_f.peso);
    COMPARE_NEAR(weighted.mean, 108.093603131259);
    COMPARE_NEAR(weighted.effectiveBase(), 486.17391374174);
    const Interval wci = MeanInterval::compute(weighted);
    COMPARE_NEAR(wci.low, 103.350277180386);
    COMPARE_NEAR(wci.high, 112.836929082131);

    // One value has no spread: no interval.
    const Interval one = MeanInterval::compute(MeanSample::fromValues({4}));
    QVERIFY(std::isnan(one.low) && std::isnan(one.high));
}

void TestIntervals::marginOfError_data() {
    QTest::addColumn<double>("effectiveBase");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<double>("points");
    // qnorm(.975) * sqrt(.25 / 300) * 100: the "±5.7 points at 95%" of a 300-interview survey
    QTest::newRow("300 at 95%") << 300.0 << 0.95 << 5.65792867038086;
    // The panel weighted by peso: its Kish base sum(w)^2 / sum(w^2) = 510.455033431238
    QTest::newRow("panel, weighted") << 510.455033431238 << 0.95 << 4.33749862425248;
    // qnorm(.995) * sqrt(.25 / 1000) * 100
    QTest::newRow("1000 at 99%") << 1000.0 << 0.99 << 4.07274373150988;
    QTest::newRow("no base") << 0.0 << 0.95 << std::nan("");
}

void TestIntervals::marginOfError() {
    QFETCH(double, effectiveBase);
    QFETCH(double, confidence);
    QFETCH(double, points);
    COMPARE_NEAR(MarginOfError::points(effectiveBase, confidence), points);
}

QTEST_GUILESS_MAIN(TestIntervals)
#include "tst_intervals.moc"
