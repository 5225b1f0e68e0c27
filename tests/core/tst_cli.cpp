// End-to-end tests of the `sondo` command line: the built executable run on real files, its
// exit codes, stdout JSON and stderr messages. The CLI contract (sub-commands, options, JSON keys)
// is fixed by the foundation issue; other tools script against it.
//
// Expected figures for the demo survey were computed independently with Python's csv module
// (collections.Counter over resources/demo/remote_working_contact_center.csv) and, for the
// chi-square, with R: chisq.test(table(d[[11]], d[[3]]), correct = FALSE) where
// d <- read.csv("remote_working_contact_center.csv", check.names = FALSE).

#include "../common/SondoProcess.h"

#include "../common/TestFiles.h"
#include "chart/BaseThresholds.h"
#include "storage/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = sondo::test::SondoRun;

using sondo::test::runSondo;

using sondo::test::demoSurveyPath;
using sondo::test::sha256;

QJsonObject questionById(const QJsonObject& questions, const QString& id) {
    for (const QJsonValue& q : questions.value(u"questions").toArray())
        if (q.toObject().value(u"id").toString() == id)
            return q.toObject();
    return {};
}

QMap<QString, double> countsByLabel(const QJsonObject& freq) {
    QMap<QString, double> counts;
    for (const QJsonValue& option : freq.value(u"options").toArray())
        counts.insert(option.toObject().value(u"label").toString(),
                      option.toObject().value(u"count").toDouble());
    return counts;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoProject;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demoProject = m_dir.filePath(QStringLiteral("demo.sondo"));
        const Run run = runSondo(
            {QStringLiteral("import"), demoSurveyPath(), QStringLiteral("-o"), m_demoProject});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(m_demoProject));
        QVERIFY(run.out.contains("300"));
    }

    void questionsListsTypesAndOptions() {
        const Run run =
            runSondo({QStringLiteral("questions"), m_demoProject, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"respondents").toInt(), 300);
        // The timestamp column is metadata: 16 columns, 15 questions.
        QCOMPARE(json.value(u"questions").toArray().size(), 15);

        const QJsonObject q8 = questionById(json, QStringLiteral("Q8"));
        QCOMPARE(q8.value(u"type").toString(), QStringLiteral("single"));
        // "Sì, molto" contains the checkbox separator but is one option.
        QCOMPARE(q8.value(u"options").toArray().size(), 4);
        QVERIFY(q8.value(u"options").toArray().contains(QStringLiteral("Sì, molto")));

        const QJsonObject q9 = questionById(json, QStringLiteral("Q9"));
        QCOMPARE(q9.value(u"type").toString(), QStringLiteral("multiple"));
        QCOMPARE(q9.value(u"options").toArray().size(), 7);
        QVERIFY(q9.value(u"options")
                    .toArray()
                    .contains(QStringLiteral("App di messaggistica (WhatsApp, Telegram)")));

        const QJsonObject q5 = questionById(json, QStringLiteral("Q5"));
        QCOMPARE(q5.value(u"type").toString(), QStringLiteral("likert"));
        const QJsonArray scale = q5.value(u"options").toArray();
        QCOMPARE(scale.size(), 5);
        QCOMPARE(scale.first().toString(), QStringLiteral("Per niente d'accordo"));
        QCOMPARE(scale.last().toString(), QStringLiteral("Molto d'accordo"));

        QCOMPARE(questionById(json, QStringLiteral("Q11")).value(u"type").toString(),
                 QStringLiteral("numeric"));
        QCOMPARE(questionById(json, QStringLiteral("Q15")).value(u"type").toString(),
                 QStringLiteral("text"));
    }

    void freqSingleChoiceCounts() {
        const Run run = runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q8"),
                                  QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"question").toString(), QStringLiteral("Q8"));
        QCOMPARE(json.value(u"type").toString(), QStringLiteral("single"));
        QCOMPARE(json.value(u"base").toDouble(), 300.0);
        QCOMPARE(json.value(u"missing").toDouble(), 0.0);
        const auto counts = countsByLabel(json);
        QCOMPARE(counts.value(QStringLiteral("Sì, in parte")), 167.0);
        QCOMPARE(counts.value(QStringLiteral("Sì, molto")), 96.0);
        QCOMPARE(counts.value(QStringLiteral("No, sono rimasti stabili")), 28.0);
        QCOMPARE(counts.value(QStringLiteral("No, sono diminuiti")), 9.0);
        for (const QJsonValue& option : json.value(u"options").toArray()) {
            const QJsonObject o = option.toObject();
            QCOMPARE(o.value(u"percent").toDouble(), o.value(u"count").toDouble() * 100.0 / 300.0);
        }
    }

    void freqByQuestionTextAndCode() {
        // QUESTION may be the exact text instead of the id.
        const Run run =
            runSondo({QStringLiteral("freq"), m_demoProject,
                      QStringLiteral("Durante l'emergenza i canali digitali sono cresciuti?"),
                      QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"question").toString(), QStringLiteral("Q8"));
    }

    void freqWhereOrWithinQuestion() {
        const Run run = runSondo(
            {QStringLiteral("freq"), m_demoProject, QStringLiteral("Q9"), QStringLiteral("--where"),
             QStringLiteral("Q1=Banche e assicurazioni"), QStringLiteral("--where"),
             QStringLiteral("Settore=Telecomunicazioni"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"respondents").toDouble(), 101.0);
        QCOMPARE(json.value(u"base").toDouble(), 86.0);
        QCOMPARE(json.value(u"missing").toDouble(), 15.0);
        const auto counts = countsByLabel(json);
        QCOMPARE(counts.value(QStringLiteral("Chat / live chat")), 64.0);
        QCOMPARE(counts.value(QStringLiteral("App di messaggistica (WhatsApp, Telegram)")), 42.0);
        // Multiple choice: percent of those who answered, so the options add up past 100.
        double sum = 0;
        for (const QJsonValue& option : json.value(u"options").toArray())
            sum += option.toObject().value(u"percent").toDouble();
        QVERIFY(sum > 100.0);
        QCOMPARE(json.value(u"options").toArray().first().toObject().value(u"percent").toDouble(),
                 64.0 * 100.0 / 86.0);
    }

    void freqWhereAndAcrossQuestions() {
        const Run run = runSondo(
            {QStringLiteral("freq"), m_demoProject, QStringLiteral("Q8"), QStringLiteral("--where"),
             QStringLiteral("Q1=Banche e assicurazioni"), QStringLiteral("--where"),
             QStringLiteral("Q4=Nord-Ovest"), QStringLiteral("--where"),
             QStringLiteral("Q4=Centro"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"base").toDouble(), 32.0);
        const auto counts = countsByLabel(json);
        QCOMPARE(counts.value(QStringLiteral("Sì, in parte")), 15.0);
        QCOMPARE(counts.value(QStringLiteral("Sì, molto")), 8.0);
        QCOMPARE(counts.value(QStringLiteral("No, sono rimasti stabili")), 6.0);
        QCOMPARE(counts.value(QStringLiteral("No, sono diminuiti")), 3.0);
    }

    void freqWhereNumericConditions() {
        // R: d <- read.csv("remote_working_contact_center.csv", check.names = FALSE);
        //    k <- !is.na(d[[12]]) & d[[12]] >= 90; sum(k); table(d[[9]][k])
        Run run = runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q8"),
                            QStringLiteral("--where"), QStringLiteral("Q11>=90"),
                            QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(u"respondents").toDouble(), 143.0);
        auto counts = countsByLabel(run.json());
        QCOMPARE(counts.value(QStringLiteral("S\u00EC, in parte")), 86.0);
        QCOMPARE(counts.value(QStringLiteral("S\u00EC, molto")), 42.0);
        QCOMPARE(counts.value(QStringLiteral("No, sono rimasti stabili")), 11.0);
        QCOMPARE(counts.value(QStringLiteral("No, sono diminuiti")), 4.0);

        // A span with both ends included, AND-ed with an option.
        // R: k <- !is.na(d[[12]]) & d[[12]] >= 50 & d[[12]] <= 80 &
        //         d[[2]] == "Banche e assicurazioni"; sum(k); table(d[[9]][k])
        run = runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q8"),
                        QStringLiteral("--where"), QStringLiteral("Q11=50..80"),
                        QStringLiteral("--where"), QStringLiteral("Q1=Banche e assicurazioni"),
                        QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(u"respondents").toDouble(), 14.0);
        counts = countsByLabel(run.json());
        QCOMPARE(counts.value(QStringLiteral("S\u00EC, molto")), 7.0);
        QCOMPARE(counts.value(QStringLiteral("No, sono rimasti stabili")), 4.0);

        // A bad number, and a comparison on a choice question: clear errors, exit 1 as for any
        // other condition that does not fit the survey.
        run = runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q8"),
                        QStringLiteral("--where"), QStringLiteral("Q11>=molti")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Q11 is numeric")), qPrintable(run.err));
        run = runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q8"),
                        QStringLiteral("--where"), QStringLiteral("Q1>=3")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("write Q1=OPTION")), qPrintable(run.err));
    }

    void freqByGivesChiSquare() {
        const Run run =
            runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q10"),
                      QStringLiteral("--by"), QStringLiteral("Q2"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"groups").toArray().size(), 4);
        double groupBases = 0;
        for (const QJsonValue& group : json.value(u"groups").toArray())
            groupBases += group.toObject().value(u"base").toDouble();
        QCOMPARE(groupBases, 300.0);
        const QJsonObject chi = json.value(u"chi_square").toObject();
        // R: X-squared = 48.015, df = 6, p-value = 1.174e-08
        QCOMPARE(chi.value(u"df").toInt(), 6);
        QVERIFY(qAbs(chi.value(u"statistic").toDouble() - 48.015) < 0.001);
        QVERIFY(qAbs(chi.value(u"p").toDouble() - 1.174e-08) < 0.001e-08);
    }

    void freqNumericStats() {
        const Run run = runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q11"),
                                  QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"type").toString(), QStringLiteral("numeric"));
        QCOMPARE(json.value(u"base").toDouble(), 254.0);
        const QJsonObject stats = json.value(u"stats").toObject();
        QVERIFY(qAbs(stats.value(u"mean").toDouble() - 84.49212598425197) < 1e-9);
        for (const char* key : {"median", "sd", "min", "max"})
            QVERIFY2(stats.contains(QLatin1String(key)), key);
    }

    void textOutputIsReadable() {
        const Run run = runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q8")});
        QCOMPARE(run.exitCode, 0);
        const QString text = run.out;
        QVERIFY(text.contains(QStringLiteral("Sì, in parte")));
        // Displayed percentages of a single-choice question add up to exactly 100.0.
        QVERIFY(text.contains(QStringLiteral("55.7%")));
        QVERIFY(text.contains(QStringLiteral("Base")));
    }

    void surveyFileAsProjectIsImportedInMemory() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("survey.csv"));
        QVERIFY(QFile::copy(QFINDTESTDATA("data/csv/semicolon_cp1252_decimal_comma.csv"), csv));
        const Run run = runSondo({QStringLiteral("questions"), csv, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(u"respondents").toInt(), 8);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void windows1252SemicolonDecimalComma() {
        const QString file = QFINDTESTDATA("data/csv/semicolon_cp1252_decimal_comma.csv");
        const Run questions =
            runSondo({QStringLiteral("questions"), file, QStringLiteral("--json")});
        QVERIFY2(questions.exitCode == 0, qPrintable(questions.err));
        const QJsonObject json = questions.json();
        QStringList texts;
        for (const QJsonValue& q : json.value(u"questions").toArray())
            texts << q.toObject().value(u"text").toString();
        QVERIFY2(texts.contains(QStringLiteral("Età")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Spesa mensile (€)")));

        // 125,50 80 42,75 210 15,20 99,90 0 1.250,00 → sum 1823.35 over 8 (by hand).
        const Run freq = runSondo({QStringLiteral("freq"), file,
                                   QStringLiteral("Spesa mensile (€)"), QStringLiteral("--json")});
        QVERIFY2(freq.exitCode == 0, qPrintable(freq.err));
        QCOMPARE(freq.json().value(u"type").toString(), QStringLiteral("numeric"));
        const QJsonObject stats = freq.json().value(u"stats").toObject();
        QVERIFY(qAbs(stats.value(u"mean").toDouble() - 1823.35 / 8) < 1e-9);
        QCOMPARE(stats.value(u"max").toDouble(), 1250.0);
    }

    void utf16TabSeparated() {
        const QString file = QFINDTESTDATA("data/csv/utf16le_tab.tsv");
        const Run run = runSondo({QStringLiteral("freq"), file, QStringLiteral("Zufriedenheit"),
                                  QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"type").toString(), QStringLiteral("likert"));
        QCOMPARE(json.value(u"base").toDouble(), 6.0);
        const QJsonArray options = json.value(u"options").toArray();
        QCOMPARE(options.first().toObject().value(u"label").toString(),
                 QStringLiteral("sehr unzufrieden"));
        QCOMPARE(options.last().toObject().value(u"label").toString(),
                 QStringLiteral("sehr zufrieden"));
        QCOMPARE(options.last().toObject().value(u"count").toDouble(), 2.0);
    }

    void profiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("base");
        QTest::addColumn<QString>("option");
        QTest::addColumn<double>("count");
        // Counts read off each fixture by hand.
        QTest::newRow("surveymonkey block of option columns")
            << "data/profiles/surveymonkey.csv"
            << "Which fruits do you eat?"
            << "multiple" << 3.0 << "Banana" << 2.0;
        QTest::newRow("limesurvey Y flags, all-blank respondent missing")
            << "data/profiles/limesurvey_codes.csv"
            << "G01Q02"
            << "multiple" << 2.0 << "SQ001" << 1.0;
        QTest::newRow("limesurvey two header rows, Ja/Nein flags")
            << "data/profiles/limesurvey_two_rows_de.csv"
            << "Q1"
            << "multiple" << 3.0 << "Informatik" << 2.0;
        QTest::newRow("qualtrics matrix item") << "data/profiles/qualtrics.csv"
                                               << "Q5_2"
                                               << "likert" << 2.0 << "Satisfied" << 1.0;
    }

    void profiles() {
        QFETCH(QString, file);
        QFETCH(QString, question);
        QFETCH(QString, type);
        QFETCH(double, base);
        QFETCH(QString, option);
        QFETCH(double, count);
        const Run run = runSondo(
            {QStringLiteral("freq"), QFINDTESTDATA(file), question, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"type").toString(), type);
        QCOMPARE(json.value(u"base").toDouble(), base);
        QCOMPARE(countsByLabel(json).value(option), count);
    }

    void typeOverride() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.sondo"));
        const Run run =
            runSondo({QStringLiteral("import"), QFINDTESTDATA("data/csv/utf16le_tab.tsv"),
                      QStringLiteral("-o"), project, QStringLiteral("--type"),
                      QStringLiteral("Alter=single")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Run questions =
            runSondo({QStringLiteral("questions"), project, QStringLiteral("--json")});
        const QJsonObject q2 = questionById(questions.json(), QStringLiteral("Q2"));
        QCOMPARE(q2.value(u"text").toString(), QStringLiteral("Alter"));
        QCOMPARE(q2.value(u"type").toString(), QStringLiteral("single"));
        QCOMPARE(q2.value(u"options").toArray().size(), 6);
    }

    void badInputNamesFileLineColumnAndKeepsProject_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("location");
        QTest::newRow("unterminated quote") << "data/csv/unterminated_quote.csv"
                                            << "unterminated_quote.csv:";
        QTest::newRow("empty") << "data/csv/empty.csv"
                               << "empty.csv";
        QTest::newRow("binary") << "data/csv/binary.csv"
                                << "binary.csv";
    }

    void badInputNamesFileLineColumnAndKeepsProject() {
        QFETCH(QString, file);
        QFETCH(QString, location);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("kept.sondo"));
        QVERIFY(QFile::copy(m_demoProject, project));
        const QByteArray before = sha256(project);

        const Run run = runSondo(
            {QStringLiteral("import"), QFINDTESTDATA(file), QStringLiteral("-o"), project});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("sondo: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(location), qPrintable(run.err));
        QCOMPARE(sha256(project), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void unterminatedQuoteGivesLineAndColumn() {
        const Run run = runSondo(
            {QStringLiteral("questions"), QFINDTESTDATA("data/csv/unterminated_quote.csv")});
        QCOMPARE(run.exitCode, 2);
        // sondo: FILE:LINE:COL: message
        static const QRegularExpression located(
            QStringLiteral("unterminated_quote\\.csv:\\d+:\\d+: "));
        QVERIFY2(located.match(run.err).hasMatch(), qPrintable(run.err));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no sub-command arguments") << QStringList{QStringLiteral("freq")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("questions"), QStringLiteral("--bogus"), QStringLiteral("x")};
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("import"), demoSurveyPath(), QStringLiteral("--format"),
                           QStringLiteral("excel97")};
        QTest::newRow("bad type") << QStringList{QStringLiteral("import"), demoSurveyPath(),
                                                 QStringLiteral("--type"),
                                                 QStringLiteral("Q1=colour")};
        QTest::newRow("unknown sub-command") << QStringList{QStringLiteral("frobnicate")};
    }

    void usageErrors() {
        QFETCH(QStringList, arguments);
        const Run run = runSondo(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }

    void settingsKeepTheSmallBaseThresholds() {
        // `sondo settings` prints and changes the project's thresholds (issue 10 §2); every
        // chart then reads them from the project's state.
        const QString project = m_dir.filePath(QStringLiteral("settings.sondo"));
        QVERIFY(QFile::copy(m_demoProject, project));
        Run run = runSondo({QStringLiteral("settings"), project, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"low_base"].toInt(), 30);
        QCOMPARE(run.json()[u"counts_below"].toInt(), 10);
        run =
            runSondo({QStringLiteral("settings"), project, QStringLiteral("--low-base"),
                      QStringLiteral("50"), QStringLiteral("--counts-below"), QStringLiteral("5")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto state = sondo::ProjectStore::readState(project);
        QVERIFY(state.ok());
        const sondo::BaseThresholds saved = sondo::BaseThresholds::fromState(state.value());
        QCOMPARE(saved.low, 50);
        QCOMPARE(saved.counts, 5);
        run = runSondo({QStringLiteral("settings"), project, QStringLiteral("--low-base"),
                        QStringLiteral("-3")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("--low-base")));
        QCOMPARE(
            sondo::BaseThresholds::fromState(sondo::ProjectStore::readState(project).value()).low,
            50);
    }

    void unknownQuestionAndOptionAreUsageErrors() {
        Run run = runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q99")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Q99")));
        run = runSondo({QStringLiteral("freq"), m_demoProject, QStringLiteral("Q8"),
                        QStringLiteral("--where"), QStringLiteral("Q1=Agricoltura")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Agricoltura")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
