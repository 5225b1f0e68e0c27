#include "../common/SondoProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using sondo::test::runSondo;

/**
 * Metadata set aside and personal data flagged (issue 9 §4), through the command line as a
 * script uses it. Fixture tests/data/metadata/qualtrics_condition.csv (8 responses, written by
 * hand): a randomised condition FL_12_DO, Status with one "Survey Preview", Finished with two
 * False, and an IP address, an e-mail and a latitude. Expected figures are hand counts of it.
 */
class TestSurveyMetadata : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void metadataIsListedApartWithPersonalMarked();
    void conditionIsASegment();
    void statusAndCompletionFilter();
    void identifiersAreNoSegment();
    void exportLeavesPersonalDataOutUnlessAsked();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestSurveyMetadata::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("condition.sondo"));
    const auto run =
        runSondo({QStringLiteral("import"), QFINDTESTDATA("data/metadata/qualtrics_condition.csv"),
                  QStringLiteral("-o"), m_project});
    QCOMPARE(run.exitCode, 0);
    // The import report names what identifies people.
    QVERIFY2(run.err.contains(QStringLiteral("personal data found: IPAddress (M3), "
                                             "RecipientEmail (M5), LocationLatitude (M6)")),
             qPrintable(run.err));
}

void TestSurveyMetadata::metadataIsListedApartWithPersonalMarked() {
    const auto run = runSondo({QStringLiteral("questions"), m_project, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    // One question; the seven other columns are metadata, not questions.
    QCOMPARE(json.value(QStringLiteral("questions")).toArray().size(), 1);
    const QJsonArray metadata = json.value(QStringLiteral("metadata")).toArray();
    QCOMPARE(metadata.size(), 7);
    QStringList personal, segments;
    for (const QJsonValue& v : metadata) {
        const QJsonObject m = v.toObject();
        QVERIFY(m.value(QStringLiteral("id")).toString().startsWith(u'M'));
        if (m.value(QStringLiteral("personal")).toBool())
            personal.append(m.value(QStringLiteral("code")).toString());
        if (m.value(QStringLiteral("type")).toString() == u"single")
            segments.append(m.value(QStringLiteral("code")).toString());
    }
    QCOMPARE(personal, (QStringList{QStringLiteral("IPAddress"), QStringLiteral("RecipientEmail"),
                                    QStringLiteral("LocationLatitude")}));
    QCOMPARE(segments, (QStringList{QStringLiteral("Status"), QStringLiteral("Finished"),
                                    QStringLiteral("FL_12_DO")}));
}

void TestSurveyMetadata::conditionIsASegment() {
    const auto run =
        runSondo({QStringLiteral("freq"), m_project, QStringLiteral("Q1"), QStringLiteral("--by"),
                  QStringLiteral("FL_12_DO"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray groups = run.json().value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 2);
    // Control: rows 1, 4, 6, 8 answered Yes, No, Yes, No; Treatment: rows 2, 3, 5, 7 Yes, No,
    // Yes, Yes.
    const QJsonObject control = groups[0].toObject();
    QCOMPARE(control.value(QStringLiteral("label")).toString(), QStringLiteral("Control"));
    QCOMPARE(control.value(QStringLiteral("base")).toInt(), 4);
    QCOMPARE(control.value(QStringLiteral("options"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             2);
    const QJsonObject treatment = groups[1].toObject();
    QCOMPARE(treatment.value(QStringLiteral("options"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             3);
}

void TestSurveyMetadata::statusAndCompletionFilter() {
    // Finished and not a preview: rows 1, 2, 5, 6, 7, every one answered Yes.
    const auto run = runSondo({QStringLiteral("freq"), m_project, QStringLiteral("Q1"),
                               QStringLiteral("--where"), QStringLiteral("Finished=True"),
                               QStringLiteral("--where"), QStringLiteral("M2=IP Address"),
                               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("base")).toInt(), 5);
    QCOMPARE(run.json()
                 .value(QStringLiteral("options"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             5);
}

void TestSurveyMetadata::identifiersAreNoSegment() {
    // An IP address is one value per respondent: no segment, and said so.
    const auto run = runSondo({QStringLiteral("freq"), m_project, QStringLiteral("Q1"),
                               QStringLiteral("--by"), QStringLiteral("IPAddress")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("IPAddress (M3) holds one value per respondent")),
             qPrintable(run.err));
}

void TestSurveyMetadata::exportLeavesPersonalDataOutUnlessAsked() {
    const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
    auto run = runSondo({QStringLiteral("export-data"), m_project, QStringLiteral("-o"), csv});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("left out personal data")), qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString all = QString::fromUtf8(file.readAll());
    QVERIFY(!all.contains(QStringLiteral("203.0.113.9")));
    QVERIFY(!all.contains(QStringLiteral("anna@example.org")));
    QVERIFY(all.contains(QStringLiteral("Control")));
    file.close();

    run = runSondo({QStringLiteral("export-data"), m_project, QStringLiteral("-o"), csv,
                    QStringLiteral("--include-personal")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    all = QString::fromUtf8(file.readAll());
    QVERIFY(all.contains(QStringLiteral("203.0.113.9")));
    QVERIFY(all.contains(QStringLiteral("anna@example.org")));
}

QTEST_GUILESS_MAIN(TestSurveyMetadata)
#include "tst_surveymetadata.moc"
