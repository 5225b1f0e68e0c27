// Derived segments (`sondo segment`, issue 10 §1) through the real executable on the bundled
// demo: a new single-choice question made of groups of conditions on other questions, usable by
// freq, --by and --where, kept as a recode (listed, removed, kept by `import --update`), refused
// with a clear message when it does not fit.
//
// Oracles: the demo's hand counts (resources/demo/README.md: Q2 Fino a 50 postazioni 65,
// 51-200 101, 201-500 74, Oltre 500 60), and for conditions the same selection made with
// `freq --where`, the filter the derived groups are built from, read through another path.

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using sondo::test::runSondo;
using Run = sondo::test::SondoRun;

namespace {

QJsonObject json(const Run& run) {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

/** label → unweighted count of a `freq --json` table (or group). */
QMap<QString, qint64> countsOf(const QJsonObject& table) {
    QMap<QString, qint64> counts;
    for (const QJsonValue& option : table.value(QStringLiteral("options")).toArray())
        counts.insert(option[QStringLiteral("label")].toString(),
                      option[QStringLiteral("unweighted_count")].toInteger());
    return counts;
}

const QString kLarge = QStringLiteral("Grandi=Q2=201-500 postazioni,Oltre 500 postazioni");
const QString kSmall = QStringLiteral("Piccoli=Q2=Fino a 50 postazioni,51-200 postazioni");

} // namespace

class TestDerivedSegment : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString project(const QString& name) {
        const QString path = m_dir.filePath(name + QStringLiteral(".sondo"));
        const Run run = runSondo({"import", sondo::test::demoSurveyPath(), "-o", path});
        return run.exitCode == 0 ? path : QString();
    }

    QJsonObject freq(const QString& path, const QStringList& more) {
        return json(runSondo(QStringList{"freq", path} + more + QStringList{"--json"}));
    }

private slots:
    void groupsCountAndSegmentOtherQuestions() {
        const QString path = project(QStringLiteral("size"));
        QVERIFY(!path.isEmpty());
        Run run = runSondo(
            {"segment", path, "Dimensione del centro", "--group", kLarge, "--group", kSmall});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Recode 1 saved: D1 segment")),
                 qPrintable(run.out));

        // Grandi 74 + 60 = 134, Piccoli 65 + 101 = 166.
        const QJsonObject d1 = freq(path, {"D1"});
        QCOMPARE(d1.value(QStringLiteral("type")).toString(), QStringLiteral("single"));
        QCOMPARE(countsOf(d1), (QMap<QString, qint64>{{"Grandi", 134}, {"Piccoli", 166}}));

        // As a segment: the group "Grandi" of Q5 is Q5 filtered on Q2's two large sizes.
        const QJsonObject byD1 = freq(path, {"Q5", "--by", "D1"});
        const QJsonArray groups = byD1.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        const QJsonObject large = freq(
            path, {"Q5", "--where", "Q2=201-500 postazioni", "--where", "Q2=Oltre 500 postazioni"});
        QCOMPARE(countsOf(groups[0].toObject()), countsOf(large));
        // And as a filter.
        QCOMPARE(countsOf(freq(path, {"Q5", "--where", "D1=Grandi"})), countsOf(large));

        // Listed by questions --json among the questions.
        run = runSondo({"questions", path, "--json"});
        bool listed = false;
        for (const QJsonValue& q : json(run).value(QStringLiteral("questions")).toArray())
            listed = listed || q[QStringLiteral("id")].toString() == QStringLiteral("D1");
        QVERIFY(listed);
    }

    void conditionsAndFirstMatchAndRest() {
        const QString path = project(QStringLiteral("rest"));
        QVERIFY(!path.isEmpty());
        // Large centres where half the staff or more worked remotely (Q11 ≥ 50), the rest apart.
        Run run = runSondo({"segment", path, "Remoti", "--group",
                            kLarge + QStringLiteral(" & Q11>=50"), "--rest", "Altri"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject same = freq(path, {"Q1", "--where", "Q2=201-500 postazioni", "--where",
                                             "Q2=Oltre 500 postazioni", "--where", "Q11>=50"});
        const qint64 inGroup = same.value(QStringLiteral("respondents")).toInteger();
        QVERIFY(inGroup > 0 && inGroup < 134);
        QCOMPARE(countsOf(freq(path, {"D1"})),
                 (QMap<QString, qint64>{{"Grandi", inGroup}, {"Altri", 300 - inGroup}}));

        // A respondent is in the first group they match: "Oltre 500" after "Grandi" gets nobody.
        run = runSondo({"segment", path, "Ordine", "--group", kLarge, "--group",
                        "Oltre 500=Q2=Oltre 500 postazioni"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countsOf(freq(path, {"D2"})),
                 (QMap<QString, qint64>{{"Grandi", 134}, {"Oltre 500", 0}}));
        // Nobody left out: those in no group and no --rest are missing (166 small centres).
        QCOMPARE(freq(path, {"D2"}).value(QStringLiteral("missing")).toDouble(), 166.0);
    }

    void keptByUpdateAndRemoved() {
        const QString path = project(QStringLiteral("update"));
        QVERIFY(!path.isEmpty());
        QVERIFY(runSondo({"segment", path, "Dimensione", "--group", kLarge}).exitCode == 0);
        const QString copy = m_dir.filePath(QStringLiteral("again.csv"));
        QVERIFY(QFile::copy(sondo::test::demoSurveyPath(), copy));
        Run run = runSondo({"import", copy, "-o", path, "--update"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countsOf(freq(path, {"D1"})).value(QStringLiteral("Grandi")), 134);

        run = runSondo({"recodes", path, "--json"});
        const QJsonObject recode =
            json(run).value(QStringLiteral("recodes")).toArray().at(0).toObject();
        QCOMPARE(recode.value(QStringLiteral("operation")).toString(), QStringLiteral("segment"));
        QCOMPARE(recode.value(QStringLiteral("question")).toString(), QStringLiteral("D1"));
        QVERIFY(runSondo({"recodes", path, "--remove", "1"}).exitCode == 0);
        run = runSondo({"freq", path, "D1"});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("no question 'D1'")), qPrintable(run.err));
    }

    void refusedSegmentsSaveNothing() {
        const QString path = project(QStringLiteral("refuse"));
        QVERIFY(!path.isEmpty());
        Run run = runSondo({"segment", path, "X", "--group", "no label or condition"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("bad --group")), qPrintable(run.err));
        run = runSondo({"segment", path, "X", "--group", "A=Q99=1"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Q99")), qPrintable(run.err));
        run = runSondo({"segment", path, "X", "--group", "A=Q2=Enorme"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Enorme")), qPrintable(run.err));
        // Two groups with one label.
        run = runSondo(
            {"segment", path, "X", "--group", kLarge, "--group", "grandi=Q2=Fino a 50 postazioni"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("label of its own")), qPrintable(run.err));
        QCOMPARE(runSondo({"segment", path, "X"}).exitCode, 1);
        run = runSondo({"recodes", path, "--json"});
        QCOMPARE(json(run).value(QStringLiteral("recodes")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDerivedSegment)
#include "tst_derivedsegment.moc"
