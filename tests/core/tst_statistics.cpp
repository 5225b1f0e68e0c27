// Statistics over a small hand-made survey (tests/data/stats/survey.csv, 30 respondents) and over
// hand-written tables. Every expected value was computed independently with R 4.x; the R lines
// are quoted next to the values. They all start from:
//
//   d <- read.csv("tests/data/stats/survey.csv", na.strings = "", encoding = "UTF-8")
//   settore <- factor(d$settore, levels = c("Banche","Telco","Retail","Industria","PA"))
//   ruolo <- factor(d$ruolo, levels = c("Manager","Impiegato","Dirigente","Stagista"))
//   sodd <- factor(d$soddisfazione,
//                  levels = c("Per niente","Poco","Abbastanza","Molto","Del tutto","Non so"))
//   sc <- c(1,2,3,4,5,NA)[as.integer(sodd)]            # Likert scores, "Non so" off the scale
//   has <- function(o) sapply(strsplit(ifelse(is.na(d$canali), "", d$canali), ";"),
//                             function(s) o %in% s)  # multiple choice, ";"-joined
//
// Nobody chose settore "PA" or ruolo "Stagista": they give the empty column and row that the
// chi-square must exclude.

#include "filter/SegmentFilter.h"
#include "stats/ChiSquareTest.h"
#include "stats/CrossTab.h"
#include "stats/FrequencyInference.h"
#include "stats/FrequencyTable.h"
#include "stats/LargestRemainder.h"
#include "stats/NumericSummary.h"
#include "stats/WilsonInterval.h"

#include <QFile>
#include <QLocale>
#include <QTest>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

using namespace sondo;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum Column { Settore, Ruolo, Canali, Soddisfazione, Eta, Commento };

/** Relative comparison at the precision R prints (15 digits); exact zero when zero is expected. */
bool near(double actual, double expected) {
    if (std::isnan(expected))
        return std::isnan(actual);
    if (expected == 0)
        return std::abs(actual) < 1e-12;
    return std::abs(actual - expected) <= 1e-9 * std::abs(expected);
}

#define COMPARE_NEAR(actual, expected)                                                             \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 is %2, expected %3")        \
                                                        .arg(QStringLiteral(#actual))              \
                                                        .arg((actual), 0, 'g', 17)                 \
                                                        .arg((expected), 0, 'g', 17)))

Question makeQuestion(const QString& id, const QString& code, const QString& text,
                      QuestionType type, const QStringList& options = {},
                      std::vector<double> scores = {}) {
    Question q;
    q.id = id;
    q.code = code;
    q.text = text;
    q.type = type;
    q.options = options;
    q.scores = std::move(scores);
    return q;
}

/** survey.csv as an import would hold it: the questions are declared here, answers read. */
struct Fixture {
    Survey survey;
    ResponseMatrix responses;
    std::vector<double> peso;
};

