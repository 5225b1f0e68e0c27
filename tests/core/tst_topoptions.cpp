// A chart of a choice question with more options than fit (issue 10 §2): the most chosen and one
// "Other (N options)" bar whose total is exact. The survey is built here; expected figures are
// hand counts of the answers written below.

#include "chart/ChartSpecBuilder.h"
#include "chart/TopOptions.h"

#include <QTest>

using namespace sondo;

namespace {

/** Q1 single choice with 15 options: option k (1-based) chosen by 16 − k respondents (120). */
void singleSurvey(Survey& survey, ResponseMatrix& m) {
    Question q;
    q.id = QStringLiteral("Q1");
    q.type = QuestionType::Single;
    for (int k = 1; k <= 15; ++k)
        q.options << QStringLiteral("Country %1").arg(k);
    survey.questions = {q};
    m.columns.resize(1);
    for (int k = 1; k <= 15; ++k)
        for (int i = 0; i < 16 - k; ++i)
            m.columns[0].codes.push_back(k);
    m.respondentCount = int(m.columns[0].codes.size());
}

} // namespace

class TestTopOptions : public QObject {
    Q_OBJECT

private slots:
    void singleChoiceOtherIsTheSumOfTheRest() {
        Survey survey;
        ResponseMatrix m;
        singleSurvey(survey, m);
        ChartOptions options;
        const ChartSpec spec = ChartSpecBuilder::build(survey, m, 0, options);
        // 12 bars: Country 1 … 11 (15 … 5 respondents), then Other = Country 12 … 15 = 4+3+2+1.
        QCOMPARE(spec.categories.size(), 12);
        QCOMPARE(spec.categories.last(), QStringLiteral("Other (4 options)"));
        QCOMPARE(spec.series.first().counts.last(), 10.0);
        double sum = 0;
        for (double count : spec.series.first().counts)
            sum += count;
        QCOMPARE(sum, 120.0); // every respondent is in exactly one bar
        QVERIFY(spec.notes.join(u'\n').contains(QStringLiteral("Other")));
        // --top 0: every option.
        options.maxBars = 0;
        QCOMPARE(ChartSpecBuilder::build(survey, m, 0, options).categories.size(), 15);
    }

    void multipleChoiceCountsARespondentOnce() {
        // 14 options; respondent r (0 … 27) ticks channel r % 14 + 1 and, when r is even,
        // channel 13 too. Channel 13 has 14 respondents, every other channel 2; with 3 bars the
        // cut after two options would split the tied channels, so only Channel 13 stays and
        // the other 13 are grouped. A respondent is in Other when one of their ticks is
        // grouped: all but r = 12, 26 (channel 13 only), so 28 − 2 = 26, each counted once
        // however many grouped channels they ticked.
        Survey survey;
        Question q;
        q.id = QStringLiteral("Q1");
        q.type = QuestionType::Multiple;
        for (int k = 1; k <= 14; ++k)
            q.options << QStringLiteral("Channel %1").arg(k);
        survey.questions = {q};
        ResponseMatrix m;
        m.respondentCount = 28;
        m.columns.resize(1);
        m.columns[0].answered.assign(28, 1);
        m.columns[0].selected.assign(14, std::vector<std::uint8_t>(28, 0));
        for (int r = 0; r < 28; ++r) {
            m.columns[0].selected[size_t(r % 14)][size_t(r)] = 1;
            if (r % 2 == 0)
                m.columns[0].selected[12][size_t(r)] = 1;
        }
        const FrequencyTable table = FrequencyTable::compute(survey, m, 0);
        const FrequencyTable shown = TopOptions::collapse(survey, m, table, {}, 3);
        QCOMPARE(shown.rows.size(), 2);
        QCOMPARE(shown.rows[0].label, QStringLiteral("Channel 13"));
        QCOMPARE(shown.rows[1].label, QStringLiteral("Other (13 options)"));
        QCOMPARE(shown.rows[1].unweightedCount, qint64(26));
    }

    void theCutNeverSplitsEqualCounts() {
        // As singleSurvey, but Country 10 … 15 chosen by 2 respondents each (15 … 7 for
        // Country 1 … 9, 12 in all): with 12 bars the cut after 11 options would draw Country
        // 10 and 11 and hide 12 … 15, all chosen twice. The cut moves up to between 7 and 2:
        // Country 1 … 9, then Other (6 options) = 6 × 2 = 12.
        Survey survey;
        ResponseMatrix m;
        singleSurvey(survey, m);
        m.columns[0].codes.clear();
        for (int k = 1; k <= 15; ++k)
            for (int i = 0; i < (k <= 9 ? 16 - k : 2); ++i)
                m.columns[0].codes.push_back(k);
        m.respondentCount = int(m.columns[0].codes.size());
        const ChartSpec spec = ChartSpecBuilder::build(survey, m, 0, ChartOptions{});
        QCOMPARE(spec.categories.size(), 10);
        QCOMPARE(spec.categories.at(8), QStringLiteral("Country 9"));
        QCOMPARE(spec.categories.last(), QStringLiteral("Other (6 options)"));
        QCOMPARE(spec.series.first().counts.last(), 12.0);
        // Every option tied: no cut between different counts, so the 11 first stay.
        m.columns[0].codes.clear();
        for (int k = 1; k <= 15; ++k)
            m.columns[0].codes.insert(m.columns[0].codes.end(), 2, k);
        m.respondentCount = 30;
        QCOMPARE(ChartSpecBuilder::build(survey, m, 0, ChartOptions{}).categories.size(), 12);
    }

    void theQuestionnairesOwnOtherJoinsTheOtherBar() {
        // As singleSurvey, with option 2 (14 respondents, the second most chosen) named "Altro":
        // kept as a bar it would stand beside "Other (N options)". It joins the grouped bar and
        // Country 12 takes its place: bars Country 1, 3 … 12, then Other = Altro + Country 13,
        // 14, 15 = 14 + 3 + 2 + 1 = 20.
        Survey survey;
        ResponseMatrix m;
        singleSurvey(survey, m);
        survey.questions[0].options[1] = QStringLiteral("Altro (specificare)");
        const ChartSpec spec = ChartSpecBuilder::build(survey, m, 0, ChartOptions{});
        QCOMPARE(spec.categories.size(), 12);
        QVERIFY(!spec.categories.contains(QStringLiteral("Altro (specificare)")));
        QCOMPARE(spec.categories.at(10), QStringLiteral("Country 12"));
        QCOMPARE(spec.categories.last(), QStringLiteral("Other (4 options)"));
        QCOMPARE(spec.series.first().counts.last(), 20.0);
        // The note says the questionnaire's Other is in it, and the 3 least chosen.
        QVERIFY2(spec.notes.join(u'\n').contains(QStringLiteral("and the 3 least chosen")),
                 qPrintable(spec.notes.join(u'\n')));
        // With room for 14 bars, grouping would fold one listed option (Country 15) under the
        // questionnaire's Other: every option is drawn instead.
        ChartOptions roomier;
        roomier.maxBars = 14;
        QCOMPARE(ChartSpecBuilder::build(survey, m, 0, roomier).categories.size(), 15);
    }
};

QTEST_GUILESS_MAIN(TestTopOptions)
#include "tst_topoptions.moc"
