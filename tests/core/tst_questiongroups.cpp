// Question groups (grids, batteries): which consecutive items of an export form a group, that a
// project keeps them, and what `sondo questions` and `sondo freq PROJECT G…` print for them.
//
// Every expected group below was written by hand from the fixture's raw header rows (the stems
// and item labels as the file writes them), not from Sondo's output. The figures of a group's
// table are checked against the oracle the contract names: each item's own `sondo freq Qn`.
#include "../common/SondoProcess.h"

#include "chart/GridChartSpecBuilder.h"
#include "chart/RankingChart.h"
#include "import/ImportOptions.h"
#include "import/SurveyImporter.h"
#include "stats/FrequencyTable.h"
#include "storage/ProjectStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;
using sondo::test::runSondo;
using Run = sondo::test::SondoRun;

namespace {

QString profileFixture(const QString& name) {
    return QStringLiteral(SONDO_SOURCE_DIR "/tests/data/profiles/") + name;
}

/** The real LimeSurvey export of the acceptance set: missing, the tests using it fail. */
QString scicomExport() {
    return QStringLiteral(SONDO_SOURCE_DIR "/../shared/realdata/limesurvey_scicom_ki_2025_de.csv");
}

/** "G1 grid Q2,Q3 | stem" for one group: compact enough to compare whole lists at once. */
QString describe(const QuestionGroup& g) {
    return QStringLiteral("%1 %2 %3 | %4")
        .arg(g.id, questionGroupKindName(g.kind), g.items.join(u','), g.text);
}

QStringList describe(const Survey& survey) {
    QStringList out;
    for (const QuestionGroup& g : survey.groups)
        out << describe(g);
    return out;
}

/** Ids "Q<first>" … "Q<last>", joined by commas. */
QString ids(int first, int last) {
    QStringList out;
    for (int i = first; i <= last; ++i)
        out << QStringLiteral("Q%1").arg(i);
    return out.join(u',');
}

/** Every question names its group and every group lists it: the two sides agree. */
void verifyMembership(const Survey& survey) {
    for (const QuestionGroup& g : survey.groups) {
        QVERIFY2(g.items.size() >= 2, qPrintable(g.id));
        for (const QString& item : g.items) {
            const int q = survey.findQuestion(item, QString());
            QVERIFY2(q >= 0, qPrintable(item));
            QCOMPARE(survey.questions[q].group, g.id);
            for (const QString& option : survey.questions[q].options)
                QVERIFY2(g.options.contains(option), qPrintable(option));
        }
    }
    for (const Question& q : survey.questions)
        if (!q.group.isEmpty())
            QVERIFY2(survey.findGroup(q.group) >= 0, qPrintable(q.id));
}

Survey importSurvey(const QString& path) {
    const Result<Project> project = SurveyImporter::importFile(path, ImportOptions());
    if (!project.ok())
        qWarning("%s", qPrintable(project.error().toString()));
    return project.ok() ? project.value().survey : Survey();
}

} // namespace

class TestQuestionGroups : public QObject {
    Q_OBJECT

private slots:
    void groupsFromProfiles_data();
    void groupsFromProfiles();
    void realLimeSurveyExport();
    void realKoboThreePointScale();
    void groupsSurviveTheProjectFile();
    void formatOneProjectOpensWithoutGroups();
    void questionsJsonListsGroups();
    void questionsListingIndentsItems();
    void freqOfAGroupIsItsItemsFreq_data();
    void freqOfAGroupIsItsItemsFreq();
    void freqOfAnUnknownGroup();
    void updateKeepsGroups();
    void gridChartIsOneStackedBarPerItem();
    void gridChartDivergesFromTheCentre();
    void gridChartLeavesOutAnItemNobodyAnswered();
    void rankingIsDrawnOptionByOption();
    void chartOfAGroupWritesAFile();
};