Fixture loadFixture() {
    Fixture f;
    f.survey.questions = {
        makeQuestion("Q1", "settore", "Settore", QuestionType::Single,
                     {"Banche", "Telco", "Retail", "Industria", "PA"}),
        makeQuestion("Q2", "ruolo", "Ruolo", QuestionType::Single,
                     {"Manager", "Impiegato", "Dirigente", "Stagista"}),
        makeQuestion("Q3", "canali", "Attraverso quali canali ci ha conosciuto?",
                     QuestionType::Multiple, {"Email", "Social", "Stampa", "TV"}),
        makeQuestion("Q4", "soddisfazione", "Soddisfazione", QuestionType::Likert,
                     {"Per niente", "Poco", "Abbastanza", "Molto", "Del tutto", "Non so"},
                     {1, 2, 3, 4, 5, kNaN}),
        makeQuestion("Q5", "eta", "Età", QuestionType::Numeric),
        makeQuestion("Q6", "commento", "Commento", QuestionType::Text),
    };
    QFile file(QFINDTESTDATA("data/stats/survey.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return f;
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst();
    const int n = int(lines.size());
    ResponseMatrix& m = f.responses;
    m.respondentCount = n;
    m.weights.assign(std::size_t(n), 1.0);
    m.columns.resize(6);
    for (Column c : {Settore, Ruolo, Soddisfazione})
        m.columns[c].codes.assign(std::size_t(n), 0);
    m.columns[Canali].answered.assign(std::size_t(n), 0);
    m.columns[Canali].selected.assign(4, std::vector<std::uint8_t>(std::size_t(n), 0));
    m.columns[Eta].values.assign(std::size_t(n), kNaN);
    const QLocale c = QLocale::c();
    for (int r = 0; r < n; ++r) {
        const QStringList cells = lines[r].trimmed().split(u',');
        if (cells.size() != 8)
            qFatal("survey.csv line %d: %d cells", r + 2, int(cells.size()));
        m.respondentIds << cells[0];
        for (auto [column, cell] : {std::pair{Settore, 1}, {Ruolo, 2}, {Soddisfazione, 4}})
            m.columns[column].codes[r] =
                int(f.survey.questions[column].options.indexOf(cells[cell])) + 1;
        if (!cells[3].isEmpty()) {
            m.columns[Canali].answered[r] = 1;
            for (const QString& option : cells[3].split(u';'))
                m.columns[Canali]
                    .selected[std::size_t(f.survey.questions[Canali].options.indexOf(option))][r] =
                    1;
        }
        if (!cells[5].isEmpty())
            m.columns[Eta].values[r] = c.toDouble(cells[5]);
        m.columns[Commento].texts << cells[6];
        f.peso.push_back(c.toDouble(cells[7]));
    }
    return f;
}

using Conditions = QList<QPair<int, int>>;

RespondentMask maskOf(const Fixture& f, const Conditions& conditions) {
    SegmentFilter filter;
    for (const auto& [question, option] : conditions)
        filter.addCondition(question, option);
    return filter.mask(f.survey, f.responses);
}

QList<double> counts(const FrequencyTable& t) {
    QList<double> result;
    for (const FrequencyRow& row : t.rows)
        result << row.count;
    return result;
}

QList<qint64> unweightedCounts(const FrequencyTable& t) {
    QList<qint64> result;
    for (const FrequencyRow& row : t.rows)
        result << row.unweightedCount;
    return result;
}

QStringList labels(const FrequencyTable& t) {
    QStringList result;
    for (const FrequencyRow& row : t.rows)
        result << row.label;
    return result;
}

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void frequency_data();
    void frequency();
    void unweightedIntervalsNeedNoWeights();
    void multipleChoiceSumsPast100();
    void likertMeanAndBoxes();
    void numericFromFile_data();
    void numericFromFile();
    void numericSummary_data();
    void numericSummary();
    void textRows();
    void weighted();
    void crossTabWithEmptyRowAndColumn();
    void crossTabLikertBySingle();
    void crossTabFiltered();
    void crossTabMultiple();
    void crossTabOnePassEqualsGroupMasks();
    void crossTabTextAndNumberGroupsShareTheTotalsRows();
    void chiSquare_data();
    void chiSquare();
    void wilson_data();
    void wilson();
    void largestRemainder_data();
    void largestRemainder();
    void displayedPercentsSumTo100();
    void largeMatrixMatchesPlainCount_data();
    void largeMatrixMatchesPlainCount();
    void numericRowsMatchAPlainTally_data();
    void numericRowsMatchAPlainTally();
    void numericGroupsMatchAPlainTally_data();
    void numericGroupsMatchAPlainTally();

private:
    Fixture m_f;
};

void TestStatistics::initTestCase() {
    m_f = loadFixture();
    QCOMPARE(m_f.responses.respondentCount, 30);
}

void TestStatistics::frequency_data() {
    QTest::addColumn<int>("question");
    QTest::addColumn<Conditions>("filter");
    QTest::addColumn<qint64>("respondents");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("missing");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<double>>("counts");
    QTest::addColumn<QList<double>>("percents");

    // table(settore, useNA = "always"); prop.table(table(settore)) * 100
    QTest::newRow("single, blanks are missing")
        << int(Settore) << Conditions{} << qint64(30) << qint64(27) << qint64(3)
        << QStringList{"Banche", "Telco", "Retail", "Industria", "PA"}
        << QList<double>{8, 8, 2, 9, 0}
        << QList<double>{29.62962962962963, 29.62962962962963, 7.40740740740741, 33.33333333333333,
                         0};
    // f <- ruolo %in% "Manager"; table(settore[f], useNA = "always");
    // prop.table(table(settore[f])) * 100
    QTest::newRow("single, base after the filter")
        << int(Settore) << Conditions{{Ruolo, 0}} << qint64(7) << qint64(7) << qint64(0)
        << QStringList{"Banche", "Telco", "Retail", "Industria", "PA"}
        << QList<double>{1, 2, 0, 4, 0}
        << QList<double>{14.2857142857143, 28.5714285714286, 0, 57.1428571428571, 0};
    // answered <- !is.na(d$canali); sum(answered)  # 22
    // for (o in c("Email","Social","Stampa","TV")) print(100 * sum(has(o)) / sum(answered))
    QTest::newRow("multiple, percent of those who answered")
        << int(Canali) << Conditions{} << qint64(30) << qint64(22) << qint64(8)
        << QStringList{"Email", "Social", "Stampa", "TV"} << QList<double>{13, 13, 10, 9}
        << QList<double>{59.0909090909091, 59.0909090909091, 45.4545454545455, 40.9090909090909};
    // table(sodd, useNA = "always"); prop.table(table(sodd)) * 100  ("Non so" is in the base)
    QTest::newRow("likert, scale order")
        << int(Soddisfazione) << Conditions{} << qint64(30) << qint64(26) << qint64(4)
        << QStringList{"Per niente", "Poco", "Abbastanza", "Molto", "Del tutto", "Non so"}
        << QList<double>{1, 4, 5, 9, 5, 2}
        << QList<double>{3.84615384615385,  15.38461538461539, 19.23076923076923,
                         34.61538461538461, 19.23076923076923, 7.69230769230769};
    // By hand: nobody chose "PA", so the filter leaves no one and every figure is 0.
    QTest::newRow("filter matching nobody")
        << int(Ruolo) << Conditions{{Settore, 4}} << qint64(0) << qint64(0) << qint64(0)
        << QStringList{"Manager", "Impiegato", "Dirigente", "Stagista"} << QList<double>{0, 0, 0, 0}
        << QList<double>{0, 0, 0, 0};
}

void TestStatistics::unweightedIntervalsNeedNoWeights() {
    // Every answer weighing 1 (all-ones weights, or none), the figures' base is the table's
    // count and the intervals are Wilson's on it; with weights they come from the weights.
    // R: for (x in c(8, 8, 2, 9, 0)) print(prop.test(x, 27, correct = FALSE)$conf.int)
    const std::vector<std::pair<double, double>> wilson = {{0.158530404697798, 0.484806829641482},
                                                           {0.158530404697798, 0.484806829641482},
                                                           {0.020554654060989, 0.233695926830231},
                                                           {0.186432614987157, 0.521752394926799},
                                                           {0.0, 0.124555029741867}};
    for (const bool withWeights : {true, false}) {
        ResponseMatrix responses = m_f.responses;
        if (withWeights)
            responses.weights.assign(size_t(responses.respondentCount), 1.0);
        else
            responses.weights.clear();
        const FrequencyTable table = FrequencyTable::compute(m_f.survey, responses, Settore);
        const FrequencyInference inference =
            FrequencyInference::compute(m_f.survey, responses, table, {});
        QVERIFY(!inference.weighted);
        QCOMPARE(inference.base.n, qint64(27));
        QCOMPARE(inference.base.sum, 27.0);
        QCOMPARE(inference.base.sumSquares, 27.0);
        QCOMPARE(inference.intervals.size(), wilson.size());
        for (size_t r = 0; r < wilson.size(); ++r) {
            QVERIFY(std::abs(inference.intervals[r].low - wilson[r].first) < 1e-12);
            QVERIFY(std::abs(inference.intervals[r].high - wilson[r].second) < 1e-12);
        }
    }
    // Weights of 2 on the first ten respondents: the base's sums are theirs, not a count
    // (by hand from the fixture: Σw over the 27 who answered, and Σw² likewise).
    ResponseMatrix weighted = m_f.responses;
    weighted.weights.assign(size_t(weighted.respondentCount), 1.0);
    double sum = 0, squares = 0;
    const FrequencyTable plain = FrequencyTable::compute(m_f.survey, weighted, Settore);
    for (int r = 0; r < weighted.respondentCount; ++r) {
        if (r < 10)
            weighted.weights[size_t(r)] = 2.0;
        const std::int32_t code = weighted.columns[Settore].codes[size_t(r)];
        if (code >= 1 && code <= 5) {
            sum += weighted.weights[size_t(r)];
            squares += weighted.weights[size_t(r)] * weighted.weights[size_t(r)];
        }
    }
    QCOMPARE(plain.unweightedBase, qint64(27));
    const FrequencyTable table = FrequencyTable::compute(m_f.survey, weighted, Settore);
    const FrequencyInference inference =
        FrequencyInference::compute(m_f.survey, weighted, table, {});
    QVERIFY(inference.weighted);
    QCOMPARE(inference.base.sum, sum);
    QCOMPARE(inference.base.sumSquares, squares);
}

void TestStatistics::frequency() {
    QFETCH(int, question);
    QFETCH(Conditions, filter);
    QFETCH(qint64, respondents);
    QFETCH(qint64, base);
    QFETCH(qint64, missing);
    QFETCH(QStringList, labels);
    QFETCH(QList<double>, counts);
    QFETCH(QList<double>, percents);

    const FrequencyTable t =
        FrequencyTable::compute(m_f.survey, m_f.responses, question, maskOf(m_f, filter));
    QCOMPARE(t.question, question);
    QCOMPARE(t.type, m_f.survey.questions[question].type);
    QCOMPARE(t.respondents, respondents);
    QCOMPARE(t.unweightedBase, base);
    QCOMPARE(t.unweightedMissing, missing);
    // Weights are all 1: weighted figures equal the unweighted ones.
    QCOMPARE(t.base, double(base));
    QCOMPARE(t.missing, double(missing));
    QCOMPARE(t.weightedRespondents, double(respondents));
    QCOMPARE(::labels(t), labels);
    QCOMPARE(::counts(t), counts);
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        QCOMPARE(t.rows[i].unweightedCount, qint64(counts[i]));
        COMPARE_NEAR(t.rows[i].percent, percents[i]);
    }
}

void TestStatistics::multipleChoiceSumsPast100() {
    const FrequencyTable t = FrequencyTable::compute(m_f.survey, m_f.responses, Canali);
    double sum = 0;
    for (const FrequencyRow& row : t.rows)
        sum += row.percent;
    // sum(sapply(c("Email","Social","Stampa","TV"), function(o) sum(has(o)))) / 22 * 100
    COMPARE_NEAR(sum, 204.545454545455);
    QVERIFY(!t.summary);
    QVERIFY(!t.topTwoBox);
}

