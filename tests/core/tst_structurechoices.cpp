// The analyst's corrections of a file's structure (issue 9 §6): a column set aside as metadata or
// read as a question after all, a group split, columns made one group; each given to `sondo
// import`, saved in the project and applied again by `--update`.
//
// Fixtures, written by hand: tests/data/groups/battery_without_stem.csv (10 respondents; three
// satisfaction columns Price, Speed, Staff with no stem in common, so no group is read, and an
// Interviewer column), tests/data/profiles/generic_label_stems_it.csv (a "Soddisfazione: …"
// battery read as one group) and tests/data/metadata/qualtrics_condition.csv (a randomised
// condition FL_12_DO that the Qualtrics layout sets aside). Expected figures are hand counts.
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

QTEST_GUILESS_MAIN(TestStructureChoices)
#include "tst_structurechoices.moc"