void TestQuestionGroups::groupsFromProfiles_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("groups");

    // Header: "How satisfied are you with our service?" over Speed, Price, Friendliness (the
    // second header row); "Which fruits" is one multiple-choice question, not a group.
    QTest::newRow("surveymonkey")
        << QStringLiteral("surveymonkey.csv")
        << QStringList{
               QStringLiteral("G1 grid Q5,Q6,Q7 | How satisfied are you with our service?")};
    // Q5_1..Q5_3 "How satisfied are you with our service? - Price / Speed / Support"; Q2 with
    // its Q2_4_TEXT write-in is not a grid.
    QTest::newRow("qualtrics")
        << QStringLiteral("qualtrics.csv")
        << QStringList{
               QStringLiteral("G1 grid Q4,Q5,Q6 | How satisfied are you with our service?")};
    // "Valora R [Velocidad]", "Valora R [Documentación]": a Google Forms grid. The empty,
    // unnamed column before it is left out: the items are the 5th and 6th questions.
    QTest::newRow("gforms es") << QStringLiteral("gforms_es.tsv")
                               << QStringList{QStringLiteral("G1 grid Q5,Q6 | Valora R")};
    // "Quanto sei d'accordo? [Il servizio è rapido] / [Il prezzo è giusto]", then "Hai usato?
    // [Web] / [App]" (Sì / No / Non so in each).
    QTest::newRow("limesurvey code text")
        << QStringLiteral("limesurvey_code_text_it.csv")
        << QStringList{QStringLiteral("G1 grid Q4,Q5 | Quanto sei d'accordo?"),
                       QStringLiteral("G2 grid Q6,Q7 | Hai usato?")};
    // "Wie häufig … genutzt?" over Communication, Documentation (frequency answers) and Further
    // (a write-in text, which has no options and so is not an item of the grid).
    QTest::newRow("limesurvey two rows")
        << QStringLiteral("limesurvey_two_rows_de.csv")
        << QStringList{QStringLiteral("G1 grid Q3,Q4 | Wie häufig werden informelle Diagramme für "
                                      "die folgenden Zwecke genutzt?")};
    // SPSS-style labels "Soddisfazione: prezzo / velocità / cortesia" on one scale; "Sezione A:
    // Genere" and "Sezione A: Regione" share a stem but no options, so they stay apart.
    QTest::newRow("label stems") << QStringLiteral("generic_label_stems_it.csv")
                                 << QStringList{QStringLiteral("G1 grid Q1,Q2,Q3 | Soddisfazione")};
    // Microsoft Forms Likert: "How satisfied are you with our service?.Speed / .Price / .Staff".
    QTest::newRow("microsoft forms likert")
        << QStringLiteral("msforms_likert.csv")
        << QStringList{
               QStringLiteral("G1 grid Q1,Q2,Q3 | How satisfied are you with our service?")};
    // No stem shared by two columns.
    QTest::newRow("gforms it") << QStringLiteral("gforms_it.csv") << QStringList{};
}

void TestQuestionGroups::groupsFromProfiles() {
    QFETCH(QString, fixture);
    QFETCH(QStringList, groups);
    const Survey survey = importSurvey(profileFixture(fixture));
    QVERIFY(!survey.questions.isEmpty());
    QCOMPARE(describe(survey), groups);
    verifyMembership(survey);
    // A grid a profile recognised is inferred as one scale: every item has the group's options.
    for (const QuestionGroup& g : survey.groups)
        for (const QString& item : g.items)
            QCOMPARE(survey.questions[survey.findQuestion(item, QString())].options, g.options);
}

