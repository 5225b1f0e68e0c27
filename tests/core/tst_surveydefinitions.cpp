#include "import/SurveyImporter.h"
#include "import/definition/DefinitionFile.h"
#include "model/Survey.h"

#include "model/PersonalData.h"

#include <QTest>

using namespace sondo;

namespace {

Project importWith(const QString& answers, const QString& definition) {
    ImportOptions options;
    if (!definition.isEmpty()) {
        auto read = DefinitionFile::read(definition);
        if (!read.ok())
            qFatal("%s", qPrintable(read.error().message));
        options.definition = read.takeValue();
    }
    auto imported = SurveyImporter::importFile(answers, options);
    if (!imported.ok())
        qFatal("%s", qPrintable(imported.error().message));
    return imported.takeValue();
}

/** Answers of question `q` per option, counted from the coded responses. */
QList<int> counts(const Project& p, int q) {
    QList<int> out(p.survey.questions[q].options.size(), 0);
    const auto& codes = p.responses.columns[size_t(q)].codes;
    for (const auto code : codes)
        if (code > 0)
            ++out[code - 1];
    return out;
}

} // namespace

/**
 * A survey's definition beside its export (issue 9 §5): texts, groups and options in order come
 * from the XLSForm or the .qsf, matched to columns by code. Fixtures written by
 * scripts/make_definition_fixtures.py; expected figures are hand counts of those files.
 */
class TestSurveyDefinitions : public QObject {
    Q_OBJECT

private slots:
    void xlsFormLabelsGroupsAndScales();
    void qsfCodesBecomeLabelsWithTheScalesPolarity();
    void lssCodesBecomeLabelsGridsAndOrder_data();
    void lssCodesBecomeLabelsGridsAndOrder();
    void lssMatchesAFullTextExportByItsWords();
    void definitionAsAnswersIsRefused();
    void definitionBesideTheExportIsFound();
    void withoutDefinitionCodesStay();
};

void TestSurveyDefinitions::xlsFormLabelsGroupsAndScales() {
    const Project p = importWith(QFINDTESTDATA("data/definitions/kobo_pulse.csv"),
                                 QFINDTESTDATA("data/definitions/kobo_pulse_xlsform.xlsx"));
    const Survey& s = p.survey;
    const int speed = s.findQuestion(QStringLiteral("group_ab12cd3/speed"));
    QVERIFY(speed >= 0);
    QCOMPARE(s.questions[speed].text, QStringLiteral("Answers come quickly"));
    QCOMPARE(s.questions[speed].type, QuestionType::Likert);
    // The form lists "Strongly agree" first; the scale still runs from disagree up.
    const QStringList agree = {QStringLiteral("Strongly disagree"), QStringLiteral("Disagree"),
                               QStringLiteral("Neither agree nor disagree"),
                               QStringLiteral("Agree"), QStringLiteral("Strongly agree")};
    QCOMPARE(s.questions[speed].options, agree);
    // Hand count of the speed column: sa, a, a, sd, n, sa.
    QCOMPARE(counts(p, speed), (QList<int>{1, 0, 1, 2, 2}));
    // One group of three items, labelled from begin_group.
    QCOMPARE(s.groups.size(), 1);
    QCOMPARE(s.groups[0].text, QStringLiteral("Your service"));
    QCOMPARE(s.groups[0].items.size(), 3);
    // Gender and country share a page, not a scale: no grid.
    const int gender = s.findQuestion(QStringLiteral("group_ef45gh6/gender"));
    QVERIFY(s.questions[gender].group.isEmpty());
    QCOMPARE(s.questions[gender].options,
             (QStringList{QStringLiteral("Woman"), QStringLiteral("Man"),
                          QStringLiteral("Another identity")}));
    // f, m, f, m, f, f; nobody chose "Another identity", which the form defines.
    QCOMPARE(counts(p, gender), (QList<int>{4, 2, 0}));
}