void TestStatistics::likertMeanAndBoxes() {
    const FrequencyTable t = FrequencyTable::compute(m_f.survey, m_f.responses, Soddisfazione);
    QVERIFY(t.summary);
    const NumericSummary& s = *t.summary;
    // x <- sc[!is.na(sc)]; length(x); mean(x); sd(x); quantile(x, c(.25,.5,.75), type = 7)
    QCOMPARE(s.n, qint64(24));
    COMPARE_NEAR(s.weightedN, 24.0);
    COMPARE_NEAR(s.mean, 3.54166666666667);
    COMPARE_NEAR(s.sd, 1.14128709441755);
    COMPARE_NEAR(s.q1, 3.0);
    COMPARE_NEAR(s.median, 4.0);
    COMPARE_NEAR(s.q3, 4.0);
    COMPARE_NEAR(s.min, 1.0);
    COMPARE_NEAR(s.max, 5.0);
    // The boxes are of those who took a side, "Non so" left out (the base, 26, keeps it):
    // sb <- sum(!is.na(sc))  # 24
    // 100 * sum(sodd %in% c("Molto","Del tutto")) / sb
    // 100 * sum(sodd %in% c("Per niente","Poco")) / sb
    QVERIFY(t.topTwoBox && t.bottomTwoBox);
    QCOMPARE(t.unweightedBase, qint64(26));
    QCOMPARE(t.unweightedScoredBase, qint64(24));
    COMPARE_NEAR(*t.topTwoBox, 58.3333333333333);
    COMPARE_NEAR(*t.bottomTwoBox, 20.8333333333333);
    // Rows carry the scores; "Non so" has none.
    COMPARE_NEAR(t.rows[3].value, 4.0);
    QVERIFY(std::isnan(t.rows[5].value));

    // A single-choice question has neither summary nor boxes.
    const FrequencyTable single = FrequencyTable::compute(m_f.survey, m_f.responses, Settore);
    QVERIFY(!single.summary && !single.topTwoBox && !single.bottomTwoBox);
    // A three-point scale has a mean but no boxes: its top two would take the neutral middle.
    // The same answers on the first three points only (hand count: the respondents who gave
    // "Per niente", "Poco" or "Abbastanza").
    Survey three = m_f.survey;
    Question& q = three.questions[Soddisfazione];
    q.options = QStringList{QStringLiteral("Per niente"), QStringLiteral("Poco"),
                            QStringLiteral("Abbastanza")};
    q.scores = {1.0, 2.0, 3.0};
    ResponseMatrix threeAnswers = m_f.responses;
    for (std::int32_t& code : threeAnswers.columns[Soddisfazione].codes)
        if (code > 3)
            code = 0;
    const FrequencyTable small = FrequencyTable::compute(three, threeAnswers, Soddisfazione);
    QVERIFY(small.summary);
    QVERIFY(!small.topTwoBox && !small.bottomTwoBox);
}

void TestStatistics::numericFromFile_data() {
    QTest::addColumn<Conditions>("filter");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    QTest::addColumn<double>("q1");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("q3");

    // e <- d$eta[!is.na(d$eta)]; length(e); mean(e); sd(e); quantile(e, c(.25,.5,.75), type = 7)
    QTest::newRow("all") << Conditions{} << qint64(24) << 40.5416666666667 << 11.7027650640747
                         << 33.75 << 37.5 << 46.75;
    // e <- d$eta[!is.na(d$eta) & settore %in% "Industria"]; same summaries
    QTest::newRow("Industria") << Conditions{{Settore, 3}} << qint64(8) << 40.875
                               << 14.3171974512173 << 31.5 << 36.0 << 49.25;
    // e <- d$eta[!is.na(d$eta) & settore %in% "Banche"]; same summaries
    QTest::newRow("Banche") << Conditions{{Settore, 0}} << qint64(6) << 38.0 << 11.6447413024077
                            << 29.25 << 40.0 << 44.0;
}

void TestStatistics::numericFromFile() {
    QFETCH(Conditions, filter);
    QFETCH(qint64, n);
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(double, q1);
    QFETCH(double, median);
    QFETCH(double, q3);
    const FrequencyTable t =
        FrequencyTable::compute(m_f.survey, m_f.responses, Eta, maskOf(m_f, filter));
    QVERIFY(t.summary);
    QCOMPARE(t.unweightedBase, n);
    QCOMPARE(t.summary->n, n);
    COMPARE_NEAR(t.summary->mean, mean);
    COMPARE_NEAR(t.summary->sd, sd);
    COMPARE_NEAR(t.summary->q1, q1);
    COMPARE_NEAR(t.summary->median, median);
    COMPARE_NEAR(t.summary->q3, q3);
    if (filter.isEmpty()) {
        // table(d$eta): 18 distinct values ascending, 23 first, 34 three times, 62 last (twice).
        QCOMPARE(t.rows.size(), 18);
        QCOMPARE(t.rows.first().label, QStringLiteral("23"));
        QCOMPARE(t.rows[5].label, QStringLiteral("34"));
        QCOMPARE(t.rows[5].unweightedCount, qint64(3));
        COMPARE_NEAR(t.rows[5].value, 34.0);
        COMPARE_NEAR(t.rows[5].percent, 12.5); // 3 / 24
        QCOMPARE(t.rows.last().label, QStringLiteral("62"));
        QCOMPARE(t.rows.last().unweightedCount, qint64(2));
        QCOMPARE(t.unweightedMissing, qint64(6));
        COMPARE_NEAR(t.summary->min, 23.0);
        COMPARE_NEAR(t.summary->max, 62.0);
    }
}

void TestStatistics::numericSummary_data() {
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    QTest::addColumn<double>("q1");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("q3");

    // For each x: length(x); mean(x); sd(x); quantile(x, c(.25,.5,.75), type = 7)
    QTest::newRow("n = 1, sd undefined (R: NA)")
        << QList<double>{7} << qint64(1) << 7.0 << kNaN << 7.0 << 7.0 << 7.0;
    QTest::newRow("odd n = 3") << QList<double>{1, 2, 3} << qint64(3) << 2.0 << 1.0 << 1.5 << 2.0
                               << 2.5;
    QTest::newRow("even n = 6, ties") << QList<double>{3, 1, 4, 1, 5, 9} << qint64(6)
                                      << 3.83333333333333 << 2.99443929086343 << 1.5 << 3.5 << 4.75;
    QTest::newRow("odd n = 5, negatives and decimals")
        << QList<double>{2.5, 10, -4, 7.25, 0} << qint64(5) << 3.15 << 5.59464029227975 << 0.0
        << 2.5 << 7.25;
    QTest::newRow("large values close together")
        << QList<double>{1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4} << qint64(4) << 1000000002.5
        << 1.29099444873581 << 1000000001.75 << 1000000002.5 << 1000000003.25;
    QTest::newRow("missing values skipped")
        << QList<double>{kNaN, 1, 2, kNaN, 3} << qint64(3) << 2.0 << 1.0 << 1.5 << 2.0 << 2.5;
}

void TestStatistics::numericSummary() {
    QFETCH(QList<double>, values);
    QFETCH(qint64, n);
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(double, q1);
    QFETCH(double, median);
    QFETCH(double, q3);
    const NumericSummary s = NumericSummary::compute({values.begin(), values.end()});
    QCOMPARE(s.n, n);
    COMPARE_NEAR(s.mean, mean);
    COMPARE_NEAR(s.sd, sd);
    COMPARE_NEAR(s.q1, q1);
    COMPARE_NEAR(s.median, median);
    COMPARE_NEAR(s.q3, q3);
}

void TestStatistics::textRows() {
    const FrequencyTable t = FrequencyTable::compute(m_f.survey, m_f.responses, Commento);
    // sort(table(d$commento), decreasing = TRUE); sum(!is.na(d$commento))  # 18
    // "Lento" and "Nessuno" tie at 3: alphabetical between them.
    QCOMPARE(::labels(t), (QStringList{"Ottimo servizio", "Lento", "Nessuno", "Lento ma gentile",
                                       "Troppo caro"}));
    QCOMPARE(unweightedCounts(t), (QList<qint64>{9, 3, 3, 2, 1}));
    QCOMPARE(t.unweightedBase, qint64(18));
    QCOMPARE(t.unweightedMissing, qint64(12));
    COMPARE_NEAR(t.rows[0].percent, 50.0); // 9 / 18
    QVERIFY(!t.summary);
}