void TestQuestionGroups::realLimeSurveyExport() {
    const QString path = scicomExport();
    QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
    const Survey survey = importSurvey(path);
    QCOMPARE(survey.questions.size(), 41);
    // From the raw header: column 1 stands alone ("Welche Video- oder Podcast-Bibliotheken …");
    // columns 2-7 share the stem "… interessiert mich als ..." ([Zuschauer] … [Kurator]), 8-11
    // the ranking "… wichtig sind." ([Rank 1] … [Rank 4]), 12-27 "… Welche dieser Funktionen
    // interessieren Sie persönlich?" (16 features), 28-41 "… Welche sind Ihnen wichtig?" (14
    // criteria). Every cell is one answer out of a few labels: single-choice items.
    const QStringList expected{
        QStringLiteral("G1 grid %1 | Wissenschaftliche und informative Videos und Podcasts "
                       "interessiert mich als ...")
            .arg(ids(2, 7)),
        QStringLiteral("G2 grid %1 | Unser Ziel ist es, Ihnen und anderen Nutzer einfachen "
                       "Zugang zu vertrauenswürdigen Bildungsinhalten zu bieten und die Qualität "
                       "solcher Inhalte zu fördern. Die Plattform soll bei den folgenden Aufgaben "
                       "unterstützen. Ordnen Sie die Aufgaben, wie sie für Sie persönlich wichtig "
                       "sind.")
            .arg(ids(8, 11)),
        QStringLiteral("G3 grid %1 | Um diese Ziele zu erreichen, planen wir verschiedene "
                       "Funktionen für die Plattform zu entwickeln. Welche dieser Funktionen "
                       "interessieren Sie persönlich?")
            .arg(ids(12, 27)),
        QStringLiteral("G4 grid %1 | Viele unterschiedliche Kriterien existieren, um Videos und "
                       "Podcasts zu filtern. Welche sind Ihnen wichtig?")
            .arg(ids(28, 41)),
    };
    QCOMPARE(describe(survey), expected);
    verifyMembership(survey);
    QVERIFY(survey.questions[0].group.isEmpty());
    // The five interest labels of the file in scale order, Nicht to Sehr (oracle: the German
    // wording, read by hand; the file's own order of first appearance in column 2 is
    // Interessant, Mäßig, Sehr, Kaum, which is what used to be shown), for the group and for
    // every item, including column 2 where nobody answered Nicht interessant.
    const QStringList interest{QStringLiteral("Nicht interessant"),
                               QStringLiteral("Kaum interessant"),
                               QStringLiteral("Mäßig interessant"), QStringLiteral("Interessant"),
                               QStringLiteral("Sehr interessant")};
    QCOMPARE(survey.groups[0].options, interest);
    for (int i = 1; i <= 6; ++i)
        QCOMPARE(survey.questions[i].options, interest);
    // Columns 12-41 answer "… wichtig" with five degrees, in 30 different orders of first
    // appearance; no library row knows the scale, its degree words order it (read by hand:
    // Nicht, Kaum, Mäßig, —, Sehr). Every item of G3 and G4 has the five points, a Likert scale.
    QCOMPARE(survey.sourceFormat, QStringLiteral("limesurvey"));
    const QStringList importance{QStringLiteral("Nicht wichtig"), QStringLiteral("Kaum wichtig"),
                                 QStringLiteral("Mäßig wichtig"), QStringLiteral("Wichtig"),
                                 QStringLiteral("Sehr wichtig")};
    for (int i = 11; i <= 40; ++i) {
        QCOMPARE(survey.questions[i].type, QuestionType::Likert);
        QCOMPARE(survey.questions[i].options, importance);
    }
    // The ranking's four ranks share one option order (each rank listed the four tasks in its
    // own order before).
    for (int i = 8; i <= 10; ++i)
        QCOMPARE(survey.questions[i].options, survey.questions[7].options);
}

void TestQuestionGroups::realKoboThreePointScale() {
    const QString path =
        QStringLiteral(SONDO_SOURCE_DIR "/../shared/realdata/kobo_likert_data.xlsx");
    QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
    const Survey survey = importSurvey(path);
    // The form's choices sheet (realdata/kobo_likert_xlsform.xlsx, list yk0td68, read by hand)
    // has three points, likely / neutral / unlikely, which the data stores as these codes: a
    // 5-point scale would add "very likely" and "very unlikely" that nobody could choose.
    const QStringList three{QStringLiteral("unlikely"), QStringLiteral("neutral"),
                            QStringLiteral("likely")};
    QCOMPARE(survey.questions.size(), 18);
    for (const Question& q : survey.questions) {
        QCOMPARE(q.type, QuestionType::Likert);
        QCOMPARE(q.options, three);
    }
}

