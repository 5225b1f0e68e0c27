// Unfinished responses and previews (issue 9 §4): the import report counts them, and
// `import --complete-only` leaves them out (kept by --update). Through the real executable.
//
// Oracles: hand counts of the fixtures' rows.
// - tests/data/metadata/qualtrics_condition.csv, 8 responses: Status "Survey Preview" on row 3,
//   Finished False on rows 4 and 8; Q1 "Yes" on rows 1, 2, 5, 6, 7 and "No" on rows 3, 4, 8.
// - tests/data/profiles/limesurvey_codes.csv, 3 responses, submitdate blank on the third.
// - ../shared/realdata/qualtrics_better_sample_survey.csv: Status 2 ("Survey Test") on all 10.

#include "../common/SondoProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using sondo::test::runSondo;
using Run = sondo::test::SondoRun;

namespace {

const QString kQualtrics =
    QStringLiteral(SONDO_SOURCE_DIR "/tests/data/metadata/qualtrics_condition.csv");

QJsonObject freqJson(const QString& project, const QString& question) {
    const Run run = runSondo({"freq", project, question, "--json"});
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

qint64 countOf(const QJsonObject& table, const QString& label) {
    for (const QJsonValue& option : table.value(QStringLiteral("options")).toArray())
        if (option[QStringLiteral("label")].toString() == label)
            return option[QStringLiteral("unweighted_count")].toInteger();
    return 0;
}

} // namespace

class TestCompleteResponses : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void reportedAndKeptByDefault() {
        const QString project = m_dir.filePath(QStringLiteral("all.sondo"));
        const Run run = runSondo({"import", kQualtrics, "-o", project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("2 unfinished (Finished)")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--complete-only leaves them out")),
                 qPrintable(run.err));
        const QJsonObject q1 = freqJson(project, QStringLiteral("Q1"));
        QCOMPARE(q1.value(QStringLiteral("respondents")).toInteger(), 8);
        QCOMPARE(countOf(q1, QStringLiteral("No")), 3);
    }

    void completeOnlyLeavesThemOutAndUpdateKeepsIt() {
        const QString project = m_dir.filePath(QStringLiteral("complete.sondo"));
        Run run = runSondo({"import", kQualtrics, "-o", project, "--complete-only"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("left out with --complete-only")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Imported 5 respondents")), qPrintable(run.out));
        // Rows 1, 2, 5, 6, 7 remain, all "Yes".
        QJsonObject q1 = freqJson(project, QStringLiteral("Q1"));
        QCOMPARE(q1.value(QStringLiteral("respondents")).toInteger(), 5);
        QCOMPARE(countOf(q1, QStringLiteral("Yes")), 5);
        QCOMPARE(countOf(q1, QStringLiteral("No")), 0);

        // The same export again with --update: still only the finished ones.
        run = runSondo({"import", kQualtrics, "-o", project, "--update"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("0 respondents added")), qPrintable(run.out));
        q1 = freqJson(project, QStringLiteral("Q1"));
        QCOMPARE(q1.value(QStringLiteral("respondents")).toInteger(), 5);
    }

    void limeSurveySubmitDate() {
        const QString project = m_dir.filePath(QStringLiteral("lime.sondo"));
        const Run run = runSondo(
            {"import", QStringLiteral(SONDO_SOURCE_DIR "/tests/data/profiles/limesurvey_codes.csv"),
             "-o", project, "--complete-only"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 unfinished (submitdate)")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Imported 2 respondents")), qPrintable(run.out));
    }

    void testAnswersAreReportedNotDropped() {
        const QString project = m_dir.filePath(QStringLiteral("tests.sondo"));
        const Run run =
            runSondo({"import",
                      QStringLiteral(SONDO_SOURCE_DIR
                                     "/../shared/realdata/qualtrics_better_sample_survey.csv"),
                      "-o", project, "--complete-only"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("10 response")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("test answers")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Imported 10 respondents")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCompleteResponses)
#include "tst_completeresponses.moc"
