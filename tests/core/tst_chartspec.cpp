// Tests of ChartSpecBuilder on a hand-built 12-respondent survey. Every expected figure below was
// worked out by hand from the answer table in makeSurvey() (the arithmetic is in the comments);
// the histogram edges follow the Freedman–Diaconis rule with R's type-7 quartiles, checked with
// R: x <- c(0,5,12,18,25,33,47,51,68,100); IQR(x) == 36.5; 2*36.5/10^(1/3) == 33.88.

#include "chart/ChartSpecBuilder.h"
#include "chart/StackedSeries.h"
#include "filter/SegmentFilter.h"

#include <QTest>
#include <cmath>

using namespace sondo;

namespace {

const QLocale kItalian(QLocale::Italian, QLocale::Italy);

Question makeQuestion(const QString& id, const QString& text, QuestionType type,
                      const QStringList& options = {}) {
    Question q;
    q.id = id;
    q.code = id;
    q.text = text;
    q.type = type;
    q.options = options;
    return q;
}

/*
 * Respondents 0..11:
 *   Q1 Settore (single):  0-5 Banche, 6-10 Telco, 11 blank
 *   Q2 Ruolo (single):    0-2 Direttore, 3-6 Team leader, 7-10 Operatore, 11 blank; Altro nobody
 *   Q3 Canali (multiple): answered 0-9; Telefono 0-7, Email 0-4, Chat 0
 *   Q4 Accordo (Likert 1-5 + "Non so"): 0:1 1:2 2-3:3 4-6:4 7-9:5 10:Non so 11:blank
 *   Q5 Anni (numeric):    0 5 12 18 25 33 47 51 68 100, 10-11 blank
 */
void makeSurvey(Survey& survey, ResponseMatrix& m) {
    survey.questions = {
        makeQuestion("Q1", "Settore", QuestionType::Single, {"Banche", "Telco"}),
        makeQuestion(
            "Q2", "Qual è il suo ruolo all'interno dell'azienda?", QuestionType::Single,
            {"Direttore / Responsabile customer service", "Team leader", "Operatore", "Altro"}),
        makeQuestion("Q3", "Quali canali usa?", QuestionType::Multiple,
                     {"Telefono", "Email", "Chat"}),
        makeQuestion("Q4", "Il lavoro da remoto ha migliorato il servizio?", QuestionType::Likert,
                     {"Per nulla", "Poco", "Né né", "Abbastanza", "Molto", "Non so"}),
        makeQuestion("Q5", "Anni di esperienza", QuestionType::Numeric),
    };
    survey.questions[3].scores = {1, 2, 3, 4, 5, std::nan("")};
    const int n = 12;
    m.respondentCount = n;
    m.weights.assign(n, 1.0);
    for (int i = 0; i < n; ++i)
        m.respondentIds.append(QString::number(i + 1));
    m.columns.resize(5);
    m.columns[0].codes = {1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 0};
    m.columns[1].codes = {1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 0};
    AnswerColumn& multi = m.columns[2];
    multi.answered = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0};
    multi.selected = {{1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0},
                      {1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0},
                      {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}};
    m.columns[3].codes = {1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 0};
    const double nan = std::nan("");
    m.columns[4].values = {0, 5, 12, 18, 25, 33, 47, 51, 68, 100, nan, nan};
}

int sumOfLabels(const QStringList& labels) {
    int sum = 0;
    for (QString l : labels)
        sum += l.remove(QLatin1Char('%')).toInt();
    return sum;
}

} // namespace