void TestQuestionGroups::groupsSurviveTheProjectFile() {
    const Result<Project> imported =
        SurveyImporter::importFile(profileFixture(QStringLiteral("surveymonkey.csv")), {});
    QVERIFY(imported.ok());
    QVERIFY(!imported.value().survey.groups.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    const Result<Done> written = ProjectStore::write(path, imported.value());
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    const Result<Project> read = ProjectStore::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(read.value().survey.groups, imported.value().survey.groups);
    for (int q = 0; q < read.value().survey.questions.size(); ++q)
        QCOMPARE(read.value().survey.questions[q].group,
                 imported.value().survey.questions[q].group);

    // Membership is stored once, on the items: a group that names a question not in it is an
    // error, not a file that reads back differently.
    Project broken = imported.value();
    broken.survey.questions[0].group.clear();
    broken.survey.groups[0].items.prepend(broken.survey.questions[0].id);
    QVERIFY(!ProjectStore::write(dir.filePath(QStringLiteral("b.sondo")), broken).ok());
}

void TestQuestionGroups::formatOneProjectOpensWithoutGroups() {
    const QString fixture = QStringLiteral(SONDO_SOURCE_DIR "/tests/data/storage/project-v1.sondo");
    QVERIFY(QFile::exists(fixture));
    const Result<Project> read = ProjectStore::read(fixture);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QVERIFY(!read.value().survey.questions.isEmpty());
    QVERIFY(read.value().survey.groups.isEmpty());
    for (const Question& q : read.value().survey.questions)
        QVERIFY(q.group.isEmpty());
}

void TestQuestionGroups::questionsJsonListsGroups() {
    const Run run =
        runSondo({QStringLiteral("questions"), profileFixture(QStringLiteral("qualtrics.csv")),
                  QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    const QJsonArray groups = json.value(u"groups").toArray();
    QCOMPARE(groups.size(), 1);
    const QJsonObject g = groups.first().toObject();
    QCOMPARE(g.value(u"id").toString(), QStringLiteral("G1"));
    QCOMPARE(g.value(u"text").toString(),
             QStringLiteral("How satisfied are you with our service?"));
    QCOMPARE(g.value(u"kind").toString(), QStringLiteral("grid"));
    QCOMPARE(g.value(u"items").toArray(),
             (QJsonArray{QStringLiteral("Q4"), QStringLiteral("Q5"), QStringLiteral("Q6")}));
    for (const QJsonValue& value : json.value(u"questions").toArray()) {
        const QJsonObject q = value.toObject();
        QVERIFY2(q.contains(u"group"), qPrintable(q.value(u"id").toString()));
        const bool item = g.value(u"items").toArray().contains(q.value(u"id"));
        QCOMPARE(q.value(u"group"), item ? QJsonValue(QStringLiteral("G1")) : QJsonValue());
        if (item)
            QCOMPARE(q.value(u"options"), g.value(u"options"));
    }
}

void TestQuestionGroups::questionsListingIndentsItems() {
    const Run run =
        runSondo({QStringLiteral("questions"), profileFixture(QStringLiteral("qualtrics.csv"))});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n');
    const qsizetype group = lines.indexOf(
        QStringLiteral("G1    grid      How satisfied are you with our service? (3 items)"));
    QVERIFY2(group >= 0, qPrintable(run.out));
    // The items follow, indented by four spaces, each with its own id.
    QVERIFY2(lines.value(group + 1).startsWith(QStringLiteral("    Q4    ")),
             qPrintable(lines.value(group + 1)));
    int items = 0;
    for (const QString& line : lines)
        items += line.startsWith(QStringLiteral("    Q")) ? 1 : 0;
    QCOMPARE(items, 3);
}

void TestQuestionGroups::freqOfAGroupIsItsItemsFreq_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("where");
    QTest::newRow("surveymonkey") << profileFixture(QStringLiteral("surveymonkey.csv"))
                                  << QStringLiteral("G1") << QStringList{};
    QTest::newRow("scicom G1") << scicomExport() << QStringLiteral("g1") << QStringList{};
    QTest::newRow("scicom G2 filtered")
        << scicomExport() << QStringLiteral("G2")
        << QStringList{QStringLiteral("--where"), QStringLiteral("Q2=Interessant")};
}

void TestQuestionGroups::freqOfAGroupIsItsItemsFreq() {
    QFETCH(QString, file);
    QFETCH(QString, group);
    QFETCH(QStringList, where);
    QVERIFY2(QFile::exists(file), qPrintable(file + QStringLiteral(" is missing")));
    const Run questions = runSondo({QStringLiteral("questions"), file, QStringLiteral("--json")});
    QCOMPARE(questions.exitCode, 0);
    QJsonArray expectedItems;
    for (const QJsonValue& g : questions.json().value(u"groups").toArray())
        if (g.toObject().value(u"id").toString().compare(group, Qt::CaseInsensitive) == 0)
            expectedItems = g.toObject().value(u"items").toArray();
    QVERIFY(expectedItems.size() >= 2);

    const Run run = runSondo(
        QStringList{QStringLiteral("freq"), file, group, QStringLiteral("--json")} + where);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject table = run.json();
    QCOMPARE(table.value(u"group").toString(), group.toUpper());
    const QJsonArray items = table.value(u"items").toArray();
    QCOMPARE(items.size(), expectedItems.size());
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const QString id = expectedItems[i].toString();
        QCOMPARE(item.value(u"question").toString(), id);
        // The oracle: the item's own table, run on its own.
        const Run own = runSondo(
            QStringList{QStringLiteral("freq"), file, id, QStringLiteral("--json")} + where);
        QCOMPARE(own.exitCode, 0);
        const QJsonObject alone = own.json();
        for (const char* key : {"text", "base", "missing", "options", "stats"})
            QVERIFY2(item.value(QLatin1String(key)) == alone.value(QLatin1String(key)),
                     qPrintable(id + QLatin1Char(' ') + QLatin1String(key)));
        QCOMPARE(table.value(u"respondents"), alone.value(u"respondents"));
    }

    // The plain table prints a row per item with its base.
    const Run text = runSondo(QStringList{QStringLiteral("freq"), file, group} + where);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(group.toUpper() + QStringLiteral(" · ")), qPrintable(text.out));
    for (const QJsonValue& id : expectedItems)
        QVERIFY2(text.out.contains(QStringLiteral("\n  ") + id.toString() + QLatin1Char(' ')),
                 qPrintable(text.out));
}