void TestStatistics::weighted() {
    Fixture f = m_f;
    f.responses.weights = f.peso;

    // tapply(d$peso, settore, sum); sum(d$peso[!is.na(settore)]); sum(d$peso[is.na(settore)])
    // 100 * tapply(d$peso, settore, sum) / sum(d$peso[!is.na(settore)])
    const FrequencyTable settore = FrequencyTable::compute(f.survey, f.responses, Settore);
    QCOMPARE(counts(settore), (QList<double>{13, 15, 5, 14, 0}));
    QCOMPARE(unweightedCounts(settore), (QList<qint64>{8, 8, 2, 9, 0}));
    QCOMPARE(settore.base, 47.0);
    QCOMPARE(settore.unweightedBase, qint64(27));
    QCOMPARE(settore.missing, 7.0);
    QCOMPARE(settore.unweightedMissing, qint64(3));
    QCOMPARE(settore.weightedRespondents, 54.0);
    QCOMPARE(settore.respondents, qint64(30));
    const QList<double> percents{27.6595744680851, 31.9148936170213, 10.6382978723404,
                                 29.7872340425532, 0};
    for (int i = 0; i < 5; ++i)
        COMPARE_NEAR(settore.rows[i].percent, percents[i]);

    // With a filter the weights of those outside stay out: sum(d$peso[ruolo %in% "Manager"])
    const FrequencyTable managers =
        FrequencyTable::compute(f.survey, f.responses, Settore, maskOf(f, {{Ruolo, 0}}));
    QCOMPARE(managers.base, 10.0);
    QCOMPARE(managers.unweightedBase, qint64(7));

    // for (o in c("Email","Social","Stampa","TV")) print(sum(d$peso[has(o)]))
    // sum(d$peso[!is.na(d$canali)])  # 38
    const FrequencyTable canali = FrequencyTable::compute(f.survey, f.responses, Canali);
    QCOMPARE(counts(canali), (QList<double>{24, 23, 18, 19}));
    QCOMPARE(unweightedCounts(canali), (QList<qint64>{13, 13, 10, 9}));
    QCOMPARE(canali.base, 38.0);
    QCOMPARE(canali.unweightedBase, qint64(22));
    COMPARE_NEAR(canali.rows[0].percent, 63.1578947368421);
    COMPARE_NEAR(canali.rows[3].percent, 50.0);

    // Weighted Likert: integer weights equal repeating each answer, so R on the expanded data:
    // ok <- !is.na(sc); xe <- rep(sc[ok], d$peso[ok]); length(xe); mean(xe); sd(xe);
    // quantile(xe, c(.25,.5,.75), type = 7); weighted.mean(sc[ok], d$peso[ok]) agrees.
    // wb <- sum(d$peso[!is.na(sc)]); 100 * sum(d$peso[sodd %in% c("Molto","Del tutto")]) / wb
    // ("Non so" out of wb, 45; the base, 48, keeps it)
    const FrequencyTable likert = FrequencyTable::compute(f.survey, f.responses, Soddisfazione);
    QVERIFY(likert.summary);
    QCOMPARE(likert.summary->n, qint64(24));
    COMPARE_NEAR(likert.summary->weightedN, 45.0);
    COMPARE_NEAR(likert.summary->mean, 3.55555555555556);
    COMPARE_NEAR(likert.summary->sd, 1.13928916346106);
    COMPARE_NEAR(likert.summary->q1, 3.0);
    COMPARE_NEAR(likert.summary->median, 4.0);
    COMPARE_NEAR(likert.summary->q3, 4.0);
    QCOMPARE(likert.base, 48.0);
    COMPARE_NEAR(likert.scoredBase, 45.0);
    COMPARE_NEAR(*likert.topTwoBox, 62.2222222222222);

    // ok <- !is.na(d$eta); xe <- rep(d$eta[ok], d$peso[ok]); mean(xe); sd(xe);
    // quantile(xe, c(.25,.5,.75), type = 7)
    const FrequencyTable eta = FrequencyTable::compute(f.survey, f.responses, Eta);
    QVERIFY(eta.summary);
    QCOMPARE(eta.summary->n, qint64(24));
    COMPARE_NEAR(eta.summary->weightedN, 43.0);
    COMPARE_NEAR(eta.summary->mean, 42.1860465116279);
    COMPARE_NEAR(eta.summary->sd, 11.1232399655459);
    COMPARE_NEAR(eta.summary->q1, 34.0);
    COMPARE_NEAR(eta.summary->median, 38.0);
    COMPARE_NEAR(eta.summary->q3, 52.0);

    // Texts are weighted too: sum(d$peso[d$commento %in% "Ottimo servizio"])  # 14
    const FrequencyTable texts = FrequencyTable::compute(f.survey, f.responses, Commento);
    QCOMPARE(texts.rows[0].label, QStringLiteral("Ottimo servizio"));
    QCOMPARE(texts.rows[0].count, 14.0);
    QCOMPARE(texts.rows[0].unweightedCount, qint64(9));
}

void TestStatistics::crossTabWithEmptyRowAndColumn() {
    // tab <- table(ruolo, settore); t2 <- tab[rowSums(tab) > 0, colSums(tab) > 0]
    // chisq.test(t2, correct = FALSE)  # X-squared = 4.65833333333333, df = 6,
    //                                  # p-value = 0.588319378508325 (R warns: expected < 5)
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Ruolo, Settore);
    QCOMPARE(tab.question, int(Ruolo));
    QCOMPARE(tab.segment, int(Settore));
    QCOMPARE(tab.groupLabels, (QStringList{"Banche", "Telco", "Retail", "Industria", "PA"}));
    QCOMPARE(tab.groups.size(), 5);
    // Columns of print(tab): Manager, Impiegato, Dirigente, Stagista per settore.
    QCOMPARE(counts(tab.groups[0]), (QList<double>{1, 3, 4, 0}));
    QCOMPARE(counts(tab.groups[1]), (QList<double>{2, 3, 3, 0}));
    QCOMPARE(counts(tab.groups[2]), (QList<double>{0, 1, 1, 0}));
    QCOMPARE(counts(tab.groups[3]), (QList<double>{4, 3, 1, 0}));
    QCOMPARE(counts(tab.groups[4]), (QList<double>{0, 0, 0, 0}));
    QCOMPARE(tab.groups[4].respondents, qint64(0));
    // Respondent 6 (Industria, no ruolo) is in the group but missing from its base.
    QCOMPARE(tab.groups[3].respondents, qint64(9));
    QCOMPARE(tab.groups[3].unweightedBase, qint64(8));
    COMPARE_NEAR(tab.groups[3].rows[0].percent, 50.0);
    // The total keeps respondents who skipped the segment: table(ruolo, useNA = "always")
    QCOMPARE(counts(tab.total), (QList<double>{7, 11, 11, 0}));
    QCOMPARE(tab.total.unweightedBase, qint64(29));

    const ChiSquareResult& chi = tab.chiSquare;
    QVERIFY(chi.valid);
    COMPARE_NEAR(chi.statistic, 4.65833333333333);
    QCOMPARE(chi.df, 6);
    COMPARE_NEAR(chi.p, 0.588319378508325);
    QCOMPARE(chi.excludedRows, 1);
    QCOMPARE(chi.excludedColumns, 1);
    QVERIFY(chi.lowExpected);
}

void TestStatistics::crossTabLikertBySingle() {
    // tab <- table(sodd, ruolo); t2 <- tab[rowSums(tab) > 0, colSums(tab) > 0]
    // r <- chisq.test(t2, correct = FALSE); r$statistic; r$parameter; r$p.value
    // ("Non so" is a category here, so it is a row)
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Soddisfazione, Ruolo);
    QCOMPARE(counts(tab.groups[0]), (QList<double>{0, 0, 2, 2, 1, 2}));
    QVERIFY(tab.chiSquare.valid);
    COMPARE_NEAR(tab.chiSquare.statistic, 11.8055555555556);
    QCOMPARE(tab.chiSquare.df, 10);
    COMPARE_NEAR(tab.chiSquare.p, 0.298280759049814);
    QCOMPARE(tab.chiSquare.excludedRows, 0);
    QCOMPARE(tab.chiSquare.excludedColumns, 1);
    // Each group keeps its own Likert summary: Manager scores 3,3,4,4,5 (by hand from the file:
    // respondents 1, 25 Abbastanza; 9, 17 Molto; 4 Del tutto; 8, 23 Non so).
    QVERIFY(tab.groups[0].summary);
    COMPARE_NEAR(tab.groups[0].summary->mean, 3.8);
}