void TestSurveyDefinitions::qsfCodesBecomeLabelsWithTheScalesPolarity() {
    const Project p = importWith(QFINDTESTDATA("data/definitions/qualtrics_legacy_fruit.csv"),
                                 QFINDTESTDATA("data/definitions/qualtrics_legacy_fruit.qsf"));
    const Survey& s = p.survey;
    QCOMPARE(p.responses.respondentCount, 5); // the {'ImportId': …} row is a header
    const int channel = s.findQuestion(QStringLiteral("q1_channel"));
    QCOMPARE(s.questions[channel].type, QuestionType::Single);
    QCOMPARE(s.questions[channel].text, QStringLiteral("Which channel did you use?"));
    QCOMPARE(s.questions[channel].options,
             (QStringList{QStringLiteral("Phone"), QStringLiteral("Chat"), QStringLiteral("E-mail"),
                          QStringLiteral("Social media")}));
    // Codes 1, 2, 1, -1, 1; "-1" is Social media's recoded value (a string in the .qsf), not
    // Phone's "1" with a dash.
    QCOMPARE(counts(p, channel), (QList<int>{3, 1, 0, 1}));
    // Codes run 1 = Strongly agree … 5 = Strongly disagree; the scale is read from its labels.
    const int understood = s.findQuestion(QStringLiteral("q2_sat_1"));
    QCOMPARE(s.questions[understood].type, QuestionType::Likert);
    QCOMPARE(s.questions[understood].options.first(), QStringLiteral("Strongly disagree"));
    QCOMPARE(s.questions[understood].options.last(), QStringLiteral("Strongly agree"));
    // Codes 1, 2, 1, 3, 5: Strongly agree 2, Agree 1, Neither 1, Disagree 0, Strongly disagree 1.
    QCOMPARE(counts(p, understood), (QList<int>{1, 0, 1, 1, 2}));
    QCOMPARE(s.groups.size(), 3); // the scale matrix and the side-by-side's two sets
    QCOMPARE(s.groups[0].text, QStringLiteral("How much do you agree?"));
    // One column per choice holding "1": one multiple choice, its choices from the texts.
    const int help = s.findQuestion(QStringLiteral("q3_help"));
    QVERIFY(help >= 0);
    QCOMPARE(s.questions[help].type, QuestionType::Multiple);
    QCOMPARE(s.questions[help].text, QStringLiteral("Where else did you look for help?"));
    QCOMPARE(s.questions[help].options,
             (QStringList{QStringLiteral("A friend"), QStringLiteral("The website"),
                          QStringLiteral("Nowhere")}));
    // Ticks by hand: friend R_1, R_4; website R_1, R_2, R_5; nowhere R_3.
    const AnswerColumn& ticks = p.responses.columns[size_t(help)];
    QList<int> chosen(3, 0);
    for (int o = 0; o < 3; ++o)
        for (const auto flag : ticks.selected[size_t(o)])
            chosen[o] += flag;
    QCOMPARE(chosen, (QList<int>{2, 3, 1}));

    // A side-by-side matrix: each column set is a grid of its own over the same channels,
    // titled by the question and the set's heading, its codes read through the set's answers.
    QCOMPARE(s.groups[1].text, QStringLiteral("How was each channel? – Would you use it again?"));
    QCOMPARE(s.groups[2].text, QStringLiteral("How was each channel? – Why?"));
    const int againPhone = s.findQuestion(QStringLiteral("q4_again#1_1"));
    const int whyChat = s.findQuestion(QStringLiteral("q4_again#2_2"));
    QCOMPARE(s.questions[againPhone].text, QStringLiteral("Phone"));
    QCOMPARE(s.questions[againPhone].options, (QStringList{"Yes", "No"}));
    // Hand counts of the fixture: Phone again 1, 1, 2, 1, 2 (Yes 3, No 2); why by chat
    // 3, 2, 1, blank, 3 (Fast 1, Friendly 1, Other 2).
    QCOMPARE(counts(p, againPhone), (QList<int>{3, 2}));
    QCOMPARE(s.questions[whyChat].options, (QStringList{"Fast", "Friendly", "Other"}));
    QCOMPARE(counts(p, whyChat), (QList<int>{1, 1, 2}));
    // "Phone" as an item of a grid is a channel, not a phone number.
    QVERIFY(!PersonalData::isPersonal(s.questions[againPhone]));
}