void TestQuestionGroups::freqOfAnUnknownGroup() {
    // G9 names neither a group nor a question: the usual message for an unknown key.
    const Run run =
        runSondo({QStringLiteral("freq"), profileFixture(QStringLiteral("qualtrics.csv")),
                  QStringLiteral("G9")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no question 'G9'")), qPrintable(run.err));
}

void TestQuestionGroups::updateKeepsGroups() {
    // A re-import gives the questions back their project ids: the groups must follow them. The
    // newer export lost its first column, so the grid's items come out as Q1, Q2 before the
    // update matches them (by text) to the project's Q2, Q3.
    QTemporaryDir dir;
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    // Ten and eleven rows of Good/Bad: enough for choice questions rather than open text.
    QByteArray v1 = "Age,Rate it [Speed],Rate it [Price]\n";
    QByteArray v2 = "Rate it [Speed],Rate it [Price]\n";
    for (int i = 0; i < 10; ++i)
        v1 += QByteArray::number(30 + i) + (i % 2 ? ",Bad," : ",Good,") +
              ((i / 2) % 2 ? "Bad\n" : "Good\n");
    for (int i = 0; i < 11; ++i)
        v2 += QByteArray(i % 2 ? "Bad," : "Good,") + ((i / 3) % 2 ? "Bad\n" : "Good\n");
    QVERIFY(write(QStringLiteral("v1.csv"), v1));
    QVERIFY(write(QStringLiteral("v2.csv"), v2));
    const QString project = dir.filePath(QStringLiteral("p.sondo"));
    const Run imported = runSondo({QStringLiteral("import"), dir.filePath(QStringLiteral("v1.csv")),
                                   QStringLiteral("-o"), project});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QStringList expected{QStringLiteral("G1 grid Q2,Q3 | Rate it")};
    QCOMPARE(describe(ProjectStore::readSurvey(project).value()), expected);
    const Run update = runSondo({QStringLiteral("import"), dir.filePath(QStringLiteral("v2.csv")),
                                 QStringLiteral("-o"), project, QStringLiteral("--update")});
    QVERIFY2(update.exitCode == 0, qPrintable(update.err));
    const Result<Project> read = ProjectStore::read(project);
    QVERIFY(read.ok());
    QCOMPARE(read.value().responses.respondentCount, 11);
    QCOMPARE(describe(read.value().survey), expected);
    verifyMembership(read.value().survey);
}

void TestQuestionGroups::gridChartLeavesOutAnItemNobodyAnswered() {
    // Two items of a grid answered by respondents 1–3, and a third ("other phases?", as a
    // LimeSurvey block carries it) answered by nobody: an empty bar would say nothing.
    Survey survey;
    for (const char* id : {"Q1", "Q2", "Q3"}) {
        Question q;
        q.id = QString::fromLatin1(id);
        q.type = QuestionType::Single;
        q.text = QStringLiteral("Phases - ") + q.id;
        q.options = QStringList{"Rarely", "Often"};
        survey.questions.append(q);
    }
    survey.groups.append({QStringLiteral("G1"), QStringLiteral("Phases"), QuestionGroup::Kind::Grid,
                          QStringList{"Rarely", "Often"}, QStringList{"Q1", "Q2", "Q3"}});
    ResponseMatrix m;
    m.respondentCount = 3;
    m.columns.resize(3);
    m.columns[0].codes = {1, 2, 2};
    m.columns[1].codes = {2, 2, 2};
    m.columns[2].codes = {0, 0, 0};
    const ChartSpec spec = GridChartSpecBuilder::build(survey, m, 0, ChartOptions{});
    QCOMPARE(spec.categories, (QStringList{"Q1", "Q2"}));
    QVERIFY2(spec.notes.contains(QStringLiteral("Not shown, nobody answered: Q3")),
             qPrintable(spec.notes.join(u'|')));
    QCOMPARE(spec.series.first().values.size(), 2);
    // Three respondents: a low base, said and labelled in counts as on any chart (Rarely: r1
    // on Q1, nobody on Q2).
    QVERIFY2(spec.footer.contains(QStringLiteral("Low base")), qPrintable(spec.footer));
    QVERIFY(spec.series.first().lowBase);
    QCOMPARE(spec.series.first().labels, (QStringList{"1", "0"}));

    // Bases 3 and 2 differ by more than a tenth: each item says its n (no-break spaces keep
    // "(n = 2)" on one line). Bases 20 and 19 do not: the footer's "Base: 19–20" says it.
    m.columns[1].codes = {2, 0, 2};
    QCOMPARE(GridChartSpecBuilder::build(survey, m, 0, ChartOptions{}).categories,
             (QStringList{"Q1 (n\u00a0=\u00a03)", "Q2 (n\u00a0=\u00a02)"}));
    m.respondentCount = 20;
    m.columns[0].codes.assign(20, 1);
    m.columns[1].codes.assign(20, 2);
    m.columns[1].codes[0] = 0;
    m.columns[2].codes.assign(20, 0);
    const ChartSpec close = GridChartSpecBuilder::build(survey, m, 0, ChartOptions{});
    QCOMPARE(close.categories, (QStringList{"Q1", "Q2"}));
    QVERIFY2(close.footer.startsWith(QStringLiteral("Base: 19–20")), qPrintable(close.footer));
}

void TestQuestionGroups::rankingIsDrawnOptionByOption() {
    // A LimeSurvey ranking: items "Rank 1" … "Rank 3" name the option put there. Four
    // respondents rank Find, Compare, Discuss:
    //   r1: Find, Compare, Discuss   r2: Find, Discuss, Compare
    //   r3: Compare, Find, Discuss   r4: Find, Compare, (nothing third)
    // Hand counts: Find places 1,1,2,1 (mean 5/4 = 1.25); Compare 2,3,1,2 (8/4 = 2.0);
    // Discuss 3,2,3 (8/3 = 2.67).
    Survey survey;
    for (int p = 1; p <= 3; ++p) {
        Question q;
        q.id = QStringLiteral("Q%1").arg(p);
        q.type = QuestionType::Single;
        q.text = QStringLiteral("Order the tasks [Rank %1]").arg(p);
        q.options = QStringList{"Discuss", "Compare", "Find"};
        survey.questions.append(q);
    }
    survey.groups.append({QStringLiteral("G1"), QStringLiteral("Order the tasks"),
                          QuestionGroup::Kind::Grid, QStringList{"Discuss", "Compare", "Find"},
                          QStringList{"Q1", "Q2", "Q3"}});
    ResponseMatrix m;
    m.respondentCount = 4;
    m.columns.resize(3);
    // Codes: 1 Discuss, 2 Compare, 3 Find, 0 nothing.
    m.columns[0].codes = {3, 3, 2, 3};
    m.columns[1].codes = {2, 1, 3, 2};
    m.columns[2].codes = {1, 2, 1, 0};
    QVERIFY(RankingChart::applies(survey, 0));
    ChartOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const ChartSpec spec = GridChartSpecBuilder::build(survey, m, 0, options);
    QCOMPARE(spec.kind, ChartKind::StackedPercentBars);
    QCOMPARE(spec.categories, (QStringList{"Find (mean place 1.3)", "Compare (mean place 2.0)",
                                           "Discuss (mean place 2.7)"}));
    QCOMPARE(spec.series.size(), 3);
    QCOMPARE(spec.series[0].name, QStringLiteral("Rank 1"));
    // Find: first 3 of 4, second 1 of 4; Discuss: second 1 of 3, third 2 of 3.
    QCOMPARE(spec.series[0].values[0], 75.0);
    QCOMPARE(spec.series[1].values[0], 25.0);
    QCOMPARE(spec.series[0].counts[2], 0.0);
    QCOMPARE(spec.series[2].counts[2], 2.0);
    QVERIFY2(spec.footer.startsWith(QStringLiteral("Base: 4 · Low base")), qPrintable(spec.footer));
    // Items that are statements, not places, stay a grid.
    survey.questions[1].text = QStringLiteral("Order the tasks [Speed]");
    QVERIFY(!RankingChart::applies(survey, 0));
}

void TestQuestionGroups::gridChartIsOneStackedBarPerItem() {
    const Result<Project> imported =
        SurveyImporter::importFile(profileFixture(QStringLiteral("surveymonkey.csv")), {});
    QVERIFY(imported.ok());
    const Project& p = imported.value();
    QCOMPARE(p.survey.groups.size(), 1);
    ChartOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    // The fixture's few respondents would be labelled in counts; the percents are checked here.
    options.countsBelow = 0;
    const ChartSpec spec = GridChartSpecBuilder::build(p.survey, p.responses, 0, options);
    QCOMPARE(spec.kind, ChartKind::StackedPercentBars);
    QCOMPARE(spec.questionId, QStringLiteral("G1"));
    QCOMPARE(spec.title, QStringLiteral("How satisfied are you with our service?"));
    // The items in file order, named by their part of the header (the second header row).
    QCOMPARE(spec.categories.size(), 3);
    // Every item has the same base: the footer says it once, the items do not repeat it.
    QCOMPARE(spec.categories, (QStringList{"Speed", "Price", "Friendliness"}));
    QVERIFY2(spec.footer.startsWith(QStringLiteral("Base: ")) && !spec.footer.contains(u'–'),
             qPrintable(spec.footer));
    QCOMPARE(spec.series.size(), p.survey.groups[0].options.size());
    // A grid of a scale is coloured as one: its low end negative, its high end positive.
    QCOMPARE(p.survey.questions[p.survey.groupItems(0).first()].type, QuestionType::Likert);
    QCOMPARE(spec.series.first().side, DivergingSide::Negative);
    QCOMPARE(spec.series.last().side, DivergingSide::Positive);
    const QList<int> items = p.survey.groupItems(0);
    for (int c = 0; c < items.size(); ++c) {
        // Each bar is the item's own frequency table, and its labels sum to exactly 100.
        const FrequencyTable table = FrequencyTable::compute(p.survey, p.responses, items[c]);
        int labelled = 0;
        for (int k = 0; k < spec.series.size(); ++k) {
            QCOMPARE(spec.series[k].name, table.rows[k].label);
            QCOMPARE(spec.series[k].values[c], table.rows[k].percent);
            QCOMPARE(spec.series[k].counts[c], table.rows[k].count);
            labelled += spec.series[k].labels[c].chopped(1).toInt();
        }
        QCOMPARE(labelled, 100);
    }
    // Sorted (`--sort frequency`): the items in order of their top-2-box, highest first, each
    // bar still its item's own table.
    options.sortByFrequency = true;
    const ChartSpec sorted = GridChartSpecBuilder::build(p.survey, p.responses, 0, options);
    QList<double> boxes;
    for (const QString& name : sorted.categories)
        for (int q : items)
            if (p.survey.questions[q].text.endsWith(name))
                boxes.append(*FrequencyTable::compute(p.survey, p.responses, q).topTwoBox);
    QCOMPARE(boxes.size(), 3);
    // Hand count of the fixture: Speed and Friendliness 2 of 3 satisfied or better, Price 1.
    QCOMPARE(sorted.categories, (QStringList{"Speed", "Friendliness", "Price"}));
    QVERIFY2(boxes[0] >= boxes[1] && boxes[1] >= boxes[2],
             qPrintable(QStringLiteral("%1 %2 %3").arg(boxes[0]).arg(boxes[1]).arg(boxes[2])));
    QVERIFY(
        sorted.notes.contains(QStringLiteral("Items in order of their top-2-box, highest first")));
    QCOMPARE(GridChartSpecBuilder::itemLabel(QStringLiteral("Valora R"),
                                             QStringLiteral("Valora R [Velocidad]")),
             QStringLiteral("Velocidad"));
    QCOMPARE(GridChartSpecBuilder::itemLabel(QStringLiteral("How satisfied?"),
                                             QStringLiteral("How satisfied? - Price")),
             QStringLiteral("Price"));
    QCOMPARE(GridChartSpecBuilder::itemLabel(QStringLiteral("Stem"), QStringLiteral("Other")),
             QStringLiteral("Other"));
}

void TestQuestionGroups::gridChartDivergesFromTheCentre() {
    // tests/data/groups/grid_by_segment.csv: 40 respondents, a five-point satisfaction grid
    // (Price, Speed, Staff) with "Don't know" on Speed and Staff. Counts by hand (cut | sort |
    // uniq -c on the file): Price VD 5, D 7, N 10, S 11, VS 5, 2 blank; Speed VD 5, D 7, N 10,
    // S 12, VS 4, Don't know 2; Staff VD 13, D 2, N 9, S 5, VS 7, Don't know 2, 2 blank.
    const Result<Project> imported = SurveyImporter::importFile(
        QStringLiteral(SONDO_SOURCE_DIR "/tests/data/groups/grid_by_segment.csv"), {});
    QVERIFY(imported.ok());
    const Project& p = imported.value();
    QCOMPARE(p.survey.groups.size(), 1);
    ChartOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    options.divergingLikert = true;
    const ChartSpec spec = GridChartSpecBuilder::build(p.survey, p.responses, 0, options);
    QCOMPARE(spec.kind, ChartKind::DivergingStacked);
    QCOMPARE(spec.categories, (QStringList{"Price", "Speed", "Staff"}));
    QVERIFY(spec.valueAxisMin < 0 && spec.valueAxisMax > 0);
    // Disagreeing side (very dissatisfied + dissatisfied) and agreeing side per item, of those
    // who answered: Price 12 and 16 of 38 (31.6%, 42.1%), Speed 12 and 16 of 40 (30%, 40%),
    // Staff 15 and 12 of 38 (39.5%, 31.6%).
    QCOMPARE(spec.negativeTotalLabels, (QStringList{"32%", "30%", "39%"}));
    QCOMPARE(spec.positiveTotalLabels, (QStringList{"42%", "40%", "32%"}));
    QCOMPARE(spec.series.last().name, QStringLiteral("Don't know"));
    QCOMPARE(spec.series.last().side, DivergingSide::Outside);
    // Don't know is not drawn around the centre; its largest share is said (Staff 2 of 38).
    QVERIFY2(spec.notes.contains(
                 QStringLiteral("Not shown: Don't know (up to 5% of an item's answers)")),
             qPrintable(spec.notes.join(u'\n')));
    // Without the option, the same grid is 100% stacked.
    options.divergingLikert = false;
    QCOMPARE(GridChartSpecBuilder::build(p.survey, p.responses, 0, options).kind,
             ChartKind::StackedPercentBars);
}

void TestQuestionGroups::chartOfAGroupWritesAFile() {
    const QString path = scicomExport();
    QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("g3.png"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run run =
        runSondo({QStringLiteral("chart"), path, QStringLiteral("G3"), QStringLiteral("-o"), png},
                 environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), png);
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
}

QTEST_GUILESS_MAIN(TestQuestionGroups)
#include "tst_questiongroups.moc"
