// The analyst's corrections of a file's structure (issue 9 §6): a column set aside as metadata or
// read as a question after all, a group split, columns made one group; each given to `sondo
// import`, saved in the project and applied again by `--update`.
//
// Fixtures, written by hand: tests/data/groups/battery_without_stem.csv (10 respondents; three
// satisfaction columns Price, Speed, Staff with no stem in common, so no group is read, and an
// Interviewer column), tests/data/profiles/generic_label_stems_it.csv (a "Soddisfazione: …"
// battery read as one group) and tests/data/metadata/qualtrics_condition.csv (a randomised
// condition FL_12_DO that the Qualtrics layout sets aside) and
// tests/data/groups/polish_agreement_grid.csv (10 respondents; a three-item grid on a Polish
// agreement scale the library does not know, one "Nie wiem" and one blank). Expected figures are
// hand counts.
#include "../common/SondoProcess.h"

#include "storage/ProjectStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sondo;
using sondo::test::runSondo;

namespace {

/** "G1 grid Q2,Q3,Q4 | stem" for each group of the project. */
QStringList groupsOf(const QString& project) {
    QStringList out;
    const auto survey = ProjectStore::readSurvey(project);
    if (!survey.ok())
        return {QStringLiteral("unreadable: ") + survey.error().toString()};
    for (const QuestionGroup& g : survey.value().groups)
        out << QStringLiteral("%1 %2 %3 | %4")
                   .arg(g.id, questionGroupKindName(g.kind), g.items.join(u','), g.text);
    return out;
}

/** The codes `sondo questions --json` lists under `key` ("questions" or "metadata"). */
QStringList codesListed(const QString& project, const QString& key) {
    const auto run = runSondo({QStringLiteral("questions"), project, QStringLiteral("--json")});
    QStringList out;
    for (const QJsonValue& v : run.json().value(key).toArray())
        out << v.toObject().value(QStringLiteral("code")).toString();
    return out;
}

QString polishGrid() {
    return QStringLiteral(SONDO_SOURCE_DIR "/tests/data/groups/polish_agreement_grid.csv");
}

/** The Polish scale, low end first. */
QString polishScale() {
    return QStringLiteral("Zdecydowanie nie|Raczej nie|Trudno powiedzieć|Raczej tak|"
                          "Zdecydowanie tak");
}

/** The `freq PROJECT GROUP --json` item `index`. */
QJsonObject groupItem(const QString& project, const QString& group, int index) {
    const auto run = runSondo({QStringLiteral("freq"), project, group, QStringLiteral("--json")});
    return run.json().value(QStringLiteral("items")).toArray().at(index).toObject();
}

/** "label count" for each option of a `freq --json` item, in the order listed. */
QStringList countsOf(const QJsonObject& item) {
    QStringList out;
    for (const QJsonValue& o : item.value(QStringLiteral("options")).toArray())
        out << QStringLiteral("%1 %2")
                   .arg(o.toObject().value(QStringLiteral("label")).toString())
                   .arg(o.toObject().value(QStringLiteral("count")).toInt());
    return out;
}

QString battery() {
    return QStringLiteral(SONDO_SOURCE_DIR "/tests/data/groups/battery_without_stem.csv");
}

} // namespace

class TestStructureChoices : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void columnsMadeOneGroup();
    void columnSetAsideAsMetadata();
    void metadataReadAsAQuestion();
    void groupSplit();
    void choicesAreKeptByUpdate();
    void unknownColumnIsAnError();
    void badGroupIsAnError();
    void scaleOrderChosen();
    void scaleOrderIsKeptByUpdate();
    void badScaleOrderIsAnError();

private:
    QString project(const QString& name) const {
        return m_dir.filePath(name + QStringLiteral(".sondo"));
    }
    QTemporaryDir m_dir;
};