void TestSurveyDefinitions::lssCodesBecomeLabelsGridsAndOrder_data() {
    QTest::addColumn<QString>("structure");
    QTest::newRow("LimeSurvey 4+ (l10ns)") << QStringLiteral("limesurvey_club.lss");
    QTest::newRow("LimeSurvey 2-3 (texts in rows)") << QStringLiteral("limesurvey_club_ls3.lss");
}

void TestSurveyDefinitions::lssCodesBecomeLabelsGridsAndOrder() {
    // limesurvey_club.csv: 12 responses with "question code" headers and answer codes. Both
    // layouts of its structure give the same survey, in the base language (Italian) although
    // an English translation is in the file.
    QFETCH(QString, structure);
    const Project p = importWith(QFINDTESTDATA("data/definitions/limesurvey_club.csv"),
                                 QFINDTESTDATA("data/definitions/" + structure));
    const Survey& s = p.survey;
    QCOMPARE(p.responses.respondentCount, 12);
    // A list in the definition's order (never by frequency), its HTML text read as text.
    const int agents = s.findQuestion(QStringLiteral("G01Q01"));
    QVERIFY(agents >= 0);
    QCOMPARE(s.questions[agents].text, QStringLiteral("Quanti operatori lavorano da remoto?"));
    QCOMPARE(s.questions[agents].options,
             (QStringList{QStringLiteral("Nessuno"), QStringLiteral("Meno della metà"),
                          QStringLiteral("Più della metà"), QStringLiteral("Tutti")}));
    // Hand count of the codes: A1 rows 5, 12; A2 rows 1, 3, 7, 10; A3 rows 2, 6, 8, 11; A4
    // rows 4, 9.
    QCOMPARE(counts(p, agents), (QList<int>{2, 4, 4, 2}));
    // A multiple choice: one column per subquestion holding Y, its choices by their texts.
    const int channels = s.findQuestion(QStringLiteral("G01Q02"));
    QVERIFY(channels >= 0);
    QCOMPARE(s.questions[channels].type, QuestionType::Multiple);
    QCOMPARE(s.questions[channels].text, QStringLiteral("Quali canali sono cresciuti?"));
    QCOMPARE(
        s.questions[channels].options.mid(0, 3),
        (QStringList{QStringLiteral("Email"), QStringLiteral("Chat"), QStringLiteral("Telefono")}));
    // Ticks by hand: Email rows 1, 2, 4, 6, 7, 9, 10, 12; Chat 1, 3, 4, 6, 8, 9, 11; Telefono
    // 2, 4, 5, 8, 9, 10.
    const AnswerColumn& ticks = p.responses.columns[size_t(channels)];
    QList<int> chosen(3, 0);
    for (int o = 0; o < 3; ++o)
        for (const auto flag : ticks.selected[size_t(o)])
            chosen[o] += flag;
    QCOMPARE(chosen, (QList<int>{8, 7, 6}));
    // The agreement array: one grid under the question's text, its items by the subquestions'
    // texts, its codes read as the scale's words in scale order.
    QCOMPARE(s.groups.size(), 1);
    QCOMPARE(s.groups[0].text, QStringLiteral("Quanto è d'accordo?"));
    const int emergency = s.findQuestion(QStringLiteral("G01Q03[SQ001]"));
    const int stays = s.findQuestion(QStringLiteral("G01Q03[SQ002]"));
    QVERIFY(emergency >= 0 && stays >= 0);
    QCOMPARE(s.questions[emergency].text,
             QStringLiteral("L'emergenza cambia i modelli organizzativi"));
    QCOMPARE(s.questions[stays].text, QStringLiteral("Il lavoro da remoto resterà"));
    QCOMPARE(s.questions[emergency].type, QuestionType::Likert);
    QCOMPARE(
        s.questions[emergency].options,
        (QStringList{QStringLiteral("Per niente d'accordo"), QStringLiteral("Poco d'accordo"),
                     QStringLiteral("Abbastanza d'accordo"), QStringLiteral("Molto d'accordo")}));
    // SQ001 by hand: A1 row 5; A2 rows 7, 12; A3 rows 2, 4, 8, 10; A4 rows 1, 3, 6, 9, 11.
    QCOMPARE(counts(p, emergency), (QList<int>{1, 2, 4, 5}));
    // SQ002: A1 row 7; A2 rows 3, 5, 10, 12; A3 rows 1, 2, 8, 11; A4 rows 4, 6, 9.
    QCOMPARE(counts(p, stays), (QList<int>{1, 4, 4, 3}));
    const int years = s.findQuestion(QStringLiteral("G02Q04"));
    QCOMPARE(s.questions[years].text, QStringLiteral("Anni di esperienza"));
    QCOMPARE(s.questions[years].type, QuestionType::Numeric);
}