class TestChartSpec : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { makeSurvey(m_survey, m_matrix); }

    void singleChoiceKeepsQuestionnaireOrder() {
        ChartOptions options;
        options.locale = kItalian;
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 1, options);
        QCOMPARE(spec.kind, ChartKind::HorizontalBars);
        QCOMPARE(spec.questionId, QStringLiteral("Q2"));
        QCOMPARE(spec.title, m_survey.questions[1].text);
        QCOMPARE(spec.categories, m_survey.questions[1].options);
        QCOMPARE(spec.series.size(), 1);
        QVERIFY(!spec.showLegend);
        // Base 11: 3/11 = 27.27%, 4/11 = 36.36% twice, 0%.
        const ChartSeries& s = spec.series.first();
        QCOMPARE(s.values.size(), 4);
        QVERIFY(qAbs(s.values[0] - 300.0 / 11) < 1e-9);
        QVERIFY(qAbs(s.values[1] - 400.0 / 11) < 1e-9);
        QVERIFY(qAbs(s.values[2] - 400.0 / 11) < 1e-9);
        QCOMPARE(s.values[3], 0.0);
        QCOMPARE(s.counts, (QList<double>{3, 4, 4, 0}));
        // Floors 27+36+36+0 = 99; the missing unit goes to the largest remainder (.36), the
        // earlier of the two tied options: 27, 37, 36, 0.
        QCOMPARE(s.labels, (QStringList{"27%", "37%", "36%", "0%"}));
        QCOMPARE(sumOfLabels(s.labels), 100);
        // 11 respondents, under the low base of 30: the footer says so, the bars are lighter.
        QCOMPARE(spec.footer, QStringLiteral("Base: 11 \u00b7 Low base: interpret with care"));
        QVERIFY(s.lowBase);
        QVERIFY(spec.subtitle.isEmpty());
        QCOMPARE(spec.valueAxisMax, 40.0);
    }

    void aChosenOptionIsNeverLabelledZero() {
        // Largest remainder on 24.8, 24.8, 24.8, 24.9, 0.7: floors 24·4 + 0 = 96, the four
        // missing units go to the remainders .9, .8, .8, .8, so 0.7 rounds to 0. Two
        // respondents are not "0%": the label says "<1%" (hand count of the rule).
        ChartOptions options;
        QCOMPARE(StackedSeries::roundedLabels({24.8, 24.8, 24.8, 24.9, 0.7}, options),
                 (QStringList{"25%", "25%", "25%", "25%", "<1%"}));
        // Nobody is still 0%; with one decimal the floor is 0.1%.
        QCOMPARE(StackedSeries::roundedLabels({100.0, 0.0}, options), (QStringList{"100%", "0%"}));
        options.decimals = 1;
        options.locale = kItalian;
        QCOMPARE(StackedSeries::roundedLabels({99.96, 0.04}, options),
                 (QStringList{"100,0%", "<0,1%"}));
    }

    void sortByFrequencyKeepsResidualLast() {
        ChartOptions options;
        options.sortByFrequency = true;
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 1, options);
        QCOMPARE(spec.categories,
                 (QStringList{"Team leader", "Operatore",
                              "Direttore / Responsabile customer service", "Altro"}));
        QCOMPARE(sumOfLabels(spec.series.first().labels), 100);
    }

    void filterGivesSubtitleAndBaseOfTotal() {
        SegmentFilter filter;
        filter.addCondition(0, 0); // Settore = Banche: respondents 0-5
        ChartScope scope;
        scope.mask = filter.mask(m_survey, m_matrix);
        scope.filterDescription = filter.describe(m_survey);
        ChartOptions options;
        options.sourceNote = QStringLiteral("Fonte: test");
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 1, options, scope);
        QCOMPARE(spec.footer, QStringLiteral("Base: 6 of 11 \u00b7 Low base: interpret with care"));
        QVERIFY(spec.subtitle.contains(scope.filterDescription));
        QVERIFY(spec.subtitle.contains(QStringLiteral("Banche")));
        QCOMPARE(spec.sourceNote, QStringLiteral("Fonte: test"));
        // Banche: 3 Direttore, 3 Team leader. Six answers, under 10: counts, not percentages.
        QCOMPARE(spec.series.first().labels, (QStringList{"3", "3", "0", "0"}));
        // The bars are drawn in counts too, on a count axis: a "3" on a 0–60% axis reads as 3%.
        QCOMPARE(spec.series.first().values, (QList<double>{3, 3, 0, 0}));
        QCOMPARE(spec.valueAxisMax, 5.0);
        QVERIFY(spec.valueAxisSuffix.isEmpty());
        QVERIFY(spec.notes.contains(QStringLiteral("Bars labelled with counts: fewer than 10 "
                                                   "answered")));
    }

    void multipleChoiceNote() {
        ChartOptions options;
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 2, options);
        QCOMPARE(spec.kind, ChartKind::HorizontalBars);
        // Base 10 answered: 8, 5, 1 selections.
        QCOMPARE(spec.series.first().labels, (QStringList{"80%", "50%", "10%"}));
        QCOMPARE(spec.footer, QStringLiteral("Base: 10 \u00b7 Low base: interpret with care"));
        QCOMPARE(spec.notes.size(), 1);
        QVERIFY(spec.notes.first().contains(QStringLiteral("100%")));
    }

    void likertBarsWithTopTwoAndMean() {
        ChartOptions options;
        options.locale = kItalian;
        options.sortByFrequency = true; // never applies to a scale
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 3, options);
        QCOMPARE(spec.kind, ChartKind::HorizontalBars);
        QCOMPARE(spec.categories, m_survey.questions[3].options);
        // Base 11 (Non so included). Top-2 of the 10 who took a side = 6/10 = 60%; mean of the
        // same 10 = (1+2+3+3+4+4+4+5+5+5)/10 = 3.6, Italian "3,6"; the note says who is out.
        const QString notes = spec.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("Top-2-box: 60%")), qPrintable(notes));
        QVERIFY2(notes.contains(
                     QStringLiteral("\u201cNon so\u201d: outside the top-2-box and the mean")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("3,6")), qPrintable(notes));
        QCOMPARE(sumOfLabels(spec.series.first().labels), 100);
    }

    void likertDiverging() {
        ChartOptions options;
        options.divergingLikert = true;
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 3, options);
        QCOMPARE(spec.kind, ChartKind::DivergingStacked);
        QCOMPARE(spec.categories.size(), 1);
        QCOMPARE(spec.series.size(), 6);
        const QList<DivergingSide> expected = {DivergingSide::Negative, DivergingSide::Negative,
                                               DivergingSide::Neutral,  DivergingSide::Positive,
                                               DivergingSide::Positive, DivergingSide::Outside};
        for (int k = 0; k < 6; ++k)
            QCOMPARE(spec.series[k].side, expected[k]);
        // 1,1,2,3,3,1 of 11: 9.09 9.09 18.18 27.27 27.27 9.09; floors sum 99, the unit goes to
        // the first .27: labels 9 9 18 28 27 9. Left 9+9 = 18, right 28+27 = 55.
        QCOMPARE(spec.negativeTotalLabels, QStringList{"18%"});
        QCOMPARE(spec.positiveTotalLabels, QStringList{"55%"});
        // Reach: left 18.18 + 9.09 = 27.3 -> 30, right 54.5 + 9.09 = 63.6 -> 70.
        QCOMPARE(spec.valueAxisMin, -30.0);
        QCOMPARE(spec.valueAxisMax, 70.0);
        QVERIFY(spec.notes.join(QLatin1Char('\n')).contains(QStringLiteral("Non so")));
        QVERIFY(spec.showLegend);
    }

    void gridItemIsTheTitleAndItsStemTheSubtitle() {
        // A LimeSurvey item reads "Stem … [Item]" (realdata limesurvey_scicom_ki_2025_de.csv):
        // its chart says the item as the title and the stem under it, not the two run together.
        Survey survey = m_survey;
        QuestionGroup group;
        group.id = QStringLiteral("G1");
        group.text = QStringLiteral("Wissenschaftliche Videos interessiert mich als ...");
        group.items = {survey.questions[1].id, survey.questions[0].id};
        survey.groups = {group};
        survey.questions[1].group = group.id;
        survey.questions[1].text = group.text + QStringLiteral(" [Zuschauer]");
        const ChartSpec spec = ChartSpecBuilder::build(survey, m_matrix, 1, ChartOptions());
        QCOMPARE(spec.title, QStringLiteral("Zuschauer"));
        QVERIFY(spec.subtitle.startsWith(group.text));
        // A question on its own keeps its text as the title.
        QCOMPARE(ChartSpecBuilder::build(survey, m_matrix, 0, ChartOptions()).title,
                 survey.questions[0].text);
    }

    void crossTabGroupedSeries() {
        ChartOptions options;
        ChartScope scope;
        scope.segment = 0;
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 1, options, scope);
        QCOMPARE(spec.kind, ChartKind::GroupedBars);
        QVERIFY(spec.showLegend);
        QCOMPARE(spec.categories, m_survey.questions[1].options);
        QCOMPARE(spec.series.size(), 2);
        QVERIFY(spec.series[0].name.startsWith(QStringLiteral("Banche")));
        QVERIFY(spec.series[1].name.startsWith(QStringLiteral("Telco")));
        // Banche (0-5): 3 Direttore, 3 Team leader. Telco (6-10): 1 Team leader, 4 Operatore.
        // Groups of 6 and 5, under 10: labelled with their counts, drawn lighter, named so.
        QCOMPARE(spec.series[0].labels, (QStringList{"3", "3", "0", "0"}));
        QCOMPARE(spec.series[1].labels, (QStringList{"0", "1", "4", "0"}));
        QVERIFY(qAbs(spec.series[1].values[2] - 80.0) < 1e-9);
        QVERIFY(spec.series[0].lowBase && spec.series[1].lowBase);
        QVERIFY(spec.series[0].name.endsWith(QStringLiteral(" \u00b7 low base")));
        // With the thresholds lowered (a project's setting), percentages and no marks.
        options.lowBase = 5;
        options.countsBelow = 5;
        const ChartSpec plain = ChartSpecBuilder::build(m_survey, m_matrix, 1, options, scope);
        QCOMPARE(plain.series[0].labels, (QStringList{"50%", "50%", "0%", "0%"}));
        QVERIFY(!plain.series[0].lowBase);
        QVERIFY(!plain.footer.contains(QStringLiteral("Low base")));
        QCOMPARE(spec.valueAxisMax, 80.0);
        // Chi-square is valid for single by single; its p is in a note.
        QVERIFY(spec.notes.join(QLatin1Char('\n')).contains(QStringLiteral("p ")));
        QVERIFY(spec.subtitle.contains(QStringLiteral("Settore")));
    }

    void crossTabLikertStacked() {
        ChartOptions options;
        ChartScope scope;
        scope.segment = 0;
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 3, options, scope);
        QCOMPARE(spec.kind, ChartKind::StackedPercentBars);
        // Banche, Telco, Total; one series per scale option.
        QCOMPARE(spec.categories.size(), 3);
        QVERIFY(spec.categories[0].startsWith(QStringLiteral("Banche")));
        QCOMPARE(spec.series.size(), 6);
        for (int c = 0; c < 3; ++c) {
            QStringList bar;
            double sum = 0;
            for (const ChartSeries& s : spec.series) {
                bar.append(s.labels[c]);
                sum += s.values[c];
            }
            QCOMPARE(sumOfLabels(bar), 100);
            QVERIFY(qAbs(sum - 100.0) < 1e-9);
        }
        // Banche: scores 1,2,3,3,4,4 -> Per nulla 1 of 6.
        QVERIFY(qAbs(spec.series[0].values[0] - 100.0 / 6) < 1e-9);
    }

    void histogramBinsCoverEveryValue() {
        ChartOptions options;
        options.locale = kItalian;
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 4, options);
        QCOMPARE(spec.kind, ChartKind::Histogram);
        // Freedman–Diaconis width 33.9 gives 2.95 bins over 0..100, raised to the minimum of
        // four: width 25.
        QCOMPARE(spec.binEdges, (QList<double>{0, 25, 50, 75, 100}));
        QCOMPARE(spec.binEdgeLabels, (QStringList{"0", "25", "50", "75", "100"}));
        QCOMPARE(spec.categories.size(), 4);
        // [0,25): 0 5 12 18; [25,50): 25 33 47; [50,75): 51 68; [75,100]: 100.
        QCOMPARE(spec.series.first().counts, (QList<double>{4, 3, 2, 1}));
        QCOMPARE(spec.series.first().labels, (QStringList{"40%", "30%", "20%", "10%"}));
        QCOMPARE(spec.footer, QStringLiteral("Base: 10 \u00b7 Low base: interpret with care"));
        // Mean 35.9, median (25+33)/2 = 29.
        const QString notes = spec.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("35,9")) && notes.contains(QStringLiteral("29")),
                 qPrintable(notes));
    }

    void histogramEdges_data() {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<double>>("edges");
        // Few distinct integers: one bar per value.
        QTest::newRow("rating 1-5")
            << QList<double>{1, 2, 2, 5, 3} << QList<double>{0.5, 1.5, 2.5, 3.5, 4.5, 5.5};
        // 0..100 in steps of 1: IQR 50, n 101: width 100/4.66 = 21.5 -> 4.66 bins -> raw 21.5
        // -> round width 25.
        QList<double> percent;
        for (int i = 0; i <= 100; ++i)
            percent.append(i);
        QTest::newRow("0-100") << percent << QList<double>{0, 25, 50, 75, 100};
        // Decimals 0.3 .. 9.7: no integers; range 9.4, IQR 6.025, n 4 -> width 7.59 -> 4 bins
        // minimum -> raw 2.35 -> 2.5; start floor(0.3/2.5)*2.5 = 0, four bins reach 10.
        QTest::newRow("decimals") << QList<double>{0.3, 2.2, 7.1, 9.7}
                                  << QList<double>{0, 2.5, 5, 7.5, 10};
        QTest::newRow("one value") << QList<double>{42, 42} << QList<double>{41.5, 42.5};
    }

    void histogramEdges() {
        QFETCH(QList<double>, values);
        QFETCH(QList<double>, edges);
        const std::vector<double> v(values.cbegin(), values.cend());
        const QList<double> got = ChartSpecBuilder::histogramEdges(v);
        QCOMPARE(got, edges);
        QVERIFY(got.first() <= *std::min_element(v.begin(), v.end()));
        QVERIFY(got.last() >= *std::max_element(v.begin(), v.end()));
    }

    void formatPercent_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("italian");
        QTest::addColumn<QString>("english");
        QTest::newRow("whole") << 66.4 << 0 << "66%"
                               << "66%";
        QTest::newRow("one decimal") << 3.84 << 1 << "3,8%"
                                     << "3.8%";
    }

    void formatPercent() {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, italian);
        QFETCH(QString, english);
        QCOMPARE(ChartSpecBuilder::formatPercent(value, kItalian, decimals), italian);
        QCOMPARE(ChartSpecBuilder::formatPercent(value, QLocale(QLocale::English), decimals),
                 english);
    }

    void optionsReachTheSpec() {
        ChartOptions options;
        options.showTitle = false;
        options.showFooter = false;
        const ChartSpec spec = ChartSpecBuilder::build(m_survey, m_matrix, 0, options);
        QVERIFY(!spec.showTitle);
        QVERIFY(!spec.showFooter);
        QVERIFY(ChartSpecBuilder::build(m_survey, m_matrix, 99, options).isEmpty());
    }

private:
    Survey m_survey;
    ResponseMatrix m_matrix;
};

QTEST_GUILESS_MAIN(TestChartSpec)
#include "tst_chartspec.moc"
