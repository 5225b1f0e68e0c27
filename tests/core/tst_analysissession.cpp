// AnalysisSession (what the window asks core) and AnalysisState (what the project remembers).
//
// The hand-made survey below has ten respondents; every expected count was worked out by hand
// from the table in makeProject() and is spelled out next to the check.

#include "analysis/AnalysisSession.h"
#include "analysis/AnalysisState.h"
#include "import/SurveyImporter.h"
#include "project/ProjectLocator.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace sondo;

using Conditions = QList<QPair<int, int>>;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Indexes in Survey::questions.
constexpr int M1 = 0, Settore = 1, Canali = 2, Soddisfazione = 3, Ore = 4, Commenti = 5, Id = 6;

Question question(const QString& id, const QString& code, QuestionType type,
                  const QStringList& options = {}) {
    Question q;
    q.id = id;
    q.code = code;
    q.text = code;
    q.type = type;
    q.options = options;
    return q;
}

/**
 *  r  Settore  Canali           Soddisfazione  Ore  Commenti
 *  1  Banche   Email, Chat      Molto          3    "Ottimo servizio"
 *  2  Banche   Chat             Abbastanza     5
 *  3  Telco    Email            Poco           -    "Serve più formazione"
 *  4  Telco    (blank)          Molto          2
 *  5  PA       Telefono         Per niente     1    "Lento"
 *  6  PA       Email, Telefono  (blank)        4
 *  7  Banche   Email            Abbastanza     2.5  "ottimo supporto"
 *  8  (blank)  Chat             Abbastanza     -
 *  9  Telco    Chat, Telefono   Molto          6    "Formazione utile"
 * 10  Banche   Email            Poco           1
 */
Project makeProject() {
    Project p;
    Survey& s = p.survey;
    s.title = QStringLiteral("Prova");
    Question m1 = question("M1", "Informazioni cronologiche", QuestionType::Date);
    m1.metadata = true;
    s.questions << m1;
    s.questions << question("Q1", "Settore", QuestionType::Single, {"Banche", "Telco", "PA"});
    s.questions << question("Q2", "Canali", QuestionType::Multiple, {"Email", "Chat", "Telefono"});
    Question likert = question("Q3", "Soddisfazione", QuestionType::Likert,
                               {"Per niente", "Poco", "Abbastanza", "Molto"});
    likert.scores = {1, 2, 3, 4};
    s.questions << likert;
    s.questions << question("Q4", "Ore", QuestionType::Numeric);
    s.questions << question("Q5", "Commenti", QuestionType::Text);
    s.questions << question("Q6", "ID", QuestionType::Identifier);

    ResponseMatrix& r = p.responses;
    r.respondentCount = 10;
    for (int i = 1; i <= 10; ++i)
        r.respondentIds << QStringLiteral("R%1").arg(i);
    r.weights.assign(10, 1.0);
    r.columns.resize(7);
    r.columns[M1].values.assign(10, 0.0);
    r.columns[M1].texts = QStringList(10, QStringLiteral("16/03/2020"));
    r.columns[Settore].codes = {1, 1, 2, 2, 3, 3, 1, 0, 2, 1};
    AnswerColumn& canali = r.columns[Canali];
    canali.selected = {{1, 0, 1, 0, 0, 1, 1, 0, 0, 1},  // Email
                       {1, 1, 0, 0, 0, 0, 0, 1, 1, 0},  // Chat
                       {0, 0, 0, 0, 1, 1, 0, 0, 1, 0}}; // Telefono
    canali.answered = {1, 1, 1, 0, 1, 1, 1, 1, 1, 1};
    r.columns[Soddisfazione].codes = {4, 3, 2, 4, 1, 0, 3, 3, 4, 2};
    r.columns[Ore].values = {3, 5, NaN, 2, 1, 4, 2.5, NaN, 6, 1};
    r.columns[Commenti].texts = {"Ottimo servizio", "", "Serve più formazione", "", "Lento", "",
                                 "ottimo supporto", "", "Formazione utile",     ""};
    r.columns[Id].texts = r.respondentIds;
    return p;
}

QStringList ids(const QList<TextAnswer>& answers) {
    QStringList result;
    for (const TextAnswer& a : answers)
        result << a.respondentId;
    return result;
}

} // namespace

class TestAnalysisSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void questionLists() {
        AnalysisSession session(makeProject());
        QVERIFY(session.hasProject());
        // Metadata (M1) and the identifier (Q6) are never analysed.
        QCOMPARE(session.analysableQuestions(),
                 (QList<int>{Settore, Canali, Soddisfazione, Ore, Commenti}));
        QCOMPARE(session.segmentQuestions(), (QList<int>{Settore, Canali, Soddisfazione}));
        // Without a saved state the first analysable question is shown.
        QCOMPARE(session.currentQuestion(), Settore);
        QVERIFY(!session.setCurrentQuestion(M1));
        QVERIFY(!session.setCurrentQuestion(Id));
        QCOMPARE(session.currentQuestion(), Settore);
    }

    void opensOnAQuestionWithAChart() {
        // A date the import did not take for metadata ("Data e ora" of a generic export) has no
        // chart: the window opens on the first question that has one, the date still listed.
        Project p = makeProject();
        p.survey.questions[M1].metadata = false;
        AnalysisSession session(std::move(p));
        QCOMPARE(session.analysableQuestions().first(), M1);
        QCOMPARE(session.currentQuestion(), Settore);
        QVERIFY(session.setCurrentQuestion(M1));
        QCOMPARE(session.currentQuestion(), M1);

        // Open answers first (LimeSurvey's "which libraries do you use?") show a table, not a
        // chart: the window opens on the first question after them that has one.
        Project textFirst = makeProject();
        textFirst.survey.questions[Settore].type = QuestionType::Text;
        textFirst.responses.columns[Settore].texts = QStringList(10, QStringLiteral("x"));
        AnalysisSession opened(std::move(textFirst));
        QCOMPARE(opened.analysableQuestions().first(), Settore);
        QCOMPARE(opened.currentQuestion(), Canali);
    }

    void bases_data() {
        QTest::addColumn<Conditions>("conditions");
        QTest::addColumn<qint64>("filtered");
        QTest::addColumn<QList<qint64>>("bases"); // Settore, Canali, Soddisfazione, Ore, Commenti
        QTest::addColumn<QString>("baseText");

        QTest::newRow("everyone") << Conditions{} << qint64(10) << QList<qint64>{9, 9, 9, 8, 5}
                                  << QStringLiteral("Base: 10");
        // Banche: respondents 1, 2, 7, 10.
        QTest::newRow("Banche") << Conditions{{Settore, 0}} << qint64(4)
                                << QList<qint64>{4, 4, 4, 4, 2} << QStringLiteral("Base: 4 of 10");
        // Banche or Telco: 1, 2, 3, 4, 7, 9, 10 (options of one question are OR-ed).
        QTest::newRow("Banche or Telco")
            << Conditions{{Settore, 0}, {Settore, 1}} << qint64(7) << QList<qint64>{7, 6, 7, 6, 4}
            << QStringLiteral("Base: 7 of 10");
        // ... and Chat: 1, 2, 9 (questions are AND-ed; 4 left Canali blank).
        QTest::newRow("(Banche or Telco) and Chat")
            << Conditions{{Settore, 0}, {Settore, 1}, {Canali, 1}} << qint64(3)
            << QList<qint64>{3, 3, 3, 3, 2} << QStringLiteral("Base: 3 of 10");
    }

    void basesFollowEachFilterAndProject() {
        // One session through every filter of bases_data in turn, then a project whose open
        // answers are all blank: the bases counted for one filter or one project never stay.
        AnalysisSession session(makeProject());
        const QList<std::pair<Conditions, QList<qint64>>> steps = {
            {Conditions{{Settore, 0}}, {4, 4, 4, 4, 2}},
            {Conditions{}, {9, 9, 9, 8, 5}},
            {Conditions{{Settore, 0}, {Settore, 1}, {Canali, 1}}, {3, 3, 3, 3, 2}},
            {Conditions{{Settore, 0}, {Settore, 1}}, {7, 6, 7, 6, 4}},
        };
        for (const auto& [conditions, bases] : steps) {
            session.clearFilter();
            for (const auto& [q, o] : conditions)
                session.setFilterOption(q, o, true);
            const QList<QuestionSummary> summaries = session.questionSummaries();
            for (int i = 0; i < summaries.size(); ++i)
                QCOMPARE(summaries[i].base, bases[i]);
        }
        Project blank = makeProject();
        blank.responses.columns[Commenti].texts = QStringList(10);
        session.setProject(std::move(blank));
        session.clearFilter();
        QCOMPARE(session.answeredCount(Commenti), qint64(0));
        QCOMPARE(session.answeredCount(Settore), qint64(9));
    }

    void bases() {
        QFETCH(Conditions, conditions);
        QFETCH(qint64, filtered);
        QFETCH(QList<qint64>, bases);
        QFETCH(QString, baseText);
        AnalysisSession session(makeProject());
        session.setLocale(QLocale::c());
        for (const auto& [q, o] : conditions)
            session.setFilterOption(q, o, true);
        QCOMPARE(session.totalRespondents(), qint64(10));
        QCOMPARE(session.filteredRespondents(), filtered);
        QCOMPARE(session.baseText(), baseText);
        const QList<QuestionSummary> summaries = session.questionSummaries();
        QCOMPARE(summaries.size(), bases.size());
        for (int i = 0; i < summaries.size(); ++i)
            QCOMPARE(summaries[i].base, bases[i]);
        QCOMPARE(summaries[0].id, QStringLiteral("Q1"));
        QCOMPARE(summaries[4].type, QuestionType::Text);
    }

    void filterEditing() {
        AnalysisSession session(makeProject());
        session.setFilterOption(Settore, 0, true);
        session.setFilterOption(Canali, 1, true);
        QCOMPARE(session.filteredRespondents(), qint64(2)); // Banche and Chat: 1, 2
        session.setFilterOption(Canali, 1, false);
        QCOMPARE(session.filteredRespondents(), qint64(4));
        session.setFilterOption(Canali, 2, true);
        session.clearFilterQuestion(Settore);
        QCOMPARE(session.filteredRespondents(), qint64(3)); // Telefono: 5, 6, 9
        session.clearFilter();
        QVERIFY(session.filter().isEmpty());
        QVERIFY(session.mask().empty());
        QCOMPARE(session.filteredRespondents(), qint64(10));
    }

    void navigation_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("expected");
        QTest::newRow("next") << Settore << 1 << Canali;
        QTest::newRow("previous at first stays") << Settore << -1 << Settore;
        QTest::newRow("two back") << Ore << -2 << Canali;
        // The identifier after Commenti is skipped: Commenti is the last.
        QTest::newRow("past the end") << Soddisfazione << 10 << Commenti;
    }

    void navigation() {
        QFETCH(int, from);
        QFETCH(int, steps);
        QFETCH(int, expected);
        AnalysisSession session(makeProject());
        QVERIFY(session.setCurrentQuestion(from));
        QCOMPARE(session.neighbourQuestion(steps), expected);
    }

    void charts() {
        AnalysisSession session(makeProject());
        session.setLocale(QLocale::c());
        // Settore: Banche 4, Telco 3, PA 2 of the 9 who answered.
        ChartSpec spec = session.chart(Settore);
        QCOMPARE(spec.kind, ChartKind::HorizontalBars);
        QCOMPARE(spec.questionId, QStringLiteral("Q1"));
        QCOMPARE(spec.categories, (QStringList{"Banche", "Telco", "PA"}));
        QCOMPARE(spec.series.size(), 1);
        // Nine answers, under 10: bars in counts, on a count axis (0–5).
        QCOMPARE(spec.series[0].values[0], 4.0);
        QCOMPARE(spec.series[0].values[2], 2.0);
        QCOMPARE(spec.valueAxisMax, 5.0);
        QVERIFY(spec.valueAxisSuffix.isEmpty());
        QVERIFY(spec.footer.contains(QStringLiteral("9")));

        // Filtered to Telco (3, 4, 9): Canali answered by 3 and 9; Email 1, Chat 1, Telefono 1.
        session.setFilterOption(Settore, 1, true);
        spec = session.chart(Canali);
        // Two answered, so counts: 1 each (50% of the two).
        QCOMPARE(spec.series[0].values, (QList<double>{1.0, 1.0, 1.0}));
        QCOMPARE(spec.series[0].counts, (QList<double>{1.0, 1.0, 1.0}));
        QVERIFY(!spec.subtitle.isEmpty()); // the filter is named on the chart
        session.clearFilter();

        // Compared by Settore: grouped bars, one series per segment option.
        QVERIFY(session.setCompareBy(Settore));
        spec = session.chart(Canali);
        QCOMPARE(spec.kind, ChartKind::GroupedBars);
        QCOMPARE(spec.series.size(), 3);
        // Likert by segment: one 100% stacked bar per segment plus the total.
        spec = session.chart(Soddisfazione);
        QCOMPARE(spec.kind, ChartKind::StackedPercentBars);
        QCOMPARE(spec.categories.size(), 4);
        // A question is never compared by itself.
        spec = session.chart(Settore);
        QCOMPARE(spec.kind, ChartKind::HorizontalBars);
        // Only categorical questions can segment.
        QVERIFY(!session.setCompareBy(Ore));
        QVERIFY(!session.setCompareBy(Commenti));
        QCOMPARE(session.compareBy(), Settore);
        QVERIFY(session.setCompareBy(-1));
        QCOMPARE(session.compareBy(), -1);

        // Export-all: every question with a chart, open text (shown as a table) left out.
        QStringList exported;
        for (const ChartSpec& s : session.allCharts())
            exported << s.questionId;
        QCOMPARE(exported, (QStringList{"Q1", "Q2", "Q3", "Q4"}));
        QVERIFY(session.isTextQuestion(Commenti));
        QVERIFY(!session.isTextQuestion(Settore));
    }

    void sourceNoteAndOptionsReachTheChart() {
        AnalysisSession session(makeProject());
        session.setSourceNote(QStringLiteral("Fonte: indagine Club CMMC, marzo 2020"));
        ChartOptions options = session.chartOptions();
        options.sortByFrequency = true;
        session.setChartOptions(options);
        // PA (respondents 5, 6): Email 1, Chat 0, Telefono 2.
        session.setFilterOption(Settore, 2, true);
        ChartSpec spec = session.chart(Canali);
        QCOMPARE(spec.sourceNote, QStringLiteral("Fonte: indagine Club CMMC, marzo 2020"));
        QCOMPARE(spec.categories, (QStringList{"Telefono", "Email", "Chat"}));
        options.sortByFrequency = false;
        session.setChartOptions(options);
        spec = session.chart(Canali);
        QCOMPARE(spec.categories, (QStringList{"Email", "Chat", "Telefono"}));
        QCOMPARE(session.chartOptions().sourceNote, spec.sourceNote);
    }

    void textAnswers_data() {
        QTest::addColumn<int>("filterOption"); // Settore option, -1 for none
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << -1 << QString() << QStringList{"R1", "R3", "R5", "R7", "R9"};
        QTest::newRow("Banche") << 0 << QString() << QStringList{"R1", "R7"};
        QTest::newRow("search ignores case") << -1 << "OTTIMO" << QStringList{"R1", "R7"};
        QTest::newRow("search accents kept") << -1 << "più" << QStringList{"R3"};
        QTest::newRow("filter and search") << 1 << "formazione" << QStringList{"R3", "R9"};
        QTest::newRow("nothing") << 2 << "formazione" << QStringList{};
    }

    void textAnswers() {
        QFETCH(int, filterOption);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        AnalysisSession session(makeProject());
        if (filterOption >= 0)
            session.setFilterOption(Settore, filterOption, true);
        const QList<TextAnswer> answers = session.textAnswers(Commenti, search);
        QCOMPARE(ids(answers), expected);
        if (!answers.isEmpty() && expected.first() == u"R1")
            QCOMPARE(answers.first().text, QStringLiteral("Ottimo servizio"));
        QCOMPARE(session.answeredCount(Commenti), filterOption < 0    ? 5
                                                  : filterOption == 0 ? 2
                                                  : filterOption == 1 ? 2
                                                                      : 1);
    }

    void stateRoundTrip() {
        const Project project = makeProject();
        AnalysisState state;
        state.currentQuestion = Soddisfazione;
        state.filter.addCondition(Settore, 0);
        state.filter.addCondition(Settore, 1);
        state.filter.addCondition(Canali, 1);
        state.compareBy = Settore;
        state.chartOptions.sortByFrequency = true;
        state.chartOptions.divergingLikert = true;
        state.chartOptions.showTitle = false;
        state.chartOptions.decimals = 1;
        state.chartOptions.sourceNote = QStringLiteral("Fonte: indagine Club CMMC, marzo 2020");
        state.windowGeometry = QByteArray("\x01\x02geometry\xff", 11);
        state.windowState = QByteArray("state\x00\x7f", 7);

        // Through text, as it is stored in the project.
        const QByteArray text = QJsonDocument(state.toJson(project.survey)).toJson();
        QStringList unresolved;
        const AnalysisState back = AnalysisState::fromJson(QJsonDocument::fromJson(text).object(),
                                                           project.survey, &unresolved);
        QVERIFY(unresolved.isEmpty());
        QCOMPARE(back.currentQuestion, Soddisfazione);
        QCOMPARE(back.filter, state.filter);
        QCOMPARE(back.compareBy, Settore);
        QCOMPARE(back.chartOptions.sortByFrequency, true);
        QCOMPARE(back.chartOptions.divergingLikert, true);
        QCOMPARE(back.chartOptions.showTitle, false);
        QCOMPARE(back.chartOptions.showFooter, true);
        QCOMPARE(back.chartOptions.decimals, 1);
        QCOMPARE(back.chartOptions.sourceNote, state.chartOptions.sourceNote);
        QCOMPARE(back.windowGeometry, state.windowGeometry);
        QCOMPARE(back.windowState, state.windowState);

        // A session opening the project restores it, and keeps what others saved beside it.
        Project saved = project;
        saved.state = state.toJson(project.survey);
        saved.state.insert(QStringLiteral("importOptions"),
                           QJsonObject{{QStringLiteral("format"), QStringLiteral("auto")}});
        AnalysisSession session(saved);
        QCOMPARE(session.stateJson().value(QStringLiteral("importOptions")),
                 saved.state.value(QStringLiteral("importOptions")));
        QCOMPARE(session.stateJson().value(QStringLiteral("filter")),
                 saved.state.value(QStringLiteral("filter")));
        QCOMPARE(session.currentQuestion(), Soddisfazione);
        QCOMPARE(session.compareBy(), Settore);
        QCOMPARE(session.filteredRespondents(), qint64(3));
        QCOMPARE(session.chartOptions().sourceNote, state.chartOptions.sourceNote);
    }

    void emptyStateGivesDefaults() {
        const Project project = makeProject();
        const AnalysisState state = AnalysisState::fromJson({}, project.survey);
        QCOMPARE(state.currentQuestion, -1);
        QCOMPARE(state.compareBy, -1);
        QVERIFY(state.filter.isEmpty());
        QCOMPARE(state.chartOptions.sortByFrequency, false);
        QCOMPARE(state.chartOptions.showTitle, true);
        QVERIFY(state.chartOptions.sourceNote.isEmpty());
    }

    void stateSurvivesReorderedSurvey() {
        // The same survey re-imported with its questions shifted (ids are positional) and the
        // options of Settore in another order, Telco gone.
        const Project before = makeProject();
        AnalysisState state;
        state.currentQuestion = Soddisfazione;
        state.compareBy = Canali;
        state.filter.addCondition(Settore, 0); // Banche
        state.filter.addCondition(Settore, 1); // Telco
        const QJsonObject json = state.toJson(before.survey);

        Survey after;
        Question m1 = before.survey.questions[M1];
        after.questions << m1;
        Question sodd = before.survey.questions[Soddisfazione];
        sodd.id = QStringLiteral("Q1");
        Question settore = before.survey.questions[Settore];
        settore.id = QStringLiteral("Q2");
        settore.options = QStringList{"PA", "Banche"};
        Question canali = before.survey.questions[Canali];
        canali.id = QStringLiteral("Q3");
        after.questions << sodd << settore << canali;

        QStringList unresolved;
        const AnalysisState back = AnalysisState::fromJson(json, after, &unresolved);
        QCOMPARE(back.currentQuestion, 1); // Soddisfazione, now Q1
        QCOMPARE(back.compareBy, 3);       // Canali, now Q3
        QCOMPARE(back.filter.conditions(), (QMap<int, QList<int>>{{2, {1}}})); // Banche, now 2nd
        QCOMPARE(unresolved.size(), 1);
        QVERIFY2(unresolved.first().contains(QStringLiteral("Telco")),
                 qPrintable(unresolved.join('|')));
    }

    void stateSurvivesRealReimport() {
        // Two exports of one survey through the real importer: survey_v2.csv has the columns in
        // another order and the respondents reversed, so Settore's options come in another order.
        auto v1 = SurveyImporter::importFile(QFINDTESTDATA("data/analysis/survey_v1.csv"), {});
        auto v2 = SurveyImporter::importFile(QFINDTESTDATA("data/analysis/survey_v2.csv"), {});
        QVERIFY2(v1.ok(), qPrintable(v1.error().toString()));
        QVERIFY2(v2.ok(), qPrintable(v2.error().toString()));
        const Survey& s1 = v1.value().survey;
        const Survey& s2 = v2.value().survey;
        const int settore1 = s1.findQuestion(QStringLiteral("Settore"));
        const int ruolo1 = s1.findQuestion(QStringLiteral("Ruolo"));
        const int sodd1 = s1.findQuestion(QStringLiteral("Soddisfazione"));
        QVERIFY(settore1 >= 0 && ruolo1 >= 0 && sodd1 >= 0);
        QCOMPARE(s1.questions[settore1].type, QuestionType::Single);
        const int telco1 = int(s1.questions[settore1].options.indexOf(QStringLiteral("Telco")));
        QVERIFY(telco1 >= 0);

        AnalysisSession session(v1.value());
        QVERIFY(session.setCurrentQuestion(sodd1));
        QVERIFY(session.setCompareBy(ruolo1));
        session.setFilterOption(settore1, telco1, true);
        // Telco: respondents 2, 5, 8, 10 of the file.
        QCOMPARE(session.filteredRespondents(), qint64(4));
        Project reimported = v2.value();
        reimported.state = session.stateJson();

        const int settore2 = s2.findQuestion(QStringLiteral("Settore"));
        const int ruolo2 = s2.findQuestion(QStringLiteral("Ruolo"));
        const int sodd2 = s2.findQuestion(QStringLiteral("Soddisfazione"));
        QVERIFY(settore2 != settore1); // the questions really moved
        const int telco2 = int(s2.questions[settore2].options.indexOf(QStringLiteral("Telco")));
        QVERIFY(telco2 != telco1); // and so did the option

        QStringList unresolved;
        AnalysisSession after;
        after.setProject(std::move(reimported), &unresolved);
        QVERIFY2(unresolved.isEmpty(), qPrintable(unresolved.join('|')));
        QCOMPARE(after.currentQuestion(), sodd2);
        QCOMPARE(after.compareBy(), ruolo2);
        QCOMPARE(after.filter().conditions(), (QMap<int, QList<int>>{{settore2, {telco2}}}));
        QCOMPARE(after.filteredRespondents(), qint64(4));
    }

    void projectLocation() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString survey = dir.filePath(QStringLiteral("indagine 2024.csv"));
        QFile file(survey);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Settore\nBanche\n");
        file.close();
        QCOMPARE(ProjectLocator::besidePath(survey),
                 dir.filePath(QStringLiteral("indagine 2024.sondo")));
        QCOMPARE(ProjectLocator::newProjectPath(survey), ProjectLocator::besidePath(survey));
        QVERIFY(ProjectLocator::existingProjectPath(survey).isEmpty());
        QFile project(ProjectLocator::besidePath(survey));
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.close();
        QCOMPARE(ProjectLocator::existingProjectPath(survey), ProjectLocator::besidePath(survey));
        // The fallback keeps two surveys of the same name in different folders apart.
        const QString other = dir.filePath(QStringLiteral("sub/indagine 2024.csv"));
        QVERIFY(ProjectLocator::fallbackPath(survey).endsWith(QStringLiteral(".sondo")));
        QVERIFY(ProjectLocator::fallbackPath(survey) != ProjectLocator::fallbackPath(other));
        QVERIFY(!ProjectLocator::isWritableFolder(dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisSession)
#include "tst_analysissession.moc"