void TestSurveyDefinitions::lssMatchesAFullTextExportByItsWords() {
    // limesurvey_club_fulltext.csv: the same 12 responses exported with full question texts
    // ("Quanto è d'accordo? [Il lavoro da remoto resterà]"), full answers, ';' and a BOM, as
    // LimeSurvey's "Full text" export writes them: no column has a code. Matched by their
    // words, the columns take the definition's codes, its list order and its rows' texts.
    const Project p = importWith(QFINDTESTDATA("data/definitions/limesurvey_club_fulltext.csv"),
                                 QFINDTESTDATA("data/definitions/limesurvey_club.lss"));
    const Survey& s = p.survey;
    const int agents = s.findQuestion(QStringLiteral("G01Q01"));
    QVERIFY(agents >= 0);
    // The definition's order; without it the export gives first appearance (Meno della metà
    // first, Nessuno last). Counts as in the code export, by hand: 2, 4, 4, 2.
    QCOMPARE(s.questions[agents].options,
             (QStringList{QStringLiteral("Nessuno"), QStringLiteral("Meno della metà"),
                          QStringLiteral("Più della metà"), QStringLiteral("Tutti")}));
    QCOMPARE(counts(p, agents), (QList<int>{2, 4, 4, 2}));
    QVERIFY(s.findQuestion(QStringLiteral("G01Q02")) >= 0);
    const int stays = s.findQuestion(QStringLiteral("G01Q03[SQ002]"));
    QVERIFY(stays >= 0);
    QCOMPARE(s.questions[stays].text, QStringLiteral("Il lavoro da remoto resterà"));
    QCOMPARE(counts(p, stays), (QList<int>{1, 4, 4, 3}));
    QCOMPARE(s.groups.size(), 1);
    QCOMPARE(s.groups[0].text, QStringLiteral("Quanto è d'accordo?"));
    QCOMPARE(s.questions[s.findQuestion(QStringLiteral("G02Q04"))].type, QuestionType::Numeric);
}

void TestSurveyDefinitions::definitionAsAnswersIsRefused() {
    for (const char* file :
         {"data/definitions/kobo_pulse_xlsform.xlsx", "data/definitions/qualtrics_legacy_fruit.qsf",
          "data/definitions/limesurvey_club.lss"}) {
        const auto imported = SurveyImporter::importFile(QFINDTESTDATA(file), {});
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(QStringLiteral("--definition")),
                 qPrintable(imported.error().message));
    }
}

void TestSurveyDefinitions::definitionBesideTheExportIsFound() {
    QCOMPARE(
        DefinitionFile::besideAnswers(QFINDTESTDATA("data/definitions/qualtrics_legacy_fruit.csv")),
        QFINDTESTDATA("data/definitions/qualtrics_legacy_fruit.qsf"));
    // The XLSForm has a name of its own: never guessed.
    QVERIFY(
        DefinitionFile::besideAnswers(QFINDTESTDATA("data/definitions/kobo_pulse.csv")).isEmpty());
}

void TestSurveyDefinitions::withoutDefinitionCodesStay() {
    // Without the form, the codes are what the file says, still grouped by their path.
    const Project p = importWith(QFINDTESTDATA("data/definitions/kobo_pulse.csv"), {});
    const int speed = p.survey.findQuestion(QStringLiteral("group_ab12cd3/speed"));
    QCOMPARE(p.survey.questions[speed].text, QStringLiteral("speed"));
    QCOMPARE(p.survey.groups.size(), 1);
    QCOMPARE(p.survey.groups[0].text, QStringLiteral("group_ab12cd3"));
}

QTEST_GUILESS_MAIN(TestSurveyDefinitions)
#include "tst_surveydefinitions.moc"