void TestStructureChoices::columnsMadeOneGroup() {
    // Without the choice: three questions on their own (no stem, no group).
    const QString plain = project(QStringLiteral("plain"));
    auto run = runSondo({QStringLiteral("import"), battery(), QStringLiteral("-o"), plain});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(groupsOf(plain), QStringList());

    const QString grouped = project(QStringLiteral("grouped"));
    run = runSondo({QStringLiteral("import"), battery(), QStringLiteral("-o"), grouped,
                    QStringLiteral("--group"), QStringLiteral("Satisfaction=Price|Speed|Staff")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // id is metadata (M1): Interviewer is Q1, the three items Q2-Q4, Age Q5.
    QCOMPARE(groupsOf(grouped), QStringList{QStringLiteral("G1 grid Q2,Q3,Q4 | Satisfaction")});
    // The group's table is its items' counts. Price by hand: Satisfied rows 1, 4, 6, 9;
    // Very satisfied 2, 7; Neutral 3, 8; Dissatisfied 5; Very dissatisfied 10.
    run =
        runSondo({QStringLiteral("freq"), grouped, QStringLiteral("G1"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray items = run.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    const QJsonObject price = items[0].toObject();
    QCOMPARE(price.value(QStringLiteral("question")).toString(), QStringLiteral("Q2"));
    QCOMPARE(price.value(QStringLiteral("base")).toInt(), 10);
    QMap<QString, int> counts;
    for (const QJsonValue& o : price.value(QStringLiteral("options")).toArray())
        counts.insert(o.toObject().value(QStringLiteral("label")).toString(),
                      o.toObject().value(QStringLiteral("count")).toInt());
    QCOMPARE(counts.value(QStringLiteral("Satisfied")), 4);
    QCOMPARE(counts.value(QStringLiteral("Very satisfied")), 2);
    QCOMPARE(counts.value(QStringLiteral("Neutral")), 2);
    QCOMPARE(counts.value(QStringLiteral("Dissatisfied")), 1);
    QCOMPARE(counts.value(QStringLiteral("Very dissatisfied")), 1);
}

void TestStructureChoices::columnSetAsideAsMetadata() {
    const QString p = project(QStringLiteral("interviewer"));
    auto run = runSondo({QStringLiteral("import"), battery(), QStringLiteral("-o"), p,
                         QStringLiteral("--metadata"), QStringLiteral("Interviewer")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(codesListed(p, QStringLiteral("metadata")),
             (QStringList{QStringLiteral("id"), QStringLiteral("Interviewer")}));
    QVERIFY(!codesListed(p, QStringLiteral("questions")).contains(QStringLiteral("Interviewer")));
    // Still a segment, by its code: Anna interviewed rows 1, 3, 5, 7, 9.
    run = runSondo({QStringLiteral("freq"), p, QStringLiteral("Price"), QStringLiteral("--where"),
                    QStringLiteral("Interviewer=Anna"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("base")).toInt(), 5);
}

void TestStructureChoices::metadataReadAsAQuestion() {
    const QString fixture =
        QStringLiteral(SONDO_SOURCE_DIR "/tests/data/metadata/qualtrics_condition.csv");
    const QString p = project(QStringLiteral("condition"));
    auto run = runSondo({QStringLiteral("import"), fixture, QStringLiteral("-o"), p,
                         QStringLiteral("--as-question"), QStringLiteral("FL_12_DO")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(codesListed(p, QStringLiteral("questions")),
             (QStringList{QStringLiteral("FL_12_DO"), QStringLiteral("Q1")}));
    QVERIFY(!codesListed(p, QStringLiteral("metadata")).contains(QStringLiteral("FL_12_DO")));
}

void TestStructureChoices::groupSplit() {
    const QString fixture =
        QStringLiteral(SONDO_SOURCE_DIR "/tests/data/profiles/generic_label_stems_it.csv");
    const QString plain = project(QStringLiteral("stems"));
    auto run = runSondo({QStringLiteral("import"), fixture, QStringLiteral("-o"), plain});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(groupsOf(plain), QStringList{QStringLiteral("G1 grid Q1,Q2,Q3 | Soddisfazione")});

    const QString split = project(QStringLiteral("split"));
    run = runSondo({QStringLiteral("import"), fixture, QStringLiteral("-o"), split,
                    QStringLiteral("--split-group"), QStringLiteral("Soddisfazione: velocità")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(groupsOf(split), QStringList());
    QCOMPARE(codesListed(split, QStringLiteral("questions")).size(),
             codesListed(plain, QStringLiteral("questions")).size());
}

void TestStructureChoices::choicesAreKeptByUpdate() {
    // The newer export lost Staff: the group keeps Price and Speed, Interviewer stays metadata,
    // and the report says which choice no longer applies.
    QFile source(battery());
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray v2;
    for (const QByteArray& line : source.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QList<QByteArray> cells = line.split(',');
        cells.removeAt(4); // Staff
        v2 += cells.join(',') + '\n';
    }
    const QString newer = m_dir.filePath(QStringLiteral("newer.csv"));
    QFile out(newer);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(v2) == v2.size());
    out.close();

    const QString p = project(QStringLiteral("updated"));
    auto run =
        runSondo({QStringLiteral("import"), battery(), QStringLiteral("-o"), p,
                  QStringLiteral("--group"), QStringLiteral("Satisfaction=Price|Speed|Staff"),
                  QStringLiteral("--metadata"), QStringLiteral("Interviewer")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runSondo(
        {QStringLiteral("import"), newer, QStringLiteral("-o"), p, QStringLiteral("--update")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--group Staff is no longer applied")),
             qPrintable(run.err));
    QCOMPARE(groupsOf(p), QStringList{QStringLiteral("G1 grid Q1,Q2 | Satisfaction")});
    QCOMPARE(codesListed(p, QStringLiteral("metadata")),
             (QStringList{QStringLiteral("id"), QStringLiteral("Interviewer")}));

    // A choice given with --update adds to the saved ones.
    run = runSondo({QStringLiteral("import"), newer, QStringLiteral("-o"), p,
                    QStringLiteral("--update"), QStringLiteral("--split-group"),
                    QStringLiteral("Price")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(groupsOf(p), QStringList{QStringLiteral("G1 grid Q1,Q2 | Satisfaction")});
}

void TestStructureChoices::unknownColumnIsAnError() {
    const QString p = project(QStringLiteral("typo"));
    const auto run = runSondo({QStringLiteral("import"), battery(), QStringLiteral("-o"), p,
                               QStringLiteral("--metadata"), QStringLiteral("Interviwer")});
    // Found when the file is read, as an unknown --type question: bad input, exit 2.
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(
                 QStringLiteral("--metadata Interviwer: no column has this code or header text")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(p));
}

void TestStructureChoices::badGroupIsAnError() {
    const QString p = project(QStringLiteral("onecolumn"));
    const auto run = runSondo({QStringLiteral("import"), battery(), QStringLiteral("-o"), p,
                               QStringLiteral("--group"), QStringLiteral("Satisfaction=Price")});
    // A usage error, before any file is read: exit 1.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("bad --group 'Satisfaction=Price'")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(p));
}

void TestStructureChoices::scaleOrderChosen() {
    // Without the choice the grid is read (one stem) but its scale is not known: each item's
    // answers come in order of frequency, with no mean and no top-2-box.
    const QString plain = project(QStringLiteral("polish"));
    auto run = runSondo({QStringLiteral("import"), polishGrid(), QStringLiteral("-o"), plain});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(groupsOf(plain), QStringList{QStringLiteral("G1 grid Q2,Q3,Q4 | Praca zdalna:")});
    QVERIFY(!groupItem(plain, QStringLiteral("G1"), 0)
                 .value(QStringLiteral("stats"))
                 .toObject()
                 .contains(QStringLiteral("top2")));

    // The order is given on one item, by its header text; the whole group follows it.
    const QString p = project(QStringLiteral("polish-ordered"));
    run = runSondo({QStringLiteral("import"), polishGrid(), QStringLiteral("-o"), p,
                    QStringLiteral("--scale-order"),
                    QStringLiteral("Praca zdalna: [Jestem bardziej wydajny]=") + polishScale()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Item 1 by hand: Zdecydowanie nie row 7; Raczej nie 5; Trudno powiedzieć 4; Raczej tak
    // 1, 3, 6, 8, 10; Zdecydowanie tak 2, 9. Mean (1 + 2 + 3 + 5×4 + 2×5) / 10 = 3.6; top-2-box
    // 7 of 10.
    const QJsonObject first = groupItem(p, QStringLiteral("G1"), 0);
    QCOMPARE(countsOf(first),
             (QStringList{QStringLiteral("Zdecydowanie nie 1"), QStringLiteral("Raczej nie 1"),
                          QStringLiteral("Trudno powiedzieć 1"), QStringLiteral("Raczej tak 5"),
                          QStringLiteral("Zdecydowanie tak 2")}));
    const QJsonObject stats = first.value(QStringLiteral("stats")).toObject();
    QCOMPARE(stats.value(QStringLiteral("mean")).toDouble(), 3.6);
    QCOMPARE(stats.value(QStringLiteral("top2")).toDouble(), 70.0);
    // Item 3: row 9 blank, row 4 "Nie wiem" (not named: after the scale, off it). Nobody chose
    // the low end or the middle, which are still on its scale with no answers. Of the 8 on the
    // scale: Raczej nie row 7; Raczej tak 3, 5, 10; Zdecydowanie tak 1, 2, 6, 8. Mean
    // (2 + 3×4 + 4×5) / 8 = 4.25; top-2-box 7 of 8 = 87.5%.
    const QJsonObject third = groupItem(p, QStringLiteral("G1"), 2);
    QCOMPARE(countsOf(third),
             (QStringList{QStringLiteral("Zdecydowanie nie 0"), QStringLiteral("Raczej nie 1"),
                          QStringLiteral("Trudno powiedzieć 0"), QStringLiteral("Raczej tak 3"),
                          QStringLiteral("Zdecydowanie tak 4"), QStringLiteral("Nie wiem 1")}));
    QCOMPARE(third.value(QStringLiteral("base")).toInt(), 9);
    const QJsonObject thirdStats = third.value(QStringLiteral("stats")).toObject();
    QCOMPARE(thirdStats.value(QStringLiteral("scored_base")).toInt(), 8);
    QCOMPARE(thirdStats.value(QStringLiteral("mean")).toDouble(), 4.25);
    QCOMPARE(thirdStats.value(QStringLiteral("top2")).toDouble(), 87.5);

    // The scale turned round: the top-2-box is the other end, 2 of 10 for item 1 (rows 5, 7).
    const QString reversed = project(QStringLiteral("polish-reversed"));
    QStringList points = polishScale().split(u'|');
    std::reverse(points.begin(), points.end());
    run = runSondo(
        {QStringLiteral("import"), polishGrid(), QStringLiteral("-o"), reversed,
         QStringLiteral("--scale-order"),
         QStringLiteral("Praca zdalna: [Chcę pracować zdalnie dalej]=") + points.join(u'|')});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(groupItem(reversed, QStringLiteral("G1"), 0)
                 .value(QStringLiteral("stats"))
                 .toObject()
                 .value(QStringLiteral("top2"))
                 .toDouble(),
             20.0);
}

void TestStructureChoices::scaleOrderIsKeptByUpdate() {
    const QString p = project(QStringLiteral("polish-updated"));
    auto run =
        runSondo({QStringLiteral("import"), polishGrid(), QStringLiteral("-o"), p,
                  QStringLiteral("--scale-order"),
                  QStringLiteral("Praca zdalna: [Jestem bardziej wydajny]=") + polishScale()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runSondo({QStringLiteral("import"), polishGrid(), QStringLiteral("-o"), p,
                    QStringLiteral("--update")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Item 2 by hand: Zdecydowanie nie rows 3, 6; Raczej nie 1, 4, 7, 10; Trudno powiedzieć 2,
    // 8; Raczej tak 5, 9; top-2-box 2 of 10.
    const QJsonObject second = groupItem(p, QStringLiteral("G1"), 1);
    QCOMPARE(countsOf(second),
             (QStringList{QStringLiteral("Zdecydowanie nie 2"), QStringLiteral("Raczej nie 4"),
                          QStringLiteral("Trudno powiedzieć 2"), QStringLiteral("Raczej tak 2"),
                          QStringLiteral("Zdecydowanie tak 0")}));
    QCOMPARE(
        second.value(QStringLiteral("stats")).toObject().value(QStringLiteral("top2")).toDouble(),
        20.0);
}

void TestStructureChoices::badScaleOrderIsAnError() {
    // A misspelt point would be a scale point nobody chose: bad input, exit 2, nothing written.
    const QString p = project(QStringLiteral("polish-typo"));
    auto run = runSondo({QStringLiteral("import"), polishGrid(), QStringLiteral("-o"), p,
                         QStringLiteral("--scale-order"),
                         QStringLiteral("Praca zdalna: [Jestem bardziej wydajny]=Zdecydowanie "
                                        "nie|Raczje nie|Raczej tak")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("no answer “Raczje nie”")), qPrintable(run.err));
    QVERIFY(!QFile::exists(p));
    // Not a choice from a list: the region is, but the respondent id is metadata.
    run = runSondo({QStringLiteral("import"), polishGrid(), QStringLiteral("-o"), p,
                    QStringLiteral("--scale-order"), QStringLiteral("id=1|2")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("not a question answered by one choice")),
             qPrintable(run.err));
    // One point is no scale: a usage error, exit 1.
    run = runSondo({QStringLiteral("import"), polishGrid(), QStringLiteral("-o"), p,
                    QStringLiteral("--scale-order"), QStringLiteral("Region=Nord")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("bad --scale-order 'Region=Nord'")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(p));
}

QTEST_GUILESS_MAIN(TestStructureChoices)
#include "tst_structurechoices.moc"