void TestStatistics::crossTabFiltered() {
    // f <- settore %in% c("Banche","Telco"); tab <- table(ruolo[f], droplevels(settore[f]))
    // t2 <- tab[rowSums(tab) > 0, colSums(tab) > 0]; chisq.test(t2, correct = FALSE)
    // X-squared = 0.476190476190476, df = 2, p = 0.788127627745311
    const RespondentMask mask = maskOf(m_f, {{Settore, 0}, {Settore, 1}});
    const CrossTab tab = CrossTab::compute(m_f.survey, m_f.responses, Ruolo, Settore, mask);
    QCOMPARE(tab.groups.size(), 5);
    QCOMPARE(tab.groups[2].respondents, qint64(0)); // Retail is outside the filter
    QCOMPARE(tab.groups[3].respondents, qint64(0));
    QCOMPARE(tab.total.respondents, qint64(16));
    QVERIFY(tab.chiSquare.valid);
    COMPARE_NEAR(tab.chiSquare.statistic, 0.476190476190476);
    QCOMPARE(tab.chiSquare.df, 2);
    COMPARE_NEAR(tab.chiSquare.p, 0.788127627745311);
    QCOMPARE(tab.chiSquare.excludedColumns, 3);
    QCOMPARE(tab.chiSquare.excludedRows, 1);
}

void TestStatistics::crossTabTextAndNumberGroupsShareTheTotalsRows() {
    // Row r of every group is the total's row r, so that freq --by, the tables and the column
    // tests read one answer across. It was not: each group listed its own answers in its own
    // order, and "3 hours" of one group stood beside "2.25 hours" of the total.
    // d <- read.csv("survey.csv", na.strings = "")
    // table(factor(d$commento, levels = <the total's order>), d$settore)
    const CrossTab text = CrossTab::compute(m_f.survey, m_f.responses, Commento, Settore);
    const QStringList order{"Ottimo servizio", "Lento", "Nessuno", "Lento ma gentile",
                            "Troppo caro"};
    QCOMPARE(::labels(text.total), order);
    const QList<QList<qint64>> bySector = {
        {3, 1, 1, 0, 0}, {3, 1, 0, 1, 0}, {0, 0, 0, 0, 0}, {3, 1, 2, 1, 0}, {0, 0, 0, 0, 0}};
    for (int g = 0; g < 5; ++g) {
        QCOMPARE(::labels(text.groups[g]), order);
        QCOMPARE(unweightedCounts(text.groups[g]), bySector[g]);
    }
    COMPARE_NEAR(text.groups[0].rows[0].percent, 60.0); // Banche: 3 of 5
    COMPARE_NEAR(text.groups[0].rows[3].percent, 0.0);

    // table(d$eta, d$settore)[, "Telco"]: ages ascending, as the total lists them.
    const CrossTab ages = CrossTab::compute(m_f.survey, m_f.responses, Eta, Settore);
    QCOMPARE(::labels(ages.groups[1]), ::labels(ages.total));
    QCOMPARE(::labels(ages.total).first(), QStringLiteral("23"));
    QCOMPARE(unweightedCounts(ages.groups[1]),
             (QList<qint64>{0, 0, 0, 1, 0, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0}));
    // The value behind a row the group never gave is still the total's (34 → 34).
    QCOMPARE(ages.groups[4].rows[5].value, 34.0);
    // The group's own statistics are its own: mean(d$eta[d$settore == "Telco"], na.rm = TRUE)
    QVERIFY(ages.groups[1].summary);
    COMPARE_NEAR(ages.groups[1].summary->mean, (30 + 2 * 34 + 38 + 42 + 57) / 6.0);
}

void TestStatistics::crossTabOnePassEqualsGroupMasks() {
    // A coded question by a coded segment is counted in one pass over the respondents; each
    // group's table must equal FrequencyTable::compute over that group's mask, built here by a
    // plain loop (oracle), with weights, a filter shorter than the matrix, codes out of range
    // and a question column shorter than the segment's.
    Survey survey;
    Question q;
    q.id = QStringLiteral("Q1");
    q.type = QuestionType::Likert;
    q.options = QStringList{"1", "2", "3", "4", "5"};
    q.scores = {1, 2, 3, 4, 5};
    Question seg;
    seg.id = QStringLiteral("Q2");
    seg.type = QuestionType::Single;
    seg.options = QStringList{"A", "B", "C"};
    survey.questions = {q, seg};
    const int n = 5000;
    ResponseMatrix m;
    m.respondentCount = n;
    m.columns.resize(2);
    std::uint32_t state = 12345;
    const auto next = [&state] {
        return state = state * 1664525u + 1013904223u;
    };
    for (int i = 0; i < n - 7; ++i) // seven respondents past the end of the question's column
        m.columns[0].codes.push_back(std::int32_t(next() % 8) - 1); // -1 and 6 are out of range
    for (int i = 0; i < n; ++i) {
        m.columns[1].codes.push_back(std::int32_t(next() % 5)); // 0 missing, 4 out of range
        m.weights.push_back(0.25 + double(next() % 1000) / 250.0);
    }
    RespondentMask filter(std::size_t(n - 100), 0);
    for (std::size_t i = 0; i < filter.size(); ++i)
        filter[i] = std::uint8_t(next() % 3 != 0);

    const CrossTab tab = CrossTab::compute(survey, m, 0, 1, filter);
    QCOMPARE(tab.groups.size(), 3);
    for (int g = 0; g < 3; ++g) {
        RespondentMask group(std::size_t(n), 0);
        for (std::size_t i = 0; i < filter.size(); ++i)
            group[i] = std::uint8_t(filter[i] && m.columns[1].codes[i] == g + 1);
        const FrequencyTable expected = FrequencyTable::compute(survey, m, 0, group);
        const FrequencyTable& got = tab.groups[g];
        QCOMPARE(got.unweightedBase, expected.unweightedBase);
        QCOMPARE(got.unweightedMissing, expected.unweightedMissing);
        QCOMPARE(got.respondents, expected.respondents);
        COMPARE_NEAR(got.base, expected.base);
        COMPARE_NEAR(got.missing, expected.missing);
        QCOMPARE(got.rows.size(), expected.rows.size());
        for (qsizetype r = 0; r < got.rows.size(); ++r) {
            QCOMPARE(got.rows[r].unweightedCount, expected.rows[r].unweightedCount);
            COMPARE_NEAR(got.rows[r].count, expected.rows[r].count);
            COMPARE_NEAR(got.rows[r].percent, expected.rows[r].percent);
        }
        QVERIFY(got.summary && expected.summary);
        COMPARE_NEAR(got.summary->mean, expected.summary->mean);
        COMPARE_NEAR(*got.topTwoBox, *expected.topTwoBox);
    }
}

void TestStatistics::crossTabMultiple() {
    // for (o in c("Email","Social","Stampa","TV")) print(table(settore[has(o)], useNA = "always"))
    const CrossTab bySegment = CrossTab::compute(m_f.survey, m_f.responses, Settore, Canali);
    QCOMPARE(bySegment.groupLabels, (QStringList{"Email", "Social", "Stampa", "TV"}));
    QCOMPARE(counts(bySegment.groups[0]), (QList<double>{4, 3, 0, 5, 0}));
    QCOMPARE(counts(bySegment.groups[1]), (QList<double>{4, 2, 0, 5, 0}));
    QCOMPARE(counts(bySegment.groups[2]), (QList<double>{4, 2, 0, 3, 0}));
    QCOMPARE(counts(bySegment.groups[3]), (QList<double>{2, 2, 0, 3, 0}));
    QCOMPARE(bySegment.groups[0].unweightedMissing, qint64(1));
    // Overlapping groups are not independent samples: no chi-square.
    QVERIFY(!bySegment.chiSquare.valid);

    // Multiple-choice question by ruolo: a respondent adds to several rows, so no chi-square
    // either; the groups still hold percent of answerers (by hand: Manager answerers are
    // respondents 4, 8, 17, 23, 25; Social chosen by 4, 8, 23, 25).
    const CrossTab byRuolo = CrossTab::compute(m_f.survey, m_f.responses, Canali, Ruolo);
    QVERIFY(!byRuolo.chiSquare.valid);
    QCOMPARE(byRuolo.groups[0].unweightedBase, qint64(5));
    QCOMPARE(byRuolo.groups[0].rows[1].count, 4.0);
    COMPARE_NEAR(byRuolo.groups[0].rows[1].percent, 80.0);

    // A numeric segment has no groups.
    const CrossTab byNumber = CrossTab::compute(m_f.survey, m_f.responses, Settore, Eta);
    QVERIFY(byNumber.groups.isEmpty());
    QVERIFY(!byNumber.chiSquare.valid);
}

