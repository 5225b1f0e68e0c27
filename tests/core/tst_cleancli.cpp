// `sondo clean` (issue 10 §1) on a hand-made free-text gender question
// (tests/data/clean/gender_free_text.csv, 64 respondents: Male 20, male 6, " MALE " 2, M 3,
// man 2, Female 18, female 5, Femsle 1, Fémale 1, F 2, maile 1, Non-binary 2, non binary 1;
// counts written when the file was made, oracle for every figure below).

#include "../common/SondoProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using sondo::test::runSondo;
using Run = sondo::test::SondoRun;

namespace {

QMap<QString, int> counts(const QJsonObject& freq) {
    QMap<QString, int> out;
    for (const QJsonValue& option : freq.value(u"options").toArray())
        out.insert(option[u"label"].toString(), option[u"count"].toInt());
    return out;
}

} // namespace

class TestCleanCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void init() {
        m_project = m_dir.filePath(QStringLiteral("gender.sondo"));
        const Run run =
            runSondo({QStringLiteral("import"),
                      QStringLiteral(SONDO_SOURCE_DIR "/tests/data/clean/gender_free_text.csv"),
                      QStringLiteral("-o"), m_project, QStringLiteral("--force")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void importMergesCaseAndSpacing() {
        // Before any clean: "Male", "male" and " MALE " (20 + 6 + 2 = 28) and "Female",
        // "female" (18 + 5 = 23) are one option each, as two recodes; "Non-binary" and
        // "non binary" differ by more than case and spacing and stay apart.
        Run run = runSondo(
            {QStringLiteral("freq"), m_project, QStringLiteral("Q1"), QStringLiteral("--json")});
        const QMap<QString, int> imported = counts(run.json());
        QCOMPARE(imported.value(QStringLiteral("Male")), 28);
        QCOMPARE(imported.value(QStringLiteral("Female")), 23);
        QVERIFY(!imported.contains(QStringLiteral("male")));
        QCOMPARE(imported.value(QStringLiteral("non binary")), 1);
        run = runSondo({QStringLiteral("recodes"), m_project, QStringLiteral("--json")});
        const QJsonArray recodes = run.json().value(u"recodes").toArray();
        QCOMPARE(recodes.size(), 2);
        QCOMPARE(recodes[0][u"operation"].toString(), QStringLiteral("merge"));
        QCOMPARE(recodes[0][u"into"].toString(), QStringLiteral("Male"));
        QCOMPARE(recodes[1][u"into"].toString(), QStringLiteral("Female"));
        // Taken back like any recode: the spellings are as the file gave them.
        QCOMPARE(runSondo({QStringLiteral("recodes"), m_project, QStringLiteral("--remove"),
                           QStringLiteral("1")})
                     .exitCode,
                 0);
        run = runSondo(
            {QStringLiteral("freq"), m_project, QStringLiteral("Q1"), QStringLiteral("--json")});
        QCOMPARE(counts(run.json()).value(QStringLiteral("Male")), 20);
        QCOMPARE(counts(run.json()).value(QStringLiteral("male")), 6);
    }

    void exportReadWithoutProjectMergesAlike() {
        // `freq` on the export itself reads as its import does: Male 20 + 6 + 2 = 28.
        const Run run =
            runSondo({QStringLiteral("freq"),
                      QStringLiteral(SONDO_SOURCE_DIR "/tests/data/clean/gender_free_text.csv"),
                      QStringLiteral("Q1"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(counts(run.json()).value(QStringLiteral("Male")), 28);
        QVERIFY(!counts(run.json()).contains(QStringLiteral("male")));
    }

    void listsProposals() {
        const Run run = runSondo(
            {QStringLiteral("clean"), m_project, QStringLiteral("Q1"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray proposals = run.json().value(u"proposals").toArray();
        QCOMPARE(proposals.size(), 3);
        // Male 20 + 6 + 2 + M 3 + maile 1 = 32 ("man", 2, is a word of its own); Female 18 + 5
        // + F 2 + Fémale 1 + Femsle 1 = 27; Non-binary 2 + 1 = 3.
        QCOMPARE(proposals[0][u"into"].toString(), QStringLiteral("Male"));
        QCOMPARE(proposals[0][u"respondents"].toInt(), 32);
        QVERIFY(!proposals[0][u"answers"].toArray().contains(QStringLiteral("man")));
        QCOMPARE(proposals[1][u"into"].toString(), QStringLiteral("Female"));
        QCOMPARE(proposals[1][u"respondents"].toInt(), 27);
        QCOMPARE(proposals[2][u"into"].toString(), QStringLiteral("Non-binary"));
        QCOMPARE(proposals[2][u"respondents"].toInt(), 3);
        QCOMPARE(proposals[2][u"number"].toInt(), 3);
    }

    void applyMergesAndRecodesUndo() {
        Run run = runSondo({QStringLiteral("clean"), m_project, QStringLiteral("Q1"),
                            QStringLiteral("--apply"), QStringLiteral("1,2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSondo(
            {QStringLiteral("freq"), m_project, QStringLiteral("Q1"), QStringLiteral("--json")});
        const QMap<QString, int> merged{{QStringLiteral("Male"), 32},
                                        {QStringLiteral("Female"), 27},
                                        {QStringLiteral("man"), 2},
                                        {QStringLiteral("Non-binary"), 2},
                                        {QStringLiteral("non binary"), 1}};
        QCOMPARE(counts(run.json()), merged);
        // Two recodes after the import's two, removable one by one like any other.
        run = runSondo({QStringLiteral("recodes"), m_project, QStringLiteral("--json")});
        QCOMPARE(run.json().value(u"recodes").toArray().size(), 4);
        run = runSondo({QStringLiteral("recodes"), m_project, QStringLiteral("--remove"),
                        QStringLiteral("4")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSondo(
            {QStringLiteral("freq"), m_project, QStringLiteral("Q1"), QStringLiteral("--json")});
        // The import's merge remains: Female 18 + female 5; F, Fémale, Femsle apart again.
        QCOMPARE(counts(run.json()).value(QStringLiteral("Female")), 23);
        QCOMPARE(counts(run.json()).value(QStringLiteral("F")), 2);
        QCOMPARE(counts(run.json()).value(QStringLiteral("Male")), 32);
        run = runSondo({QStringLiteral("recodes"), m_project, QStringLiteral("--remove"),
                        QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runSondo(
            {QStringLiteral("freq"), m_project, QStringLiteral("Q1"), QStringLiteral("--json")});
        QCOMPARE(counts(run.json()).value(QStringLiteral("female")), 5);
    }

    void badInput() {
        Run run = runSondo({QStringLiteral("clean"), m_project, QStringLiteral("Q1"),
                            QStringLiteral("--apply"), QStringLiteral("9")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("no proposal 9")), qPrintable(run.err));
        run = runSondo({QStringLiteral("clean"), m_project, QStringLiteral("Q1"),
                        QStringLiteral("--apply"), QStringLiteral("x")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("bad --apply 'x'")), qPrintable(run.err));
        // Nothing was written by the refused runs: only the import's two merges are there.
        run = runSondo({QStringLiteral("recodes"), m_project, QStringLiteral("--json")});
        QCOMPARE(run.json().value(u"recodes").toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCleanCli)
#include "tst_cleancli.moc"