using Matrix = std::vector<std::vector<double>>;

void TestStatistics::chiSquare_data() {
    QTest::addColumn<Matrix>("observed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("statistic");
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("p");
    QTest::addColumn<int>("excludedRows");
    QTest::addColumn<int>("excludedColumns");
    QTest::addColumn<bool>("lowExpected");

    // r <- chisq.test(m, correct = FALSE); r$statistic; r$parameter; r$p.value; min(r$expected)
    // m <- matrix(c(10,20,30,40), 2)
    QTest::newRow("2x2") << Matrix{{10, 30}, {20, 40}} << true << 0.793650793650794 << 1
                         << 0.372998483613487 << 0 << 0 << false;
    // m <- rbind(c(12,5,7), c(8,15,9), c(3,6,20))
    QTest::newRow("3x3") << Matrix{{12, 5, 7}, {8, 15, 9}, {3, 6, 20}} << true << 19.5269410900853
                         << 4 << 0.000619057436162482 << 0 << 0 << false;
    // Empty row 2 and column 2 excluded; R on what remains: m <- rbind(c(12,7), c(3,20))
    QTest::newRow("empty row and column")
        << Matrix{{12, 0, 7}, {0, 0, 0}, {3, 0, 20}} << true << 11.3815408085431 << 1
        << 0.00074177561315762 << 1 << 1 << false;
    // Weighted-style fractional counts: m <- rbind(c(10.5,4.25), c(3.75,12))
    QTest::newRow("fractional counts")
        << Matrix{{10.5, 4.25}, {3.75, 12}} << true << 6.86811847088386 << 1 << 0.00877469884286728
        << 0 << 0 << false;
    // A tiny p keeps its relative precision: m <- rbind(c(200,10,50,40,5), c(20,150,60,40,90))
    QTest::newRow("tiny p") << Matrix{{200, 10, 50, 40, 5}, {20, 150, 60, 40, 90}} << true
                            << 344.542388537009 << 4 << 2.64421830320194e-73 << 0 << 0 << false;
    // m <- rbind(c(50,50), c(50,50))
    QTest::newRow("independent") << Matrix{{50, 50}, {50, 50}} << true << 0.0 << 1 << 1.0 << 0 << 0
                                 << false;
    // r$expected: 1.5, 1.5, 3.5, 3.5
    // m <- rbind(c(3,0), c(2,5)): X-squared = 4.28571428571429, p = 0.0384339302367818
    QTest::newRow("low expected") << Matrix{{3, 0}, {2, 5}} << true << 4.28571428571429 << 1
                                  << 0.0384339302367818 << 0 << 0 << true;
    // Fewer than 2x2 non-empty: invalid (by hand).
    QTest::newRow("one non-empty row")
        << Matrix{{5, 7}, {0, 0}} << false << 0.0 << 0 << 1.0 << 1 << 0 << false;
    QTest::newRow("one non-empty column")
        << Matrix{{5, 0}, {7, 0}, {1, 0}} << false << 0.0 << 0 << 1.0 << 0 << 1 << false;
    QTest::newRow("all zero") << Matrix{{0, 0}, {0, 0}} << false << 0.0 << 0 << 1.0 << 2 << 2
                              << false;
    QTest::newRow("empty") << Matrix{} << false << 0.0 << 0 << 1.0 << 0 << 0 << false;
    QTest::newRow("negative count")
        << Matrix{{5, -1}, {2, 3}} << false << 0.0 << 0 << 1.0 << 0 << 0 << false;
}

void TestStatistics::chiSquare() {
    QFETCH(Matrix, observed);
    QFETCH(bool, valid);
    QFETCH(double, statistic);
    QFETCH(int, df);
    QFETCH(double, p);
    QFETCH(int, excludedRows);
    QFETCH(int, excludedColumns);
    QFETCH(bool, lowExpected);
    const ChiSquareResult r = ChiSquareTest::compute(observed);
    QCOMPARE(r.valid, valid);
    COMPARE_NEAR(r.statistic, statistic);
    QCOMPARE(r.df, df);
    COMPARE_NEAR(r.p, p);
    QCOMPARE(r.excludedRows, excludedRows);
    QCOMPARE(r.excludedColumns, excludedColumns);
    QCOMPARE(r.lowExpected, lowExpected);
}

void TestStatistics::wilson_data() {
    QTest::addColumn<double>("successes");
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // prop.test(x, n, correct = FALSE, conf.level = cl)$conf.int is the Wilson score interval
    const double z95 = 1.959963984540054; // qnorm(0.975)
    QTest::newRow("0 of 10") << 0.0 << 10.0 << z95 << 0.0 << 0.277532799862889;
    QTest::newRow("10 of 10") << 10.0 << 10.0 << z95 << 0.722467200137111 << 1.0;
    QTest::newRow("3 of 10") << 3.0 << 10.0 << z95 << 0.107791267406301 << 0.603221852538855;
    QTest::newRow("120 of 287") << 120.0 << 287.0 << z95 << 0.362502202906444 << 0.475897727452261;
    QTest::newRow("1 of 1") << 1.0 << 1.0 << z95 << 0.206549314377238 << 1.0;
    // conf.level = 0.9; z = qnorm(0.95) = 1.644853626951472
    QTest::newRow("120 of 287, 90%")
        << 120.0 << 287.0 << 1.644853626951472 << 0.371210240481214 << 0.466556067199235;
    // Nothing known without respondents (by definition of our API).
    QTest::newRow("n = 0") << 0.0 << 0.0 << z95 << 0.0 << 1.0;
}

void TestStatistics::wilson() {
    QFETCH(double, successes);
    QFETCH(double, n);
    QFETCH(double, z);
    QFETCH(double, low);
    QFETCH(double, high);
    const Proportion interval = WilsonInterval::compute(successes, n, z);
    COMPARE_NEAR(interval.low, low);
    COMPARE_NEAR(interval.high, high);
}

void TestStatistics::largestRemainder_data() {
    QTest::addColumn<QList<double>>("percents");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("total");
    QTest::addColumn<QList<int>>("expected");

    // All by hand: floor each, then hand the missing units to the largest remainders, the
    // earlier value first on ties.
    const double third = 100.0 / 3.0;
    QTest::newRow("three thirds") << QList<double>{third, third, third} << 0 << 100.0
                                  << QList<int>{34, 33, 33};
    QTest::newRow("three thirds, 1 decimal")
        << QList<double>{third, third, third} << 1 << 100.0 << QList<int>{334, 333, 333};
    const double sixth = 100.0 / 6.0;
    QTest::newRow("six sixths") << QList<double>{sixth, sixth, sixth, sixth, sixth, sixth} << 0
                                << 100.0 << QList<int>{17, 17, 17, 17, 16, 16};
    // Settore: 8, 8, 2, 9, 0 of 27 -> floors 29, 29, 7, 33, 0 (98); remainders .63, .63, .41, .33
    QTest::newRow("settore") << QList<double>{800.0 / 27, 800.0 / 27, 200.0 / 27, 900.0 / 27, 0}
                             << 0 << 100.0 << QList<int>{30, 30, 7, 33, 0};
    QTest::newRow("largest remainder wins over order")
        << QList<double>{10.2, 20.3, 69.5} << 0 << 100.0 << QList<int>{10, 20, 70};
    QTest::newRow("already integers")
        << QList<double>{50, 25, 25} << 0 << 100.0 << QList<int>{50, 25, 25};
    QTest::newRow("noise below an integer")
        << QList<double>{28.999999999999996, 71.00000000000001} << 0 << 100.0 << QList<int>{29, 71};
    // Multiple choice sums past 100: plain rounding, no redistribution.
    QTest::newRow("multiple choice")
        << QList<double>{1300.0 / 22, 1300.0 / 22, 1000.0 / 22, 900.0 / 22} << 0 << 100.0
        << QList<int>{59, 59, 45, 41};
    QTest::newRow("NaN counts as 0")
        << QList<double>{kNaN, 100} << 0 << 100.0 << QList<int>{0, 100};
    QTest::newRow("proportions summing to 1")
        << QList<double>{1.0 / 3, 1.0 / 3, 1.0 / 3} << 2 << 1.0 << QList<int>{34, 33, 33};
    QTest::newRow("empty") << QList<double>{} << 0 << 100.0 << QList<int>{};
}

void TestStatistics::largestRemainder() {
    QFETCH(QList<double>, percents);
    QFETCH(int, decimals);
    QFETCH(double, total);
    QFETCH(QList<int>, expected);
    const std::vector<int> rounded =
        LargestRemainder::round({percents.begin(), percents.end()}, decimals, total);
    QCOMPARE(QList<int>(rounded.begin(), rounded.end()), expected);
}

void TestStatistics::displayedPercentsSumTo100() {
    // Single-choice bars as displayed add up to exactly 100, with and without a filter, and
    // whatever the weights.
    Fixture weighted = m_f;
    weighted.responses.weights = m_f.peso;
    for (const Fixture* f : {&m_f, &weighted})
        for (int q : {int(Settore), int(Ruolo), int(Soddisfazione)})
            for (const Conditions& filter :
                 {Conditions{}, Conditions{{Ruolo, 2}}, Conditions{{Canali, 1}, {Canali, 3}}}) {
                const FrequencyTable t =
                    FrequencyTable::compute(f->survey, f->responses, q, maskOf(*f, filter));
                std::vector<double> percents;
                for (const FrequencyRow& row : t.rows)
                    percents.push_back(row.percent);
                for (int decimals : {0, 1}) {
                    const std::vector<int> shown = LargestRemainder::round(percents, decimals);
                    QCOMPARE(std::accumulate(shown.begin(), shown.end(), 0),
                             decimals == 0 ? 100 : 1000);
                }
            }
}

void TestStatistics::largeMatrixMatchesPlainCount_data() {
    QTest::addColumn<int>("maskKind");
    QTest::addColumn<bool>("weighted");
    for (bool weighted : {false, true}) {
        const char* w = weighted ? ", weights 1 then 2.5" : ", weights 1";
        QTest::addRow("no filter%s", w) << 0 << weighted;
        QTest::addRow("sparse filter%s", w) << 1 << weighted;
        QTest::addRow("dense filter%s", w) << 2 << weighted;
    }
}

void TestStatistics::numericRowsMatchAPlainTally_data() {
    // A numeric question's rows are its distinct values in ascending order. Whole numbers and
    // hundredths in a span are counted by index, other values of up to 4,096 distinct ones are
    // tallied, and more are sorted: each kind must give what an ordered map written here gives,
    // for everyone and inside a filter.
    QTest::addColumn<int>("kind");
    QTest::newRow("whole numbers -3..196") << 0;
    QTest::newRow("halves (by hundredths)") << 1;
    QTest::newRow("6,007 distinct values (sorted)") << 2;
    QTest::newRow("whole numbers too far apart (tallied)") << 3;
    QTest::newRow("-0.0 beside 0: one answer 0 (by steps)") << 4;
    QTest::newRow("prices read from text, 0.00..19.99 (by hundredths)") << 5;
    QTest::newRow("thirds (tallied)") << 6;
    QTest::newRow("halves past 2^51, where rounding needs libm (tallied)") << 7;
    QTest::newRow("halves from -3, off the whole steps below -1 (by hundredths)") << 8;
    QTest::newRow("-0.0 among thirds: one answer 0 (tallied)") << 9;
}

void TestStatistics::numericRowsMatchAPlainTally() {
    QFETCH(int, kind);
    const int n = 12011;
    Survey survey;
    survey.questions << makeQuestion("Q1", "n", "N", QuestionType::Numeric);
    ResponseMatrix m;
    m.respondentCount = n;
    m.columns.resize(1);
    m.weights.resize(n);
    std::map<double, std::pair<double, qint64>> plain;
    std::map<double, std::pair<double, qint64>> filtered;
    for (int i = 0; i < n; ++i) {
        const int k = (i * 7919) % 200;
        double v = k - 3;
        if (kind == 1)
            v = k / 2.0;
        else if (kind == 2)
            v = (i % 6007) / 7.0;
        else if (kind == 3)
            v = k % 2 ? k * 1e6 : k;
        else if (kind == 4)
            v = k % 3 == 0 ? -0.0 : k % 3;
        else if (kind == 5)
            v = QStringLiteral("%1.%2")
                    .arg(i % 20)
                    .arg(k % 100, 2, 10, QLatin1Char('0'))
                    .toDouble();
        else if (kind == 6)
            v = k / 3.0;
        else if (kind == 7)
            v = std::ldexp(1.0, 51) + k / 2.0;
        else if (kind == 8)
            v = k / 2.0 - 3;
        else if (kind == 9)
            v = k % 3 == 0 ? -0.0 : k / 3.0;
        if (i % 13 == 0)
            v = std::numeric_limits<double>::quiet_NaN();
        m.weights[i] = 1 + i % 3;
        m.columns[0].values.push_back(v);
        if (!std::isnan(v)) {
            // -0.0 is the answer 0, as everywhere in Sondo (no "-0" row): the map's key is +0.
            const double key = v + 0.0;
            plain[key].first += m.weights[i];
            ++plain[key].second;
            if (i % 4 != 1) {
                filtered[key].first += m.weights[i];
                ++filtered[key].second;
            }
        }
    }
    RespondentMask mask(std::size_t(n), 0);
    for (int i = 0; i < n; ++i)
        mask[std::size_t(i)] = std::uint8_t(i % 4 != 1);
    for (const auto& [tallies, filter] :
         {std::pair{&plain, RespondentMask()}, std::pair{&filtered, mask}}) {
        const FrequencyTable t = FrequencyTable::compute(survey, m, 0, filter);
        QCOMPARE(t.rows.size(), qsizetype(tallies->size()));
        int r = 0;
        for (const auto& [value, tally] : *tallies) {
            QCOMPARE(t.rows[r].value, value);
            QCOMPARE(std::signbit(t.rows[r].value), std::signbit(value));
            QVERIFY(t.rows[r].label != QLatin1String("-0"));
            QCOMPARE(t.rows[r].count, tally.first);
            QCOMPARE(t.rows[r].unweightedCount, tally.second);
            ++r;
        }
    }
}

void TestStatistics::numericGroupsMatchAPlainTally_data() {
    // A numeric question by a coded segment is counted for every group in one pass when each
    // group's answers are whole numbers or hundredths, and group by group otherwise: both must
    // give each group what an ordered map written here gives, and the group's mean what a
    // plain weighted sum gives, inside a filter, with a blank segment answer in no group.
    QTest::addColumn<int>("kind");
    QTest::newRow("whole numbers (one pass)") << 0;
    QTest::newRow("hundredths (one pass)") << 1;
    QTest::newRow("one group in thirds (group by group)") << 2;
    QTest::newRow("a group without answers (one pass)") << 3;
    QTest::newRow("halves from -3 (one pass by hundredths)") << 4;
    QTest::newRow("thirds outside every group only (groups by steps, total apart)") << 5;
}

void TestStatistics::numericGroupsMatchAPlainTally() {
    QFETCH(int, kind);
    const int n = 12011;
    const int groups = 4;
    Survey survey;
    survey.questions << makeQuestion("Q1", "n", "N", QuestionType::Numeric)
                     << makeQuestion("Q2", "s", "S", QuestionType::Single, {"a", "b", "c", "d"});
    ResponseMatrix m;
    m.respondentCount = n;
    m.columns.resize(2);
    m.weights.resize(n);
    RespondentMask mask(std::size_t(n), 0);
    using Tally = std::map<double, std::pair<double, qint64>>;
    std::vector<Tally> plain(groups);
    std::vector<double> sums(groups, 0), weights(groups, 0);
    for (int i = 0; i < n; ++i) {
        const int k = (i * 7919) % 200;
        const int group = (i * 31) % 5; // 0: blank, in no group
        double v = k - 3;
        if (kind == 4)
            v = k / 2.0 - 3;
        else if (kind == 1 || (kind == 2 && group != 2))
            v = QStringLiteral("%1.%2").arg(i % 7).arg(k % 100, 2, 10, QLatin1Char('0')).toDouble();
        else if (kind == 2)
            v = k / 3.0;
        if (kind == 5 && group == 0)
            v = k / 3.0;
        if (i % 13 == 0 || (kind == 3 && group == 3))
            v = std::numeric_limits<double>::quiet_NaN();
        m.weights[i] = 1 + i % 3;
        m.columns[0].values.push_back(v);
        m.columns[1].codes.push_back(group);
        mask[std::size_t(i)] = std::uint8_t(i % 4 != 1);
        if (group > 0 && mask[std::size_t(i)] && !std::isnan(v)) {
            plain[group - 1][v].first += m.weights[i];
            ++plain[group - 1][v].second;
            sums[group - 1] += v * m.weights[i];
            weights[group - 1] += m.weights[i];
        }
    }
    const CrossTab tab = CrossTab::compute(survey, m, 0, 1, mask);
    // The total, counted in the groups' passes where it can be, is compute()'s table to the last
    // bit (== on the doubles, not QCOMPARE's fuzzy compare): the same adds in the same order.
    const FrequencyTable alone = FrequencyTable::compute(survey, m, 0, mask);
    QCOMPARE(tab.total.rows.size(), alone.rows.size());
    for (qsizetype r = 0; r < alone.rows.size(); ++r) {
        QCOMPARE(tab.total.rows[r].label, alone.rows[r].label);
        QVERIFY(tab.total.rows[r].value == alone.rows[r].value);
        QVERIFY(tab.total.rows[r].count == alone.rows[r].count);
        QCOMPARE(tab.total.rows[r].unweightedCount, alone.rows[r].unweightedCount);
    }
    QVERIFY(tab.total.base == alone.base && tab.total.missing == alone.missing &&
            tab.total.weightedRespondents == alone.weightedRespondents);
    QCOMPARE(tab.total.respondents, alone.respondents);
    QCOMPARE(tab.total.unweightedBase, alone.unweightedBase);
    QCOMPARE(tab.total.unweightedMissing, alone.unweightedMissing);
    QVERIFY(tab.total.summary && alone.summary && tab.total.summary->mean == alone.summary->mean &&
            tab.total.summary->median == alone.summary->median);
    QCOMPARE(tab.groups.size(), qsizetype(groups));
    for (int g = 0; g < groups; ++g) {
        const FrequencyTable& t = tab.groups[g];
        // The crosstab lists every value of the total in each group, 0 where the group has none.
        QCOMPARE(t.rows.size(), tab.total.rows.size());
        Tally counted;
        for (const FrequencyRow& row : t.rows)
            if (row.unweightedCount > 0)
                counted[row.value] = {row.count, row.unweightedCount};
        QCOMPARE(counted, plain[std::size_t(g)]);
        QCOMPARE(t.base, weights[std::size_t(g)]);
        if (weights[std::size_t(g)] > 0)
            QCOMPARE(t.summary->mean, sums[std::size_t(g)] / weights[std::size_t(g)]);
        else
            QVERIFY(t.rows.isEmpty() || t.base == 0);
    }
}

void TestStatistics::largeMatrixMatchesPlainCount() {
    // The counting loops work in SIMD lanes and blocks of 4096, switch between listing the
    // respondents inside a sparse filter and scanning a dense one, and skip the weights where
    // they are all 1. Over 10,007 respondents (blocks, lanes and a tail) every path must give
    // what a plain loop written here gives.
    QFETCH(int, maskKind);
    QFETCH(bool, weighted);
    const int n = 10007;
    Survey survey;
    survey.questions << makeQuestion("Q1", "s", "S", QuestionType::Single,
                                     {"a", "b", "c", "d", "e"})
                     << makeQuestion("Q2", "m", "M", QuestionType::Multiple, {"x", "y", "z"});
    ResponseMatrix m;
    m.respondentCount = n;
    m.columns.resize(2);
    m.columns[0].codes.resize(n);
    m.columns[1].answered.resize(n);
    m.columns[1].selected.assign(3, std::vector<std::uint8_t>(n, 0));
    m.weights.assign(n, 1.0);
    RespondentMask mask;
    if (maskKind != 0)
        mask.resize(n);
    for (int i = 0; i < n; ++i) {
        // Codes -1..7: 0 is missing, and -1, 6, 7 are out of range, hence missing too.
        m.columns[0].codes[i] = (i * 7919) % 9 - 1;
        m.columns[1].answered[i] = std::uint8_t(i % 5 != 0);
        for (int o = 0; o < 3; ++o)
            m.columns[1].selected[o][i] =
                std::uint8_t(m.columns[1].answered[i] && (i + o) % (o + 2) == 0);
        if (weighted && i >= 5000)
            m.weights[i] = 2.5;
        if (maskKind == 1)
            mask[i] = std::uint8_t(i % 11 == 3);
        else if (maskKind == 2)
            mask[i] = std::uint8_t(i % 11 != 3);
    }

    double base = 0, missing = 0;
    qint64 ubase = 0, umissing = 0;
    std::vector<double> count(5, 0);
    std::vector<qint64> ucount(5, 0);
    for (int i = 0; i < n; ++i) {
        if (!mask.empty() && !mask[i])
            continue;
        const int code = m.columns[0].codes[i];
        if (code >= 1 && code <= 5) {
            count[code - 1] += m.weights[i];
            ++ucount[code - 1];
            base += m.weights[i];
            ++ubase;
        } else {
            missing += m.weights[i];
            ++umissing;
        }
    }
    const FrequencyTable single = FrequencyTable::compute(survey, m, 0, mask);
    QCOMPARE(single.unweightedBase, ubase);
    QCOMPARE(single.unweightedMissing, umissing);
    QCOMPARE(single.base, base);
    QCOMPARE(single.missing, missing);
    for (int o = 0; o < 5; ++o) {
        QCOMPARE(single.rows[o].count, count[o]);
        QCOMPARE(single.rows[o].unweightedCount, ucount[o]);
    }

    base = missing = 0;
    ubase = umissing = 0;
    count.assign(3, 0);
    ucount.assign(3, 0);
    for (int i = 0; i < n; ++i) {
        if (!mask.empty() && !mask[i])
            continue;
        if (!m.columns[1].answered[i]) {
            missing += m.weights[i];
            ++umissing;
            continue;
        }
        base += m.weights[i];
        ++ubase;
        for (int o = 0; o < 3; ++o)
            if (m.columns[1].selected[o][i]) {
                count[o] += m.weights[i];
                ++ucount[o];
            }
    }
    const FrequencyTable multiple = FrequencyTable::compute(survey, m, 1, mask);
    QCOMPARE(multiple.unweightedBase, ubase);
    QCOMPARE(multiple.unweightedMissing, umissing);
    QCOMPARE(multiple.base, base);
    QCOMPARE(multiple.missing, missing);
    for (int o = 0; o < 3; ++o) {
        QCOMPARE(multiple.rows[o].count, count[o]);
        QCOMPARE(multiple.rows[o].unweightedCount, ucount[o]);
    }
    // More than 254 options take the generic loop.
    Question wide = makeQuestion("Q3", "w", "W", QuestionType::Single);
    for (int o = 0; o < 300; ++o)
        wide.options << QString::number(o + 1);
    survey.questions << wide;
    m.columns.emplace_back();
    m.columns[2].codes.resize(n);
    for (int i = 0; i < n; ++i)
        m.columns[2].codes[i] = i % 302; // 0 and 301 are missing
    base = missing = 0;
    count.assign(300, 0);
    for (int i = 0; i < n; ++i) {
        if (!mask.empty() && !mask[i])
            continue;
        const int code = m.columns[2].codes[i];
        if (code >= 1 && code <= 300) {
            count[code - 1] += m.weights[i];
            base += m.weights[i];
        } else {
            missing += m.weights[i];
        }
    }
    const FrequencyTable many = FrequencyTable::compute(survey, m, 2, mask);
    QCOMPARE(many.base, base);
    QCOMPARE(many.missing, missing);
    for (int o = 0; o < 300; ++o)
        QCOMPARE(many.rows[o].count, count[o]);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
